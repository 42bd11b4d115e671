"""The scan input on its own: bursts, typing, Tab, FNC1 as Ctrl+], bursts with no suffix."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.barcodes import CodeKind, classify
from arkan_desktop.domain.scanner_input import CodeEntry, EntryEnd
from arkan_desktop.gui.station.scan_input import ScanInput


def press(widget: ScanInput, key: int, text: str, at: float, control: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier if control else Qt.KeyboardModifier.NoModifier
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
    event.setTimestamp(int(at))
    QApplication.sendEvent(widget, event)


def burst(widget: ScanInput, text: str, at: float, gap: float = 3) -> float:
    for char in text:
        press(widget, ord(char.upper()), char, at)
        at += gap
    return at


def entries_of(qtbot: QtBot) -> tuple[ScanInput, list[CodeEntry]]:
    widget = ScanInput()
    qtbot.addWidget(widget)
    entries: list[CodeEntry] = []
    widget.sig_entered.connect(entries.append)
    return widget, entries


def test_a_gs1_burst_with_ctrl_bracket_as_fnc1_ending_in_tab(qtbot: QtBot) -> None:
    widget, entries = entries_of(qtbot)
    at = burst(widget, "]C1010629123010299010LOT7", 10_000)
    press(widget, int(Qt.Key.Key_BracketRight), "\x1d", at, control=True)
    at = burst(widget, "3712", at + 3)
    press(widget, int(Qt.Key.Key_Tab), "\t", at)
    assert len(entries) == 1 and entries[0].is_scan and entries[0].end is EntryEnd.TAB
    code = classify(entries[0].text)
    assert code.kind is CodeKind.GS1 and code.quantity == 12
    assert code.gs1 is not None and code.value.startswith("(01)06291230102990(10)LOT7")
    assert widget.text() == ""


def test_a_burst_with_no_suffix_is_flushed_when_it_goes_quiet(qtbot: QtBot) -> None:
    widget, entries = entries_of(qtbot)
    burst(widget, "LOC-WH1-A-01-1", 50_000)
    qtbot.waitUntil(lambda: bool(entries), timeout=2_000)
    assert entries[0].text == "LOC-WH1-A-01-1" and entries[0].end is EntryEnd.TIMEOUT


def test_typing_is_shown_and_entered_as_typing(qtbot: QtBot) -> None:
    widget, entries = entries_of(qtbot)
    at = burst(widget, "EL-1001", 90_000, gap=210)
    assert widget.text() == "EL-1001"  # a person sees what they type
    press(widget, int(Qt.Key.Key_Return), "\r", at)
    assert [(e.text, e.is_scan) for e in entries] == [("EL-1001", False)]
    assert widget.text() == ""
