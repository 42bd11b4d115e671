"""Arvalox business rules: customers, invoices with items and tax, payments, aging, dashboard.

Amounts are Decimal inside and decimal strings on the wire (the organization's currency,
rounded half-up per item). Tax rates are fractions as in the reference (0.08 = 8 %).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from arkan_desktop.sandbox.arvalox.errors import ArvaloxError
from arkan_desktop.sandbox.arvalox.store import ArvaloxStore, Record
from arkan_desktop.sandbox.clock import today
from arkan_desktop.sandbox.money import money, round_money

ZERO = Decimal(0)
OPEN = ("sent", "partially_paid", "overdue")
INVOICE_STATUSES = ("draft", "sent", "partially_paid", "paid", "overdue", "cancelled")
BUCKETS = (("current", 0, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90))


def decimal(value: object, field: str) -> Decimal:
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise ArvaloxError.field(field, "Must be a number") from None
    if not result.is_finite():
        raise ArvaloxError.field(field, "Must be a finite number")
    return result


def _currency(store: ArvaloxStore) -> str:
    return str(store.data["organization"]["currency"])


def _day(value: object, field: str) -> str:
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ArvaloxError.field(field, "Must be a date like 2024-01-15") from None


# --- customers ----------------------------------------------------------------------------

CUSTOMER_FIELDS = (
    "customer_code",
    "name",
    "email",
    "phone",
    "billing_address",
    "tax_id",
    "payment_terms",
    "credit_limit",
    "is_active",
)


def save_customer(store: ArvaloxStore, body: dict[str, Any], existing: Record | None) -> Record:
    """Create (existing None) or update a customer; codes are unique."""
    record: Record = dict(existing or {"is_active": True, "payment_terms": 30})
    for name in CUSTOMER_FIELDS:
        if name in body and body[name] is not None:
            record[name] = body[name]
    if "credit_limit" in record:
        record["credit_limit"] = money(decimal(record["credit_limit"], "credit_limit"), "USD")
    if not str(record.get("name") or "").strip():
        raise ArvaloxError.field("name", "This field is required")
    code = str(record.get("customer_code") or "").strip()
    if not code:
        code = f"CUST{store.data['next_id']['customers']:04d}"
        record["customer_code"] = code
    for other in store.records("customers"):
        if other["customer_code"] == code and other["id"] != record.get("id"):
            raise ArvaloxError.field("customer_code", f"Customer code {code} is already used")
    return store.put("customers", record)


def customer_or_404(store: ArvaloxStore, customer_id: int) -> Record:
    found = store.get("customers", customer_id)
    if found is None:
        raise ArvaloxError(404, f"Customer {customer_id} not found")
    return found


# --- invoices -----------------------------------------------------------------------------


def _items(raw_items: list[dict[str, Any]], currency: str) -> list[Record]:
    items = []
    for position, raw in enumerate(raw_items):
        where = f"items.{position}"
        quantity = decimal(raw.get("quantity"), f"{where}.quantity")
        price = decimal(raw.get("unit_price"), f"{where}.unit_price")
        rate = decimal(raw.get("tax_rate") or 0, f"{where}.tax_rate")
        if quantity <= 0:
            raise ArvaloxError.field(f"{where}.quantity", "Must be greater than zero")
        if price < 0:
            raise ArvaloxError.field(f"{where}.unit_price", "Must not be negative")
        if not 0 <= rate < 1:
            raise ArvaloxError.field(f"{where}.tax_rate", "Must be a fraction from 0 to 1")
        net = round_money(quantity * price, currency)
        tax = round_money(net * rate, currency)
        items.append(
            {
                "id": position + 1,
                "description": str(raw.get("description") or ""),
                "quantity": str(quantity.normalize()),
                "unit_price": money(price, currency),
                "tax_rate": str(rate.normalize()) if rate else "0",
                "line_total": money(net, currency),
                "tax_amount": money(tax, currency),
            }
        )
    return items


def settle(invoice: Record, currency: str) -> None:
    """Totals from the items, balance from what was paid, and the status that follows."""
    subtotal = sum((Decimal(i["line_total"]) for i in invoice["items"]), ZERO)
    tax = sum((Decimal(i["tax_amount"]) for i in invoice["items"]), ZERO)
    total = subtotal + tax
    paid = Decimal(invoice.get("paid_amount") or 0)
    invoice.update(
        subtotal=money(subtotal, currency),
        tax_amount=money(tax, currency),
        total_amount=money(total, currency),
        paid_amount=money(paid, currency),
        balance_due=money(total - paid, currency),
    )
    if invoice["status"] in ("draft", "cancelled"):
        return
    if paid >= total:
        invoice["status"] = "paid"
    elif paid > 0:
        invoice["status"] = "partially_paid"


def create_invoice(store: ArvaloxStore, body: dict[str, Any], stamp: str | None = None) -> Record:
    currency = _currency(store)
    customer = customer_or_404_field(store, body.get("customer_id"))
    number = str(body.get("invoice_number") or "").strip()
    if not number:
        number = f"INV-{store.data['next_id']['invoices']:05d}"
    if any(i["invoice_number"] == number for i in store.records("invoices")):
        raise ArvaloxError.field("invoice_number", f"Invoice number {number} already exists")
    if not body.get("items"):
        raise ArvaloxError.field("items", "An invoice needs at least one item")
    issued = _day(body.get("issue_date") or today(), "issue_date")
    terms = int(customer.get("payment_terms") or 30)
    default_due = (date.fromisoformat(issued) + timedelta(days=terms)).isoformat()
    due = _day(body.get("due_date") or default_due, "due_date")
    if due < issued:
        raise ArvaloxError.field("due_date", "Must not be before the issue date")
    status = str(body.get("status") or "sent")
    if status not in ("draft", "sent"):
        raise ArvaloxError.field("status", "A new invoice is draft or sent")
    invoice: Record = {
        "invoice_number": number,
        "customer_id": customer["id"],
        "customer_name": customer["name"],
        "issue_date": issued,
        "due_date": due,
        "status": status,
        "currency": currency,
        "notes": str(body.get("notes") or ""),
        "items": _items(body["items"], currency),
        "paid_amount": "0",
    }
    settle(invoice, currency)
    return store.put("invoices", invoice, stamp=stamp)


def customer_or_404_field(store: ArvaloxStore, customer_id: object) -> Record:
    try:
        found = store.get("customers", int(str(customer_id)))
    except ValueError:
        found = None
    if found is None:
        raise ArvaloxError.field("customer_id", f"Customer {customer_id} does not exist")
    return found


# --- payments -----------------------------------------------------------------------------


def record_payment(store: ArvaloxStore, body: dict[str, Any], stamp: str | None = None) -> Record:
    """A payment against one invoice of the customer; the invoice's balance follows."""
    currency = _currency(store)
    customer = customer_or_404_field(store, body.get("customer_id"))
    amount = round_money(decimal(body.get("amount"), "amount"), currency)
    if amount <= 0:
        raise ArvaloxError.field("amount", "Must be greater than zero")
    invoice = None
    if body.get("invoice_id") is not None:
        try:
            invoice = store.get("invoices", int(str(body["invoice_id"])))
        except ValueError:
            invoice = None
        if invoice is None or invoice["customer_id"] != customer["id"]:
            raise ArvaloxError.field("invoice_id", "No such invoice for this customer")
        if invoice["status"] not in OPEN:
            raise ArvaloxError.field("invoice_id", f"Invoice is {invoice['status']}")
        if amount > Decimal(invoice["balance_due"]):
            raise ArvaloxError.field(
                "amount", f"Exceeds the balance due of {invoice['balance_due']}"
            )
    payment = store.put(
        "payments",
        {
            "customer_id": customer["id"],
            "customer_name": customer["name"],
            "invoice_id": None if invoice is None else invoice["id"],
            "invoice_number": None if invoice is None else invoice["invoice_number"],
            "amount": money(amount, currency),
            "currency": currency,
            "payment_method": str(body.get("payment_method") or "bank_transfer"),
            "payment_date": _day(body.get("payment_date") or today(), "payment_date"),
            "reference_number": str(body.get("reference_number") or ""),
            "notes": str(body.get("notes") or ""),
            "status": "completed",
        },
        stamp=stamp,
    )
    if invoice is not None:
        invoice["paid_amount"] = money(Decimal(invoice["paid_amount"]) + amount, currency)
        settle(invoice, currency)
        store.put("invoices", invoice, stamp=stamp)
    return payment


