"""Correcting drafts: invoices and bills, manual journal entries and payments.

A draft is checked again as a whole after the fields sent are applied, with the same
rules as on creation; anything posted (or cancelled) answers 409 and stays as it was.
Numbers are kept: a corrected draft is the same document. `changes` hold only the fields
the request sent (`null` clears an optional text).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.bill_matching import check_order_lines
from arkan_desktop.sandbox.accounting.invoices import (
    INCOTERMS,
    _line,
    _refuse_unless_draft,
    company_profile,
    invoice_totals,
    iso_day,
    lookup_partner,
)
from arkan_desktop.sandbox.accounting.ledger import entry_lines
from arkan_desktop.sandbox.accounting.payments import METHODS, _append, _check
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

PARTNER_OF = {
    "out_invoice": ("client", "customer invoices are made out to clients"),
    "in_invoice": ("vendor", "bills come from vendors"),
}
PAYER_OF = {
    "inbound": ("client", "inbound payments come from clients"),
    "outbound": ("vendor", "outbound payments go to vendors"),
}


def _text(changes: dict[str, Any], record: dict[str, Any], *names: str) -> None:
    for name in names:
        if name in changes:
            record[name] = str(changes[name] or "")


def update_invoice(
    uow: UnitOfWork, invoice: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """Apply the fields sent to a draft invoice or bill and compute its totals again."""
    _refuse_unless_draft(invoice, "edit")
    doc_type = invoice["type"]
    kind, hint = PARTNER_OF[doc_type]
    partner = uow.get(kind, invoice["partnerId"]) or {}
    if changes.get("partnerId"):
        partner = lookup_partner(uow, kind, changes["partnerId"], "partnerId", hint)
        invoice["partnerId"], invoice["partnerName"] = partner["id"], partner["name"]
    day = iso_day(changes["date"], "date") if changes.get("date") else invoice["date"]
    if changes.get("dueDate"):
        due = iso_day(changes["dueDate"], "dueDate")
    elif "date" in changes or "partnerId" in changes or "dueDate" in changes:
        terms = int(partner.get("paymentTermsDays") or 0)
        due = (date.fromisoformat(day) + timedelta(days=terms)).isoformat()
    else:
        due = invoice["dueDate"]
    if due < day:
        raise ApiError.field("dueDate", f"cannot be before the document date {day}")
    invoice["date"], invoice["dueDate"] = day, due
    if "incoterm" in changes:
        incoterm = str(changes["incoterm"] or "").strip().upper() or None
        if incoterm and incoterm not in INCOTERMS:
            raise ApiError.field(
                "incoterm", f"must be an Incoterms 2020 rule: {', '.join(INCOTERMS)}"
            )
        invoice["incoterm"] = incoterm
    _text(changes, invoice, "reference", "vendorReference", "notes")
    if changes.get("lines") is not None:
        currency = invoice["currency"]
        rate = dec(company_profile(uow).get("defaultTaxRate") or 0, "taxRate")
        errors: list[dict[str, str]] = []
        lines = [
            _line(uow, doc_type, i, dict(raw), currency=currency, default_rate=rate, errors=errors)
            for i, raw in enumerate(changes["lines"])
        ]
        if errors:
            raise ApiError(400, "Validation failed", errors)
        checked = [line for line in lines if line is not None]
        order_id = invoice.get("purchaseOrderId")
        check_order_lines(
            uow, doc_type, partner, order_id, changes["lines"], checked, invoice["id"]
        )
        invoice["lines"] = checked
        invoice.update(invoice_totals(invoice["lines"], currency))
        invoice["amountDue"] = invoice["total"]
    noun = "bill" if doc_type == "in_invoice" else "invoice"
    return uow.save("invoice", invoice, f"{noun}.updated")


def update_entry(uow: UnitOfWork, entry: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """Apply the fields sent to a draft manual journal entry; lines must still balance."""
    if entry["state"] != "draft":
        raise ApiError(
            409, f"Journal entry {entry['number']} is posted; posted entries cannot change"
        )
    if entry.get("sourceType") not in (None, "manual"):
        raise ApiError(
            409,
            f"Journal entry {entry['number']} was made by a {entry['sourceType']}; "
            "correct that document instead",
        )
    if changes.get("date"):
        entry["date"] = iso_day(changes["date"], "date")
    _text(changes, entry, "memo", "reference")
    if changes.get("lines") is not None:
        currency = entry["currency"]
        entry["lines"] = entry_lines(uow, changes["lines"], currency)
        for side in ("debit", "credit"):
            total = sum((Decimal(x[side]) for x in entry["lines"]), ZERO)
            entry[f"total{side.capitalize()}"] = money(total, currency)
    return uow.save("journal_entry", entry, "journal_entry.updated")


def update_payment(
    uow: UnitOfWork, payment: dict[str, Any], changes: dict[str, Any]
) -> dict[str, Any]:
    """Apply the fields sent to a draft payment; its allocations are checked again."""
    if payment["state"] != "draft":
        raise ApiError(
            409,
            f"Payment {payment['number']} is posted; allocate it to invoices instead of editing it",
        )
    currency = payment["currency"]
    if changes.get("partnerId"):
        kind, hint = PAYER_OF[payment["type"]]
        partner = lookup_partner(uow, kind, changes["partnerId"], "partnerId", hint)
        payment["partnerId"], payment["partnerName"] = partner["id"], partner["name"]
    if changes.get("date"):
        payment["date"] = iso_day(changes["date"], "date")
    if changes.get("amount") is not None:
        amount = dec(changes["amount"], "amount")
        if amount <= 0:
            raise ApiError.field("amount", "must be greater than zero")
        if round_money(amount, currency) != amount:
            raise ApiError.field("amount", f"has more decimals than {currency} allows")
        payment["amount"] = money(amount, currency)
    if changes.get("method"):
        if changes["method"] not in METHODS:
            raise ApiError.field("method", f"must be one of {', '.join(METHODS)}")
        payment["method"] = changes["method"]
    _text(changes, payment, "reference", "memo")
    wanted = changes.get("allocations")
    if wanted is None:
        wanted = [
            {"invoiceId": a["invoiceId"], "amount": a["amount"]} for a in payment["allocations"]
        ]
    payment["allocations"] = []
    payment["amountAllocated"] = money(ZERO, currency)
    payment["amountUnallocated"] = payment["amount"]
    if wanted:
        _append(payment, _check(uow, payment, list(wanted)))
    return uow.save("payment", payment, "payment.updated")
