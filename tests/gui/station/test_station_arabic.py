"""The station and the Sales tab in Arabic: picking says where to go and what to take in
Arabic, right to left; the Sales tab's pages and buttons are Arabic."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.sales.sales_tab import SalesTab
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.screenshots import screenshot as save
from tests.gui.station.conftest import close_station, open_station
from tests.gui.station.helpers import workflow_button
from tests.gui.station.test_pick_and_ship import two_location_delivery


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
