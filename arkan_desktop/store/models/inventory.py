"""Cache tables of the inventory module: products, warehouses, locations, stock, moves, POs.

Quantities use the `Quantity` column type (integer thousandths, exact `Decimal` in Python).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base, CachedRecord, ChildLine, DecimalText, Quantity


class Product(CachedRecord, Base):
    __tablename__ = "products"

    sku: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String, index=True)
    barcode: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String)
    category: Mapped[str | None] = mapped_column(String, index=True)
    uom: Mapped[str | None] = mapped_column(String)
    on_hand: Mapped[Decimal | None] = mapped_column(Quantity)
    available: Mapped[Decimal | None] = mapped_column(Quantity)
    currency: Mapped[str] = mapped_column(String)
    sale_price_minor: Mapped[int | None]


class Warehouse(CachedRecord, Base):
    __tablename__ = "warehouses"

    code: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String)


class Location(CachedRecord, Base):
    __tablename__ = "locations"

    code: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String)
    barcode: Mapped[str | None] = mapped_column(String, index=True)
    warehouse_id: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String)


class StockLevel(CachedRecord, Base):
    """Quantity of one product at one location; id `<productId>@<locationId>` if none given."""

    __tablename__ = "stock_levels"
    __table_args__ = (Index("ix_stock_levels_location_id_product_id", "location_id", "product_id"),)

    product_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String)
    warehouse_id: Mapped[str | None] = mapped_column(String, index=True)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity)


class StockMove(CachedRecord, Base):
    __tablename__ = "stock_moves"

    number: Mapped[str | None] = mapped_column(String, index=True)
    date: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String)
    product_id: Mapped[str | None] = mapped_column(String, index=True)
    from_location_id: Mapped[str | None] = mapped_column(String, index=True)
    to_location_id: Mapped[str | None] = mapped_column(String, index=True)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    reference: Mapped[str | None] = mapped_column(String, index=True)


class PurchaseOrder(CachedRecord, Base):
    __tablename__ = "purchase_orders"

    number: Mapped[str | None] = mapped_column(String, index=True)
    vendor_id: Mapped[str | None] = mapped_column(String, index=True)
    vendor_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    expected_date: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String, index=True)
    currency: Mapped[str] = mapped_column(String)
    total_minor: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String, index=True)


class PurchaseOrderLine(ChildLine, Base):
    __tablename__ = "purchase_order_lines"

    purchase_order_id: Mapped[str] = mapped_column(
        ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[str | None] = mapped_column(String, index=True)
    sku: Mapped[str | None] = mapped_column(String)
    description: Mapped[str | None] = mapped_column(String)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    quantity_received: Mapped[Decimal | None] = mapped_column(Quantity)
    unit_price: Mapped[Decimal | None] = mapped_column(DecimalText)
    total_minor: Mapped[int | None]


class LearnedBarcode(Base):
    """A location barcode the station learnt itself (a label it printed, or one scanned and
    confirmed), for servers that list no locations with barcodes. Never sent anywhere."""

    __tablename__ = "learned_barcodes"

    barcode: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str] = mapped_column(String, index=True)
    source: Mapped[str] = mapped_column(String)  # "printed" or "scanned"
    learned_at: Mapped[str] = mapped_column(String)
