"""Invoices, bills and credit notes: server-side totals, posting to ledger and stock, cancelling.

Invoices made from a sales order (`salesOrderId`) post to the ledger only: the order's
deliveries move its goods and book their cost (see `ships_goods`).

The endpoints and the demo seeder share these functions. Each one either changes
everything it should or raises before changing anything, so a rejected request leaves
the unit of work (and, for the seeder, its in-memory records) as they were.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.bill_matching import check_order_lines
from arkan_desktop.sandbox.accounting.ledger import (
    COGS,
    GOODS_RECEIVED_NOT_INVOICED,
    INPUT_VAT,
    INVENTORY,
    OUTPUT_VAT,
    PAYABLE,
    PURCHASES,
    RECEIVABLE,
    SALES,
    account,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.stock import INTERNAL, move_stock, virtual_location
from arkan_desktop.sandbox.money import ZERO, dec, exponent, money, qty, round_money
from arkan_desktop.sandbox.sales.order_state import count_invoiced
from arkan_desktop.sandbox.storage import companies, stock_quants
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid, new_id

SERVICE_REVENUE = "4100"
HUNDRED = Decimal(100)

# The eleven Incoterms 2020 rules.
INCOTERMS = ("EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF")

CUSTOMER_TYPES = ("out_invoice", "out_refund")
VENDOR_TYPES = ("in_invoice", "in_refund")
REFUND_OF = {"out_invoice": "out_refund", "in_invoice": "in_refund"}
# document type -> (counter series, number prefix)
SERIES = {
    "out_invoice": ("invoice", "INV"),
    "in_invoice": ("bill", "BILL"),
    "out_refund": ("credit_note", "CN"),
    "in_refund": ("credit_note", "CN"),
}
NOUN = {
    "out_invoice": "Invoice",
    "in_invoice": "Bill",
    "out_refund": "Credit note",
    "in_refund": "Credit note",
}


# --- small helpers shared with payments, reports and the seeder ---------------------------


def company_profile(uow: UnitOfWork) -> dict[str, Any]:
    """The company's own record (currency, default tax rate ...), read once per unit of work."""
    if "company" not in uow.memo:
        row = uow.conn.execute(
            select(companies.c.body).where(companies.c.id == uow.company_id)
        ).first()
        uow.memo["company"] = json.loads(row[0]) if row else {}
    profile: dict[str, Any] = uow.memo["company"]
    return profile


def iso_day(value: object, field: str) -> str:
    """A calendar date from a payload (date object or ISO string) as YYYY-MM-DD."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ApiError.field(field, "must be a date (YYYY-MM-DD)") from None


def price_text(value: Decimal, currency: str) -> str:
    """A unit price: at least the currency's decimals, more if it was given with more."""
    places = exponent(currency)
    if -value.as_tuple().exponent <= places:  # type: ignore[operator]
        return money(value, currency)
    return qty(value)


def stamp_day(at: str | None) -> str:
    return (at or clock.now_iso())[:10]


def lookup_partner(
    uow: UnitOfWork, kind: str, partner_id: object, field: str, hint: str
) -> dict[str, Any]:
    record = uow.get(kind, str(partner_id)) if partner_id and _is_uuid(str(partner_id)) else None
    if record is None:
        raise ApiError.field(field, f"is not a {kind} of this company ({hint})")
    return record


# --- stock lookups -------------------------------------------------------------------------


def preload_stock_index(uow: UnitOfWork) -> None:
    """Remember where every product has stock, in one query (for the bulk seeder).

    Without it, each posting asks the database where its product is; with it, postings
    read the unit of work's own quantity cache. Stock returned by credit notes goes back
    to locations already in the index.
    """
    uow.flush()
    index: dict[str, list[str]] = {}
    rows = uow.conn.execute(
        select(stock_quants.c.product_id, stock_quants.c.location_id).where(
            stock_quants.c.company_id == uow.company_id
        )
    )
    for product_id, location_id in rows:
        index.setdefault(product_id, []).append(location_id)
    uow.memo["stock_index"] = index


