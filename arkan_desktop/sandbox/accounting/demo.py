"""Demo accounting history: invoices, bills, payments and manual entries, deterministically.

Uses the same functions as the endpoints (create/post/cancel invoices, record/post
payments, ledger entries), with historical timestamps, so the demo books obey every rule
a user's own postings do. Customer invoices only carry stocked products when the stock is
there (the inventory history runs first); otherwise they bill services.
"""

from __future__ import annotations

import calendar
import logging
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.assets_demo import seed_assets
from arkan_desktop.sandbox.accounting.bank_demo import seed_treasury
from arkan_desktop.sandbox.accounting.invoices import (
    SERVICE_REVENUE,
    available_stock,
    cancel_invoice,
    create_invoice,
    post_invoice,
    preload_stock_index,
)
from arkan_desktop.sandbox.accounting.ledger import (
    BANK,
    PURCHASES,
    account,
    company_currency,
    create_entry,
)
from arkan_desktop.sandbox.accounting.payments import post_payment, record_payment
from arkan_desktop.sandbox.money import round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

log = logging.getLogger("arkan_desktop.sandbox.seed")

SERVICES = [
    ("Installation and commissioning", 300, 4500),
    ("Site survey", 250, 1200),
    ("Delivery charges", 50, 400),
    ("Annual maintenance contract", 2000, 15000),
    ("Technical support hours", 150, 450),
    ("Equipment rental (per day)", 200, 1500),
    ("Training session", 800, 3500),
]
# (account code, description, low, high) for vendor bills
BILL_LINES = [
    (PURCHASES, "Freight and clearing charges", 300, 6000),
    (PURCHASES, "Local purchase of materials", 500, 20000),
    ("6200", "Electricity and water", 800, 6000),
    ("6300", "Telephone and internet", 300, 2500),
    ("6400", "Office supplies", 100, 1500),
    ("6500", "Digital advertising campaign", 1000, 12000),
    ("6600", "Business travel", 500, 8000),
    ("6900", "Audit and legal fees", 2500, 25000),
]
METHODS = ["bank"] * 7 + ["cash", "card", "cheque"]


def _moment(day: date, rng: random.Random, first_hour: int = 5, last_hour: int = 13) -> str:
    hour = rng.randint(first_hour, last_hour)
    return f"{day.isoformat()}T{hour:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000000Z"


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


