"""CRM endpoints: clients (list, create, get) and contacts (list)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.api_common import get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.partners import PartnerCreate, partner_record
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/crm", tags=["crm"])


@router.get("/clients", summary="List clients")
def list_clients(request: Request, ctx: Ctx = Depends(company_ctx("crm.read"))) -> Response:
    return list_kind(ctx, request, "client")


@router.post("/clients", status_code=201, summary="Create a client")
def create_client(body: PartnerCreate, ctx: Ctx = Depends(company_ctx("crm.write"))) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        if body.taxId and uow.find_one("client", taxId=body.taxId):
            raise ApiError(
                409,
                f"A client with tax registration {body.taxId} already exists",
                [{"field": "taxId", "message": "is already registered to another client"}],
            )
        return uow.add("client", partner_record(body, company_currency(uow)))

    return ctx.write(change, 201)


@router.get("/clients/{client_id}", summary="Get a client", tags=["assumed"])
def get_client(client_id: str, ctx: Ctx = Depends(company_ctx("crm.read"))) -> dict[str, Any]:
    return get_record(ctx, "client", client_id, "Client")


@router.get("/contacts", summary="List contacts")
def list_contacts(request: Request, ctx: Ctx = Depends(company_ctx("crm.read"))) -> Response:
    return list_kind(ctx, request, "contact")
