"""The cache's SQLAlchemy models, grouped by module; importing this registers every table."""

from sqlalchemy import Index

from arkan_desktop.store.models.accounting import (
    Account,
    Invoice,
    InvoiceLine,
    JournalEntry,
    JournalLine,
    Payment,
    PaymentAllocation,
)
from arkan_desktop.store.models.bank import Asset, BankStatement, BankStatementLine
from arkan_desktop.store.models.base import Base, CachedRecord, ChildLine, DecimalText, Quantity
from arkan_desktop.store.models.bookkeeping import Meta, Watermark
from arkan_desktop.store.models.crm import Contact, Partner
from arkan_desktop.store.models.inventory import (
    LearnedBarcode,
    Location,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    StockLevel,
    StockMove,
    Warehouse,
)
from arkan_desktop.store.models.notifications import StoredNotification
from arkan_desktop.store.models.outbox import OutboxRecord, OutboxRow
from arkan_desktop.store.models.sales import Delivery, PutawayRule, SalesOrder, SalesReturn

# Optimistic rows are few and looked up by the temp-id rewrite: a partial index on each
# record table finds them without scanning (the query must say `local_pending IS 1` too).
for _table in Base.metadata.sorted_tables:
    if "local_pending" in _table.c:
        Index(
            f"ix_{_table.name}_local_pending",
            _table.c.local_pending,
            sqlite_where=_table.c.local_pending.is_(True),
        )

__all__ = [
    "Account",
    "Asset",
    "BankStatement",
    "BankStatementLine",
    "Base",
    "CachedRecord",
    "ChildLine",
    "Contact",
    "DecimalText",
    "Delivery",
    "Invoice",
    "InvoiceLine",
    "JournalEntry",
    "JournalLine",
    "LearnedBarcode",
    "Location",
    "Meta",
    "OutboxRecord",
    "OutboxRow",
    "Partner",
    "Payment",
    "PaymentAllocation",
    "Product",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "PutawayRule",
    "Quantity",
    "SalesOrder",
    "SalesReturn",
    "StockLevel",
    "StockMove",
    "StoredNotification",
    "Warehouse",
    "Watermark",
]