class _Seeder:
    def __init__(
        self, uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
    ) -> None:
        self.uow = uow
        self.rng = rng
        self.scale = scale
        self.start = start
        self.end = end
        self.currency = company_currency(uow)
        # Price lists in local terms, as the product seed does.
        self.fx = Decimal(1) if self.currency == "AED" else Decimal("0.083")
        self.clients = [c for c in uow.find("client") if c.get("isActive", True)]
        self.vendors = [v for v in uow.find("vendor") if v.get("isActive", True)]
        self.products = [p for p in uow.find("product") if p.get("isActive", True)]
        self.service_account = account(uow, SERVICE_REVENUE)["id"]
        self.counts: dict[str, int] = {}

    def amount(self, low: float | int, high: float | int) -> Decimal:
        raw = Decimal(self.rng.randint(int(low * 100), int(high * 100))) / 100
        return round_money(raw * self.fx, self.currency)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1

    # --- manual entries --------------------------------------------------------------------

    def manual_entries(self) -> None:
        uow = self.uow
        capital = round_money(Decimal(1_500_000 * self.scale) * self.fx, self.currency)
        create_entry(
            uow,
            lines=[
                {"accountCode": BANK, "debit": capital, "description": "Capital paid in"},
                {"accountCode": "3000", "credit": capital, "description": "Share capital"},
            ],
            date=self.start.isoformat(),
            memo="Opening capital",
            reference="OPENING",
            post=True,
            created_at=f"{self.start.isoformat()}T06:30:00.000000Z",
        )
        self.count("manual")
        month = date(self.start.year, self.start.month, 1)
        while True:
            last = date(month.year, month.month, calendar.monthrange(month.year, month.month)[1])
            if last > self.end:
                break
            at = f"{last.isoformat()}T16:00:00.000000Z"
            label = last.strftime("%B %Y")
            scale = self.scale
            monthly = [
                ("6100", f"Warehouse and office rent {label}", 9_000 * scale, 9_000 * scale),
                ("6000", f"Salaries {label}", 24_000 * scale, 27_000 * scale),
                ("6800", f"Bank charges {label}", 40, 160),
            ]
            for code, memo, low, high in monthly:
                amount = self.amount(low, high)
                create_entry(
                    uow,
                    lines=[
                        {"accountCode": code, "debit": amount, "description": memo},
                        {"accountCode": BANK, "credit": amount, "description": memo},
                    ],
                    date=last.isoformat(),
                    memo=memo,
                    reference=f"{code}-{last:%Y%m}",
                    post=True,
                    created_at=at,
                )
                self.count("manual")
            month = last + timedelta(days=1)
        # One entry left for the accountant to review and post.
        depreciation = self.amount(2_500 * self.scale, 2_500 * self.scale)
        day = self.end.isoformat()
        create_entry(
            uow,
            lines=[
                {
                    "accountCode": "6700",
                    "debit": depreciation,
                    "description": "Depreciation of equipment",
                },
                {
                    "accountCode": "1590",
                    "credit": depreciation,
                    "description": "Accumulated depreciation",
                },
            ],
            date=day,
            memo="Monthly depreciation (to review)",
            reference=f"DEP-{day[:7]}",
            post=False,
            created_at=f"{day}T04:00:00.000000Z",
        )
        self.count("manual_draft")

    # --- customer invoices -----------------------------------------------------------------

    def invoice_lines(self) -> list[dict[str, Any]]:
        rng = self.rng
        lines: list[dict[str, Any]] = []
        wanted: dict[str, int] = {}
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
            product = rng.choice(self.products)
            discount = rng.choice([0] * 8 + [5, 10])
            if rng.random() < 0.3:  # work billed by the hour or job, no product
                product = {"type": "none"}
            elif product.get("type") == "service":
                lines.append(
                    {
                        "productId": product["id"],
                        "quantity": rng.randint(1, 5),
                        "discountPercent": discount,
                    }
                )
                continue
            if product.get("type") == "storable":
                free = available_stock(self.uow, product["id"]) - wanted.get(product["id"], 0)
                quantity = min(rng.randint(2, 12), int(free / 2))
                if quantity >= 1:
                    wanted[product["id"]] = wanted.get(product["id"], 0) + quantity
                    lines.append(
                        {
                            "productId": product["id"],
                            "quantity": quantity,
                            "discountPercent": discount,
                        }
                    )
                    continue
            name, low, high = rng.choice(SERVICES)
            lines.append(
                {
                    "description": name,
                    "quantity": rng.randint(1, 4),
                    "unitPrice": self.amount(low, high),
                    "discountPercent": discount,
                    "accountId": self.service_account,
                }
            )
        return lines

    def customer_invoices(self) -> None:
        rng = self.rng
        days = sorted(_day_between(rng, self.start, self.end) for _ in range(320 * self.scale))
        for day in days:
            client = rng.choice(self.clients)
            at = _moment(day, rng)
            data = {
                "type": "out_invoice",
                "partnerId": client["id"],
                "date": day.isoformat(),
                "reference": f"PO-{rng.randint(10000, 99999)}" if rng.random() < 0.4 else "",
                "incoterm": rng.choice(["EXW", "DAP", "DDP"]) if rng.random() < 0.1 else None,
                "lines": self.invoice_lines(),
            }
            invoice = create_invoice(self.uow, data, created_at=at)
            fate = rng.random()
            if fate < 0.07:
                self.count("invoice_draft")
                continue
            post_invoice(self.uow, invoice, at=at)
            if fate < 0.12:
                cancel_day = day + timedelta(days=rng.randint(1, 12))
                if cancel_day <= self.end:
                    cancel_invoice(self.uow, invoice, at=_moment(cancel_day, rng, 14, 17))
                    self.count("invoice_cancelled")
                    continue
            self.settle(invoice, client, "inbound")

    def settle(self, invoice: dict[str, Any], partner: dict[str, Any], direction: str) -> None:
        """Pay an invoice or bill in full, in part or not at all, as time allows."""
        rng = self.rng
        terms = int(partner.get("paymentTermsDays") or 0)
        pay_day = date.fromisoformat(invoice["date"]) + timedelta(days=rng.randint(0, terms + 25))
        outcome = rng.random()
        if pay_day > self.end or outcome >= 0.85:
            self.count(f"{direction}_unpaid")
            return
        total = Decimal(invoice["total"])
        if outcome < 0.7:
            share = total
        else:
            share = round_money(total * Decimal(rng.randint(20, 80)) / 100, self.currency)
        if share <= 0:
            return
        amount = share
        if rng.random() < 0.03:  # a little extra, left on account
            amount += self.amount(50, 500)
        at = _moment(pay_day, rng, 14, 17)
        payment = record_payment(
            self.uow,
            {
                "type": direction,
                "partnerId": partner["id"],
                "date": pay_day.isoformat(),
                "amount": amount,
                "method": rng.choice(METHODS) if direction == "inbound" else "bank",
                "reference": f"TRX{rng.randint(100000, 999999)}",
                "memo": f"Settlement of {invoice['number']}",
                "allocations": [{"invoiceId": invoice["id"], "amount": share}],
            },
            created_at=at,
        )
        if rng.random() < 0.04:
            self.count("payment_draft")
            return
        post_payment(self.uow, payment, at=at)
        self.count("payment_posted")

    # --- vendor bills ----------------------------------------------------------------------

    def vendor_bills(self) -> None:
        rng = self.rng
        days = sorted(_day_between(rng, self.start, self.end) for _ in range(40 * self.scale))
        for day in days:
            vendor = rng.choice(self.vendors)
            at = _moment(day, rng)
            lines = []
            for _ in range(rng.randint(1, 3)):
                code, description, low, high = rng.choice(BILL_LINES)
                lines.append(
                    {
                        "description": description,
                        "quantity": 1,
                        "unitPrice": self.amount(low, high),
                        "accountId": account(self.uow, code)["id"],
                    }
                )
            bill = create_invoice(
                self.uow,
                {
                    "type": "in_invoice",
                    "partnerId": vendor["id"],
                    "date": day.isoformat(),
                    "reference": f"{vendor['name'][:3].upper()}-INV-{rng.randint(1000, 9999)}",
                    "lines": lines,
                },
                created_at=at,
            )
            fate = rng.random()
            if fate < 0.05:
                self.count("bill_draft")
                continue
            post_invoice(self.uow, bill, at=at)
            if fate < 0.09 and day + timedelta(days=3) <= self.end:
                cancel_invoice(self.uow, bill, at=_moment(day + timedelta(days=3), rng, 14, 17))
                self.count("bill_cancelled")
                continue
            self.settle(bill, vendor, "outbound")

    # --- customer payments on account ------------------------------------------------------

    def advances(self) -> None:
        rng = self.rng
        for _ in range(3 * self.scale):
            client = rng.choice(self.clients)
            day = _day_between(rng, self.start, self.end)
            at = _moment(day, rng, 14, 17)
            payment = record_payment(
                self.uow,
                {
                    "type": "inbound",
                    "partnerId": client["id"],
                    "date": day.isoformat(),
                    "amount": self.amount(500, 5000),
                    "method": "bank",
                    "reference": f"ADV{rng.randint(1000, 9999)}",
                    "memo": "Advance payment",
                },
                created_at=at,
            )
            post_payment(self.uow, payment, at=at)
            self.count("payment_on_account")


def seed_accounting_history(
    uow: UnitOfWork, rng: random.Random, scale: int, start: date, end: date
) -> None:
    """Invoices, bills, payments and manual entries between start and end."""
    preload_stock_index(uow)
    seeder = _Seeder(uow, rng, scale, start, end)
    if not seeder.clients or not seeder.vendors:
        return
    seeder.manual_entries()
    seeder.customer_invoices()
    seeder.vendor_bills()
    seeder.advances()
    seed_assets(uow, start, end)
    seed_treasury(uow, rng, start, end)
    log.info("accounting history: %s", seeder.counts)
