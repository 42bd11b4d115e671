"""Journal entry endpoints: create (draft or posted), list, get, edit a draft, post."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.drafts import update_entry
from arkan_desktop.sandbox.accounting.ledger import create_entry, post_entry
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/journal-entries", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


class EntryLine(Payload):
    accountId: str | None = None
    accountCode: str | None = Field(default=None, max_length=20)
    debit: Decimal = Field(default=Decimal(0), ge=0)
    credit: Decimal = Field(default=Decimal(0), ge=0)
    description: str = Field(default="", max_length=500)
    partnerId: str | None = None


class EntryCreate(Payload):
    date: dt.date | None = None
    memo: str = Field(default="", max_length=500)
    reference: str = Field(default="", max_length=100)
    lines: list[EntryLine] = Field(min_length=2)
    post: bool = False


class EntryUpdate(Payload):
    """A draft's fields to change; lines, when sent, replace all its lines."""

    date: dt.date | None = None
    memo: str | None = Field(default=None, max_length=500)
    reference: str | None = Field(default=None, max_length=100)
    lines: list[EntryLine] | None = Field(default=None, min_length=2)


@router.get("", summary="List journal entries")
def list_entries(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "journal_entry")


@router.post("", status_code=201, summary="Create a journal entry")
def create_journal_entry(body: EntryCreate, ctx: Writer) -> Response:
    if body.post:
        ctx.require("accounting.post")
    for i, line in enumerate(body.lines):
        if not line.accountId and not line.accountCode:
            raise ApiError.field(f"lines[{i}].accountId", "accountId or accountCode is required")

    def change(uow: UnitOfWork) -> dict[str, Any]:
        return create_entry(
            uow,
            lines=[line.model_dump() for line in body.lines],
            date=body.date.isoformat() if body.date else None,
            memo=body.memo,
            reference=body.reference,
            source_type="manual",
            post=body.post,
        )

    return ctx.write(change, 201)


@router.get("/{entry_id}", summary="Get entry details")
def get_entry(entry_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "journal_entry", entry_id, "Journal entry")


@router.patch("/{entry_id}", summary="Update a draft entry", tags=["assumed"])
def update_journal_entry(entry_id: str, body: EntryUpdate, ctx: Writer) -> Response:
    changes = body.model_dump(exclude_unset=True)
    for i, line in enumerate(body.lines or ()):
        if not line.accountId and not line.accountCode:
            raise ApiError.field(f"lines[{i}].accountId", "accountId or accountCode is required")

    def change(uow: UnitOfWork) -> dict[str, Any]:
        entry = uow.require("journal_entry", entry_id, "Journal entry")
        return update_entry(uow, entry, changes)

    return ctx.write(change)


@router.post("/{entry_id}/post", summary="Post a draft entry")
def post_journal_entry(entry_id: str, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        entry = uow.require("journal_entry", entry_id, "Journal entry")
        return post_entry(uow, entry)

    return ctx.write(change)
