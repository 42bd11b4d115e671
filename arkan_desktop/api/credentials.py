"""Secrets in the OS keyring: refresh tokens (and Arvalox API keys) per server and user.

Everything is stored under the service "arkan-desktop" with the user name
"<server url>|<email>" (API keys: "<server url>|api-key|<label>"). When no usable keyring
exists this says so with `KeyringUnavailable`; it never falls back to a file, and it
never puts a secret into a message or log. Calls block (a keyring may talk to D-Bus or
show a prompt): async code runs them in a worker thread.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "arkan-desktop"

log = logging.getLogger(__name__)

NO_KEYRING = (
    "There is no usable system keyring on this computer, so the sign-in is kept only "
    "until the app closes"
)


class KeyringUnavailable(Exception):
    """No usable keyring; the message says so in plain words."""

    def __init__(self, message: str = NO_KEYRING) -> None:
        super().__init__(message)
        self.message = message


def account_name(server_url: str, email: str) -> str:
    return f"{server_url}|{email.strip().lower()}"


def api_key_name(server_url: str, label: str) -> str:
    return f"{server_url}|api-key|{label}"


def _unusable(backend: KeyringBackend) -> bool:
    # The fail and null backends are what keyring picks when nothing real is there.
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return True
    try:
        return float(backend.priority) <= 0
    except Exception:  # a backend that cannot even say its priority is not viable
        return True


class CredentialStore:
    """The keyring, with plain errors. One instance serves every server and user."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> KeyringBackend:
        try:
            backend = keyring.get_keyring()
        except Exception:
            raise KeyringUnavailable() from None
        if _unusable(backend):
            raise KeyringUnavailable()
        return backend

    def check(self) -> None:
        """Raise KeyringUnavailable when secrets cannot be kept across restarts."""
        self._backend()

    def _get(self, username: str) -> str | None:
        backend = self._backend()
        try:
            return backend.get_password(self.service, username)
        except keyring.errors.KeyringError:
            log.warning("the keyring refused to read a saved sign-in")
            raise KeyringUnavailable(
                "The system keyring could not be read (it may be locked)"
            ) from None

    def _set(self, username: str, secret: str) -> None:
        backend = self._backend()
        try:
            backend.set_password(self.service, username, secret)
        except keyring.errors.KeyringError:
            log.warning("the keyring refused to save a sign-in")
            raise KeyringUnavailable(
                "The system keyring refused to save the sign-in (it may be locked)"
            ) from None

    def _delete(self, username: str) -> None:
        backend = self._backend()
        try:
            backend.delete_password(self.service, username)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored: that is the goal anyway
        except keyring.errors.KeyringError:
            log.warning("the keyring refused to forget a sign-in")
            raise KeyringUnavailable(
                "The system keyring could not remove the saved sign-in (it may be locked)"
            ) from None

    def save_refresh_token(self, server_url: str, email: str, token: str) -> None:
        self._set(account_name(server_url, email), token)

    def load_refresh_token(self, server_url: str, email: str) -> str | None:
        return self._get(account_name(server_url, email))

    def delete_refresh_token(self, server_url: str, email: str) -> None:
        self._delete(account_name(server_url, email))

    def save_api_key(self, server_url: str, label: str, key: str) -> None:
        self._set(api_key_name(server_url, label), key)

    def load_api_key(self, server_url: str, label: str) -> str | None:
        return self._get(api_key_name(server_url, label))

    def delete_api_key(self, server_url: str, label: str) -> None:
        self._delete(api_key_name(server_url, label))
