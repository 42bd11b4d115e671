"""Fixtures for the cache tests: a fresh cache file and record shapes like the sandbox's."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.store import Cache

KWD_COMPANY = "5d0e6f3a-1a2b-4c3d-8e9f-000000000002"


def uid(n: int) -> str:
    return str(uuid.UUID(int=n))


def stamp(n: int) -> str:
    return f"2026-11-21T10:00:00.{n:06d}Z"


def invoice(
    n: int, *, currency: str = "AED", total: Any = "1550.00", **extra: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": uid(n),
        "number": f"INV-2026-{n:05d}",
        "type": "out_invoice",
        "state": "posted",
        "paymentState": "not_paid",
        "partnerId": uid(10_000 + n % 7),
        "partnerName": "Blue Lagoon Trading LLC",
        "date": "2026-11-21",
        "dueDate": "2026-12-21",
        "currency": currency,
        "reference": f"REF-{n}",
        "lines": [
            {
                "id": uid(20_000 + n * 10 + k),
                "productId": uid(30_000 + k),
                "sku": f"EL-{1000 + k}",
                "description": f"Item {k}",
                "quantity": "2.5",
                "unitPrice": "12.8865",
                "taxRate": "5",
                "subtotal": "100.00",
                "taxAmount": "5.00",
                "total": "105.00",
            }
            for k in range(2)
        ],
        "subtotal": "1476.19",
        "taxTotal": "73.81",
        "total": total,
        "amountDue": total,
        "createdAt": stamp(n),
        "updatedAt": stamp(n),
    }
    record.update(extra)
    return record


def payment(n: int, invoice_id: str, amount: str = "1050.00", **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": uid(40_000 + n),
        "number": f"RCPT-2026-{n:05d}",
        "type": "inbound",
        "state": "posted",
        "partnerId": uid(10_001),
        "date": "2026-11-21",
        "amount": amount,
        "currency": "AED",
        "reference": f"TRX{n}",
        "allocations": [{"invoiceId": invoice_id, "invoiceNumber": "INV", "amount": amount}],
        "updatedAt": stamp(n),
    }
    record.update(extra)
    return record


def product(n: int, **extra: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": uid(50_000 + n),
        "sku": f"OF-{n}",
        "name": f"Box File {n}",
        "barcode": f"62912301{n:05d}",
        "type": "storable",
        "category": "Office Supplies",
        "salePrice": "56.97",
        "currency": "AED",
        "onHand": "54",
        "available": "53.125",
        "updatedAt": stamp(n),
    }
    record.update(extra)
    return record


class Clock:
    """A settable clock for outbox timing."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def cache(tmp_path: Path, clock: Clock) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3", clock=clock) as opened:
        yield opened
