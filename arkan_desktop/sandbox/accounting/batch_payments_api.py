"""Batch payment endpoints: exportable payments, UAEFTS/CSV/WPS exports, partner bank details.

Bodies are camelCase like the rest of the API; the snake_case names of Arkan's own
batch-payment page (`payment_ids`, `employer_eid`, `bank_routing_code`, `salary_month`,
`sender_bank`, `bank_name` ...) are accepted as well. An export answers with the file
itself (Content-Disposition names it; X-Batch-* headers carry its control totals); the
batch it was kept in can be read again from `/batches`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import AliasChoices, Field

from arkan_desktop.sandbox.accounting.batch_bank_details import (
    bank_details_view,
    find_partner,
    save_bank_details,
)
from arkan_desktop.sandbox.accounting.batch_payments import export_batch, exportable_where
from arkan_desktop.sandbox.api_common import Payload, get_record, list_kind
from arkan_desktop.sandbox.context import Ctx, company_ctx
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.pagination import list_records
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

router = APIRouter(prefix="/accounting/batch-payment", tags=["accounting"])

Reader = Annotated[Ctx, Depends(company_ctx("accounting.read"))]
Writer = Annotated[Ctx, Depends(company_ctx("accounting.write"))]
Poster = Annotated[Ctx, Depends(company_ctx("accounting.post"))]


def _either(camel: str, snake: str) -> Any:
    return AliasChoices(camel, snake)


class BankDetails(Payload):
    bankName: str | None = Field(
        default=None, max_length=100, validation_alias=_either("bankName", "bank_name")
    )
    branch: str | None = Field(default=None, max_length=100)
    accountNumber: str | None = Field(
        default=None,
        max_length=34,
        pattern=r"^[0-9A-Za-z\- ]+$",
        validation_alias=_either("accountNumber", "account_number"),
    )
    iban: str | None = Field(default=None, max_length=42)
    swiftCode: str | None = Field(
        default=None, max_length=11, validation_alias=_either("swiftCode", "swift_code")
    )
    routingCode: str | None = Field(
        default=None, max_length=9, validation_alias=_either("routingCode", "routing_code")
    )


class ExportRequest(Payload):
    paymentIds: list[str] = Field(
        min_length=1, max_length=1000, validation_alias=_either("paymentIds", "payment_ids")
    )


class UaeftsRequest(ExportRequest):
    companyName: str | None = Field(
        default=None, max_length=140, validation_alias=_either("companyName", "company_name")
    )
    senderBank: BankDetails | None = Field(
        default=None, validation_alias=_either("senderBank", "sender_bank")
    )
    valueDate: dt.date | None = Field(
        default=None, validation_alias=_either("valueDate", "value_date")
    )


class CsvRequest(ExportRequest):
    valueDate: dt.date | None = Field(
        default=None, validation_alias=_either("valueDate", "value_date")
    )


class WpsRequest(ExportRequest):
    employerEid: str = Field(
        pattern=r"^[0-9]{1,13}$",
        description="employer unique ID (MOHRE establishment number), up to 13 digits",
        validation_alias=_either("employerEid", "employer_eid"),
    )
    bankRoutingCode: str = Field(
        pattern=r"^[0-9]{9}$",
        description="9-digit routing code of the employer's bank",
        validation_alias=_either("bankRoutingCode", "bank_routing_code"),
    )
    salaryMonth: str = Field(
        pattern=r"^[0-9]{4}-[0-9]{2}$", validation_alias=_either("salaryMonth", "salary_month")
    )
    employerReference: str | None = Field(
        default=None,
        max_length=35,
        validation_alias=_either("employerReference", "employer_reference"),
    )


_OWN_PARAMS = {
    "dateFrom": "date_from",
    "dateTo": "date_to",
    "category": "category",
}


@router.get("/exportable", summary="List payments eligible for export")
def exportable(request: Request, ctx: Reader) -> Response:
    params = dict(request.query_params)
    mine: dict[str, str | None] = {}
    for camel, snake in _OWN_PARAMS.items():
        mine[camel] = params.pop(camel, None) or params.pop(snake, None)
    for field in ("dateFrom", "dateTo"):
        if mine[field]:
            try:
                mine[field] = dt.date.fromisoformat(str(mine[field])).isoformat()
            except ValueError:
                raise ApiError.field(field, "must be a date (YYYY-MM-DD)") from None
    if mine["category"] not in (None, "vendor", "salary"):
        raise ApiError.field("category", "must be vendor or salary")
    where = exportable_where(mine["dateFrom"], mine["dateTo"], mine["category"])
    with ctx.read() as conn:
        return list_records(
            conn,
            ctx.company_id,
            "payment",
            params,
            {"type": "outbound", "state": "posted"},
            where_also=where,
        )


def _file_response(answer: Response) -> Response:
    """The exported file, from the batch the write answered (or replayed)."""
    batch = json.loads(bytes(answer.body))
    headers = {
        "Content-Disposition": f'attachment; filename="{batch["fileName"]}"',
        "X-Batch-Id": batch["id"],
        "X-Batch-Number": batch["number"],
        "X-Control-Count": str(batch["paymentCount"]),
        "X-Control-Total": batch["total"],
    }
    if answer.headers.get("idempotent-replayed"):
        headers["Idempotent-Replayed"] = "true"
    return Response(
        batch["content"].encode("utf-8"),
        status_code=answer.status_code,
        media_type=batch["contentType"],
        headers=headers,
    )


def _export(ctx: Ctx, fmt: str, body: ExportRequest) -> Response:
    options = body.model_dump(exclude_none=True, mode="json")

    def change(uow: UnitOfWork) -> dict[str, Any]:
        return export_batch(uow, fmt, options)

    return _file_response(ctx.write(change, 201))


@router.post("/export/uaefts", status_code=201, summary="Export as UAEFTS file (UAE bank transfer)")
def export_uaefts(body: UaeftsRequest, ctx: Poster) -> Response:
    return _export(ctx, "uaefts", body)


@router.post("/export/csv", status_code=201, summary="Export as CSV file")
def export_csv(body: CsvRequest, ctx: Poster) -> Response:
    return _export(ctx, "csv", body)


@router.post("/export/wps", status_code=201, summary="Export as WPS/SIF file (salary payments)")
def export_wps(body: WpsRequest, ctx: Poster) -> Response:
    return _export(ctx, "wps", body)


@router.put("/bank-details/{partner_id}", summary="Save partner bank details")
def put_bank_details(partner_id: str, body: BankDetails, ctx: Writer) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        return save_bank_details(uow, partner_id, body.model_dump())

    return ctx.write(change)


@router.get("/bank-details/{partner_id}", summary="Get partner bank details")
def get_bank_details(partner_id: str, ctx: Reader) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        return bank_details_view(*find_partner(uow, partner_id))


@router.get("/batches", summary="List exported payment batches", tags=["assumed"])
def list_batches(request: Request, ctx: Reader) -> Response:
    return list_kind(ctx, request, "payment_batch")


@router.get("/batches/{batch_id}", summary="Get a payment batch with its file", tags=["assumed"])
def get_batch(batch_id: str, ctx: Reader) -> dict[str, Any]:
    return get_record(ctx, "payment_batch", batch_id, "Payment batch")