def stock_by_location(uow: UnitOfWork, product_id: str) -> list[tuple[dict[str, Any], Decimal]]:
    """Internal locations holding the product, most stock first (then by location code)."""
    index = uow.memo.get("stock_index")
    if index is not None:
        found = {loc: uow.quantity(product_id, loc) for loc in index.get(product_id, ())}
    else:
        found = uow.quantities_of_product(product_id)
    out = []
    for location_id, quantity in found.items():
        location = uow.get("location", location_id)
        if quantity > 0 and location is not None and location.get("type") == INTERNAL:
            out.append((location, quantity))
    out.sort(key=lambda pair: (-pair[1], pair[0]["code"]))
    return out


def available_stock(uow: UnitOfWork, product_id: str) -> Decimal:
    return sum((q for _, q in stock_by_location(uow, product_id)), ZERO)


# --- creating ------------------------------------------------------------------------------


def _line(
    uow: UnitOfWork,
    doc_type: str,
    i: int,
    raw: dict[str, Any],
    *,
    currency: str,
    default_rate: Decimal,
    errors: list[dict[str, str]],
) -> dict[str, Any] | None:
    where = f"lines[{i}]"
    before = len(errors)

    def fail(name: str, message: str) -> None:
        errors.append({"field": f"{where}.{name}", "message": message})

    product = None
    product_id = raw.get("productId")
    if product_id:
        product = uow.get("product", str(product_id)) if _is_uuid(str(product_id)) else None
        if product is None:
            fail("productId", "is not a product of this company")
    raw_quantity = raw.get("quantity")
    quantity = dec(1 if raw_quantity is None else raw_quantity, f"{where}.quantity")
    if quantity <= 0:
        fail("quantity", "must be greater than zero")
    raw_price = raw.get("unitPrice")
    if raw_price is None and product is not None:
        raw_price = product["salePrice"] if doc_type == "out_invoice" else product["cost"]
    if raw_price is None:
        fail("unitPrice", "is required for a line without a product")
        raw_price = 0
    unit_price = dec(raw_price, f"{where}.unitPrice")
    if unit_price < 0:
        fail("unitPrice", "cannot be negative")
    discount = dec(raw.get("discountPercent") or 0, f"{where}.discountPercent")
    if not ZERO <= discount <= HUNDRED:
        fail("discountPercent", "must be between 0 and 100")
    raw_rate = raw.get("taxRate")
    if raw_rate is None:
        raw_rate = product.get("taxRate") if product is not None else None
    rate = dec(raw_rate, f"{where}.taxRate") if raw_rate is not None else default_rate
    if not ZERO <= rate <= HUNDRED:
        fail("taxRate", "must be a percentage from 0 to 100")
    description = str(raw.get("description") or (product["name"] if product else "")).strip()
    if not description:
        fail("description", "is required for a line without a product")
    acct = None
    account_id = str(raw.get("accountId") or "")
    if account_id:
        acct = uow.get("account", account_id) if _is_uuid(account_id) else None
        if acct is None:
            fail("accountId", "is not an account of this company")
        elif not acct.get("isActive", True):
            fail("accountId", f"account {acct['code']} is inactive")
    if len(errors) > before:
        return None
    product_type = product.get("type") if product else None
    if acct is None:
        if doc_type == "out_invoice":
            code = SERVICE_REVENUE if product_type == "service" else SALES
        else:
            # Stock arrives (and is valued) by the goods receipt, which credits 2050; the
            # bill clears that, so stock is never counted twice.
            code = GOODS_RECEIVED_NOT_INVOICED if product_type == "storable" else PURCHASES
        acct = account(uow, code)
    net = round_money(quantity * unit_price * (HUNDRED - discount) / HUNDRED, currency)
    tax = round_money(net * rate / HUNDRED, currency)
    return {
        "id": raw.get("id") or new_id(),
        "productId": product["id"] if product else None,
        "productType": product_type,
        "sku": product["sku"] if product else "",
        "description": description,
        "quantity": qty(quantity),
        "uom": product.get("uom", "unit") if product else "unit",
        "unitPrice": price_text(unit_price, currency),
        "discountPercent": qty(discount),
        "taxRate": qty(rate),
        "accountId": acct["id"],
        "accountCode": acct["code"],
        "subtotal": money(net, currency),
        "taxAmount": money(tax, currency),
        "total": money(net + tax, currency),
    }


