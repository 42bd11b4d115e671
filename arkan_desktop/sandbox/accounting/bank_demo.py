"""Demo treasury data: vendor bank details, a payroll with its salary payments, two statements.

Runs after the demo payments exist and uses the same functions as the endpoints. The
first statement matches demo payments one for one (a month to reconcile end to end);
the second also has a receipt short by a transfer fee, a bank charge with nothing in the
books (both within the write-off limit) and a deposit nobody has explained yet. Both are
left unreconciled: reconciling them is the demo. One vendor keeps an IBAN with wrong
check digits, as data imported from an older system would.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.bank_statements import import_statement
from arkan_desktop.sandbox.accounting.batch_bank_details import save_bank_details, with_check_digits
from arkan_desktop.sandbox.accounting.invoices import company_profile
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.accounting.payroll import (
    create_employee,
    create_payroll_run,
    post_payroll_run,
)
from arkan_desktop.sandbox.money import round_money
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

# (bank, SWIFT, 3-digit bank code, 9-digit routing code): the code sits in the AE IBAN and
# in digits 2-4 of the routing code.
UAE_BANKS = [
    ("Emirates NBD", "EBILAEAD", "026", "302620122"),
    ("Abu Dhabi Commercial Bank", "ADCBAEAA", "030", "603020101"),
    ("Mashreq", "BOMLAEAD", "033", "203320101"),
    ("First Abu Dhabi Bank", "NBADAEAA", "035", "803510106"),
]
KUWAIT_BANKS = [("National Bank of Kuwait", "NBOKKWKW", "NBOK"), ("Gulf Bank", "GULBKWKW", "GULB")]
EMPLOYEES = [
    ("Rashid Al Mansoori", "Finance Manager", 18000, 1500),
    ("Priya Nair", "Accountant", 9500, 0),
    ("Mohammed Iqbal", "Storekeeper", 5200, 400),
    ("Joseph Mathew", "Delivery Driver", 4500, 650),
    ("Fatima Al Zaabi", "Sales Executive", 8000, 2200),
    ("Ahmed Hassan", "Warehouse Supervisor", 7200, 0),
]


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _moment(day: date, hour: int, rng: random.Random) -> str:
    return f"{day.isoformat()}T{hour:02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.000000Z"


def _bank_details(rng: random.Random, country: str) -> dict[str, Any]:
    if country == "AE":
        name, swift, code, routing = rng.choice(UAE_BANKS)
        iban = with_check_digits("AE", code + _digits(rng, 16))
        return {"bankName": name, "swiftCode": swift, "iban": iban, "routingCode": routing}
    name, swift, code = rng.choice(KUWAIT_BANKS)
    return {
        "bankName": name,
        "swiftCode": swift,
        "iban": with_check_digits("KW", code + _digits(rng, 22)),
    }


def vendor_bank_details(uow: UnitOfWork, rng: random.Random, country: str, start: date) -> None:
    at = _moment(start, 8, rng)
    vendors = uow.find("vendor")
    for vendor in vendors:
        details = _bank_details(rng, country)
        details["branch"] = rng.choice(["Main Branch", "Deira", "Bur Dubai", "Industrial Area"])
        save_bank_details(uow, vendor["id"], details, at=at)
    if len(vendors) > 2:  # legacy data: the check digits were mistyped
        broken = vendors[2]
        iban = broken["bankDetails"]["iban"]
        wrong = f"{(int(iban[2:4]) + 1) % 90 + 10:02d}"
        broken["bankDetails"]["iban"] = broken["iban"] = iban[:2] + wrong + iban[4:]
        uow.save("vendor", broken, "vendor.bank_details_updated", at=at)


def payroll(uow: UnitOfWork, rng: random.Random, end: date) -> None:
    """Employees, and this month's salaries booked (not yet sent to the bank)."""
    hired = _moment(date(end.year, 1, 1), 7, rng)
    for name, position, fixed, variable in EMPLOYEES:
        create_employee(
            uow,
            {
                "name": name,
                "position": position,
                "personId": "1000" + _digits(rng, 10),
                "fixedSalary": Decimal(fixed),
                "variableSalary": Decimal(variable),
                "date": hired[:10],
                "bankDetails": _bank_details(rng, "AE"),
            },
            created_at=hired,
        )
    at = _moment(end, 6, rng)
    run = create_payroll_run(
        uow, {"period": end.isoformat()[:7], "paymentDate": end.isoformat()}, created_at=at
    )
    post_payroll_run(uow, run, at=at)


