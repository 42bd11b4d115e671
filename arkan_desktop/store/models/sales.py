"""Cache tables of the sales module (orders, deliveries, returns) and the putaway rules.

Only what lists filter and sort on is a typed column; the lines stay in each record's
raw JSON (the station and the order editor read them from there). Money is integer minor
units of the record's currency.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base, CachedRecord


class SalesOrder(CachedRecord, Base):
    __tablename__ = "sales_orders"

    number: Mapped[str | None] = mapped_column(String, index=True)
    partner_id: Mapped[str | None] = mapped_column(String, index=True)
    partner_name: Mapped[str | None] = mapped_column(String, index=True)
    date: Mapped[str | None] = mapped_column(String, index=True)
    expected_date: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String, index=True)
    delivery_state: Mapped[str | None] = mapped_column(String)
    invoice_state: Mapped[str | None] = mapped_column(String)
    warehouse_id: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    total_minor: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String, index=True)


class Delivery(CachedRecord, Base):
    __tablename__ = "deliveries"

    number: Mapped[str | None] = mapped_column(String, index=True)
    order_id: Mapped[str | None] = mapped_column(String, index=True)
    order_number: Mapped[str | None] = mapped_column(String)
    partner_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    scheduled_date: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String, index=True)
    reservation_state: Mapped[str | None] = mapped_column(String)
    warehouse_id: Mapped[str | None] = mapped_column(String)
    backorder_of_id: Mapped[str | None] = mapped_column(String)
    reference: Mapped[str | None] = mapped_column(String, index=True)


class SalesReturn(CachedRecord, Base):
    __tablename__ = "sales_returns"

    number: Mapped[str | None] = mapped_column(String, index=True)
    partner_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    state: Mapped[str | None] = mapped_column(String, index=True)
    refund_state: Mapped[str | None] = mapped_column(String)
    invoice_id: Mapped[str | None] = mapped_column(String, index=True)
    invoice_number: Mapped[str | None] = mapped_column(String)
    delivery_id: Mapped[str | None] = mapped_column(String, index=True)
    delivery_number: Mapped[str | None] = mapped_column(String)
    reference: Mapped[str | None] = mapped_column(String, index=True)


class PutawayRule(CachedRecord, Base):
    __tablename__ = "putaway_rules"

    warehouse_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String)
    product_id: Mapped[str | None] = mapped_column(String)
    category: Mapped[str | None] = mapped_column(String)
    sequence: Mapped[int | None]
    state: Mapped[str | None] = mapped_column(String)
