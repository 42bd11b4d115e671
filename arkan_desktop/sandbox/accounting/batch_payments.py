"""Batch payment export: which payments may go into a bank file, and exporting them once.

A payment is exportable when it is posted, outbound, paid by bank and not exported yet.
Vendor payments go out as UAEFTS or CSV transfers, salary payments (from payroll runs) as
a WPS salary file. An export checks every payment and its partner's bank details first
and refuses the whole batch, naming each problem, rather than write a file a bank would
reject; then it keeps the file in a payment batch and marks the payments exported (as
Arkan does, also with an `[EXPORTED:BATCHREF:timestamp]` tag in the memo).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import func

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.batch_bank_details import (
    compact,
    details_problems,
    find_partner,
    iban_problem,
    stored_details,
    swift_problem,
)
from arkan_desktop.sandbox.accounting.batch_files import (
    SalaryRecord,
    Sender,
    Transfer,
    csv_file,
    sif_file,
    sif_name,
    uaefts_file,
)
from arkan_desktop.sandbox.accounting.invoices import company_profile
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.accounting.payroll import month_bounds
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, money
from arkan_desktop.sandbox.storage import records
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

FORMATS = {
    # format -> (payment category it pays, file extension, content type)
    "uaefts": ("vendor", "txt", "text/plain; charset=utf-8"),
    "csv": ("vendor", "csv", "text/csv; charset=utf-8"),
    "wps": ("salary", "SIF", "text/plain; charset=us-ascii"),
}
UAE_TIME = timezone(timedelta(hours=4))  # Gulf Standard Time, no daylight saving


def category_of(payment: dict[str, Any]) -> str:
    return str(payment.get("category") or "vendor")


def exportable_where(date_from: str | None, date_to: str | None, category: str | None) -> list[Any]:
    """List conditions beyond `type=outbound&state=posted`: paid by bank, not exported."""
    body = records.c.body
    where: list[Any] = [
        func.json_extract(body, "$.method") == "bank",
        func.json_extract(body, "$.exportBatchId").is_(None),
    ]
    if date_from:
        where.append(records.c.date >= date_from)
    if date_to:
        where.append(records.c.date <= date_to)
    if category:
        where.append(func.coalesce(func.json_extract(body, "$.category"), "vendor") == category)
    return where


@dataclass
class _Checked:
    payment: dict[str, Any]
    partner: dict[str, Any]
    details: dict[str, str]


def _check_payments(uow: UnitOfWork, fmt: str, payment_ids: list[str]) -> list[_Checked]:
    wanted_category = FORMATS[fmt][0]
    errors: list[dict[str, str]] = []
    checked: list[_Checked] = []
    seen: set[str] = set()
    for i, payment_id in enumerate(payment_ids):
        field = f"paymentIds[{i}]"
        payment = uow.get("payment", payment_id) if _is_uuid(payment_id) else None
        if payment is None:
            errors.append({"field": field, "message": "is not a payment of this company"})
            continue
        number = payment["number"]
        problem = None
        if payment_id in seen:
            problem = f"{number} is listed twice"
        elif payment["type"] != "outbound":
            problem = f"{number} is money received, not a payment out"
        elif payment["state"] != "posted":
            problem = f"{number} is a draft; post it before exporting"
        elif payment.get("method") != "bank":
            problem = f"{number} was paid by {payment.get('method')}, not by bank transfer"
        elif payment.get("exportBatchId"):
            problem = f"{number} was already exported in {payment.get('exportBatchNumber')}"
        elif category_of(payment) != wanted_category:
            problem = (
                f"{number} is a salary payment; salaries go out in a WPS file"
                if wanted_category == "vendor"
                else f"{number} is not a salary payment; WPS files carry salaries only"
            )
        seen.add(payment_id)
        if problem:
            errors.append({"field": field, "message": problem})
            continue
        _kind, partner = find_partner(uow, payment["partnerId"])
        details = stored_details(partner)
        bad = details_problems(details)
        if fmt == "csv" and not details["iban"] and details["accountNumber"]:
            bad = [p for p in bad if p != "has no IBAN"]
        if fmt == "wps" and not details["routingCode"]:
            bad.append("has no routing code (the 9-digit agent ID of the employee's bank)")
        if bad:
            errors.append({"field": field, "message": f"{number} to {partner['name']}: {bad[0]}"})
            continue
        checked.append(_Checked(payment, partner, details))
    if errors:
        raise ApiError(400, "These payments cannot be exported", errors)
    return checked


def _transfers(checked: list[_Checked]) -> list[Transfer]:
    return [
        Transfer(
            number=c.payment["number"],
            date=c.payment["date"],
            beneficiary=c.partner["name"],
            iban=compact(c.details["iban"]),
            account_number=c.details["accountNumber"] or _account_from_iban(c.details["iban"]),
            bank_name=c.details["bankName"],
            swift_code=c.details["swiftCode"],
            routing_code=c.details["routingCode"],
            amount=Decimal(c.payment["amount"]),
            currency=c.payment["currency"],
            reference=c.payment.get("reference") or c.payment["number"],
            category=category_of(c.payment),
        )
        for c in checked
    ]


def _account_from_iban(iban: str) -> str:
    """The account number inside an AE IBAN (after the 3-digit bank code); else the BBAN."""
    iban = compact(iban)
    return iban[7:] if iban.startswith("AE") else iban[4:]


def _sender(uow: UnitOfWork, options: dict[str, Any]) -> Sender:
    profile = company_profile(uow)
    bank = profile.get("bank") or {}
    given = options.get("senderBank") or {}
    iban = compact(given.get("iban") or bank.get("iban"))
    errors = []
    if not iban or iban_problem(iban):
        message = iban_problem(iban) if iban else "is required (the company has no bank IBAN)"
        errors.append({"field": "senderBank.iban", "message": str(message)})
    swift = compact(given.get("swiftCode") or bank.get("swift"))
    if swift and swift_problem(swift):
        errors.append({"field": "senderBank.swiftCode", "message": str(swift_problem(swift))})
    if errors:
        raise ApiError(400, "Validation failed", errors)
    return Sender(
        company_name=str(options.get("companyName") or profile.get("name") or ""),
        bank_name=str(given.get("bankName") or bank.get("name") or ""),
        account_number=str(given.get("accountNumber") or _account_from_iban(iban)),
        iban=iban,
        swift_code=swift,
    )


def _salary_records(checked: list[_Checked], month: str) -> list[SalaryRecord]:
    errors = []
    rows = []
    employees: dict[str, str] = {}
    for i, c in enumerate(checked):
        p = c.payment
        where = {"field": f"paymentIds[{i}]"}
        if p["payPeriodEnd"][:7] != month:
            errors.append(
                {
                    **where,
                    "message": f"{p['number']} pays {p['payPeriodEnd'][:7]}, "
                    f"not the salary month {month}",
                }
            )
        elif p["partnerId"] in employees:  # the format allows one EDR per employee
            errors.append(
                {
                    **where,
                    "message": f"{p['number']} pays {p['partnerName']} again "
                    f"(already in {employees[p['partnerId']]})",
                }
            )
        employees[p["partnerId"]] = p["number"]
        rows.append(
            SalaryRecord(
                person_id=c.partner["personId"],
                routing_code=c.details["routingCode"],
                account=compact(c.details["iban"]),
                pay_start=p["payPeriodStart"],
                pay_end=p["payPeriodEnd"],
                days=int(p["daysInPeriod"]),
                fixed=Decimal(p["fixedAmount"]),
                variable=Decimal(p["variableAmount"]),
                days_on_leave=int(p["daysOnLeave"]),
            )
        )
    if errors:
        raise ApiError(400, "These payments cannot be exported", errors)
    return rows


def export_batch(
    uow: UnitOfWork, fmt: str, options: dict[str, Any], at: str | None = None
) -> dict[str, Any]:
    """Check, write the file, keep it in a payment batch and mark the payments exported."""
    currency = company_currency(uow)
    if fmt in ("uaefts", "wps") and currency != "AED":
        noun = "UAEFTS transfers" if fmt == "uaefts" else "WPS salary files"
        raise ApiError(409, f"{noun} are in AED; this company keeps its books in {currency}")
    payment_ids = [str(x) for x in options.get("paymentIds") or []]
    if not payment_ids:
        raise ApiError.field("paymentIds", "needs at least one payment")
    checked = _check_payments(uow, fmt, payment_ids)
    stamp = at or clock.now_iso()
    created = clock.parse_iso(stamp).astimezone(UAE_TIME)
    day = created.date().isoformat()
    number = uow.next_number("payment_batch", "BP", day[:4])
    extension, content_type = FORMATS[fmt][1], FORMATS[fmt][2]
    extra: dict[str, Any] = {}
    if fmt == "wps":
        first, _last = month_bounds(str(options.get("salaryMonth") or ""), "salaryMonth")
        month = first.isoformat()[:7]
        rows = _salary_records(checked, month)
        employer_id = str(options["employerEid"])
        content = sif_file(
            employer_id=employer_id,
            employer_routing_code=str(options["bankRoutingCode"]),
            created=created,
            salary_month=first,
            currency=currency,
            reference=str(options.get("employerReference") or number),
            rows=rows,
        )
        file_name = sif_name(employer_id, created)
        extra = {"employerEid": employer_id.zfill(13), "salaryMonth": month}
    else:
        transfers = _transfers(checked)
        value_date = date.fromisoformat(str(options.get("valueDate") or day))
        if fmt == "uaefts":
            content = uaefts_file(number, _sender(uow, options), value_date, transfers)
        else:
            content = csv_file(transfers)
        file_name = f"{number}.{extension}"
        extra = {"valueDate": value_date.isoformat()}
    total = sum((Decimal(c.payment["amount"]) for c in checked), ZERO)
    batch = {
        "number": number,
        "format": fmt,
        "date": day,
        "state": "exported",
        "currency": currency,
        "paymentCount": len(checked),
        "total": money(total, currency),
        "payments": [
            {
                "paymentId": c.payment["id"],
                "number": c.payment["number"],
                "partnerId": c.partner["id"],
                "partnerName": c.partner["name"],
                "amount": c.payment["amount"],
            }
            for c in checked
        ],
        "fileName": file_name,
        "contentType": content_type,
        "content": content,
        **extra,
    }
    uow.add("payment_batch", batch, created_at=at)
    tag_time = clock.parse_iso(stamp).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for c in checked:
        payment = c.payment
        payment["exportBatchId"] = batch["id"]
        payment["exportBatchNumber"] = number
        payment["exportFormat"] = fmt
        payment["exportedAt"] = stamp
        tag = f"[EXPORTED:{number}:{tag_time}]"
        payment["memo"] = f"{payment.get('memo') or ''} {tag}".strip()
        uow.save("payment", payment, "payment.exported", at=at)
    return batch
