"""Demo data for an Arvalox sandbox: customers with tax ids, a year of invoices and payments.

Deterministic for a given scale: the same customers, invoices and payments every time,
dated back from today so that the aging report always has every bucket filled.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.arvalox import receivables
from arkan_desktop.sandbox.arvalox.store import (
    DEMO_API_KEY,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    ArvaloxStore,
)
from arkan_desktop.sandbox.clock import iso

CUSTOMERS = 60
INVOICES = 240
NAMES = (
    "Acme",
    "Falcon",
    "Oasis",
    "Harbor",
    "Summit",
    "Cedar",
    "Pearl",
    "Desert Rose",
    "Northwind",
    "Bluewave",
    "Golden Gate",
    "Silverline",
)
KINDS = ("Trading", "Logistics", "Consulting", "Foods", "Engineering")
SERVICES = (
    ("Consulting Services", "150.00"),
    ("Monthly Support Plan", "480.00"),
    ("Installation", "95.50"),
    ("Training Day", "720.00"),
    ("Software Licence", "1200.00"),
    ("Spare Parts", "37.25"),
)
_METHODS = ("bank_transfer", "credit_card", "check", "cash")


def _customer(n: int, rng: random.Random) -> dict[str, Any]:
    name = f"{NAMES[n % len(NAMES)]} {KINDS[n % len(KINDS)]} {n // 12 + 1}"
    slug = name.lower().replace(" ", "")
    return {
        "customer_code": f"CUST{n + 1:03d}",
        "name": name,
        "email": f"billing@{slug}.example.com",
        "phone": f"+1-555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        "billing_address": f"{rng.randint(1, 999)} Main St, Springfield, ST {10000 + n}",
        "tax_id": f"TX-{rng.randint(10**8, 10**9 - 1)}",
        "payment_terms": rng.choice((15, 30, 30, 45, 60)),
        "credit_limit": str(rng.choice((5000, 10000, 25000, 50000))),
    }


def _invoice_body(n: int, customer_id: int, issued: date, rng: random.Random) -> dict[str, Any]:
    items = []
    for _ in range(rng.randint(1, 4)):
        description, price = rng.choice(SERVICES)
        items.append(
            {
                "description": description,
                "quantity": rng.choice((1, 1, 2, 3, 5, 10)),
                "unit_price": price,
                "tax_rate": rng.choice(("0", "0.05", "0.08", "0.08")),
            }
        )
    return {
        "customer_id": customer_id,
        "invoice_number": f"INV-{issued.year}-{n + 1:04d}",
        "issue_date": issued.isoformat(),
        "items": items,
        "status": "draft" if rng.random() < 0.05 else "sent",
    }


def seed(store: ArvaloxStore, scale: int = 1) -> None:
    """Fill an empty store: the demo key and user, customers, invoices and payments."""
    rng = random.Random(7)
    today = datetime.now(UTC).date()
    start = datetime.combine(today - timedelta(days=400), datetime.min.time(), UTC)
    tick = iter(range(10**9))
    # Every seeded stamp lies in the past: a live change must always stamp later.
    latest = datetime.now(UTC) - timedelta(minutes=10)

    def stamp(day: date) -> str:
        moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9)
        return iso(min(moment, latest) + timedelta(microseconds=next(tick)))

    with store.writing():
        store.add_api_key(DEMO_API_KEY, "Demo key")
        store.add_user(DEMO_EMAIL, DEMO_PASSWORD, "Demo Admin")
        customers = []
        for n in range(CUSTOMERS * scale):
            body = _customer(n, rng)
            moment = start + timedelta(minutes=n)
            customers.append(_stamped_customer(store, body, iso(moment)))
        events: list[tuple[date, int, str, dict[str, Any]]] = []
        for n in range(INVOICES * scale):
            customer = customers[rng.randrange(len(customers))]
            issued = today - timedelta(days=rng.randint(0, 360))
            events.append((issued, n, "invoice", _invoice_body(n, customer["id"], issued, rng)))
        events.sort(key=lambda e: (e[0], e[1]))
        for issued, _n, _kind, body in events:
            receivables.create_invoice(store, body, stamp=stamp(issued))
        _payments(store, rng, today, stamp)
        _mark_overdue(store, today, stamp)


def _stamped_customer(store: ArvaloxStore, body: dict[str, Any], moment: str) -> dict[str, Any]:
    record = receivables.save_customer(store, body, None)
    record["created_at"] = record["updated_at"] = moment
    store.data["customers"][str(record["id"])] = dict(record)
    return record


def _payments(store: ArvaloxStore, rng: random.Random, today: date, stamp: Any) -> None:
    plans = []
    for invoice in store.records("invoices"):
        if invoice["status"] != "sent":
            continue
        roll = rng.random()
        issued = date.fromisoformat(invoice["issue_date"])
        paid_on = min(today, issued + timedelta(days=rng.randint(3, 75)))
        total = Decimal(invoice["total_amount"])
        if roll < 0.5:
            plans.append((paid_on, invoice["id"], total))
        elif roll < 0.7:
            plans.append((paid_on, invoice["id"], (total * Decimal("0.4")).quantize(Decimal("1"))))
    plans.sort()
    for paid_on, invoice_id, amount in plans:
        target = store.get("invoices", invoice_id)
        if target is None or amount <= 0:
            continue
        receivables.record_payment(
            store,
            {
                "customer_id": target["customer_id"],
                "invoice_id": invoice_id,
                "amount": str(amount),
                "payment_method": rng.choice(_METHODS),
                "payment_date": paid_on.isoformat(),
                "reference_number": f"TXN{invoice_id:06d}",
            },
            stamp=stamp(paid_on),
        )


def _mark_overdue(store: ArvaloxStore, today: date, stamp: Any) -> None:
    for invoice in store.records("invoices"):
        due = date.fromisoformat(invoice["due_date"])
        if invoice["status"] in ("sent", "partially_paid") and due < today:
            invoice["status"] = "overdue"
            marked = stamp(due + timedelta(days=1))
            store.put("invoices", invoice, stamp=max(marked, invoice["updated_at"]))
