"""The station and the Sales tab in Arabic: picking says where to go and what to take in
Arabic, right to left; the Sales tab's pages and buttons are Arabic."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.sales.sales_tab import SalesTab
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.gui.station.returns import TakeBack
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.screenshots import screenshot as save
from tests.gui.station.conftest import close_station, open_station
from tests.gui.station.helpers import last_answer, screenshot, workflow_button
from tests.gui.station.test_pick_and_ship import two_location_delivery
from tests.gui.station.test_take_back import returnable, stock_bin
from tests.sandbox.conftest import COMPANY_1, Api


def test_picking_at_the_station_in_arabic(
    qapp: QApplication,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    sandbox: SandboxServer,
) -> None:
    translators = install_translations(qapp, QLocale("ar"))
    station = open_station(qtbot, sandbox, tmp_path / "home")
    try:
        window = station.window
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        workflow_button(window, PickShip.name).click()
        assert window.catalog is not None
        delivery = two_location_delivery(window, window.catalog)
        station.scanner.scan(delivery["number"])
        assert window.expects_label.text().startswith("اذهب إلى ")
        assert "موقع للزيارة" in window.message_label.text()
        assert window.pad.caption.text() == "الكمية المأخوذة: امسح صنفاً أولاً"
        save(window, "station-picking-ar")
    finally:
        close_station(qtbot, station)
        remove_translations(qapp, translators)


def test_a_return_at_the_station_in_arabic(
    qapp: QApplication,
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    sandbox: SandboxServer,
) -> None:
    translators = install_translations(qapp, QLocale("ar"))
    station = open_station(qtbot, sandbox, tmp_path / "home")
    admin = Api(sandbox, "admin@demo.local", COMPANY_1)
    try:
        window, scanner = station.window, station.scanner
        workflow_button(window, TakeBack.name).click()
        for name, button in window.workflow_button_of.items():  # every label whole
            shown = button.fontMetrics().horizontalAdvance(button.text())
            assert shown <= button.contentsRect().width(), name
        delivery, product = returnable(window, admin)
        window.apply_settings(replace(window.settings, warehouse_id=delivery["warehouseId"]))
        scanner.scan(delivery["number"])
        qtbot.waitUntil(lambda: window.recent_list.count() > 0)
        assert last_answer(window)[0], last_answer(window)
        scanner.scan(product["barcode"])
        assert last_answer(window)[0], last_answer(window)
        scanner.scan(stock_bin(window)["barcode"])
        accepted, text = last_answer(window)
        assert accepted, text
        assert not any("a" <= c <= "z" for c in window.expects_label.text())
        screenshot(window, "station-return-ar")  # at 1366 px
    finally:
        admin.close()
        close_station(qtbot, station)
        remove_translations(qapp, translators)


def test_the_sales_tab_in_arabic(
    qapp: QApplication, qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    translators = install_translations(qapp, QLocale("ar"))
    try:
        main = sign_in(qtbot, desktop, sandbox)
        tab = main.tab(SalesTab)
        main.tabs.setCurrentWidget(tab)
        assert main.tabs.tabText(main.tabs.indexOf(tab)) == "المبيعات"
        pages = [tab.pages.tabText(i) for i in range(tab.pages.count())]
        assert pages == ["الأوامر", "التسليمات", "المرتجعات"]
        assert tab.deliver_button.text() == "إنشاء &تسليم"
        qtbot.waitUntil(lambda: tab.orders.model.rowCount() > 0, timeout=20_000)
        save(main, "sales-ar")
    finally:
        remove_translations(qapp, translators)