def invoice_totals(lines: list[dict[str, Any]], currency: str) -> dict[str, Any]:
    """subtotal, taxTotal, total and the per-rate breakdown of already computed lines."""
    by_rate: dict[Decimal, list[Decimal]] = {}
    for line in lines:
        pair = by_rate.setdefault(Decimal(line["taxRate"]), [ZERO, ZERO])
        pair[0] += Decimal(line["subtotal"])
        pair[1] += Decimal(line["taxAmount"])
    subtotal = sum((Decimal(x["subtotal"]) for x in lines), ZERO)
    tax = sum((Decimal(x["taxAmount"]) for x in lines), ZERO)
    return {
        "subtotal": money(subtotal, currency),
        "taxTotal": money(tax, currency),
        "total": money(subtotal + tax, currency),
        "taxBreakdown": [
            {"rate": qty(rate), "base": money(base, currency), "tax": money(amount, currency)}
            for rate, (base, amount) in sorted(by_rate.items())
        ],
    }


def create_invoice(
    uow: UnitOfWork, data: dict[str, Any], created_at: str | None = None
) -> dict[str, Any]:
    """A draft invoice (or bill) with its number and server-computed totals."""
    doc_type = data.get("type") or "out_invoice"
    if doc_type not in ("out_invoice", "in_invoice"):
        raise ApiError.field("type", "must be out_invoice (customer invoice) or in_invoice (bill)")
    currency = company_currency(uow)
    wanted = str(data.get("currency") or currency).upper()
    if wanted != currency:
        raise ApiError.field(
            "currency",
            f"must be the company currency {currency}; documents in {wanted} are not supported",
        )
    if doc_type == "out_invoice":
        partner = lookup_partner(
            uow,
            "client",
            data.get("partnerId"),
            "partnerId",
            "customer invoices are made out to clients",
        )
    else:
        partner = lookup_partner(
            uow, "vendor", data.get("partnerId"), "partnerId", "bills come from vendors"
        )
    day = iso_day(data["date"], "date") if data.get("date") else stamp_day(created_at)
    if data.get("dueDate"):
        due = iso_day(data["dueDate"], "dueDate")
        if due < day:
            raise ApiError.field("dueDate", f"cannot be before the document date {day}")
    else:
        terms = int(partner.get("paymentTermsDays") or 0)
        due = (date.fromisoformat(day) + timedelta(days=terms)).isoformat()
    incoterm = str(data.get("incoterm") or "").strip().upper() or None
    if incoterm and incoterm not in INCOTERMS:
        raise ApiError.field("incoterm", f"must be an Incoterms 2020 rule: {', '.join(INCOTERMS)}")
    raw_lines = data.get("lines") or []
    if not raw_lines:
        raise ApiError.field("lines", "a document needs at least one line")
    default_rate = dec(company_profile(uow).get("defaultTaxRate") or 0, "taxRate")
    errors: list[dict[str, str]] = []
    lines = [
        _line(
            uow, doc_type, i, dict(raw), currency=currency, default_rate=default_rate, errors=errors
        )
        for i, raw in enumerate(raw_lines)
    ]
    if errors:
        raise ApiError(400, "Validation failed", errors)
    checked = [line for line in lines if line is not None]
    order = check_order_lines(
        uow, doc_type, partner, data.get("purchaseOrderId"), list(raw_lines), checked
    )
    totals = invoice_totals(checked, currency)
    series, prefix = SERIES[doc_type]
    record: dict[str, Any] = {
        "number": uow.next_number(series, prefix, day[:4]),
        "type": doc_type,
        "state": "draft",
        "paymentState": "not_paid",
        "partnerId": partner["id"],
        "partnerName": partner["name"],
        "date": day,
        "dueDate": due,
        "currency": currency,
        "incoterm": incoterm,
        "reference": str(data.get("reference") or ""),
        "vendorReference": str(data.get("vendorReference") or ""),
        "purchaseOrderId": order["id"] if order else None,
        "purchaseOrderNumber": order["number"] if order else None,
        "notes": str(data.get("notes") or ""),
        "lines": checked,
        **totals,
        "amountPaid": money(ZERO, currency),
        "amountDue": totals["total"],
        "payments": [],
        "journalEntryId": None,
        "cogsEntryId": None,
        "stockMoveIds": [],
        "creditNoteId": None,
        "originalInvoiceId": None,
        "postedAt": None,
        "cancelledAt": None,
    }
    return uow.add("invoice", record, created_at=created_at)


