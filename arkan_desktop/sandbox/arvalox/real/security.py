"""Who is calling: HS256 JWTs as the real backend issues them, and its bearer check.

From backend/app/core/security.py and core/dependencies.py: an access token carries
`sub` (the user id), `email`, `organization_id`, `role`, `type: access` and expires after
30 minutes; a refresh token carries `type: refresh` and lasts 30 days. Both are stateless:
a refresh answers a new pair and the old refresh token stays valid until it expires.
FastAPI's `HTTPBearer` answers 403 when no bearer credentials come; the dependency
answers 401 for a token that does not verify.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from fastapi import HTTPException, Request

from arkan_desktop.sandbox.arvalox.real.store import RealStore, Record

ALGORITHM = "HS256"
ACCESS_MINUTES = 30


class Keys:
    """The signing key and the token lifetimes of one sandbox."""

    def __init__(self, signing_key: bytes, access_seconds: int, refresh_seconds: int) -> None:
        self.signing_key = signing_key
        self.access_seconds = access_seconds
        self.refresh_seconds = refresh_seconds

    def _encode(self, claims: dict[str, Any], seconds: int) -> str:
        now = datetime.now(UTC)
        claims = {**claims, "exp": now + timedelta(seconds=seconds), "iat": now}
        return jwt.encode(claims, self.signing_key, algorithm=ALGORITHM)

    def token_pair(self, user: Record) -> dict[str, Any]:
        """What login, register and refresh answer (schemas/auth.py `Token`)."""
        access = self._encode(
            {
                "sub": str(user["id"]),
                "email": user["email"],
                "organization_id": user["organization_id"],
                "role": user["role"],
                "type": "access",
            },
            self.access_seconds,
        )
        refresh = self._encode(
            {"sub": str(user["id"]), "organization_id": user["organization_id"], "type": "refresh"},
            self.refresh_seconds,
        )
        return {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "bearer",
            "expires_in": self.access_seconds,
        }

    def claims(self, token: str) -> dict[str, Any] | None:
        """The verified claims of a token, or None (bad signature, expired, garbage)."""
        try:
            found = jwt.decode(token, self.signing_key, algorithms=[ALGORITHM])
        except jwt.PyJWTError:
            return None
        return found if isinstance(found, dict) else None


def keys_of(request: Request) -> Keys:
    keys = request.app.state.keys
    assert isinstance(keys, Keys)
    return keys


def store_of(request: Request) -> RealStore:
    store = request.app.state.store
    assert isinstance(store, RealStore)
    return store


def _bearer(request: Request) -> str:
    """FastAPI's HTTPBearer (auto_error) as the deployed version behaves: 403, not 401."""
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if not (header and scheme and credentials):
        raise HTTPException(status_code=403, detail="Not authenticated")
    if scheme.lower() != "bearer":
        raise HTTPException(status_code=403, detail="Invalid authentication credentials")
    return credentials.strip()


def current_user(request: Request) -> Record:
    """FastAPI dependency: the signed-in user (dependencies.py `get_current_user`)."""
    token = _bearer(request)
    rejected = HTTPException(
        status_code=401,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    claims = keys_of(request).claims(token)
    if claims is None or claims.get("type") != "access" or not claims.get("sub"):
        raise rejected
    try:
        user_id = int(claims["sub"])
    except (TypeError, ValueError):
        raise rejected from None
    user = store_of(request).row("users", user_id)
    if user is None or user["organization_id"] != claims.get("organization_id"):
        raise rejected
    if not user["is_active"]:
        raise HTTPException(status_code=401, detail="Inactive user")
    return user
