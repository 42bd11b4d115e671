"""Demo data for the real flavour: an organisation, its owner, and (with `--seed demo`) a
year of customers, invoices and payments entered through the same rules as live requests.

Deterministic for a scale (300 invoices at scale 1, 3,000 at scale 10). It holds what a
real deployment's data holds and a client must cope with:
- inactive and suspended customers (with invoices from when they were active), and
  customers without an e-mail address;
- a few invoices per 300 with an item whose quantity × unit price has more than 2
  decimals (2.50 × 99.95 = 249.875), so the answer's `line_total` is e.g. "249.8750";
- every status the server knows, reached by its own transitions: drafts, sent, partly
  and fully paid invoices still "sent" (the server never settles a status by itself),
  "paid", "overdue" and "cancelled";
- payments by all five methods, some without a reference number;
- each day's work committed as one transaction: records of a day share one `updated_at`
  (as `now()` stamps a PostgreSQL transaction), so lists sorted by it have long ties.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.arvalox.real import ledger, schemas
from arkan_desktop.sandbox.arvalox.real.accounts import add_user, open_organization
from arkan_desktop.sandbox.arvalox.real.store import RealStore, Record, local_today
from arkan_desktop.sandbox.arvalox.seed import KINDS, NAMES, SERVICES
from arkan_desktop.sandbox.clock import iso

DEMO_EMAIL = "owner@arvalox-demo.example.com"
DEMO_PASSWORD = "arvalox-demo"
ACCOUNTANT_EMAIL = "accounts@arvalox-demo.example.com"
CUSTOMERS = 60
INVOICES = 300
# Every 75th invoice gets an item whose line total has more than 2 decimals.
UNROUNDED_EVERY = 75
_UNROUNDED = (("Cable, per metre", "2.50", "99.95"), ("Site hours", "0.75", "37.25"))
_METHODS = ("bank_transfer", "bank_transfer", "credit_card", "check", "cash", "online")


def seed(store: RealStore, scale: int = 1, demo: bool = True) -> None:
    """Fill an empty store: the organisation and its users, and the demo data if asked."""
    with store.writing():
        organization = open_organization(
            store,
            "Arvalox Demo Receivables",
            DEMO_EMAIL,
            currency_code="USD",
            currency_symbol="$",
            currency_name="US Dollar",
        )
        owner = add_user(store, organization, DEMO_EMAIL, DEMO_PASSWORD, ("Demo", "Owner"), "owner")
        add_user(
            store, organization, ACCOUNTANT_EMAIL, DEMO_PASSWORD, ("Ada", "Accounts"), "accountant"
        )
        if demo:
            _History(store, owner, scale).replay()


def _day_stamp(day: date) -> str:
    """One stamp per day's transaction, never later than a little before now."""
    moment = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=17)
    return iso(min(moment, datetime.now(UTC) - timedelta(minutes=10)))


