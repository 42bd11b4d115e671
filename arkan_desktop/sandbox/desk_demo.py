"""Demo data for the finance desk, made after the demo history (so that history is as before):
a contact for every partner, projects with invoices billed to them, a budget for the year,
VAT cases for the UAE return (exports, exempt interest, reverse-charge services from
abroad) and the notifications users would have received, older ones already read.
Everything goes through the functions the endpoints use, with stamps in the past.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.budgets import create_budget
from arkan_desktop.sandbox.accounting.invoices import create_invoice, post_invoice
from arkan_desktop.sandbox.accounting.ledger import account, company_currency
from arkan_desktop.sandbox.accounting.reports import movements
from arkan_desktop.sandbox.crm import contact_record
from arkan_desktop.sandbox.money import money, round_money
from arkan_desktop.sandbox.notifications import invoice_overdue, order_awaits, payment_received
from arkan_desktop.sandbox.projects import create_project, tag_project
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

CONTACT_NAMES = [
    ("Aisha Rahman", "Accounts Payable"),
    ("Omar Khalil", "Procurement Manager"),
    ("Maria Santos", "Office Manager"),
    ("Rajesh Kumar", "Finance Manager"),
    ("Layla Haddad", "Owner"),
    ("Yousef Al Hashimi", "Operations Director"),
    ("Grace Thomas", "Accountant"),
    ("Karim Nasser", "Site Engineer"),
]
PROJECTS = [
    ("FIT-OUT", "Head office fit-out"),
    ("WH-EXP", "Warehouse expansion"),
    ("AMC-26", "Annual maintenance contract"),
    ("RETAIL", "Retail branch roll-out"),
    ("HOTEL", "Hotel refurbishment"),
    ("LAB", "Laboratory equipment supply"),
]


def _at(day: date | str, hour: int = 6) -> str:
    return f"{day}T{hour:02d}:00:00.000000Z"


def seed_contacts(uow: UnitOfWork, rng: random.Random) -> None:
    """One contact at least for every client and vendor (clients have some already)."""
    have = {c["partnerId"] for c in uow.find("contact") if c.get("partnerId")}
    for kind in ("client", "vendor"):
        for partner in uow.find(kind):
            if partner["id"] in have:
                continue
            name, position = rng.choice(CONTACT_NAMES)
            slug = "".join(ch for ch in partner["name"].lower() if ch.isalnum())[:20]
            data = {
                "name": name,
                "email": f"{name.split()[0].lower()}@{slug}.example",
                "phone": partner.get("phone") or "",
                "position": position,
            }
            uow.add("contact", contact_record(partner, kind, data), created_at=partner["createdAt"])


def seed_projects(uow: UnitOfWork, start: date) -> None:
    """Projects for the six clients billed most often; every other invoice of theirs is
    billed to the project (credit notes follow their invoice)."""
    invoices = uow.find("invoice", type="out_invoice")
    counts: dict[str, int] = defaultdict(int)
    for invoice in invoices:
        counts[invoice["partnerId"]] += 1
    busiest = sorted(counts, key=lambda p: (-counts[p], p))[: len(PROJECTS)]
    for (code, name), client_id in zip(PROJECTS, busiest, strict=False):
        at = _at(start + timedelta(days=1), 7)
        project = create_project(
            uow, {"code": code, "name": name, "clientId": client_id}, created_at=at
        )
        mine = [i for i in invoices if i["partnerId"] == client_id]
        for invoice in mine[::2]:
            tag_project(uow, invoice, project["id"])
            uow.save("invoice", invoice, at=invoice["updatedAt"])
            note = (
                uow.get("invoice", invoice["creditNoteId"]) if invoice.get("creditNoteId") else None
            )
            if note is not None:
                tag_project(uow, note, project["id"])
                uow.save("invoice", note, at=note["updatedAt"])


def seed_budget(uow: UnitOfWork, rng: random.Random, start: date, end: date) -> None:
    """A budget for the year: each active P&L account's monthly average so far, give or take."""
    uow.flush()
    currency = company_currency(uow)
    actual = movements(uow.conn, uow.company_id, start.isoformat(), end.isoformat())
    months = max(1, (end.year - start.year) * 12 + end.month - start.month + 1)
    step = Decimal("100") if currency == "AED" else Decimal("10")
    lines = []
    for acct in sorted(uow.find("account"), key=lambda a: a["code"]):
        spent = actual.get(acct["id"], Decimal(0))
        if acct["type"] not in ("revenue", "expense") or spent <= 0:
            continue
        for month in range(1, 13):
            planned = spent / months * Decimal(rng.randint(90, 112)) / 100
            amount = (planned / step).quantize(Decimal(1)) * step
            lines.append(
                {
                    "accountId": acct["id"],
                    "period": f"{start.year}-{month:02d}",
                    "amount": round_money(amount, currency),
                }
            )
    if lines:
        create_budget(
            uow, {"name": f"Budget {start.year}", "year": start.year, "lines": lines}, _at(start, 5)
        )


