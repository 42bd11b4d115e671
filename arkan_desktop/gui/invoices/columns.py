"""The columns of the invoice list (the same for invoices and bills).

"Linked" names the other document of a cancellation: on a cancelled invoice its credit
note, on a credit note the invoice it cancels (read from the cached records' raw JSON).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import aliased

from arkan_desktop.gui.models.columns import Column, Kind, ListSpec
from arkan_desktop.store.models import Invoice

translate = QCoreApplication.translate


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
        Column("number", translate("InvoiceList", "Number"), Invoice.number, searchable=True),
        Column("type", translate("InvoiceList", "Type"), Invoice.type, Kind.CODE, width=100),
        Column(
            "client",
            translate("InvoiceList", "Client"),
            Invoice.partner_name,
            searchable=True,
            width=260,
        ),
        Column("date", translate("InvoiceList", "Date"), Invoice.date, Kind.DATE, width=100),
        Column("due", translate("InvoiceList", "Due"), Invoice.due_date, Kind.DATE, width=100),
        Column("state", translate("InvoiceList", "State"), Invoice.state, Kind.CODE, width=100),
        Column(
            "payment",
            translate("InvoiceList", "Payment"),
            Invoice.payment_state,
            Kind.CODE,
            width=110,
        ),
        Column(
            "subtotal",
            translate("InvoiceList", "Subtotal"),
            Invoice.subtotal_minor,
            Kind.MONEY,
            cur,
            hidden=True,
        ),
        Column(
            "tax", translate("InvoiceList", "Tax"), Invoice.tax_minor, Kind.MONEY, cur, hidden=True
        ),
        Column("total", translate("InvoiceList", "Total"), Invoice.total_minor, Kind.MONEY, cur),
        Column(
            "due_amount",
            translate("InvoiceList", "Amount due"),
            Invoice.amount_due_minor,
            Kind.MONEY,
            cur,
        ),
        Column("currency", translate("InvoiceList", "Currency"), Invoice.currency, hidden=True),
        Column(
            "reference", translate("InvoiceList", "Reference"), Invoice.reference, searchable=True
        ),
        Column("linked", translate("InvoiceList", "Credit note / cancels"), linked_number()),
    )
    return ListSpec("invoices", "invoices", columns, sort_key="date", descending=True)
