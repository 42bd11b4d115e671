"""Chart of accounts endpoints: list, create, get, patch."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.ledger import accounts_by_code, new_account
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/accounts", tags=["accounting"])

AccountType = Literal["asset", "liability", "equity", "revenue", "expense"]


class AccountCreate(Payload):
    code: str = Field(min_length=1, max_length=20, pattern=r"^[0-9A-Za-z.\-]+$")
    name: str = Field(min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    type: AccountType
    subtype: str | None = Field(default=None, max_length=50)
    parentId: str | None = None
    currency: str | None = Field(default=None, min_length=3, max_length=3)
    isActive: bool = True
    reconcilable: bool = False


class AccountPatch(Payload):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    nameAr: str | None = Field(default=None, max_length=200)
    subtype: str | None = Field(default=None, max_length=50)
    parentId: str | None = None
    isActive: bool | None = None
    reconcilable: bool | None = None


def _check_parent(uow: UnitOfWork, parent_id: str | None, own_id: str | None = None) -> None:
    if parent_id is None:
        return
    if parent_id == own_id:
        raise ApiError.field("parentId", "an account cannot be its own parent")
    if uow.get("account", parent_id) is None:
        raise ApiError.field("parentId", "is not an account of this company")


@router.get("", summary="List chart of accounts")
def list_accounts(request: Request, ctx: Ctx = Depends(company_ctx("accounting.read"))) -> Response:
    return list_kind(ctx, request, "account")


@router.post("", status_code=201, summary="Create an account")
def create_account(
    body: AccountCreate, ctx: Ctx = Depends(company_ctx("accounting.write"))
) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        _check_parent(uow, body.parentId)
        accounts_by_code(uow)
        return new_account(uow, body.model_dump())

    return ctx.write(change, 201)


@router.get("/{account_id}", summary="Get account details")
def get_account(
    account_id: str, ctx: Ctx = Depends(company_ctx("accounting.read"))
) -> dict[str, Any]:
    return get_record(ctx, "account", account_id, "Account")


@router.patch("/{account_id}", summary="Update an account")
def patch_account(
    account_id: str, body: AccountPatch, ctx: Ctx = Depends(company_ctx("accounting.write"))
) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        account = uow.require("account", account_id, "Account")
        fields = body.model_dump(exclude_unset=True)
        if "parentId" in fields:
            _check_parent(uow, fields["parentId"], account_id)
        account.update(fields)
        return uow.save("account", account)

    return ctx.write(change)
