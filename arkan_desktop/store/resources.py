"""From server records to cache rows: one `ResourceTable` per resource of docs/CLIENT_CORE.md.

`RESOURCE_TABLES[name](record)` maps one record dict to the values of its row (and of its
child rows), or raises `RecordError`. Field names are the wire's (camelCase); a few have
alternatives so that a close-but-different server shape still maps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Index, Table, and_, true

from arkan_desktop.domain.money import DEFAULT_CURRENCY
from arkan_desktop.store.models import (
    Account,
    Asset,
    BankStatement,
    BankStatementLine,
    Base,
    CachedRecord,
    Contact,
    Delivery,
    Invoice,
    InvoiceLine,
    JournalEntry,
    JournalLine,
    Location,
    Partner,
    Payment,
    PaymentAllocation,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    PutawayRule,
    SalesOrder,
    SalesReturn,
    StockLevel,
    StockMove,
    Warehouse,
)
from arkan_desktop.store.records import RecordError, RecordReader, dump_raw
from arkan_desktop.store.sales_columns import delivery, putaway_rule, sales_order, sales_return

Row = dict[str, Any]


def table_of(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class ChildTable:
    """Rows kept in a list field of the parent record (`lines`, `allocations`)."""

    model: type[Base]
    field: str
    parent_column: str
    columns: Callable[[RecordReader, str], Row]

    @property
    def table(self) -> Table:
        return table_of(self.model)


@dataclass(frozen=True)
class MappedRecord:
    id: str
    row: Row
    children: dict[ChildTable, list[Row]]


def _record_id(reader: RecordReader) -> str:
    return reader.require_id()


@dataclass(frozen=True)
class ResourceTable:
    """How one resource is cached: its table, its typed columns, its child tables."""

    resource: str
    model: type[CachedRecord]
    columns: Callable[[RecordReader, str], Row]
    children: tuple[ChildTable, ...] = ()
    scope: Mapping[str, str] = field(default_factory=dict)
    record_id: Callable[[RecordReader], str] = _record_id

    @property
    def table(self) -> Table:
        return table_of(self.model)

    @property
    def key_columns(self) -> tuple[str, ...]:
        return ("id", *self.scope)

    def where(self) -> ColumnElement[bool]:
        """The SQL condition selecting this resource's rows in its (maybe shared) table."""
        conditions = [self.table.c[name] == value for name, value in self.scope.items()]
        return and_(*conditions) if conditions else true()

    def identify(self, record: object) -> tuple[RecordReader, str, str]:
        """A reader, the record's id and its raw JSON text (what is compared for changes)."""
        reader = RecordReader(self.resource, record)
        record_id = self.record_id(reader)
        reader.record_id = record_id
        try:
            raw = dump_raw(reader.record)
        except (TypeError, ValueError) as exc:
            raise reader.error("raw", f"cannot be written as JSON ({exc})") from None
        return reader, record_id, raw

    def __call__(
        self,
        record: object,
        default_currency: str = DEFAULT_CURRENCY,
        *,
        local_pending: bool = False,
    ) -> MappedRecord:
        """The row values for `record`; raises `RecordError` for a record that cannot be cached."""
        return self.map_identified(*self.identify(record), default_currency, local_pending)

    def map_identified(
        self,
        reader: RecordReader,
        record_id: str,
        raw: str,
        default_currency: str,
        local_pending: bool,
    ) -> MappedRecord:
        currency = reader.currency(default_currency)
        row = self.columns(reader, currency)
        row.update(self.scope)
        row.update(
            id=record_id,
            raw=raw,
            created_at=reader.text("createdAt"),
            updated_at=reader.text("updatedAt"),
            local_pending=local_pending,
        )
        children: dict[ChildTable, list[Row]] = {}
        for child in self.children:
            rows = []
            for position, line in enumerate(reader.lines(child.field)):
                values = child.columns(line, currency)
                values[child.parent_column] = record_id
                values["position"] = position
                values["line_id"] = line.text("id")
                rows.append(values)
            children[child] = rows
        return MappedRecord(record_id, row, children)


def _account(r: RecordReader, currency: str) -> Row:
    return {
        "code": r.text("code"),
        "name": r.text("name"),
        "type": r.text("type"),
        "parent_id": r.text("parentId"),
        "currency": currency,
        "balance_minor": r.money(currency, "balance"),
    }


def _journal_entry(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "date": r.text("date"),
        "state": r.text("state"),
        "reference": r.text("reference"),
        "source_type": r.text("sourceType"),
        "currency": currency,
        "total_debit_minor": r.money(currency, "totalDebit"),
    }


def _journal_line(r: RecordReader, currency: str) -> Row:
    return {
        "account_id": r.text("accountId"),
        "partner_id": r.text("partnerId"),
        "description": r.text("description"),
        "debit_minor": r.money(currency, "debit"),
        "credit_minor": r.money(currency, "credit"),
    }


