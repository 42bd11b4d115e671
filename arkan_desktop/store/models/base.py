"""Declarative base, shared columns and the exact-number column types of the cache.

Every cached record keeps its server JSON in `raw` (exactly as received, unknown fields
included) next to typed columns that lists filter and sort on. Money columns are integer
minor units in the record's currency (`*_minor`, see domain.money); quantities are integer
thousandths behind the `Quantity` type, so SQL can sort and sum them and Python gets an
exact `Decimal` back.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, MetaData, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Quantities are stored as integer thousandths: three decimals cover every unit of measure
# the Arkan API uses (pieces, kg to the gram, metres to the millimetre).
QUANTITY_EXPONENT = 3
INT64_MAX = 2**63 - 1

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def to_thousandths(quantity: Decimal) -> int:
    """Integer thousandths of a quantity; refuses finer quantities and SQLite-overflowing ones."""
    scaled = quantity.scaleb(QUANTITY_EXPONENT)
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{quantity} has more than {QUANTITY_EXPONENT} decimals")
    units = int(scaled)
    if abs(units) > INT64_MAX:
        raise ValueError(f"{quantity} is too large to store")
    return units


def from_thousandths(units: int) -> Decimal:
    """The quantity in its plain form, as the wire writes it: 12, 2.5, 0.125."""
    value = Decimal(units).scaleb(-QUANTITY_EXPONENT).normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


class Quantity(TypeDecorator[Decimal]):
    """A `Decimal` quantity stored as integer thousandths (exact, sortable, summable)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        # For queries (`Product.on_hand > 5` means five units). The bulk writers hand the
        # driver ready thousandths and do not come through here.
        if value is None:
            return None
        if isinstance(value, float | bool):
            raise TypeError(f"a quantity must be a Decimal or an int, not {type(value).__name__}")
        return to_thousandths(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_thousandths(int(value))


class DecimalText(TypeDecorator[Decimal]):
    """A `Decimal` of any precision stored as its plain text ("12.8865"), for unit prices."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class CachedRecord:
    """Columns every cached server record has; the typed columns come with each table."""

    id: Mapped[str] = mapped_column(String, primary_key=True)
    raw: Mapped[str] = mapped_column(Text)
    created_at: Mapped[str | None] = mapped_column(String)
    updated_at: Mapped[str | None] = mapped_column(String, index=True)
    # True while the row is an optimistic local version (written with an outbox row) and
    # the server's own version has not replaced it yet.
    local_pending: Mapped[bool] = mapped_column(default=False, server_default=text("0"))


class ChildLine:
    """Columns of a child row (invoice line, allocation ...): replaced wholesale with its parent."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    position: Mapped[int] = mapped_column(Integer)
    line_id: Mapped[str | None] = mapped_column(String)