# --- posting -------------------------------------------------------------------------------


def _refuse_unless_draft(invoice: dict[str, Any], action: str) -> None:
    if invoice["state"] == "draft":
        return
    noun = NOUN[invoice["type"]]
    state = {
        "posted": "already posted",
        "paid": "already posted and paid",
        "cancelled": "cancelled",
    }.get(invoice["state"], invoice["state"])
    raise ApiError(409, f"{noun} {invoice['number']} is {state}; cannot {action} it")


Picks = list[tuple[dict[str, Any], Decimal]]


def _delivery_plan(
    uow: UnitOfWork, invoice: dict[str, Any]
) -> list[tuple[int, dict[str, Any], Picks]]:
    """Which internal locations each storable line ships from; 400 if stock is short."""
    taken: dict[tuple[str, str], Decimal] = {}
    plan = []
    errors = []
    for i, line in enumerate(invoice["lines"]):
        if not line.get("productId") or line.get("productType") != "storable":
            continue
        product = uow.get("product", line["productId"])
        if product is None or product.get("type") != "storable":
            continue
        need = Decimal(line["quantity"])
        picks: Picks = []
        remaining = need
        free_total = ZERO
        for location, have in stock_by_location(uow, product["id"]):
            free = have - taken.get((product["id"], location["id"]), ZERO)
            if free <= 0:
                continue
            free_total += free
            if remaining > 0:
                take = min(free, remaining)
                picks.append((location, take))
                remaining -= take
        if remaining > 0:
            errors.append(
                {
                    "field": f"lines[{i}].quantity",
                    "message": f"only {qty(free_total)} of {product['sku']} in stock, "
                    f"cannot deliver {qty(need)}",
                }
            )
            continue
        for location, take in picks:
            key = (product["id"], location["id"])
            taken[key] = taken.get(key, ZERO) + take
        plan.append((i, product, picks))
    if errors:
        raise ApiError(400, f"Not enough stock to post {invoice['number']}", errors)
    return plan


