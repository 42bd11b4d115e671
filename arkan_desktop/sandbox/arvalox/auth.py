"""Who is calling: an API key (header or query parameter) or a bearer token from email sign-in."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import APIRouter, Request
from pydantic import BaseModel

from arkan_desktop.sandbox.arvalox.errors import ArvaloxError
from arkan_desktop.sandbox.arvalox.store import ArvaloxStore, digest

KEY_HEADERS = ("x-arvalox-api-key", "x-api-key")
KEY_PARAMETER = "x_arvalox_api_key"

router = APIRouter(tags=["auth"])


class Credentials(BaseModel):
    """What a caller presented, before it is checked."""

    api_key: str | None = None
    bearer: str | None = None


def presented(headers: Mapping[str, str], query: Mapping[str, str]) -> Credentials:
    """The API key (either header, or the query parameter) or the bearer token sent."""
    for name in KEY_HEADERS:
        if headers.get(name):
            return Credentials(api_key=headers[name].strip())
    if query.get(KEY_PARAMETER):
        return Credentials(api_key=query[KEY_PARAMETER].strip())
    scheme, _, token = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return Credentials(bearer=token.strip())
    return Credentials()


def identify(store: ArvaloxStore, credentials: Credentials) -> str | None:
    """The principal rate limits and idempotency are kept for; None when not valid."""
    if credentials.api_key is not None:
        if store.api_key_valid(credentials.api_key):
            return f"key:{digest(credentials.api_key)[:16]}"
        return None
    if credentials.bearer is not None:
        email = store.access_email(credentials.bearer)
        return None if email is None else f"user:{email}"
    return None


def store_of(request: Request) -> ArvaloxStore:
    store = request.app.state.arvalox_store
    assert isinstance(store, ArvaloxStore)
    return store


def require_principal(request: Request) -> str:
    """FastAPI dependency: the caller's principal, or 401 in the Arvalox error shape."""
    credentials = presented(request.headers, request.query_params)
    principal = identify(store_of(request), credentials)
    if principal is not None:
        return principal
    if credentials.api_key is not None:
        raise ArvaloxError(401, "Invalid API key", "INVALID_API_KEY")
    if credentials.bearer is not None:
        raise ArvaloxError(401, "Invalid or expired token", "INVALID_TOKEN")
    raise ArvaloxError(
        401,
        "Authentication required: send the x-arvalox-api-key header",
        "AUTHENTICATION_REQUIRED",
    )


class LoginBody(BaseModel):
    email: str
    password: str


class RefreshBody(BaseModel):
    refresh_token: str


@router.post("/auth/login")
def login(body: LoginBody, request: Request) -> dict[str, object]:
    store = store_of(request)
    if not store.check_password(body.email, body.password):
        raise ArvaloxError(401, "Incorrect email or password", "INVALID_CREDENTIALS")
    return store.issue_tokens(body.email.strip().lower())


@router.post("/auth/refresh")
def refresh(body: RefreshBody, request: Request) -> dict[str, object]:
    tokens = store_of(request).rotate(body.refresh_token)
    if tokens is None:
        raise ArvaloxError(401, "Invalid or expired refresh token", "INVALID_TOKEN")
    return tokens
