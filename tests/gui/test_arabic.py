"""The Arabic translation: the main window and the invoice tab in Arabic, right to left.

With `ARKAN_SCREENSHOTS=DIR` the test also saves the main window and the invoice editor
as PNGs (how docs/images/*-ar.png are made).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import (
    chosen_locale,
    install_translations,
    register_bundled_fonts,
    remove_translations,
    set_preferred_language,
)
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.resources import translations_dir
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.invoices_helpers import open_editor


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def _save(widget: object, name: str) -> None:
    folder = os.environ.get("ARKAN_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))  # type: ignore[attr-defined]


def test_the_committed_catalogue_is_compiled_from_the_sources(tmp_path: Path) -> None:
    folder = translations_dir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    compiled = tmp_path / "ar.qm"
    subprocess.run(
        [str(lrelease), str(folder / "arkan_desktop_ar.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert (folder / "arkan_desktop_ar.qm").read_bytes() == compiled.read_bytes(), (
        "run pyside6-lrelease resources/translations/arkan_desktop_ar.ts"
    )


def test_language_comes_from_the_environment_then_the_preference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ARKAN_DESKTOP_LANG", raising=False)
    set_preferred_language("ar")
    assert chosen_locale().language() == QLocale.Language.Arabic
    monkeypatch.setenv("ARKAN_DESKTOP_LANG", "en")
    assert chosen_locale().language() == QLocale.Language.English
    set_preferred_language("")


def test_bundled_arabic_font_is_registered(qapp: QApplication) -> None:
    assert "Noto Sans Arabic" in register_bundled_fonts()


def test_main_window_and_invoice_tab_in_arabic(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, arabic: None
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert main.layoutDirection() == Qt.LayoutDirection.RightToLeft
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert "الفواتير" in titles and "دفتر الأستاذ" in titles
    assert main.post_action.text() == "&ترحيل"
    assert main.print_action.text() == "&طباعة…"
    menus = [a.text() for a in main.menuBar().actions()]
    assert menus[:3] == ["&ملف", "&تحرير", "&انتقال"]
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    assert tab.post_button.text() == "&ترحيل"
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    assert "المبلغ المستحق" in headers and "العميل" in headers
    qtbot.waitUntil(lambda: tab.totals_label.text().startswith("الفواتير:"), timeout=10_000)
    assert main.status.layoutDirection() == Qt.LayoutDirection.RightToLeft
    main.sync_now()
    qtbot.waitUntil(
        lambda: main.status.last_sync_label.text().startswith("آخر مزامنة"), timeout=20_000
    )
    qtbot.waitUntil(lambda: "متصل" in main.status.connection_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: main.sync_action.isEnabled() and not main.status.progress.isVisible())
    _save(main, "main-window-ar.png")

    editor = open_editor(qtbot, main)
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.windowTitle() == "فاتورة جديدة"
    _save(editor, "invoice-editor-ar.png")
    editor.close()


def test_english_is_unchanged(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    assert main.layoutDirection() == Qt.LayoutDirection.LeftToRight
    titles = [main.tabs.tabText(i) for i in range(main.tabs.count())]
    assert "Invoices" in titles
    assert main.post_action.text() == "&Post"
