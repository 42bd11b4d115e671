"""What every write builder shares: the `Write` it returns and how values go on the wire.

A `Write` is the outbox entry to queue and the records to show at once (under a
temporary `local-…` id for records created offline); `SyncService.queue` puts both in
the outbox in one transaction. Every create carries the row's id in the record's
`reference` (unless the user gave one), so that after a lost response the sender can ask
the server whether the write already happened (DESIGN.md).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import DEFAULT_CURRENCY, round_to_currency
from arkan_desktop.domain.totals import Totals, line_amounts
from arkan_desktop.store.outbox import OutboxEntry, new_temp_id

Effect = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Write:
    entry: OutboxEntry
    effect: Effect


def new_row_id() -> str:
    """The outbox row's id, chosen before the row exists (it is the create's reference)."""
    return str(uuid.uuid4())


def now_stamp() -> str:
    """`createdAt`/`updatedAt` of an optimistic record: UTC, microseconds, like the server."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def today() -> str:
    """The user's own calendar day: business documents are dated locally."""
    return datetime.now().astimezone().date().isoformat()


def money(amount: Decimal, currency: str) -> str:
    """An amount as the wire carries it: a decimal string in the currency's decimals."""
    return str(round_to_currency(amount, currency))


def priced_line(line: Mapping[str, Any], currency: str, discounted: bool = True) -> dict[str, Any]:
    """A document line as the server will answer it: a temporary id and its amounts."""
    discount = (line.get("discountPercent") or 0) if discounted else 0
    amounts = line_amounts(
        line["quantity"], line["unitPrice"], currency, discount, line.get("taxRate") or 0
    )
    return {
        **line,
        "id": new_temp_id(),
        "subtotal": money(amounts.net, currency),
        "taxAmount": money(amounts.tax, currency),
        "total": money(amounts.total, currency),
    }


def total_fields(totals: Totals, currency: str) -> dict[str, str]:
    """A document's subtotal, tax and total as the server answers them."""
    return {
        "subtotal": money(totals.subtotal, currency),
        "taxTotal": money(totals.tax, currency),
        "total": money(totals.total, currency),
    }


def quantity_text(value: Decimal) -> str:
    """A quantity in its plain form: 12, 2.5, 0.125 (no exponent, no trailing zeros)."""
    return format(value.normalize(), "f")


def currency_of(record: Mapping[str, Any]) -> str:
    """The currency a cached record is in (the default when it names none)."""
    return str(record.get("currency") or DEFAULT_CURRENCY)