class _History:
    """A year of an organisation's work, replayed day by day."""

    def __init__(self, store: RealStore, owner: Record, scale: int) -> None:
        self.store, self.owner, self.scale = store, owner, scale
        self.rng = random.Random(15)
        self.today = local_today()
        self.events: list[tuple[date, int, Callable[[str], None]]] = []
        self.references = iter(range(1, 10**9))

    def at(self, day: date, order: int, action: Callable[[str], None]) -> None:
        if day <= self.today:
            self.events.append((day, order, action))

    def replay(self) -> None:
        customers = [self._customer(n) for n in range(CUSTOMERS * self.scale)]
        for n in range(INVOICES * self.scale):
            self._plan_invoice(n, customers)
        self.events.sort(key=lambda e: (e[0], e[1]))
        for day, _order, action in self.events:
            action(_day_stamp(day))

    def _customer(self, n: int) -> Record:
        rng = self.rng
        name = f"{NAMES[n % len(NAMES)]} {KINDS[n % len(KINDS)]} {n // 60 + 1}"
        slug = name.lower().replace(" ", "-")
        status = "inactive" if n % 10 == 7 else "suspended" if n % 17 == 5 else "active"
        body = schemas.CustomerCreate(
            customer_code=f"CUST-{n + 1:04d}",
            name=name,
            email=None if n % 9 == 4 else f"billing@{slug}.example.com",
            phone=f"+1-555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
            billing_address=f"{rng.randint(1, 999)} Main St, Springfield",
            credit_limit=float(rng.choice((0, 5000, 10000, 25000, 50000))),
            payment_terms=rng.choice((15, 30, 30, 45, 60)),
            tax_id=f"TX-{rng.randint(10**8, 10**9 - 1)}",
            status=status,
        )
        opened = _day_stamp(self.today - timedelta(days=420))
        return ledger.create_customer(self.store, self.owner["organization_id"], body, opened)

    def _items(self, n: int) -> list[dict[str, Any]]:
        items = []
        for _ in range(self.rng.randint(1, 4)):
            description, price = self.rng.choice(SERVICES)
            quantity = self.rng.choice((1, 1, 1, 2, 3, 5, 10))
            items.append({"description": description, "quantity": quantity, "unit_price": price})
        if n % UNROUNDED_EVERY == UNROUNDED_EVERY // 2:
            description, fraction, price = _UNROUNDED[n // UNROUNDED_EVERY % len(_UNROUNDED)]
            items.append({"description": description, "quantity": fraction, "unit_price": price})
        return items

    def _plan_invoice(self, n: int, customers: list[Record]) -> None:
        rng, org = self.rng, self.owner["organization_id"]
        customer = customers[rng.randrange(len(customers))]
        issued = self.today - timedelta(days=rng.randint(0, 365))
        due = issued + timedelta(days=customer["payment_terms"])
        body = schemas.InvoiceCreate.model_validate(
            {
                "invoice_number": f"INV-{issued.year}-{n + 1:04d}",
                "customer_id": customer["id"],
                "invoice_date": issued,
                "due_date": due,
                "notes": None if n % 3 else "Thank you for your business",
                "items": self._items(n),
            }
        )
        created: dict[str, Record] = {}

        def create(stamp: str) -> None:
            created["invoice"] = ledger.create_invoice(self.store, self.owner, body, stamp)

        def status(value: str) -> Callable[[str], None]:
            def change(stamp: str) -> None:
                ledger.change_status(self.store, org, created["invoice"]["id"], value, stamp)

            return change

        self.at(issued, 0, create)
        fate = rng.random()
        if fate < 0.05:
            return  # still a draft
        if fate < 0.08:
            self.at(issued + timedelta(days=rng.randint(0, 5)), 1, status("cancelled"))
            return
        self.at(issued, 1, status("sent"))
        roll = rng.random()
        paid_on = issued + timedelta(days=rng.randint(3, 75))
        marked_overdue = due + timedelta(days=7)
        if (roll >= 0.5 or paid_on > marked_overdue) and rng.random() < 0.6:
            self.at(marked_overdue, 1, status("overdue"))
        if roll < 0.5:
            self.at(paid_on, 2, self._payment(created, None, paid_on))
            if rng.random() < 0.8:
                self.at(paid_on, 3, status("paid"))
        elif roll < 0.7:
            self.at(paid_on, 2, self._payment(created, Decimal("0.4"), paid_on))

    def _payment(
        self, created: dict[str, Record], share: Decimal | None, paid_on: date
    ) -> Callable[[str], None]:
        method = self.rng.choice(_METHODS)
        reference = None if self.rng.random() < 0.1 else f"TRX-{next(self.references):06d}"

        def pay(stamp: str) -> None:
            invoice = created["invoice"]
            total = Decimal(invoice["total_amount"])
            amount = total if share is None else (total * share).quantize(Decimal("1"))
            body = schemas.PaymentCreate(
                invoice_id=invoice["id"],
                amount=amount,
                payment_method=method,
                payment_date=paid_on,
                reference_number=reference,
            )
            ledger.record_payment(self.store, self.owner, body, stamp)

        return pay
