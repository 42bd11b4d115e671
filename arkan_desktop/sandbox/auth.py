"""Sign-in for the sandbox: password hashing, JWT access and refresh tokens, roles.

Access tokens are short-lived JWTs checked by signature alone. Refresh tokens are JWTs
whose id is also stored, so that a refresh rotates them: the old one stops working.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import insert, select, update

from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.state import SandboxState
from arkan_desktop.sandbox.storage import refresh_tokens, users, write_lock

ALGORITHM = "HS256"
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}

ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"*"}),
    "accountant": frozenset(
        {
            "accounting.read",
            "accounting.write",
            "accounting.post",
            "crm.read",
            "crm.write",
            "inventory.read",
            "purchasing.read",
            "purchasing.write",
            "purchasing.approve",
            "sales.read",
            "sales.write",
            "sales.bill",
            "projects.read",
            "projects.write",
        }
    ),
    "storekeeper": frozenset(
        {
            "inventory.read",
            "inventory.write",
            "purchasing.read",
            "purchasing.receive",
            "crm.read",
            "sales.read",
            "sales.deliver",
        }
    ),
}


def allowed(role: str, permission: str) -> bool:
    perms = ROLE_PERMISSIONS.get(role, frozenset())
    return "*" in perms or permission in perms


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    enc = base64.b64encode
    return f"scrypt${_SCRYPT['n']}${enc(salt).decode()}${enc(digest).decode()}"


# Checked instead of a stored hash when no account has the email, so that an unknown email
# costs the same scrypt work as a wrong password and timing does not tell who exists. Its
# digest matches no password (none is ever accepted for an unknown email anyway).
_NO_SUCH_USER = "$".join(
    (
        "scrypt",
        str(_SCRYPT["n"]),
        base64.b64encode(b"no such user....").decode(),
        base64.b64encode(bytes(32)).decode(),
    )
)


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    except ValueError:
        return False
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=len(expected), n=int(n), r=8, p=1)
    return hmac.compare_digest(digest, expected)


@dataclass(frozen=True)
class Identity:
    """Who a valid access token says is calling."""

    user_id: str
    tenant_id: str
    email: str


def issue_tokens(state: SandboxState, user_id: str, tenant_id: str, email: str) -> dict[str, Any]:
    now = int(time.time())
    ttl = state.config.access_ttl
    access = jwt.encode(
        {
            "sub": user_id,
            "tid": tenant_id,
            "email": email,
            "typ": "access",
            "iat": now,
            "exp": now + ttl,
            "jti": str(uuid.uuid4()),
        },
        state.signing_key,
        algorithm=ALGORITHM,
    )
    jti = str(uuid.uuid4())
    refresh_exp = now + state.config.refresh_ttl
    refresh = jwt.encode(
        {
            "sub": user_id,
            "tid": tenant_id,
            "email": email,
            "typ": "refresh",
            "iat": now,
            "exp": refresh_exp,
            "jti": jti,
        },
        state.signing_key,
        algorithm=ALGORITHM,
    )
    with state.engine.begin() as conn:
        conn.execute(
            insert(refresh_tokens).values(
                jti=jti, user_id=user_id, expires_at=refresh_exp, revoked=0
            )
        )
    return {"accessToken": access, "refreshToken": refresh, "expiresIn": ttl, "tokenType": "Bearer"}


def _decode(state: SandboxState, token: str, expected_type: str) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token, state.signing_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "Token has expired", headers={"WWW-Authenticate": "Bearer"}) from None
    except jwt.PyJWTError:
        raise ApiError(401, "Token is not valid", headers={"WWW-Authenticate": "Bearer"}) from None
    if claims.get("typ") != expected_type:
        raise ApiError(401, "Token is not valid", headers={"WWW-Authenticate": "Bearer"})
    return claims


def identity_from_token(state: SandboxState, token: str) -> Identity:
    claims = _decode(state, token, "access")
    return Identity(str(claims["sub"]), str(claims["tid"]), str(claims.get("email", "")))


def bearer_token(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(
            401, "Sign in first: no bearer token was sent", headers={"WWW-Authenticate": "Bearer"}
        )
    return token.strip()


def current_identity(request: Request) -> Identity:
    state: SandboxState = request.app.state.sandbox
    return identity_from_token(state, bearer_token(request))


class LoginBody(BaseModel):
    email: str = Field(min_length=3, max_length=254)
    password: str = Field(min_length=1, max_length=1024)


class RefreshBody(BaseModel):
    refreshToken: str = Field(min_length=10)


router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", summary="Get a token")
def login(body: LoginBody, request: Request) -> dict[str, Any]:
    state: SandboxState = request.app.state.sandbox
    with state.engine.connect() as conn:
        row = conn.execute(
            select(users.c.id, users.c.tenant_id, users.c.email, users.c.password_hash).where(
                users.c.email == body.email.strip().lower()
            )
        ).first()
    matches = verify_password(body.password, row.password_hash if row else _NO_SUCH_USER)
    if row is None or not matches:
        raise ApiError(401, "Invalid email or password")
    return issue_tokens(state, row.id, row.tenant_id, row.email)


@router.post("/refresh", summary="Refresh a token")
def refresh(body: RefreshBody, request: Request) -> dict[str, Any]:
    state: SandboxState = request.app.state.sandbox
    claims = _decode(state, body.refreshToken, "refresh")
    with write_lock, state.engine.begin() as conn:
        revoked = conn.execute(
            update(refresh_tokens)
            .where(refresh_tokens.c.jti == claims["jti"], refresh_tokens.c.revoked == 0)
            .values(revoked=1)
        ).rowcount
    if revoked != 1:
        raise ApiError(401, "Refresh token is no longer valid; sign in again")
    return issue_tokens(state, str(claims["sub"]), str(claims["tid"]), str(claims.get("email", "")))
