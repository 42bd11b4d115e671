"""The invoice list (the same for invoices and bills).

"Linked" names the other document of a cancellation: on a cancelled invoice its credit
note, on a credit note the invoice it cancels (read from the cached records' raw JSON).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from arkan_desktop.store.lists.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Invoice


def linked_number() -> ColumnElement[Any]:
    """The number of the credit note of a cancelled invoice, or of a credit note's original."""
    other = aliased(Invoice)

    def number_of(field: str) -> ColumnElement[Any]:
        wanted = func.json_extract(Invoice.raw, f"$.{field}")
        return select(other.number).where(other.id == wanted).limit(1).scalar_subquery()

    return func.coalesce(number_of("creditNoteId"), number_of("originalInvoiceId"))


def invoice_list_spec() -> ListSpec:
    cur = Invoice.currency
    columns = (
        Column("number", Invoice.number, searchable=True),
        Column("type", Invoice.type, Kind.CODE, width=100),
        Column("client", Invoice.partner_name, searchable=True, width=260),
        Column("date", Invoice.date, Kind.DATE, width=100),
        Column("due", Invoice.due_date, Kind.DATE, width=100),
        Column("state", Invoice.state, Kind.CODE, width=100),
        Column("payment", Invoice.payment_state, Kind.CODE, width=110),
        Column("subtotal", Invoice.subtotal_minor, Kind.MONEY, cur, hidden=True),
        Column("tax", Invoice.tax_minor, Kind.MONEY, cur, hidden=True),
        Column("total", Invoice.total_minor, Kind.MONEY, cur),
        Column("due_amount", Invoice.amount_due_minor, Kind.MONEY, cur),
        Column("currency", Invoice.currency, hidden=True),
        Column("reference", Invoice.reference, searchable=True),
        Column("linked", linked_number()),
    )
    return ListSpec(
        "invoices",
        "invoices",
        columns,
        sort_key="date",
        descending=True,
        text_index="invoices_text",
    )
