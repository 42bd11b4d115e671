"""`GET /companies`: the companies the signed-in user belongs to, with their role."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from arkan_desktop.sandbox.auth import Identity, current_identity
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.pagination import list_response
from arkan_desktop.sandbox.state import SandboxState
from arkan_desktop.sandbox.storage import companies, memberships, users

router = APIRouter(tags=["companies"])


def _companies_of(state: SandboxState, identity: Identity) -> list[dict[str, Any]]:
    with state.engine.connect() as conn:
        rows = conn.execute(
            select(companies.c.body, memberships.c.role)
            .join(memberships, memberships.c.company_id == companies.c.id)
            .where(
                memberships.c.user_id == identity.user_id,
                companies.c.tenant_id == identity.tenant_id,
            )
        ).all()
    out = []
    for body, role in rows:
        company = json.loads(body)
        company["role"] = role
        out.append(company)
    return sorted(out, key=lambda c: c["name"])


@router.get("/companies", summary="List the companies of the signed-in user")
def list_companies(
    request: Request, identity: Identity = Depends(current_identity)
) -> dict[str, Any]:
    return list_response(_companies_of(request.app.state.sandbox, identity))


@router.get("/companies/{company_id}", summary="Get one company", tags=["assumed"])
def get_company(
    company_id: str, request: Request, identity: Identity = Depends(current_identity)
) -> dict[str, Any]:
    for company in _companies_of(request.app.state.sandbox, identity):
        if company["id"] == company_id:
            return company
    raise ApiError(404, f"Company {company_id} not found")


@router.get("/auth/me", summary="The signed-in user and their companies", tags=["auth", "assumed"])
def me(request: Request, identity: Identity = Depends(current_identity)) -> dict[str, Any]:
    state: SandboxState = request.app.state.sandbox
    with state.engine.connect() as conn:
        row = conn.execute(
            select(users.c.email, users.c.full_name).where(users.c.id == identity.user_id)
        ).first()
    if row is None:
        raise ApiError(401, "This user no longer exists")
    return {
        "id": identity.user_id,
        "email": row.email,
        "fullName": row.full_name,
        "companies": _companies_of(state, identity),
    }