def _invoice(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "type": r.text("type"),
        "partner_id": r.text("partnerId", "clientId", "customerId"),
        "partner_name": r.text("partnerName", "clientName", "customerName"),
        "date": r.text("date", "issueDate"),
        "due_date": r.text("dueDate"),
        "state": r.text("state", "status"),
        "payment_state": r.text("paymentState"),
        "currency": currency,
        "subtotal_minor": r.money(currency, "subtotal"),
        "tax_minor": r.money(currency, "taxTotal", "taxAmount"),
        "total_minor": r.money(currency, "total", "totalAmount"),
        "amount_due_minor": r.money(currency, "amountDue", "balanceDue"),
        "reference": r.text("reference"),
    }


def _invoice_line(r: RecordReader, currency: str) -> Row:
    return {
        "product_id": r.text("productId"),
        "sku": r.text("sku"),
        "description": r.text("description"),
        "account_id": r.text("accountId"),
        "quantity": r.quantity("quantity"),
        "unit_price": r.decimal_text("unitPrice"),
        "tax_rate": r.decimal_text("taxRate"),
        "subtotal_minor": r.money(currency, "subtotal"),
        "tax_minor": r.money(currency, "taxAmount"),
        "total_minor": r.money(currency, "total"),
    }


def _payment(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "type": r.text("type"),
        "partner_id": r.text("partnerId", "clientId", "customerId"),
        "partner_name": r.text("partnerName"),
        "date": r.text("date"),
        "state": r.text("state", "status"),
        "method": r.text("method"),
        "currency": currency,
        "amount_minor": r.money(currency, "amount"),
        "reference": r.text("reference"),
    }


def _allocation(r: RecordReader, currency: str) -> Row:
    return {
        "invoice_id": r.text("invoiceId"),
        "invoice_number": r.text("invoiceNumber"),
        "amount_minor": r.money(currency, "amount"),
    }


def _partner(r: RecordReader, currency: str) -> Row:
    return {
        "name": r.text("name"),
        "tax_id": r.text("taxId"),
        "email": r.text("email"),
        "phone": r.text("phone"),
        "currency": r.text("currency"),
    }


def _contact(r: RecordReader, currency: str) -> Row:
    return {
        "client_id": r.text("clientId"),
        "name": r.text("name"),
        "email": r.text("email"),
        "phone": r.text("phone"),
        "position": r.text("position"),
    }


def _product(r: RecordReader, currency: str) -> Row:
    return {
        "sku": r.text("sku"),
        "name": r.text("name"),
        "barcode": r.text("barcode"),
        "type": r.text("type"),
        "category": r.text("category"),
        "uom": r.text("uom"),
        "on_hand": r.quantity("onHand"),
        "available": r.quantity("available"),
        "currency": currency,
        "sale_price_minor": r.money(currency, "salePrice"),
    }


def _warehouse(r: RecordReader, currency: str) -> Row:
    return {"code": r.text("code"), "name": r.text("name")}


def _location(r: RecordReader, currency: str) -> Row:
    return {
        "code": r.text("code"),
        "name": r.text("name"),
        "barcode": r.text("barcode"),
        "warehouse_id": r.text("warehouseId"),
        "type": r.text("type"),
    }


def _stock_level_id(r: RecordReader) -> str:
    """The server's id, else `<productId>@<locationId>` (a stock level is that pair)."""
    own = r.text("id")
    if own:
        return own
    product, location = r.text("productId"), r.text("locationId")
    if not product or not location:
        raise r.error("id", "is missing (and productId/locationId cannot stand in for it)")
    return f"{product}@{location}"


def _stock_level(r: RecordReader, currency: str) -> Row:
    return {
        "product_id": r.text("productId"),
        "location_id": r.text("locationId"),
        "warehouse_id": r.text("warehouseId"),
        "quantity": r.quantity("quantity"),
    }


def _stock_move(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "date": r.text("date"),
        "type": r.text("type"),
        "state": r.text("state"),
        "product_id": r.text("productId"),
        "from_location_id": r.text("fromLocationId"),
        "to_location_id": r.text("toLocationId"),
        "quantity": r.quantity("quantity"),
        "reference": r.text("reference"),
    }


def _purchase_order(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "vendor_id": r.text("vendorId"),
        "vendor_name": r.text("vendorName"),
        "date": r.text("date"),
        "expected_date": r.text("expectedDate"),
        "state": r.text("state"),
        "currency": currency,
        "total_minor": r.money(currency, "total"),
        "reference": r.text("reference"),
    }


def _purchase_order_line(r: RecordReader, currency: str) -> Row:
    return {
        "product_id": r.text("productId"),
        "sku": r.text("sku"),
        "description": r.text("productName", "description"),
        "quantity": r.quantity("quantity"),
        "quantity_received": r.quantity("quantityReceived"),
        "unit_price": r.decimal_text("unitPrice"),
        "total_minor": r.money(currency, "total"),
    }


def _count(r: RecordReader, name: str) -> int | None:
    value = r.record.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise r.error(name, f"should be a whole number, not {type(value).__name__}")
    return value


