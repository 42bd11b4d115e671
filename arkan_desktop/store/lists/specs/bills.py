"""The bills list: vendor bills and vendor credits, with the vendor's own reference and
the purchase order a bill was made from (both read from the cached record's JSON)."""

from __future__ import annotations

from sqlalchemy import func

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.lists.specs.invoices import linked_number
from arkan_desktop.store.models import Invoice


def bill_list_spec() -> ListSpec:
    cur = Invoice.currency
    columns = (
        Column("number", Invoice.number, searchable=True),
        Column("type", Invoice.type, Kind.CODE, width=110),
        Column("vendor", Invoice.partner_name, searchable=True, width=240),
        Column(
            "vendor_reference",
            func.json_extract(Invoice.raw, "$.vendorReference"),
            searchable=True,
            width=130,
        ),
        Column(
            "order",
            func.json_extract(Invoice.raw, "$.purchaseOrderNumber"),
            searchable=True,
            width=120,
        ),
        Column("date", Invoice.date, Kind.DATE, width=100),
        Column("due", Invoice.due_date, Kind.DATE, width=100),
        Column("state", Invoice.state, Kind.CODE, width=100),
        Column("payment", Invoice.payment_state, Kind.CODE, width=110),
        Column("subtotal", Invoice.subtotal_minor, Kind.MONEY, cur, hidden=True),
        Column("tax", Invoice.tax_minor, Kind.MONEY, cur, hidden=True),
        Column("total", Invoice.total_minor, Kind.MONEY, cur),
        Column("due_amount", Invoice.amount_due_minor, Kind.MONEY, cur),
        Column("currency", Invoice.currency, hidden=True),
        Column("linked", linked_number()),
    )
    return ListSpec("bills", "invoices", columns, sort_key="date", descending=True)
