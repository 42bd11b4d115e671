"""Fill a new sandbox database: users, companies, master data, then history.

Deterministic: the same scale gives the same ids, numbers and amounts. `--scale N`
multiplies the first company's volumes (the second keeps demo size) so that benchmark
data (N=100: tens of thousands of invoices) is seeded in minutes, not hours.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, insert, select

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox import demo_catalog as cat
from arkan_desktop.sandbox.accounting.demo import seed_accounting_history
from arkan_desktop.sandbox.accounting.ledger import new_account
from arkan_desktop.sandbox.auth import hash_password
from arkan_desktop.sandbox.config import SandboxConfig
from arkan_desktop.sandbox.desk_demo import seed_desk
from arkan_desktop.sandbox.inventory.catalog_api import ean13_valid
from arkan_desktop.sandbox.inventory.demo import seed_inventory_history
from arkan_desktop.sandbox.inventory.stock import VIRTUAL_LOCATIONS, virtual_location
from arkan_desktop.sandbox.money import money
from arkan_desktop.sandbox.sales.demo import seed_sales_history
from arkan_desktop.sandbox.storage import (
    companies,
    memberships,
    meta_table,
    tenants,
    users,
    write_lock,
)
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, deterministic_ids

log = logging.getLogger("arkan_desktop.sandbox.seed")

DEMO_USERS = cat.DEMO_USERS
DEMO_PASSWORD = cat.DEMO_PASSWORD
SEED_EPOCH = date(2026, 1, 1)  # history runs from here to the seeding day


def ensure_seeded(engine: Engine, config: SandboxConfig) -> None:
    """Seed a new database once; a database that was seeded before is left as it is."""
    with write_lock, engine.begin() as conn, clock.replaying_history():
        done = conn.execute(select(meta_table.c.value).where(meta_table.c.key == "seeded")).first()
        if done is not None:
            return
        seed_identity(conn, config)
        if config.seed == "demo":
            for index, company in enumerate(cat.COMPANIES):
                scale = config.scale if index == 0 else 1
                rng = random.Random(f"arkan-demo-{index}-{scale}")
                with deterministic_ids(rng):
                    uow = UnitOfWork(conn, company["id"])
                    seed_company(uow, company, rng, scale)
                    uow.flush()
        else:
            for company in cat.COMPANIES:
                with deterministic_ids(random.Random(company["id"])):
                    uow = UnitOfWork(conn, company["id"])
                    seed_chart(uow, company)
                    uow.flush()
        conn.execute(
            insert(meta_table).values(
                key="seeded", value=json.dumps({"seed": config.seed, "scale": config.scale})
            )
        )


def seed_identity(conn: Any, config: SandboxConfig) -> None:
    """Tenants, users, companies and who belongs to which (for --seed empty too)."""
    conn.execute(
        insert(tenants),
        [
            {"id": cat.DEMO_TENANT_ID, "name": "Arkan Demo"},
            {"id": cat.OTHER_TENANT_ID, "name": "Other Tenant"},
        ],
    )
    for company in cat.COMPANIES:
        conn.execute(
            insert(companies).values(
                id=company["id"],
                tenant_id=company["tenantId"],
                body=json.dumps(
                    {k: v for k, v in company.items() if k != "tenantId"}, ensure_ascii=False
                ),
            )
        )
    password = hash_password(cat.DEMO_PASSWORD)
    demo_companies = [c["id"] for c in cat.COMPANIES if c["tenantId"] == cat.DEMO_TENANT_ID]
    other_companies = [c["id"] for c in cat.COMPANIES if c["tenantId"] == cat.OTHER_TENANT_ID]
    rng = random.Random("arkan-demo-users")
    people = [
        *[(u, cat.DEMO_TENANT_ID) for u in cat.DEMO_USERS],
        (cat.OTHER_USER, cat.OTHER_TENANT_ID),
    ]
    for (email, name, role), tenant_id in people:
        user_id = f"{rng.getrandbits(128):032x}"
        user_id = (
            f"{user_id[:8]}-{user_id[8:12]}-4{user_id[13:16]}-a{user_id[17:20]}-{user_id[20:32]}"
        )
        conn.execute(
            insert(users).values(
                id=user_id, tenant_id=tenant_id, email=email, full_name=name, password_hash=password
            )
        )
        if tenant_id == cat.OTHER_TENANT_ID:
            member_of = other_companies
        elif role == "storekeeper":
            member_of = demo_companies[:1]
        else:
            member_of = demo_companies
        for company_id in member_of:
            conn.execute(
                insert(memberships).values(user_id=user_id, company_id=company_id, role=role)
            )


def seed_chart(uow: UnitOfWork, company: dict[str, Any]) -> None:
    uow.memo["currency"] = company["currency"]
    created = f"{SEED_EPOCH.isoformat()}T06:00:00.000000Z"
    for code, name, name_ar, kind, subtype in cat.CHART_OF_ACCOUNTS:
        new_account(
            uow,
            {
                "code": code,
                "name": name,
                "nameAr": name_ar,
                "type": kind,
                "subtype": subtype,
                "reconcilable": subtype in ("bank", "receivable", "payable"),
            },
            created_at=created,
        )
    for location_type in VIRTUAL_LOCATIONS:
        virtual_location(uow, location_type)


def _one_second_apart(first: datetime) -> Callable[[], str]:
    """Creation stamps for master data, one second apart, as if keyed in one by one."""
    counter = itertools.count()

    def stamp() -> str:
        return (first + timedelta(seconds=next(counter))).strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    return stamp


def seed_company(uow: UnitOfWork, company: dict[str, Any], rng: random.Random, scale: int) -> None:
    seed_chart(uow, company)
    currency = company["currency"]
    country = company["country"]
    created = _one_second_apart(
        datetime(SEED_EPOCH.year, SEED_EPOCH.month, SEED_EPOCH.day, 7, tzinfo=UTC)
    )
    seed_partners(uow, "client", 50 * scale, rng, country, currency, created)
    seed_partners(uow, "vendor", 20 * scale, rng, country, currency, created)
    seed_products(uow, 300 * scale, rng, company, created)
    seed_warehouses(uow, country, created)
    today = datetime.now(UTC).date()
    seed_inventory_history(uow, rng, scale, SEED_EPOCH, today)
    seed_accounting_history(uow, rng, scale, SEED_EPOCH, today)
    seed_sales_history(uow, rng, scale, SEED_EPOCH, today)
    seed_desk(uow, rng, company, SEED_EPOCH, today)
    log.info("seeded %s (scale %d)", company["name"], scale)


def _tax_id(rng: random.Random, country: str) -> str:
    if country == "AE":
        return "100" + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return "KW" + "".join(str(rng.randint(0, 9)) for _ in range(9))


def seed_partners(
    uow: UnitOfWork,
    kind: str,
    count: int,
    rng: random.Random,
    country: str,
    currency: str,
    created: Callable[[], str],
) -> None:
    first, second = (
        (cat.PARTNER_FIRST, cat.PARTNER_SECOND)
        if kind == "client"
        else (cat.VENDOR_FIRST, cat.VENDOR_SECOND)
    )
    used: set[str] = set()
    for i in range(count):
        base = f"{first[i % len(first)]} {second[(i // len(first)) % len(second)]}"
        name = f"{base} {cat.PARTNER_SUFFIX[i % len(cat.PARTNER_SUFFIX)]}"
        if name in used:
            name = f"{name} {i // (len(first) * len(second)) + 1}"
        used.add(name)
        slug = "".join(ch for ch in base.lower() if ch.isalnum())[:20]
        record: dict[str, Any] = {
            "name": name,
            "nameAr": cat.PARTNER_FIRST_AR.get(first[i % len(first)], ""),
            "email": f"accounts{i}@{slug}.example",
            "phone": _phone(rng, country),
            "taxId": _tax_id(rng, country) if (kind == "vendor" or i % 7 != 6) else None,
            "address": {
                "line1": f"Unit {rng.randint(1, 40)}, Building {rng.randint(1, 200)}",
                "line2": "",
                "city": rng.choice(cat.CITIES[country]),
                "country": country,
            },
            "currency": currency,
            "paymentTermsDays": rng.choice([0, 15, 30, 30, 45, 60]),
            # No draw from rng here: the demo history after it stays what it was.
            "creditLimit": _credit_limit(i, currency) if kind == "client" else None,
            "reference": "",
            "isActive": True,
        }
        if kind == "vendor":
            record["bankName"] = rng.choice(
                ["Emirates NBD", "ADCB", "Mashreq", "FAB", "NBK", "Gulf Bank"]
            )
            record["iban"] = f"{country}{rng.randint(10, 99)}" + "".join(
                str(rng.randint(0, 9)) for _ in range(19)
            )
        uow.add(kind, record, created_at=created())
        if kind == "client" and i % 2 == 0:
            uow.add(
                "contact",
                {
                    "partnerId": record["id"],
                    "partnerType": "client",
                    "partnerName": name,
                    "clientId": record["id"],
                    "name": f"Contact {i} of {base}",
                    "email": f"buyer{i}@{slug}.example",
                    "phone": record["phone"],
                    "position": rng.choice(
                        ["Procurement Manager", "Accountant", "Owner", "Site Engineer"]
                    ),
                },
                created_at=created(),
            )


def _credit_limit(index: int, currency: str) -> str | None:
    """Every fourth client buys on open terms; the others have limits by size."""
    limit = (None, 50_000, 150_000, 500_000)[index % 4]
    if limit is None:
        return None
    return money(Decimal(limit) * (Decimal(1) if currency == "AED" else Decimal("0.083")), currency)


def _phone(rng: random.Random, country: str) -> str:
    code = "971" if country == "AE" else "965"
    return f"+{code} {rng.randint(2, 9)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _ean13(prefix: str, serial: int) -> str:
    body = f"{prefix}{serial:0{12 - len(prefix)}d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    code = body + str((10 - total % 10) % 10)
    assert ean13_valid(code)
    return code


def seed_products(
    uow: UnitOfWork,
    count: int,
    rng: random.Random,
    company: dict[str, Any],
    created: Callable[[], str],
) -> None:
    currency = company["currency"]
    prefix = "629" + ("1" if company["country"] == "AE" else "2") + "23"
    fx = Decimal(1) if currency == "AED" else Decimal("0.083")  # price lists in local terms
    for i in range(count):
        category, code, nouns, (low, high) = cat.PRODUCT_CATEGORIES[i % len(cat.PRODUCT_CATEGORIES)]
        noun = nouns[(i // len(cat.PRODUCT_CATEGORIES)) % len(nouns)]
        variant = cat.PRODUCT_VARIANTS[
            (i // (len(cat.PRODUCT_CATEGORIES) * len(nouns))) % len(cat.PRODUCT_VARIANTS)
        ]
        cost = Decimal(rng.randint(low * 100, high * 100)) / 100 * fx
        margin = Decimal(rng.choice([125, 135, 150, 160, 180])) / 100
        uow.add(
            "product",
            {
                "sku": f"{code}-{1000 + i}",
                "name": f"{noun} {variant}".strip(),
                "nameAr": "",
                "barcode": _ean13(prefix, 10000 + i),
                "type": "service" if i % 97 == 96 else "storable",
                "category": category,
                "uom": "unit",
                "salePrice": money(cost * margin, currency),
                "cost": money(cost, currency),
                "currency": currency,
                "taxRate": company["defaultTaxRate"],
                "onHand": "0",
                "reserved": "0",
                "available": "0",
                "isActive": True,
            },
            created_at=created(),
        )


def seed_warehouses(uow: UnitOfWork, country: str, created: Callable[[], str]) -> None:
    sites = (
        [
            ("WH1", "Main Warehouse", "Jebel Ali, Dubai"),
            ("WH2", "Mussafah Store", "Mussafah, Abu Dhabi"),
        ]
        if country == "AE"
        else [
            ("WH1", "Shuwaikh Warehouse", "Shuwaikh, Kuwait City"),
            ("WH2", "Sabhan Store", "Sabhan, Kuwait"),
        ]
    )
    for code, name, address in sites:
        warehouse = uow.add(
            "warehouse",
            {"code": code, "name": name, "address": address, "isActive": True},
            created_at=created(),
        )
        uow.add(
            "location",
            {
                "warehouseId": warehouse["id"],
                "code": f"{code}-RECV",
                "name": f"{name} / Receiving",
                "barcode": f"LOC-{code}-RECV",
                "type": "internal",
            },
            created_at=created(),
        )
        for aisle in "ABCD":
            for rack in range(1, 6):
                for level in range(1, 4):
                    bin_code = f"{code}-{aisle}-{rack:02d}-{level}"
                    uow.add(
                        "location",
                        {
                            "warehouseId": warehouse["id"],
                            "code": bin_code,
                            "name": f"{name} / Aisle {aisle} / Rack {rack} / Level {level}",
                            "barcode": f"LOC-{bin_code}",
                            "type": "internal",
                        },
                        created_at=created(),
                    )


def days_between(start: date, end: date) -> int:
    return max(1, (end - start).days)


def moment(day: date, rng: random.Random) -> str:
    """A timestamp during office hours on a given day."""
    hour, minute, second = rng.randint(5, 14), rng.randint(0, 59), rng.randint(0, 59)
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}.000000Z"


def random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, days_between(start, end)))