def _bank_statement(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "reference": r.text("reference"),
        "bank_account_id": r.text("bankAccountId"),
        "bank_account_code": r.text("bankAccountCode"),
        "date": r.text("date"),
        "date_from": r.text("dateFrom"),
        "date_to": r.text("dateTo"),
        "state": r.text("state"),
        "currency": currency,
        "opening_minor": r.money(currency, "openingBalance"),
        "closing_minor": r.money(currency, "closingBalance"),
        "reconciled_minor": r.money(currency, "reconciledBalance"),
        "line_count": _count(r, "lineCount"),
        "reconciled_count": _count(r, "reconciledCount"),
    }


def _bank_statement_line(r: RecordReader, currency: str) -> Row:
    return {
        "sequence": _count(r, "sequence"),
        "date": r.text("date"),
        "amount_minor": r.money(currency, "amount"),
        "residual_minor": r.money(currency, "amountResidual"),
        "reference": r.text("reference"),
        "memo": r.text("memo"),
        "counterparty": r.text("counterparty"),
        "state": r.text("state"),
    }


def _asset(r: RecordReader, currency: str) -> Row:
    return {
        "number": r.text("number"),
        "name": r.text("name"),
        "category": r.text("category"),
        "date": r.text("acquisitionDate", "date"),
        "method": r.text("method"),
        "useful_life_months": _count(r, "usefulLifeMonths"),
        "state": r.text("state"),
        "last_period": r.text("lastDepreciatedPeriod"),
        "currency": currency,
        "cost_minor": r.money(currency, "cost"),
        "accumulated_minor": r.money(currency, "accumulatedDepreciation"),
        "book_value_minor": r.money(currency, "bookValue"),
    }


def _tables() -> dict[str, ResourceTable]:
    journal_lines = ChildTable(JournalLine, "lines", "entry_id", _journal_line)
    invoice_lines = ChildTable(InvoiceLine, "lines", "invoice_id", _invoice_line)
    allocations = ChildTable(PaymentAllocation, "allocations", "payment_id", _allocation)
    po_lines = ChildTable(PurchaseOrderLine, "lines", "purchase_order_id", _purchase_order_line)
    statement_lines = ChildTable(BankStatementLine, "lines", "statement_id", _bank_statement_line)
    tables = [
        ResourceTable("accounts", Account, _account),
        ResourceTable("journal_entries", JournalEntry, _journal_entry, (journal_lines,)),
        ResourceTable("invoices", Invoice, _invoice, (invoice_lines,)),
        ResourceTable("payments", Payment, _payment, (allocations,)),
        ResourceTable("clients", Partner, _partner, scope={"role": "client"}),
        ResourceTable("contacts", Contact, _contact),
        ResourceTable("vendors", Partner, _partner, scope={"role": "vendor"}),
        # Arvalox customers: the connector hands them over Arkan-shaped (name, taxId, …)
        ResourceTable("customers", Partner, _partner, scope={"role": "customer"}),
        ResourceTable("products", Product, _product),
        ResourceTable("warehouses", Warehouse, _warehouse),
        ResourceTable("locations", Location, _location),
        ResourceTable("stock_levels", StockLevel, _stock_level, record_id=_stock_level_id),
        ResourceTable("stock_moves", StockMove, _stock_move),
        ResourceTable("purchase_orders", PurchaseOrder, _purchase_order, (po_lines,)),
        ResourceTable("bank_statements", BankStatement, _bank_statement, (statement_lines,)),
        ResourceTable("assets", Asset, _asset),
        # employees are paid by WPS file: their bank details travel in their records
        ResourceTable("employees", Partner, _partner, scope={"role": "employee"}),
        ResourceTable("sales_orders", SalesOrder, sales_order),
        ResourceTable("deliveries", Delivery, delivery),
        ResourceTable("sales_returns", SalesReturn, sales_return),
        ResourceTable("putaway_rules", PutawayRule, putaway_rule),
    ]
    return {table.resource: table for table in tables}


RESOURCE_TABLES: dict[str, ResourceTable] = _tables()

# Indexes a list of a million invoices counts, totals and sorts on (migration 0005; see
# gui/models/keyset.py). They describe the invoices table and belong beside it in
# models/accounting.py (same names); declared here until they move.
_invoices = table_of(Invoice)
LIST_INDEXES = (
    # covers the count and the totals of a list by type and state (no table rows read)
    Index(
        "ix_invoices_list_totals",
        *(_invoices.c[c] for c in ("type", "state", "currency", "total_minor", "amount_due_minor")),
    ),
    *(
        Index(f"ix_invoices_{column}", _invoices.c[column])
        for column in ("partner_name", "state", "total_minor", "amount_due_minor")
    ),
)


def resource_table(resource: str) -> ResourceTable:
    try:
        return RESOURCE_TABLES[resource]
    except KeyError:
        raise KeyError(f"unknown resource {resource!r}") from None


__all__ = ["RESOURCE_TABLES", "ChildTable", "MappedRecord", "RecordError", "ResourceTable"]
