"""The station's touch controls: the number pad and a row of choices (reasons, offers).

Touch-sized buttons that never take the focus from the scan input. They only say what
was pressed (signals); the window decides what it means. The pad shows its digits and
reads its figure as the window's language writes numbers (gui.amount_field).
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from arkan_desktop.gui.amount_field import amount_text, read_amount


def station_button(text: str, parent: QWidget, role: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumSize(96, 72)
    if role:
        button.setProperty("role", role)
    return button


class StationPad(QWidget):
    """What a figure sets (its caption), digits, clear and set, −1/+1, cancel and confirm."""

    sig_quantity_set = Signal(object)
    """Set was pressed: the `Decimal` typed on the pad (0 when nothing was typed)."""
    sig_adjusted = Signal(int)
    """−1 or +1 was pressed."""
    sig_confirmed = Signal()
    """Confirm was pressed."""
    sig_cancelled = Signal()
    """Cancel was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        pad = QGridLayout(self)
        pad.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Quantity"), self)
        self.caption.setObjectName("padCaption")
        self.caption.setWordWrap(True)
        pad.addWidget(self.caption, 0, 0, 1, 3)
        self.display = QLabel("", self)
        self.display.setObjectName("pad")
        self.display.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.display.setAccessibleName(self.tr("Number pad display"))
        pad.addWidget(self.display, 1, 0, 1, 3)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("7894561230"):
            button = station_button(amount_text(Decimal(digit)), self, "digit")
            button.clicked.connect(lambda _=False, d=digit: self.press_digit(d))
            self.digit_buttons[digit] = button
            if digit == "0":
                pad.addWidget(button, 5, 1)
            else:
                pad.addWidget(button, 2 + index // 3, index % 3)
        clear = station_button(self.tr("C"), self, "digit")
        clear.clicked.connect(self.clear)
        self.set_button = station_button(self.tr("Set"), self, "digit")
        self.set_button.clicked.connect(self._set)
        pad.addWidget(clear, 5, 0)
        pad.addWidget(self.set_button, 5, 2)
        self.minus_button = station_button("−1", self, "adjust")
        self.minus_button.clicked.connect(lambda: self.sig_adjusted.emit(-1))
        self.plus_button = station_button("+1", self, "adjust")
        self.plus_button.clicked.connect(lambda: self.sig_adjusted.emit(1))
        pad.addWidget(self.minus_button, 6, 0)
        pad.addWidget(self.plus_button, 6, 1, 1, 2)
        self.confirm_button = station_button(self.tr("Confirm"), self, "confirm")
        self.confirm_button.clicked.connect(self.sig_confirmed.emit)
        self.cancel_button = station_button(self.tr("Cancel"), self, "cancel")
        self.cancel_button.clicked.connect(self.sig_cancelled.emit)
        pad.addWidget(self.cancel_button, 7, 0)
        pad.addWidget(self.confirm_button, 7, 1, 1, 2)

    def show_purpose(self, text: str) -> None:
        """Say what a figure typed here sets (above the display)."""
        self.caption.setText(text)
        self.display.setToolTip(text)

    def press_digit(self, digit: str) -> None:
        self.text = (self.text + digit).lstrip("0")[:6]
        self.display.setText(amount_text(Decimal(self.text or "0"), grouping=False))

    def clear(self) -> None:
        self.text = ""
        self.display.setText("")

    def _set(self) -> None:
        quantity = read_amount(self.text) if self.text else Decimal(0)
        self.clear()
        self.sig_quantity_set.emit(quantity)


class ChoiceRow(QWidget):
    """A row of buttons for the step's choices; empty (and hidden) when there are none."""

    sig_chosen = Signal(str)
    """A choice's button was pressed: its key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choices")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        self._shown: list[tuple[str, str, str]] = []
        self.hide()

    def show_choices(
        self, choices: list[tuple[str, str]], chosen: str | Collection[str] = "", role: str = ""
    ) -> None:
        wanted = [(key, label, role) for key, label in choices]
        if wanted != self._shown:
            for button in self.buttons.values():
                self._layout.removeWidget(button)
                button.hide()  # at once: deleteLater waits for the event loop
                button.deleteLater()
            self.buttons = {}
            for key, label, _ in wanted:
                button = station_button(label.replace("&", "&&"), self, role or "choice")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, k=key: self.sig_chosen.emit(k))
                self._layout.addWidget(button)
                self.buttons[key] = button
            self._shown = wanted
        pressed = {chosen} if isinstance(chosen, str) else set(chosen)
        for key, button in self.buttons.items():
            button.setChecked(key in pressed)
        self.setVisible(bool(wanted))
