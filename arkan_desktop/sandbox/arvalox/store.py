"""What an Arvalox sandbox keeps: records, API keys, users, tokens, idempotent answers (JSON file).

The volumes are small (a few hundred records), so everything lives in memory under one
lock and the whole document is rewritten atomically after each change. Secrets (API keys,
passwords, tokens) are kept only as hashes.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from arkan_desktop.sandbox.clock import now_iso

Record = dict[str, Any]
KINDS = ("customers", "invoices", "payments")
DEMO_API_KEY = "demo-arvalox-key"
DEMO_EMAIL = "admin@arvalox.local"
DEMO_PASSWORD = "demo"
ORGANIZATION = {"id": 1, "name": "Arvalox Demo Receivables", "currency": "USD"}


def save_document(path: Path, data: dict[str, Any]) -> None:
    """Write a store's whole document atomically (a crash leaves the old one or the new)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    os.replace(temporary, path)


def digest(secret: str) -> str:
    """A secret's SHA-256: what is stored and compared (never the secret itself)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(8)
    derived = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 20_000)
    return f"{salt}${derived.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt, _, _ = stored.partition("$")
    return secrets.compare_digest(hash_password(password, salt), stored)


class ArvaloxStore:
    """One sandbox's data. Use `with store.writing():` around every change."""

    def __init__(self, path: Path, access_ttl: int, refresh_ttl: int) -> None:
        self.path = path
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.lock = threading.RLock()
        self.data: dict[str, Any] = self._empty()
        if path.exists():
            self.data.update(json.loads(path.read_text(encoding="utf-8")))

    @staticmethod
    def _empty() -> dict[str, Any]:
        return {
            "organization": dict(ORGANIZATION),
            **{kind: {} for kind in KINDS},
            "next_id": dict.fromkeys(KINDS, 1),
            "api_keys": {},
            "users": {},
            "access_tokens": {},
            "refresh_tokens": {},
            "idempotency": {},
        }

    @property
    def seeded(self) -> bool:
        return self.path.exists()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the lock for a change and save the document when the block succeeds."""
        with self.lock:
            yield
            self.save()

    def save(self) -> None:
        save_document(self.path, self.data)

    # --- records ----------------------------------------------------------------------

    def records(self, kind: str) -> list[Record]:
        with self.lock:
            return [dict(r) for r in self.data[kind].values()]

    def get(self, kind: str, record_id: int) -> Record | None:
        with self.lock:
            found = self.data[kind].get(str(record_id))
            return None if found is None else dict(found)

    def put(self, kind: str, record: Record, *, stamp: str | None = None) -> Record:
        """Insert or replace a record; new ones get the next id. Stamps `updated_at`."""
        with self.lock:
            if "id" not in record:
                record["id"] = self.data["next_id"][kind]
                self.data["next_id"][kind] += 1
                record["created_at"] = stamp or now_iso()
            record["updated_at"] = stamp or now_iso()
            self.data[kind][str(record["id"])] = record
            return dict(record)

    # --- credentials ------------------------------------------------------------------

    def add_api_key(self, key: str, name: str) -> None:
        self.data["api_keys"][digest(key)] = {"name": name}

    def api_key_valid(self, key: str) -> bool:
        with self.lock:
            return digest(key) in self.data["api_keys"]

    def add_user(self, email: str, password: str, name: str) -> None:
        self.data["users"][email.lower()] = {"name": name, "password": hash_password(password)}

    def check_password(self, email: str, password: str) -> bool:
        with self.lock:
            user = self.data["users"].get(email.strip().lower())
        return user is not None and verify_password(password, user["password"])

    def issue_tokens(self, email: str) -> dict[str, Any]:
        access, refresh = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = time.time()
        with self.writing():
            self._expire(now)
            self.data["access_tokens"][digest(access)] = {
                "email": email,
                "expires": now + self.access_ttl,
            }
            self.data["refresh_tokens"][digest(refresh)] = {
                "email": email,
                "expires": now + self.refresh_ttl,
            }
        return {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "bearer",
            "expires_in": self.access_ttl,
        }

    def rotate(self, refresh_token: str) -> dict[str, Any] | None:
        """New tokens for a valid refresh token (which stops being valid); None otherwise."""
        with self.writing():
            found = self.data["refresh_tokens"].pop(digest(refresh_token), None)
        if found is None or found["expires"] < time.time():
            return None
        return self.issue_tokens(found["email"])

    def access_email(self, token: str) -> str | None:
        with self.lock:
            found = self.data["access_tokens"].get(digest(token))
        if found is None or found["expires"] < time.time():
            return None
        return str(found["email"])

    def _expire(self, now: float) -> None:
        for table in ("access_tokens", "refresh_tokens"):
            tokens = self.data[table]
            for key in [k for k, v in tokens.items() if v["expires"] < now]:
                del tokens[key]

    # --- idempotent answers -----------------------------------------------------------

    def replay(self, principal: str, key: str) -> tuple[int, Any] | None:
        with self.lock:
            found = self.data["idempotency"].get(digest(f"{principal}|{key}"))
        return None if found is None else (int(found["status"]), found["body"])

    def remember(self, principal: str, key: str, status: int, body: Any) -> None:
        with self.writing():
            self.data["idempotency"][digest(f"{principal}|{key}")] = {
                "status": status,
                "body": body,
            }
