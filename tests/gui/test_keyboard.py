"""Keyboard first: tabs, find, new and save from the keyboard, and typing in the filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_main_window_works_from_the_keyboard(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    tab: InvoicesTab = main.tab(InvoicesTab)
    assert main.tabs.currentWidget() is tab  # the finance default
    qtbot.keyClick(tab, Qt.Key.Key_PageDown, CTRL)
    assert main.tabs.currentIndex() == 2
    qtbot.keyClick(main.tabs.currentWidget(), Qt.Key.Key_PageUp, CTRL)
    assert main.tabs.currentWidget() is tab

    qtbot.keyClick(tab, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is tab.list.filter_box
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    before = tab.model.rowCount()
    qtbot.keyClicks(tab.list.filter_box, "INV-2026-0000")
    qtbot.waitUntil(lambda: 0 < tab.model.rowCount() < before)
    assert all(number.startswith("INV-2026-0000") for number in (
        tab.model.index(r, 0).data() for r in range(tab.model.rowCount())))  # fmt: skip
    qtbot.keyClick(tab.list.filter_box, Qt.Key.Key_Escape)  # clears the filter
    qtbot.waitUntil(lambda: tab.model.rowCount() == before)

    qtbot.keyClick(tab, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: bool(tab.editors) and tab.editors[-1].isEnabled())
    editor = tab.editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)  # nothing filled in: nothing is queued
    assert editor.client_error.isVisibleTo(editor)
    assert editor.client_error.text() == "Choose a client"
    assert editor.isVisible() and main.status.outbox_counts["waiting"] == 0
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not tab.editors)
