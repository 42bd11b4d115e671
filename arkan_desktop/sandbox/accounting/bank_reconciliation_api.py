"""Bank reconciliation endpoints: import and list statements, match, write off, unmatch.

A line is named by `statementLineId` (with `statementId` when the caller knows it, which
saves a search). Every change answers the whole statement, so a client sees the line
states and the reconciled balance that the change produced.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import Field

from arkan_desktop.sandbox.accounting.bank_matching import match_line, unmatch_line, write_off
from arkan_desktop.sandbox.accounting.bank_statements import find_line, import_statement
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/bank-reconciliation", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


class StatementLine(Payload):
    date: dt.date
    amount: Decimal
    balance: Decimal | None = None
    reference: str | None = Field(default=None, max_length=140)
    memo: str | None = Field(default=None, max_length=500)
    counterparty: str | None = Field(default=None, max_length=200)
    counterpartyAccount: str | None = Field(default=None, max_length=42)


class StatementImport(Payload):
    reference: str = Field(min_length=1, max_length=100)
    name: str | None = Field(default=None, max_length=200)
    bankAccountId: str | None = None
    bankAccountCode: str | None = Field(default=None, max_length=20)
    currency: str | None = Field(default=None, max_length=3)
    date: dt.date | None = None
    openingBalance: Decimal
    closingBalance: Decimal
    writeOffAccountId: str | None = None
    writeOffAccountCode: str | None = Field(default=None, max_length=20)
    writeOffLimit: Decimal | None = Field(default=None, ge=0)
    lines: list[StatementLine] = Field(min_length=1, max_length=5000)


class LineRef(Payload):
    statementLineId: str
    statementId: str | None = None


class Counterpart(Payload):
    paymentId: str | None = None
    journalItemId: str | None = None
    journalEntryId: str | None = None
    invoiceId: str | None = None
    amount: Decimal | None = Field(default=None, gt=0)


class MatchRequest(LineRef):
    matches: list[Counterpart] = Field(min_length=1, max_length=500)


class WriteOffRequest(LineRef):
    amount: Decimal | None = Field(default=None, gt=0)
    accountId: str | None = None
    label: str | None = Field(default=None, max_length=200)


@router.post("/statements", status_code=201, summary="Import a bank statement")
def import_bank_statement(body: StatementImport, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return import_statement(uow, body.model_dump())

    return ctx.write(change, 201)


@router.get("/statements", summary="List bank statements")
def list_statements(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "bank_statement")


@router.get("/statements/{statement_id}", summary="Get a bank statement", tags=["assumed"])
def get_statement(statement_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "bank_statement", statement_id, "Bank statement")


@router.post("/match", summary="Match statement line to entry")
def match(body: MatchRequest, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        statement, line = find_line(uow, body.statementLineId, body.statementId)
        return match_line(uow, statement, line, [m.model_dump() for m in body.matches])

    return ctx.write(change)


@router.post("/write-off", summary="Write off small difference")
def write_off_difference(body: WriteOffRequest, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        statement, line = find_line(uow, body.statementLineId, body.statementId)
        return write_off(uow, statement, line, body.model_dump())

    return ctx.write(change)


@router.post("/unmatch", summary="Undo the matches of a statement line", tags=["assumed"])
def unmatch(body: LineRef, ctx: Poster) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        statement, line = find_line(uow, body.statementLineId, body.statementId)
        return unmatch_line(uow, statement, line)

    return ctx.write(change)