def _entry_lines(uow: UnitOfWork, invoice: dict[str, Any]) -> list[dict[str, Any]]:
    """Ledger lines of an invoice or bill (credit notes use the reverse of their original)."""
    currency = invoice["currency"]
    partner = invoice["partnerId"]
    label = f"{invoice['number']} {invoice['partnerName']}"
    customer = invoice["type"] in CUSTOMER_TYPES
    by_account: dict[str, Decimal] = {}
    for line in invoice["lines"]:
        acct_id = line["accountId"]
        by_account[acct_id] = by_account.get(acct_id, ZERO) + Decimal(line["subtotal"])
    total = Decimal(invoice["total"])
    tax = Decimal(invoice["taxTotal"])
    vat = f"VAT on {invoice['number']}"
    # (account id, debit?, amount, description, partner)
    parts: list[tuple[str, bool, Decimal, str, str | None]] = []
    if customer:
        parts.append((account(uow, RECEIVABLE)["id"], True, total, label, partner))
        parts += [(acct, False, amt, label, None) for acct, amt in by_account.items()]
        parts.append((account(uow, OUTPUT_VAT)["id"], False, tax, vat, None))
    else:
        parts += [(acct, True, amt, label, None) for acct, amt in by_account.items()]
        parts.append((account(uow, INPUT_VAT)["id"], True, tax, vat, None))
        parts.append((account(uow, PAYABLE)["id"], False, total, label, partner))
    out = []
    for acct_id, on_debit, signed, description, partner_id in parts:
        if signed == 0:
            continue
        debit = on_debit == (signed > 0)  # a negative amount (not possible today) flips side
        amount = abs(signed)
        out.append(
            {
                "accountId": acct_id,
                "debit": money(amount if debit else ZERO, currency),
                "credit": money(ZERO if debit else amount, currency),
                "description": description,
                "partnerId": partner_id,
            }
        )
    return out


def _reversed(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "accountId": x["accountId"],
            "debit": x["credit"],
            "credit": x["debit"],
            "description": x["description"],
            "partnerId": x.get("partnerId"),
        }
        for x in lines
    ]


def ships_goods(invoice: dict[str, Any]) -> bool:
    """Whether posting the invoice delivers its goods and books their cost itself.

    Customer invoices made directly do; invoices made from a sales order do not, because
    the order's deliveries move the stock and book the cost of goods sold."""
    return invoice["type"] == "out_invoice" and not invoice.get("salesOrderId")


def post_invoice(uow: UnitOfWork, invoice: dict[str, Any], at: str | None = None) -> dict[str, Any]:
    """Post a draft: its journal entry; for customer invoices not made from a sales order
    also the delivery and COGS."""
    _refuse_unless_draft(invoice, "post")
    currency = invoice["currency"]
    plan = _delivery_plan(uow, invoice) if ships_goods(invoice) else []
    lines = _entry_lines(uow, invoice)
    if len(lines) >= 2:
        entry = create_entry(
            uow,
            lines=lines,
            date=invoice["date"],
            reference=invoice["number"],
            memo=f"{NOUN[invoice['type']]} {invoice['number']} — {invoice['partnerName']}",
            source_type="invoice",
            source_id=invoice["id"],
            post=True,
            created_at=at,
        )
        invoice["journalEntryId"] = entry["id"]
    if plan:
        customers = virtual_location(uow, "customer")
        cost = ZERO
        for i, product, picks in plan:
            line = invoice["lines"][i]
            delivered = []
            for location, quantity in picks:
                move = move_stock(
                    uow,
                    product=product,
                    source=location,
                    destination=customers,
                    quantity=quantity,
                    move_type="delivery",
                    reference=invoice["number"],
                    source_type="invoice",
                    source_id=invoice["id"],
                    date=invoice["date"],
                    created_at=at,
                    field=f"lines[{i}].quantity",
                )
                invoice["stockMoveIds"].append(move["id"])
                delivered.append({"locationId": location["id"], "quantity": qty(quantity)})
            line_cost = round_money(
                Decimal(product.get("cost") or 0) * Decimal(line["quantity"]), currency
            )
            line["delivered"] = delivered
            line["costAmount"] = money(line_cost, currency)
            cost += line_cost
        if cost > 0:
            cogs = create_entry(
                uow,
                lines=[
                    {
                        "accountId": account(uow, COGS)["id"],
                        "debit": cost,
                        "description": f"Cost of goods sold {invoice['number']}",
                    },
                    {
                        "accountId": account(uow, INVENTORY)["id"],
                        "credit": cost,
                        "description": f"Goods delivered {invoice['number']}",
                    },
                ],
                date=invoice["date"],
                reference=invoice["number"],
                memo=f"Cost of goods sold for {invoice['number']}",
                source_type="invoice",
                source_id=invoice["id"],
                post=True,
                created_at=at,
            )
            invoice["cogsEntryId"] = cogs["id"]
    invoice["state"] = "posted"
    invoice["postedAt"] = at or clock.now_iso()
    settle(invoice)
    kind = "bill" if invoice["type"] == "in_invoice" else "invoice"
    uow.save("invoice", invoice, f"{kind}.posted", at=at)
    return invoice


