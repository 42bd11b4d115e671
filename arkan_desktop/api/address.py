"""A server's address and TLS settings: checking what a person typed, trusting its certificate.

Shared by HTTP and the events socket. Nothing here connects anywhere.
"""

from __future__ import annotations

import ssl
from urllib.parse import urlsplit, urlunsplit

import httpx

from arkan_desktop.api.errors import ApiError, ApiErrorKind, InvalidServerUrl

_EXAMPLE = "for example https://erp.example.com/api/v1"


def normalize_server_url(url: str) -> str:
    """The API root as `scheme://host[:port]/path` (no trailing slash), or InvalidServerUrl."""
    text = (url or "").strip()
    if not text:
        raise InvalidServerUrl(f"Enter the server address, {_EXAMPLE}")
    try:
        parts = urlsplit(text)
        _ = parts.port  # raises for a port that is not a number or out of range
    except ValueError:
        raise InvalidServerUrl(f"The server address is not a web address ({_EXAMPLE})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidServerUrl(
            f"The server address must start with http:// or https:// ({_EXAMPLE})"
        )
    if not parts.hostname:
        raise InvalidServerUrl(f"The server address has no host name ({_EXAMPLE})")
    if parts.username or parts.password:
        raise InvalidServerUrl("The server address must not contain a user name or password")
    if parts.query or parts.fragment:
        raise InvalidServerUrl(f"The server address must not contain '?' or '#' ({_EXAMPLE})")
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), "", ""))


def tls_context(verify: bool = True, ca_bundle: str | None = None) -> ssl.SSLContext:
    """Certificate checking as configured: the usual roots, a company CA bundle, or none."""
    if not verify:
        return httpx.create_ssl_context(verify=False)
    if ca_bundle:
        try:
            return ssl.create_default_context(cafile=ca_bundle)
        except (OSError, ssl.SSLError):
            raise ApiError(
                ApiErrorKind.TLS, f"The certificate authority file {ca_bundle} could not be read"
            ) from None
    return httpx.create_ssl_context(verify=True)