# --- reports ------------------------------------------------------------------------------


def _bucket(days_overdue: int) -> str:
    for label, _low, high in BUCKETS:
        if days_overdue <= high:
            return label
    return "90+"


def aging(store: ArvaloxStore, as_of: date) -> dict[str, Any]:
    currency = _currency(store)
    labels = [b[0] for b in BUCKETS] + ["90+"]
    totals = dict.fromkeys(labels, ZERO)
    counts = dict.fromkeys(labels, 0)
    per_customer: dict[int, dict[str, Decimal]] = defaultdict(lambda: dict.fromkeys(labels, ZERO))
    names: dict[int, str] = {}
    for invoice in store.records("invoices"):
        balance = Decimal(invoice["balance_due"])
        if invoice["status"] not in OPEN or balance <= 0:
            continue
        label = _bucket((as_of - date.fromisoformat(invoice["due_date"])).days)
        totals[label] += balance
        counts[label] += 1
        per_customer[invoice["customer_id"]][label] += balance
        names[invoice["customer_id"]] = invoice["customer_name"]
    return {
        "as_of": as_of.isoformat(),
        "currency": currency,
        "total_outstanding": money(sum(totals.values(), ZERO), currency),
        "buckets": [
            {"label": k, "amount": money(totals[k], currency), "count": counts[k]} for k in labels
        ],
        "customers": [
            {
                "customer_id": cid,
                "customer_name": names[cid],
                **{k: money(v, currency) for k, v in amounts.items()},
                "total": money(sum(amounts.values(), ZERO), currency),
            }
            for cid, amounts in sorted(per_customer.items())
        ],
    }


