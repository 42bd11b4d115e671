"""Helpers for the invoice window tests: filling the editor the way a user does."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.invoice_lines import DESCRIPTION, QUANTITY
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from tests.sandbox.conftest import Api


def stocked_product(api: Api, at_least: int = 20) -> dict[str, Any]:
    """A storable product with enough on hand to deliver a few."""
    page = api.ok(api.get("/inventory/products", limit=100))
    return next(
        p for p in page["data"] if p["type"] == "storable" and int(float(p["onHand"])) >= at_least
    )


def first_client(api: Api) -> dict[str, Any]:
    return api.ok(api.get("/crm/clients", limit=1))["data"][0]


def open_editor(qtbot: QtBot, main: MainWindow) -> InvoiceEditor:
    tab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    main.new_action.trigger()  # Ctrl+N
    editor: InvoiceEditor = tab.editors[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=10_000)
    return editor


def fill_invoice(
    editor: InvoiceEditor,
    client_id: str,
    product_id: str,
    quantity: str,
    reference: str,
    description: str | None = None,
) -> None:
    assert editor.choose_client(client_id)
    product = next(p for p in editor.products.products if p.id == product_id)
    editor.set_line_product(0, product)
    lines = editor.lines
    lines.setData(lines.index(0, QUANTITY), quantity)
    if description is not None:
        lines.setData(lines.index(0, DESCRIPTION), description)
    editor.reference_edit.setText(reference)


def server_invoice(api: Api, reference: str) -> dict[str, Any] | None:
    found = api.ok(api.get("/accounting/invoices", reference=reference, limit=2))["data"]
    return found[0] if found else None


def row_text(tab: InvoicesTab, record_id: str, key: str) -> str | None:
    row = tab.model.row_of(record_id)
    if row is None:
        return None
    return str(tab.model.index(row, tab.model.spec.column_index(key)).data())


def confirmed(tab: InvoicesTab, record_id: str) -> bool:
    """The list shows the server's version of the record (not an optimistic one)."""
    row = tab.model.row_of(record_id)
    return row is not None and tab.model.index(row, 0).data(LOCAL_ROLE) is False
