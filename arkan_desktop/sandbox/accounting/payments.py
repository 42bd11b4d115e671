"""Payments: recording, posting to the bank and partner accounts, allocating to invoices.

An inbound payment comes from a client and settles customer invoices; an outbound one
goes to a vendor and settles bills. Allocations given while a payment is a draft are
kept and applied when it is posted; on a posted payment they apply at once.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.invoices import (
    apply_payment,
    iso_day,
    lookup_partner,
    stamp_day,
)
from arkan_desktop.sandbox.accounting.ledger import (
    BANK,
    CASH,
    PAYABLE,
    RECEIVABLE,
    account,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, dec, money, round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

METHODS = ("bank", "cash", "card", "cheque")
SETTLES = {"inbound": "out_invoice", "outbound": "in_invoice"}


def record_payment(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A draft payment, with any allocations checked and kept for posting."""
    direction = data.get("type") or "inbound"
    if direction not in SETTLES:
        raise ApiError.field("type", "must be inbound (from a client) or outbound (to a vendor)")
    if direction == "inbound":
        partner = lookup_partner(
            uow, "client", data.get("partnerId"), "partnerId", "inbound payments come from clients"
        )
    else:
        partner = lookup_partner(
            uow, "vendor", data.get("partnerId"), "partnerId", "outbound payments go to vendors"
        )
    currency = company_currency(uow)
    wanted = str(data.get("currency") or currency).upper()
    if wanted != currency:
        raise ApiError.field(
            "currency",
            f"must be the company currency {currency}; payments in {wanted} are not supported",
        )
    amount = dec(data.get("amount"), "amount") if data.get("amount") is not None else None
    if amount is None:
        raise ApiError.field("amount", "is required")
    if amount <= 0:
        raise ApiError.field("amount", "must be greater than zero")
    if round_money(amount, currency) != amount:
        raise ApiError.field("amount", f"has more decimals than {currency} allows")
    method = data.get("method") or "bank"
    if method not in METHODS:
        raise ApiError.field("method", f"must be one of {', '.join(METHODS)}")
    day = iso_day(data["date"], "date") if data.get("date") else stamp_day(created_at)
    series = "receipt" if direction == "inbound" else "payment"
    prefix = "RCPT" if direction == "inbound" else "PAY"
    payment: dict[str, Any] = {
        "number": uow.next_number(series, prefix, day[:4]),
        "type": direction,
        "state": "draft",
        "partnerId": partner["id"],
        "partnerName": partner["name"],
        "date": day,
        "amount": money(amount, currency),
        "currency": currency,
        "method": method,
        "reference": str(data.get("reference") or ""),
        "memo": str(data.get("memo") or ""),
        "allocations": [],
        "amountAllocated": money(ZERO, currency),
        "amountUnallocated": money(amount, currency),
        "journalEntryId": None,
        "postedAt": None,
    }
    if data.get("allocations"):
        _append(payment, _check(uow, payment, list(data["allocations"])))
    return uow.add("payment", payment, created_at=created_at)


def _check(
    uow: UnitOfWork,
    payment: dict[str, Any],
    allocations: list[dict[str, Any]],
    pending: bool = False,
) -> list[tuple[dict[str, Any], Decimal]]:
    """Validate allocations against the invoices and the payment; field errors name them.

    `pending`: the payment's own stored allocations are being applied (at posting), so they
    are not counted twice against the payment amount.
    """
    currency = payment["currency"]
    wanted_type = SETTLES[payment["type"]]
    errors: list[dict[str, str]] = []
    checked: list[tuple[dict[str, Any], Decimal]] = []
    asked: dict[str, Decimal] = {}
    stored: dict[str, Decimal] = {}
    if payment["state"] == "draft" and not pending:
        for old in payment["allocations"]:
            key = old["invoiceId"]
            stored[key] = stored.get(key, ZERO) + Decimal(old["amount"])
    for i, raw in enumerate(allocations):
        where = f"allocations[{i}]"
        invoice_id = str(raw.get("invoiceId") or "")
        invoice = uow.get("invoice", invoice_id) if _is_uuid(invoice_id) else None
        raw_amount = raw.get("amount")
        amount = None if raw_amount is None else dec(raw_amount, f"{where}.amount")
        if invoice is None:
            errors.append(
                {"field": f"{where}.invoiceId", "message": "is not an invoice of this company"}
            )
            continue
        number = invoice["number"]
        problem = None
        if invoice["type"] != wanted_type:
            problem = (
                f"{number} is not a customer invoice; inbound payments settle customer invoices"
                if wanted_type == "out_invoice"
                else f"{number} is not a bill; outbound payments settle vendor bills"
            )
        elif invoice["partnerId"] != payment["partnerId"]:
            problem = (
                f"{number} belongs to {invoice['partnerName']}, not to {payment['partnerName']}"
            )
        elif invoice["state"] == "draft":
            problem = f"{number} is a draft; post it before allocating payments to it"
        elif invoice["state"] == "cancelled":
            problem = f"{number} is cancelled"
        elif invoice["state"] == "paid":
            problem = f"{number} is already fully paid"
        if problem:
            errors.append({"field": f"{where}.invoiceId", "message": problem})
            continue
        if amount is None:
            errors.append({"field": f"{where}.amount", "message": "is required"})
            continue
        if amount <= 0:
            errors.append({"field": f"{where}.amount", "message": "must be greater than zero"})
            continue
        if round_money(amount, currency) != amount:
            errors.append(
                {"field": f"{where}.amount", "message": f"has more decimals than {currency} allows"}
            )
            continue
        asked[invoice["id"]] = asked.get(invoice["id"], ZERO) + amount
        due = Decimal(invoice["amountDue"])
        if asked[invoice["id"]] + stored.get(invoice["id"], ZERO) > due:
            errors.append(
                {
                    "field": f"{where}.amount",
                    "message": f"{money(amount, currency)} exceeds the amount due on {number} "
                    f"({invoice['amountDue']} {currency})",
                }
            )
            continue
        checked.append((invoice, amount))
    if errors:
        raise ApiError(400, "Validation failed", errors)
    already = ZERO if pending else Decimal(payment["amountAllocated"])
    total = already + sum((amt for _, amt in checked), ZERO)
    if total > Decimal(payment["amount"]):
        raise ApiError(
            400,
            "Validation failed",
            [
                {
                    "field": "allocations",
                    "message": f"total allocated {money(total, currency)} exceeds the "
                    f"payment amount {payment['amount']} {currency}",
                }
            ],
        )
    return checked


