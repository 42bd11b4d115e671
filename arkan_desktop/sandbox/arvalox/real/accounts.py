"""Sign-in and who is signed in, as backend/app/api/v1/auth.py answers them.

`POST /auth/register` opens an organisation with its owner, `POST /auth/login` checks an
e-mail and password, `POST /auth/refresh` trades a refresh token for a new pair (all three
answer `{access_token, refresh_token, token_type, expires_in}`); `GET /auth/me` names the
user and the organisation, `GET /auth/me/organization` describes the organisation.
There is no `/ping` and there are no API keys.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from arkan_desktop.sandbox.arvalox.real import schemas
from arkan_desktop.sandbox.arvalox.real.security import current_user, keys_of, store_of
from arkan_desktop.sandbox.arvalox.real.store import RealStore, Record, ServerFault
from arkan_desktop.sandbox.arvalox.store import hash_password, verify_password

router = APIRouter(prefix="/auth")
# schemas/auth.py `OrganizationResponse`
_ORGANIZATION_FIELDS = (
    "id",
    "name",
    "slug",
    "email",
    "phone",
    "address",
    "currency_code",
    "currency_symbol",
    "currency_name",
    "created_at",
    "updated_at",
)


def open_organization(
    store: RealStore, name: str, email: str, slug: str | None = None, **currency: str | None
) -> Record:
    """A new organisation (inside `store.writing()`); the backend's default currency is NGN."""
    slug = slug or name.lower().replace(" ", "-")
    if any(o["slug"] == slug for o in store.rows("organizations")):
        raise ServerFault(f"organizations.slug {slug!r} is taken (a unique index)")
    return store.insert(
        "organizations",
        {
            "name": name,
            "slug": slug,
            "email": email,
            "phone": None,
            "address": None,
            "currency_code": currency.get("currency_code") or "NGN",
            "currency_symbol": currency.get("currency_symbol") or "₦",
            "currency_name": currency.get("currency_name") or "Nigerian Naira",
        },
    )


def add_user(
    store: RealStore,
    organization: Record,
    email: str,
    password: str,
    names: tuple[str, str],
    role: str,
) -> Record:
    """A user of an organisation (inside `store.writing()`); the password is kept hashed."""
    return store.insert(
        "users",
        {
            "email": email,
            "first_name": names[0],
            "last_name": names[1],
            "hashed_password": hash_password(password),
            "role": role,
            "organization_id": organization["id"],
            "is_active": True,
        },
    )


@router.post("/register")
def register(body: schemas.RegisterRequest, request: Request) -> dict[str, Any]:
    store = store_of(request)
    with store.writing():
        if store.user_by_email(body.email) is not None:
            raise HTTPException(status_code=400, detail="Email already registered")
        organization = open_organization(
            store,
            body.organization_name,
            body.email,
            body.organization_slug,
            currency_code=body.currency_code,
            currency_symbol=body.currency_symbol,
            currency_name=body.currency_name,
        )
        names = (body.first_name, body.last_name)
        user = add_user(store, organization, body.email, body.password, names, "owner")
    return keys_of(request).token_pair(user)


@router.post("/login")
def login(body: schemas.LoginRequest, request: Request) -> dict[str, Any]:
    user = store_of(request).user_by_email(body.email)
    if user is None or not verify_password(body.password, user["hashed_password"]):
        raise HTTPException(status_code=401, detail="Incorrect email or password")
    if not user["is_active"]:
        raise HTTPException(status_code=401, detail="Inactive user")
    return keys_of(request).token_pair(user)


@router.post("/refresh")
def refresh(body: schemas.RefreshTokenRequest, request: Request) -> dict[str, Any]:
    keys = keys_of(request)
    claims = keys.claims(body.refresh_token)
    if claims is None or claims.get("type") != "refresh" or not claims.get("sub"):
        raise HTTPException(status_code=401, detail="Invalid refresh token")
    user = store_of(request).row("users", int(claims["sub"]))
    if user is None or not user["is_active"]:
        raise HTTPException(status_code=401, detail="User not found or inactive")
    return keys.token_pair(user)


@router.get("/me")
def me(request: Request, user: Record = Depends(current_user)) -> dict[str, Any]:
    organization = store_of(request).row("organizations", user["organization_id"])
    assert organization is not None
    return {
        "id": user["id"],
        "email": user["email"],
        "first_name": user["first_name"],
        "last_name": user["last_name"],
        "role": user["role"],
        "organization_id": user["organization_id"],
        "is_active": user["is_active"],
        "organization_name": organization["name"],
    }


@router.get("/me/organization")
def my_organization(request: Request, user: Record = Depends(current_user)) -> dict[str, Any]:
    organization = store_of(request).row("organizations", user["organization_id"])
    assert organization is not None
    return {k: organization[k] for k in _ORGANIZATION_FIELDS}


@router.post("/logout")
def logout() -> dict[str, str]:
    """Nothing to revoke: the tokens are stateless (the client forgets them)."""
    return {"message": "Successfully logged out"}