def _bill_to(uow: UnitOfWork, data: dict[str, Any], at: str) -> None:
    post_invoice(uow, create_invoice(uow, data, created_at=at), at=at)


def seed_vat_cases(uow: UnitOfWork, end: date) -> None:
    """UAE only: an export (zero-rated), late-payment interest (exempt) and software bought
    from abroad under the reverse charge, keyed in on the last day of the history (so that
    document numbers still run with their dates)."""
    currency = company_currency(uow)
    made = _at(end, 5)
    saudi = uow.add(
        "client",
        {
            "name": "Riyadh Build Supplies Co.",
            "nameAr": "شركة الرياض لمواد البناء",
            "email": "ap@riyadhbuild.example",
            "phone": "+966 11 555 0142",
            "taxId": "310122393500003",
            "address": {"line1": "King Fahd Road", "line2": "", "city": "Riyadh", "country": "SA"},
            "currency": currency,
            "paymentTermsDays": 30,
            "creditLimit": money(Decimal(200_000), currency),
            "reference": "",
            "isActive": True,
        },
        created_at=made,
    )
    cloud = uow.add(
        "vendor",
        {
            "name": "CloudLedger Software Ltd",
            "nameAr": "",
            "email": "billing@cloudledger.example",
            "phone": "+353 1 555 0199",
            "taxId": "IE6388047V",
            "address": {
                "line1": "Grand Canal Quay",
                "line2": "",
                "city": "Dublin",
                "country": "IE",
            },
            "currency": currency,
            "paymentTermsDays": 0,
            "creditLimit": None,
            "reference": "",
            "isActive": True,
        },
        created_at=made,
    )
    interest = uow.add(
        "product",
        {
            "sku": "FIN-INTEREST",
            "name": "Late payment interest",
            "nameAr": "فوائد التأخر في السداد",
            "barcode": "",
            "type": "service",
            "category": "Finance charges",
            "uom": "unit",
            "salePrice": money(Decimal(0), currency),
            "cost": money(Decimal(0), currency),
            "currency": currency,
            "taxRate": "0",
            "taxCategory": "exempt",  # a financial service: exempt from UAE VAT
            "onHand": "0",
            "reserved": "0",
            "available": "0",
            "isActive": True,
        },
        created_at=made,
    )
    late_payers = [c for c in uow.find("client") if c.get("address", {}).get("country") == "AE"]
    client = late_payers[len(late_payers) // 2]
    day = end.isoformat()
    export = {"description": "Sandwich panels, export", "quantity": 14, "unitPrice": "2450.00"}
    _bill_to(
        uow,
        {
            "partnerId": saudi["id"],
            "date": day,
            "reference": f"RB-EXP-{end:%m%d}",
            "incoterm": "CIF",
            "lines": [export | {"taxRate": "0"}],
        },
        _at(end, 9),
    )
    _bill_to(
        uow,
        {
            "partnerId": client["id"],
            "date": day,
            "lines": [{"productId": interest["id"], "unitPrice": "190"}],
        },
        _at(end, 10),
    )
    subscription = {"description": "Cloud accounting subscription", "unitPrice": "1850.00"}
    _bill_to(
        uow,
        {
            "type": "in_invoice",
            "partnerId": cloud["id"],
            "date": day,
            "reference": f"CL-{end:%Y%m}",
            "lines": [subscription | {"taxRate": "0", "accountId": account(uow, "6300")["id"]}],
        },
        _at(end, 11),
    )


def seed_notifications(uow: UnitOfWork, end: date) -> None:
    """What users would have been told: older notices read, the last week's unread."""
    recent = end - timedelta(days=7)
    today = end.isoformat()
    for invoice in uow.find("invoice", type="out_invoice", state="posted"):
        if invoice["dueDate"] >= today or Decimal(invoice["amountDue"]) <= 0:
            continue
        fell_due = date.fromisoformat(invoice["dueDate"]) + timedelta(days=1)
        invoice_overdue(uow, invoice, at=_at(fell_due, 4), read=fell_due < recent)
    for payment in uow.find("payment", type="inbound", state="posted"):
        if payment["date"] >= (end - timedelta(days=10)).isoformat():
            for notice in payment_received(uow, payment, None, at=payment["postedAt"]):
                notice["read"] = payment["date"] < recent.isoformat()
                notice["readAt"] = notice["createdAt"] if notice["read"] else None
    for order in uow.find("purchase_order", state="draft"):
        order_awaits(uow, order, "approval", None, at=order["createdAt"])
    for order in uow.find("purchase_order", state="approved"):
        order_awaits(uow, order, "confirmation", None, at=order["approvedAt"] or order["createdAt"])


def seed_desk(
    uow: UnitOfWork, rng: random.Random, company: dict[str, Any], start: date, end: date
) -> None:
    if company["country"] == "AE" and uow.find_one("client") and uow.find_one("vendor"):
        seed_vat_cases(uow, end)
    seed_contacts(uow, rng)
    seed_projects(uow, start)
    seed_budget(uow, rng, start, end)
    seed_notifications(uow, end)