def _append(payment: dict[str, Any], checked: list[tuple[dict[str, Any], Decimal]]) -> None:
    """Add checked allocations to the payment's list (one entry per invoice)."""
    currency = payment["currency"]
    for invoice, amount in checked:
        for existing in payment["allocations"]:
            if existing["invoiceId"] == invoice["id"]:
                existing["amount"] = money(Decimal(existing["amount"]) + amount, currency)
                break
        else:
            payment["allocations"].append(
                {
                    "invoiceId": invoice["id"],
                    "invoiceNumber": invoice["number"],
                    "amount": money(amount, currency),
                }
            )
    allocated = Decimal(payment["amountAllocated"]) + sum((a for _, a in checked), ZERO)
    payment["amountAllocated"] = money(allocated, currency)
    payment["amountUnallocated"] = money(Decimal(payment["amount"]) - allocated, currency)


def post_payment(uow: UnitOfWork, payment: dict[str, Any], at: str | None = None) -> dict[str, Any]:
    """Post a draft: the bank/partner entry, then its stored allocations are applied."""
    if payment["state"] != "draft":
        raise ApiError(409, f"Payment {payment['number']} is already posted; cannot post it again")
    pending = [{"invoiceId": a["invoiceId"], "amount": a["amount"]} for a in payment["allocations"]]
    checked = _check(uow, payment, pending, pending=True) if pending else []
    currency = payment["currency"]
    amount = Decimal(payment["amount"])
    money_account = account(uow, CASH if payment["method"] == "cash" else BANK)
    label = f"{payment['number']} {payment['partnerName']}"
    if payment["type"] == "inbound":
        debit, credit, partner_side = money_account, account(uow, RECEIVABLE), "credit"
    else:
        debit, credit, partner_side = account(uow, PAYABLE), money_account, "debit"
    lines = [
        {
            "accountId": debit["id"],
            "debit": amount,
            "description": label,
            "partnerId": payment["partnerId"] if partner_side == "debit" else None,
        },
        {
            "accountId": credit["id"],
            "credit": amount,
            "description": label,
            "partnerId": payment["partnerId"] if partner_side == "credit" else None,
        },
    ]
    entry = create_entry(
        uow,
        lines=lines,
        date=payment["date"],
        reference=payment["number"],
        memo=f"{'Receipt from' if payment['type'] == 'inbound' else 'Payment to'} "
        f"{payment['partnerName']}",
        source_type="payment",
        source_id=payment["id"],
        post=True,
        created_at=at,
    )
    payment["journalEntryId"] = entry["id"]
    payment["state"] = "posted"
    payment["postedAt"] = at or clock.now_iso()
    for invoice, share in checked:
        apply_payment(uow, invoice, payment, share, at)
    payment["amountAllocated"] = money(sum((a for _, a in checked), ZERO), currency)
    payment["amountUnallocated"] = money(amount - Decimal(payment["amountAllocated"]), currency)
    uow.save("payment", payment, "payment.posted", at=at)
    return payment


def allocate(
    uow: UnitOfWork,
    payment: dict[str, Any],
    allocations: list[dict[str, Any]],
    at: str | None = None,
) -> dict[str, Any]:
    """Allocate to invoices: at once on a posted payment, kept for posting on a draft."""
    if not allocations:
        raise ApiError.field("allocations", "needs at least one allocation")
    checked = _check(uow, payment, allocations)
    _append(payment, checked)
    if payment["state"] == "posted":
        for invoice, share in checked:
            apply_payment(uow, invoice, payment, share, at)
        uow.save("payment", payment, "payment.allocated", at=at)
    else:
        uow.save("payment", payment, "payment.updated", at=at)
    return payment