def dashboard(store: ArvaloxStore, as_of: date) -> dict[str, Any]:
    currency = _currency(store)
    invoices, payments = store.records("invoices"), store.records("payments")
    open_invoices = [i for i in invoices if i["status"] in OPEN]
    overdue = [i for i in open_invoices if i["due_date"] < as_of.isoformat()]
    since = (as_of - timedelta(days=30)).isoformat()
    collected = sum((Decimal(p["amount"]) for p in payments if p["payment_date"] >= since), ZERO)
    months: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for invoice in invoices:
        if invoice["status"] != "cancelled":
            months[invoice["issue_date"][:7]][0] += Decimal(invoice["total_amount"])
    for payment in payments:
        months[payment["payment_date"][:7]][1] += Decimal(payment["amount"])
    recent = sorted(months)[-12:]
    return {
        "as_of": as_of.isoformat(),
        "currency": currency,
        "total_outstanding": money(
            sum((Decimal(i["balance_due"]) for i in open_invoices), ZERO), currency
        ),
        "overdue_amount": money(sum((Decimal(i["balance_due"]) for i in overdue), ZERO), currency),
        "open_invoices": len(open_invoices),
        "overdue_invoices": len(overdue),
        "total_customers": len(store.data["customers"]),
        "collected_last_30_days": money(collected, currency),
        "monthly": [
            {
                "month": m,
                "invoiced": money(months[m][0], currency),
                "collected": money(months[m][1], currency),
            }
            for m in recent
        ],
    }
