"""CRM endpoints: clients (list, create, get, edit) and contacts (list, create)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.partners import (
    PartnerCreate,
    PartnerUpdate,
    create_partner,
    update_partner,
)
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

router = APIRouter(prefix="/crm", tags=["crm"])


class ContactCreate(Payload):
    partnerId: str = Field(min_length=1, max_length=64)
    partnerType: Literal["client", "vendor"] = "client"
    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str | None = Field(default=None, max_length=40)
    position: str | None = Field(default=None, max_length=100)


@router.get("/clients", summary="List clients")
def list_clients(request: Request, ctx: Ctx = Depends(company_ctx("crm.read"))) -> Response:
    return list_kind(ctx, request, "client")


@router.post("/clients", status_code=201, summary="Create a client")
def create_client(body: PartnerCreate, ctx: Ctx = Depends(company_ctx("crm.write"))) -> Response:
    return ctx.write(lambda uow: create_partner(uow, "client", body), 201)


@router.get("/clients/{client_id}", summary="Get a client", tags=["assumed"])
def get_client(client_id: str, ctx: Ctx = Depends(company_ctx("crm.read"))) -> dict[str, Any]:
    return get_record(ctx, "client", client_id, "Client")


@router.patch("/clients/{client_id}", summary="Update a client", tags=["assumed"])
def edit_client(
    client_id: str, body: PartnerUpdate, ctx: Ctx = Depends(company_ctx("crm.write"))
) -> Response:
    return ctx.write(lambda uow: update_partner(uow, "client", client_id, body))


@router.get("/contacts", summary="List contacts")
def list_contacts(request: Request, ctx: Ctx = Depends(company_ctx("crm.read"))) -> Response:
    return list_kind(ctx, request, "contact")


@router.post("/contacts", status_code=201, summary="Create a contact", tags=["assumed"])
def create_contact(body: ContactCreate, ctx: Ctx = Depends(company_ctx("crm.write"))) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        partner = uow.get(body.partnerType, body.partnerId) if _is_uuid(body.partnerId) else None
        if partner is None:
            raise ApiError.field("partnerId", f"is not a {body.partnerType} of this company")
        return uow.add("contact", contact_record(partner, body.partnerType, body.model_dump()))

    return ctx.write(change, 201)


def contact_record(
    partner: dict[str, Any], partner_type: str, data: dict[str, Any]
) -> dict[str, Any]:
    """A contact person of a client or vendor (`clientId` kept for older clients)."""
    return {
        "partnerId": partner["id"],
        "partnerType": partner_type,
        "partnerName": partner["name"],
        "clientId": partner["id"] if partner_type == "client" else None,
        "name": data["name"],
        "email": data.get("email") or "",
        "phone": data.get("phone") or "",
        "position": data.get("position") or "",
    }
