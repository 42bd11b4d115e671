"""The Outbox panel's Edit opens a refused write in the form of its own tab: a journal
entry in the ledger's entry editor, a purchase order in the order editor (an invoice in
the invoice editor is in test_invoices.py), fixed there and sent again."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.ledger.entry_editor import JournalEntryEditor
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.outbox.body_editor import BodyEditor
from arkan_desktop.gui.outbox.outbox_panel import OutboxPanel
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.journal import create_journal_entry
from arkan_desktop.sync.commands.purchasing import create_purchase_order
from arkan_desktop.sync.commands.stock import move_stock
from arkan_desktop.sync.commands.wire import Write
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api

SLOW = 20_000


def _refused(qtbot: QtBot, main: MainWindow, write: Write) -> tuple[OutboxPanel, OutboxRow]:
    """Queue a write the server will refuse; open the panel on it once it is refused."""
    live = main.live
    assert live is not None
    queued = run(qtbot, live.company.queue(write))
    cache = live.company.workspace.cache
    qtbot.waitUntil(lambda: any(r.id == queued.id for r in cache.outbox_rows(REJECTED)),
                    timeout=SLOW)  # fmt: skip
    panel = main.open_outbox()
    assert panel is not None
    qtbot.waitUntil(lambda: panel.select(queued.id), timeout=SLOW)
    row = panel.current_row()
    assert row is not None and row.status == REJECTED
    assert panel.edit_button.isEnabled()
    return panel, row


def _found(api: Api, path: str, reference: str) -> dict[str, Any] | None:
    return next((x for x in api.all(path, reference=reference) if x["reference"] == reference),
                None)  # fmt: skip


def test_a_refused_journal_entry_opens_in_the_entry_editor(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    accounts = admin.all("/accounting/accounts")
    expense = next(a for a in accounts if a["type"] == "expense")
    asset = next(a for a in accounts if a["type"] == "asset")
    reference = f"JE-E-{uuid.uuid4().hex[:8]}"
    draft = {
        "memo": "m" * 600,  # the server allows 500
        "reference": reference,
        "lines": [
            {"accountId": expense["id"], "description": "Fuel", "debit": "40.00", "credit": "0"},
            {"accountId": asset["id"], "description": "", "debit": "0", "credit": "40.00"},
        ],
    }
    panel, row = _refused(qtbot, main, create_journal_entry(draft, "AED"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    tab: LedgerTab = main.tab(LedgerTab)
    assert main.tabs.currentWidget() is tab
    editor = tab.editors[-1]
    assert isinstance(editor, JournalEntryEditor) and editor.rejected_row is not None
    assert editor.rejected_row.id == row.id
    qtbot.waitUntil(editor.isEnabled, timeout=SLOW)
    assert editor.memo_error.isVisibleTo(editor) and editor.memo_error.text()
    editor.memo_edit.setText("Fuel for the van")
    editor.save()
    qtbot.waitUntil(lambda: _found(admin, "/accounting/journal-entries", reference) is not None,
                    timeout=SLOW)  # fmt: skip
    entry = _found(admin, "/accounting/journal-entries", reference)
    assert entry is not None and entry["memo"] == "Fuel for the van"
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)


def test_a_refused_purchase_order_opens_in_the_order_editor(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    vendor = admin.all("/inventory/vendors")[0]
    warehouse = admin.all("/inventory/warehouses")[0]
    product = admin.ok(admin.get("/inventory/products", limit=1))["data"][0]
    reference = f"PO-E-{uuid.uuid4().hex[:8]}"
    good = {"productId": product["id"], "quantity": "2", "unitPrice": "7.50", "taxRate": "5"}
    draft = {
        "vendorId": vendor["id"],
        "warehouseId": warehouse["id"],
        "reference": reference,
        "lines": [good, {**good, "productId": "no-such-product"}],
    }
    panel, _row = _refused(qtbot, main, create_purchase_order(draft, "AED", vendor["name"]))
    tab: PurchasingTab = main.tab(PurchasingTab)
    panel.edit_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(tab, "dialog", None), PurchaseOrderEditor),
                    timeout=SLOW)  # fmt: skip
    editor = tab.dialog
    assert isinstance(editor, PurchaseOrderEditor)
    assert main.tabs.currentWidget() is tab
    assert len(editor.lines) == 2 and "Line 2, productId" in editor.error_label.text()
    editor.table.setCurrentCell(1, 0)
    editor.remove_current_line()
    editor.accept()
    qtbot.waitUntil(lambda: _found(admin, "/inventory/purchase-orders", reference) is not None,
                    timeout=SLOW)  # fmt: skip
    order = _found(admin, "/inventory/purchase-orders", reference)
    assert order is not None and len(order["lines"]) == 1
    qtbot.waitUntil(lambda: main.status.outbox_counts["attention"] == 0, timeout=SLOW)


def test_a_refused_write_without_a_form_gets_the_json_editor(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    write = move_stock(
        {"productId": "no-such-product", "fromLocationId": "x", "toLocationId": "y",
         "quantity": "1"}
    )  # fmt: skip
    panel, row = _refused(qtbot, main, write)
    assert main.edit_refused_write(row) is False  # no tab has a form for stock moves
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(BodyEditor) is not None, timeout=SLOW)
    editor = panel.findChild(BodyEditor)
    assert editor is not None and '"no-such-product"' in editor.text.toPlainText()
    editor.reject()
    run(qtbot, panel.discard(row.id))
