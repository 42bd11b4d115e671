"""Helpers for the Bills tab tests: bills and orders made on the server, the tab opened."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.bills.bills_tab import BillsTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from tests.sandbox.conftest import Api

SLOW = 20_000


def posted_bill(api: Api, vendor: dict[str, Any], price: str, **fields: Any) -> dict[str, Any]:
    """A posted service bill of one line (5 % VAT in company 1)."""
    body = {
        "type": "in_invoice",
        "partnerId": vendor["id"],
        "lines": [{"description": "Maintenance", "quantity": "1", "unitPrice": price}],
        **fields,
    }
    bill = api.ok(api.post("/accounting/invoices", body))
    return api.ok(api.post(f"/accounting/invoices/{bill['id']}/post"))


def vendor_bills(api: Api, vendor_id: str) -> list[dict[str, Any]]:
    found = api.ok(api.get("/accounting/invoices", partnerId=vendor_id, limit=100))["data"]
    return [b for b in found if b["type"] == "in_invoice"]


def bills_tab(main: MainWindow) -> BillsTab:
    tab: BillsTab = main.tab(BillsTab)
    main.tabs.setCurrentWidget(tab)
    return tab


def confirmed(tab: BillsTab, record_id: str) -> bool:
    """The list shows the server's version of the record (not an optimistic one)."""
    row = tab.model.row_of(record_id)
    return row is not None and tab.model.index(row, 0).data(LOCAL_ROLE) is False


def cell(tab: BillsTab, record_id: str, key: str) -> str | None:
    row = tab.model.row_of(record_id)
    if row is None:
        return None
    return str(tab.model.index(row, tab.model.spec.column_index(key)).data())


def wait_listed(qtbot: QtBot, tab: BillsTab, ids: list[str]) -> None:
    qtbot.waitUntil(lambda: all(confirmed(tab, i) for i in ids), timeout=SLOW)
