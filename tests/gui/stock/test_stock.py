"""The Stock Moves tab end to end against the sandbox: a move changes both locations'
quantities in the cache, over-moving is refused before anything is queued, and a scrap
goes out with the reason picked; a two-line transfer and a counted adjustment."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.stock.stock_dialogs import MoveDialog, ScrapDialog, StockDialog
from arkan_desktop.gui.stock.stock_line_dialogs import AdjustmentDialog, TransferDialog
from arkan_desktop.gui.stock.stock_tab import StockTab
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models import StockLevel, StockMove
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api

SLOW = 20_000


def stocked_level(api: Api, at_least: int = 10) -> dict[str, Any]:
    levels = api.all("/inventory/stock")
    return next(lv for lv in levels if Decimal(lv["quantity"]) >= at_least)


def other_location(api: Api, level: dict[str, Any]) -> dict[str, Any]:
    return next(
        loc
        for loc in api.all("/inventory/locations")
        if loc["type"] == "internal"
        and loc["id"] != level["locationId"]
        and loc["warehouseId"] == level["warehouseId"]
    )


def cached_quantity(tab: StockTab, product_id: str, location_id: str) -> Decimal:
    with tab.company.workspace.cache.reading() as session:
        level = session.get(StockLevel, f"{product_id}@{location_id}")
        return Decimal(0) if level is None or level.quantity is None else level.quantity


def choose(combo: QComboBox, record_id: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemData(i).id == record_id)
    combo.setCurrentIndex(index)


def column(tab: StockTab, key: str) -> list[str]:
    at = tab.moves.spec.column_index(key)
    return [str(tab.moves.index(row, at).data()) for row in range(tab.moves.rowCount())]


def open_stock_tab(qtbot: QtBot, main: MainWindow, product_id: str) -> StockTab:
    tab = main.tab(StockTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.products.row_of(product_id) is not None, timeout=SLOW)
    assert tab.product_list.select_id(product_id)
    qtbot.waitUntil(lambda: tab.levels.rowCount() > 0, timeout=SLOW)
    return tab


def wait_dialog(qtbot: QtBot, tab: StockTab) -> StockDialog:
    qtbot.waitUntil(lambda: tab.stock_actions.dialog is not None, timeout=SLOW)
    dialog = tab.stock_actions.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_move_changes_both_locations_and_over_moving_is_refused(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    level = stocked_level(admin)
    destination = other_location(admin, level)
    product_id, source_id = level["productId"], level["locationId"]
    tab = open_stock_tab(qtbot, main, product_id)
    # the sign-in sync has brought the server's stock (an earlier test may have moved some)
    qtbot.waitUntil(
        lambda: cached_quantity(tab, product_id, source_id) == Decimal(level["quantity"]),
        timeout=SLOW,
    )
    before_source = cached_quantity(tab, product_id, source_id)
    before_destination = cached_quantity(tab, product_id, destination["id"])
    shown = format(before_source.normalize(), "f")
    qtbot.waitUntil(lambda: tab.level_of(level["locationCode"]) == shown, timeout=SLOW)

    main.new_action.trigger()  # Ctrl+N
    dialog = wait_dialog(qtbot, tab)
    assert isinstance(dialog, MoveDialog)
    assert dialog.product_combo.currentData().id == product_id
    choose(dialog.from_combo, source_id)
    choose(dialog.to_combo, destination["id"])
    queued_before = len(run(qtbot, tab.company.outbox.rows()))
    dialog.quantity_edit.setText(str(before_source + 1))
    dialog.accept()
    assert dialog.isVisible() and "on hand" in dialog.error_label.text()
    dialog.quantity_edit.setText("0")
    dialog.accept()
    assert dialog.isVisible() and "greater than zero" in dialog.error_label.text()
    assert len(run(qtbot, tab.company.outbox.rows())) == queued_before

    dialog.quantity_edit.setText("2")
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            cached_quantity(tab, product_id, source_id) == before_source - 2
            and cached_quantity(tab, product_id, destination["id"]) == before_destination + 2
        ),
        timeout=SLOW,
    )
    expected = format((before_source - 2).normalize(), "f")
    qtbot.waitUntil(lambda: tab.level_of(level["locationCode"]) == expected, timeout=SLOW)
    assert tab.level_of(destination["code"]) == format((before_destination + 2).normalize(), "f")
    qtbot.waitUntil(lambda: tab.moves.rowCount() > 0, timeout=SLOW)


def test_a_scrap_with_a_reason(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    level = stocked_level(admin, at_least=5)
    product_id, location_id = level["productId"], level["locationId"]
    tab = open_stock_tab(qtbot, main, product_id)
    before = cached_quantity(tab, product_id, location_id)

    tab.scrap_button.click()
    dialog = wait_dialog(qtbot, tab)
    assert isinstance(dialog, ScrapDialog)
    choose(dialog.location_combo, location_id)
    dialog.quantity_edit.setText("1")
    expired = dialog.reason_combo.findText("Expired")
    assert expired >= 0
    dialog.reason_combo.setCurrentIndex(expired)
    dialog.note_edit.setText("past date")
    dialog.accept()

    qtbot.waitUntil(
        lambda: cached_quantity(tab, product_id, location_id) == before - 1, timeout=SLOW
    )
    scraps = [s for s in admin.all("/inventory/scrap") if s["productId"] == product_id]
    assert any(s["reasonCode"] == "expired" and s["note"] == "past date" for s in scraps)
    scrap = next(s for s in scraps if s["note"] == "past date")
    qtbot.waitUntil(lambda: scrap["number"] in column(tab, "reference"), timeout=SLOW)
    assert scrap["number"] not in column(tab, "number")  # the document is not a move
    with tab.company.workspace.cache.reading() as session:  # nor is it cached as one
        assert session.get(StockMove, scrap["id"]) is None


def test_a_transfer_of_two_products_and_an_adjustment(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    levels = admin.all("/inventory/stock")
    first = next(lv for lv in levels if Decimal(lv["quantity"]) >= 10)
    second = next(
        lv
        for lv in levels
        if lv["locationId"] == first["locationId"]
        and lv["productId"] != first["productId"]
        and Decimal(lv["quantity"]) >= 3
    )
    destination = other_location(admin, first)
    tab = open_stock_tab(qtbot, main, first["productId"])
    before = {
        p: cached_quantity(tab, p, first["locationId"])
        for p in (first["productId"], second["productId"])
    }

    tab.transfer_button.click()
    dialog = wait_dialog(qtbot, tab)
    assert isinstance(dialog, TransferDialog)
    choose(dialog.from_combo, first["locationId"])
    choose(dialog.to_combo, destination["id"])
    dialog.accept()
    assert dialog.isVisible() and "at least one line" in dialog.error_label.text()
    for product_id, quantity in ((first["productId"], "3"), (second["productId"], "1")):
        choose(dialog.product_combo, product_id)
        dialog.quantity_edit.setText(quantity)
        assert dialog.add_current_line()
    choose(dialog.product_combo, first["productId"])
    dialog.quantity_edit.setText("1")
    assert not dialog.add_current_line()  # the same product twice
    dialog.quantity_edit.clear()
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            cached_quantity(tab, first["productId"], first["locationId"])
            == before[first["productId"]] - 3
            and cached_quantity(tab, second["productId"], first["locationId"])
            == before[second["productId"]] - 1
        ),
        timeout=SLOW,
    )

    tab.adjust_button.click()
    dialog = wait_dialog(qtbot, tab)
    assert isinstance(dialog, AdjustmentDialog)
    choose(dialog.location_combo, destination["id"])
    choose(dialog.product_combo, first["productId"])
    dialog.quantity_edit.setText("1")
    assert dialog.add_current_line()
    dialog.accept()
    assert dialog.isVisible() and "reason" in dialog.error_label.text()
    dialog.reason_edit.setText("cycle count")
    dialog.accept()
    qtbot.waitUntil(
        lambda: cached_quantity(tab, first["productId"], destination["id"]) == 1, timeout=SLOW
    )
