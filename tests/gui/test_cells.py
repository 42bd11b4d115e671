"""List cells in a right-to-left (Arabic) window: Latin names keep their punctuation at
their end instead of jumping to the left of the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication

from arkan_desktop.gui.models.cells import directed


def _in_reading_order(text: str, rtl: bool) -> bool:
    """Lay the text out as a right-to-left (or left-to-right) paragraph and say whether its
    visible characters are drawn left to right in the order they are written."""
    layout = QTextLayout(text, QApplication.font())
    option = layout.textOption()
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    xs = [line.cursorToX(i)[0] for i in range(len(text)) if text[i] != "\u200e"]
    return xs == sorted(xs)


def test_a_latin_name_keeps_its_full_stop_at_its_end_in_arabic(qapp: QApplication) -> None:
    for name in ("Acme Trading Co.", "(Dubai) Acme LLC."):
        assert not _in_reading_order(name, rtl=True)  # the bug: punctuation jumps sides
        assert _in_reading_order(directed(name, True), rtl=True)
        assert _in_reading_order(name, rtl=False)


def test_arabic_names_and_left_to_right_windows_are_left_as_they_are() -> None:
    assert directed("شركة النور.", True) == "شركة النور."
    assert directed("Acme Trading Co.", False) == "Acme Trading Co."
    assert directed("Acme", True).strip("\u200e") == "Acme"  # nothing visible is added
    assert directed("1,250.00", True) == "1,250.00"  # numbers have no direction of their own
    assert directed("", True) == ""