def settle(invoice: dict[str, Any]) -> None:
    """amountDue, paymentState and (posted/paid) state from total and amountPaid."""
    currency = invoice["currency"]
    total = Decimal(invoice["total"])
    paid = Decimal(invoice["amountPaid"])
    due = total - paid
    invoice["amountDue"] = money(due, currency)
    if paid <= 0:
        invoice["paymentState"] = "not_paid"
    elif due > 0:
        invoice["paymentState"] = "partial"
    else:
        invoice["paymentState"] = "paid"
    if invoice["state"] in ("posted", "paid"):
        invoice["state"] = "paid" if due <= 0 and total > 0 else "posted"


def apply_payment(
    uow: UnitOfWork,
    invoice: dict[str, Any],
    payment: dict[str, Any],
    amount: Decimal,
    at: str | None = None,
) -> None:
    """Record part of a posted payment against an invoice (already validated)."""
    invoice["amountPaid"] = money(Decimal(invoice["amountPaid"]) + amount, invoice["currency"])
    invoice["payments"].append(
        {
            "paymentId": payment["id"],
            "number": payment["number"],
            "date": payment["date"],
            "amount": money(amount, invoice["currency"]),
        }
    )
    settle(invoice)
    event = "invoice.paid" if invoice["state"] == "paid" else "invoice.payment_applied"
    uow.save("invoice", invoice, event, at=at)


# --- cancelling ----------------------------------------------------------------------------


def credit_note_record(
    uow: UnitOfWork,
    invoice: dict[str, Any],
    *,
    lines: list[dict[str, Any]],
    totals: dict[str, Any],
    notes: str,
    settled: bool = True,
    at: str | None = None,
) -> dict[str, Any]:
    """A posted credit note of `invoice` (not stored yet), dated no earlier than it.

    `settled`: the note is reconciled with its invoice at once (nothing due either way)."""
    currency = invoice["currency"]
    day = max(stamp_day(at), invoice["date"])
    refund_type = REFUND_OF[invoice["type"]]
    series, prefix = SERIES[refund_type]
    return {
        "number": uow.next_number(series, prefix, day[:4]),
        "type": refund_type,
        "state": "posted",
        "paymentState": "paid" if settled else "not_paid",
        "partnerId": invoice["partnerId"],
        "partnerName": invoice["partnerName"],
        "date": day,
        "dueDate": day,
        "currency": currency,
        "incoterm": invoice.get("incoterm"),
        "reference": invoice["number"],
        "notes": notes,
        "lines": lines,
        **totals,
        "amountPaid": money(ZERO, currency),
        "amountDue": money(ZERO, currency) if settled else totals["total"],
        "payments": [],
        "journalEntryId": None,
        "cogsEntryId": None,
        "stockMoveIds": [],
        "creditNoteId": None,
        "originalInvoiceId": invoice["id"],
        "postedAt": at or clock.now_iso(),
        "cancelledAt": None,
    }


