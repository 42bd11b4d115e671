"""The station's one input: keystrokes to finished entries, scanner bursts told from typing.

Every key press goes to a `ScanDetector` with the key event's own timestamp; when an
entry ends (Enter, Tab, or a burst that went quiet) `sig_entered` carries the
`CodeEntry`. Tab does not move focus here: a scanner may end its codes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from arkan_desktop.domain.scanner_input import CodeEntry, EntryEnd, ScanDetector, ScanSettings

# Ctrl+] types GS (FNC1) on scanners that cannot send ASCII 29 itself.
_GS = "\x1d"
CONTROL = Qt.KeyboardModifier.ControlModifier


class ScanInput(QLineEdit):
    sig_entered = Signal(object)
    """An entry ended: the `CodeEntry` (scanned or typed)."""
    sig_command = Signal(str)
    """A key that is no code: "enter" on an empty field, or "escape"."""

    def __init__(self, settings: ScanSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.detector = ScanDetector(settings)
        self._last_key_ms = 0.0
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._went_quiet)
        self.setPlaceholderText(self.tr("Scan here"))

    def event(self, event: QEvent) -> bool:
        # Tab ends a code instead of moving the focus away.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        at = float(event.timestamp())
        text = event.text()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "\r"
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            text = "\t"
        elif key == Qt.Key.Key_BracketRight and event.modifiers() & CONTROL:
            text = _GS
        elif key == Qt.Key.Key_Backspace:
            text = "\x08"
        elif key == Qt.Key.Key_Escape:
            text = "\x1b"
        self._last_key_ms = at
        # Nothing typed and nothing buffered: Enter (or Esc) answers the screen, not a code.
        bare = not self.text() and not self.detector.pending_text
        entry = self.detector.key(at, text)
        if text in ("\r", "\t"):
            self._quiet.stop()
            self.clear()
        elif text == "\x1b":
            self.clear()
        elif text == _GS:
            self.insert("␝")
        else:
            super().keyPressEvent(event)
            self._quiet.start(int(self.detector.settings.burst_break_ms) + 10)
        if entry is not None:
            self._emit(entry)
        elif bare and text in ("\r", "\x1b"):
            self.sig_command.emit("enter" if text == "\r" else "escape")

    def _went_quiet(self) -> None:
        # The timer ran for burst_break_ms of real time with no key: a burst with no
        # terminator can be flushed, in the key events' own clock.
        entry = self.detector.poll(self._last_key_ms + self.detector.settings.burst_break_ms)
        if entry is not None:
            self._emit(entry)

    def _emit(self, entry: CodeEntry) -> None:
        if entry.end is EntryEnd.TIMEOUT or entry.is_scan:
            self.clear()
        self.sig_entered.emit(entry)
