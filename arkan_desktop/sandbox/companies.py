"""`GET /companies`: the companies the signed-in user belongs to, with their role.

Each company says whether it is registered for VAT (`taxRegistered`, `trn`, `country`):
a client prints "TAX INVOICE" and VAT lines only for a registered company.
"""

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
from arkan_desktop.sandbox.tax_numbers import levies_vat, tax_number_problem

router = APIRouter(tags=["companies"])


def with_tax_registration(company: dict[str, Any]) -> dict[str, Any]:
    """`taxRegistered` and `trn` for companies stored before they were kept (older data
    directories): registered where the country levies VAT and the tax id is a valid TRN."""
    if "taxRegistered" not in company:
        country = str(company.get("country") or "")
        number = str(company.get("taxId") or "")
        valid = bool(number) and tax_number_problem(number, country) is None
        company["taxRegistered"] = levies_vat(country) and valid
        company["trn"] = number if company["taxRegistered"] else None
    return company


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
        company = with_tax_registration(json.loads(body))
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