def _line(payment: dict[str, Any], rng: random.Random, end: date) -> dict[str, Any]:
    day = min(date.fromisoformat(payment["date"]) + timedelta(days=rng.randint(0, 2)), end)
    inbound = payment["type"] == "inbound"
    invoices = " ".join(a["invoiceNumber"] for a in payment.get("allocations") or [])
    words = "TRANSFER FROM" if inbound else "TRANSFER TO"
    return {
        "date": day.isoformat(),
        "amount": Decimal(payment["amount"]) * (1 if inbound else -1),
        "reference": payment.get("reference") or "",
        "memo": f"{words} {payment['partnerName'].upper()} {invoices}".strip(),
        "counterparty": payment["partnerName"].upper(),
    }


def statements(uow: UnitOfWork, rng: random.Random, end: date) -> None:
    currency = company_currency(uow)
    fx = Decimal(1) if currency == "AED" else Decimal("0.083")
    candidates = [
        p
        for p in uow.find("payment", state="posted")
        if p.get("method") != "cash"
        and p.get("category") != "salary"
        and p["date"] <= end.isoformat()
    ]
    candidates.sort(key=lambda p: (p["date"], p["number"]))
    recent = candidates[-16:]
    if len(recent) < 8:
        return
    first, second = recent[:10], recent[10:]
    opening = round_money(Decimal(184_250) * fx + Decimal(rng.randint(0, 99)) / 100, currency)
    lines = sorted((_line(p, rng, end) for p in first), key=lambda x: x["date"])
    closing = opening + sum((x["amount"] for x in lines), Decimal(0))
    import_statement(
        uow,
        {
            "reference": f"STMT-{lines[-1]['date'][:7]}-A",
            "openingBalance": opening,
            "closingBalance": closing,
            "lines": lines,
        },
        created_at=_moment(date.fromisoformat(lines[-1]["date"]), 18, rng),
    )
    extra = []
    short = next((p for p in second if p["type"] == "inbound"), None)
    if short is not None:  # arrives short of a transfer fee
        second = [p for p in second if p is not short]
        fee = round_money(Decimal("5.25") * fx, currency)
        line = _line(short, rng, end)
        line["amount"] -= fee
        extra.append(line)
    last_day = max([date.fromisoformat(p["date"]) for p in second] or [end])
    extra.append(
        {
            "date": last_day.isoformat(),
            "amount": -round_money(Decimal(35) * fx, currency),
            "reference": "FEE",
            "memo": "MONTHLY ACCOUNT MAINTENANCE FEE",
            "counterparty": "",
        }
    )
    extra.append(
        {
            "date": last_day.isoformat(),
            "amount": round_money(Decimal(12_500) * fx, currency),
            "reference": "CDM014",
            "memo": "CASH DEPOSIT MACHINE BRANCH 014",
            "counterparty": "",
        }
    )
    lines = sorted([*(_line(p, rng, end) for p in second), *extra], key=lambda x: x["date"])
    import_statement(
        uow,
        {
            "reference": f"STMT-{lines[-1]['date'][:7]}-B",
            "openingBalance": closing,
            "closingBalance": closing + sum((x["amount"] for x in lines), Decimal(0)),
            "lines": lines,
        },
        created_at=_moment(min(last_day + timedelta(days=1), end), 5, rng),
    )


def seed_treasury(uow: UnitOfWork, rng: random.Random, start: date, end: date) -> None:
    country = str(company_profile(uow).get("country") or "AE")
    vendor_bank_details(uow, rng, country, start)
    if country == "AE":
        payroll(uow, rng, end)
    statements(uow, rng, end)