def cancel_invoice(
    uow: UnitOfWork, invoice: dict[str, Any], at: str | None = None, reason: str | None = None
) -> dict[str, Any]:
    """Cancel a posted, unpaid document with a posted credit note that reverses it.

    The `reason`, when given, is kept on both documents (`cancelReason`) and in the note's
    notes, so it prints on the credit note.
    """
    noun = NOUN[invoice["type"]]
    number = invoice["number"]
    if invoice["type"] not in REFUND_OF:
        raise ApiError(409, f"{noun} {number} is a credit note; credit notes cannot be cancelled")
    if invoice["state"] == "cancelled":
        raise ApiError(409, f"{noun} {number} is already cancelled")
    if invoice["state"] == "draft":
        raise ApiError(409, f"{noun} {number} is a draft; only posted documents can be cancelled")
    if invoice.get("returnIds") and any(line.get("delivered") for line in invoice["lines"]):
        raise ApiError(
            409,
            f"{noun} {number} has goods returned on it; "
            "refund the return instead of cancelling the invoice",
        )
    paid = Decimal(invoice["amountPaid"])
    if paid > 0:
        raise ApiError(
            409,
            f"{noun} {number} has {invoice['amountPaid']} {invoice['currency']} paid against it; "
            "a document with payments cannot be cancelled",
        )
    currency = invoice["currency"]
    lines = []
    for line in invoice["lines"]:
        copy = {k: v for k, v in line.items() if k not in ("delivered", "costAmount")}
        copy["id"] = new_id()
        lines.append(copy)
    note = credit_note_record(
        uow,
        invoice,
        lines=lines,
        totals={k: invoice[k] for k in ("subtotal", "taxTotal", "total", "taxBreakdown")},
        notes=f"Cancels {number}: {reason}" if reason else f"Cancels {number}",
        at=at,
    )
    note["cancelReason"] = reason
    day = note["date"]
    uow.add("invoice", note, created_at=at)
    memo = f"Credit note {note['number']} cancelling {number}"
    entry_id = invoice.get("journalEntryId")
    original = uow.get("journal_entry", entry_id) if entry_id else None
    if original is not None:
        entry = create_entry(
            uow,
            lines=_reversed(original["lines"]),
            date=day,
            reference=note["number"],
            memo=memo,
            source_type="invoice",
            source_id=note["id"],
            post=True,
            created_at=at,
        )
        note["journalEntryId"] = entry["id"]
    returned = False
    for old, new in zip(invoice["lines"], note["lines"], strict=True):
        if not old.get("delivered"):
            continue
        product = uow.get("product", old["productId"])
        if product is None:
            continue
        customers = virtual_location(uow, "customer")
        for part in old["delivered"]:
            location = uow.get("location", part["locationId"])
            if location is None:
                continue
            move = move_stock(
                uow,
                product=product,
                source=customers,
                destination=location,
                quantity=Decimal(part["quantity"]),
                move_type="return",
                reference=note["number"],
                source_type="invoice",
                source_id=note["id"],
                date=day,
                created_at=at,
            )
            note["stockMoveIds"].append(move["id"])
            index = uow.memo.get("stock_index")
            if index is not None and location["id"] not in index.setdefault(product["id"], []):
                index[product["id"]].append(location["id"])
            returned = True
        new["returned"] = old["delivered"]
    cogs = uow.get("journal_entry", invoice["cogsEntryId"]) if invoice.get("cogsEntryId") else None
    if returned and cogs is not None:
        entry = create_entry(
            uow,
            lines=_reversed(cogs["lines"]),
            date=day,
            reference=note["number"],
            memo=f"Goods returned on {note['number']}",
            source_type="invoice",
            source_id=note["id"],
            post=True,
            created_at=at,
        )
        note["cogsEntryId"] = entry["id"]
    uow.save("invoice", note, "invoice.credit_note_posted", at=at)
    invoice["state"] = "cancelled"
    invoice["cancelledAt"] = at or clock.now_iso()
    invoice["creditNoteId"] = note["id"]
    invoice["cancelReason"] = reason
    invoice["amountDue"] = money(ZERO, currency)
    uow.save("invoice", invoice, "invoice.cancelled", at=at)
    if invoice.get("salesOrderId"):
        count_invoiced(uow, invoice, -1, "sales_order.invoice_cancelled", at=at)
    return invoice
