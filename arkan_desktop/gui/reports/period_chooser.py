"""`PeriodChooser`: the period the reports are asked for: this month, last quarter, this
year … or any two days. A choice fills the two dates; editing a date makes it Custom.
`sig_changed` tells of a new period once (not once per date)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from arkan_desktop.domain.reports.periods import Period, period


def _date_edit(parent: QWidget, name: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class PeriodChooser(QWidget):
    sig_changed = Signal(str, str)
    """A new period: its first and last day (ISO dates)."""

    def __init__(
        self, today: date, choice: Period = Period.THIS_YEAR, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.today = today
        self.combo = QComboBox(self)
        self.combo.setObjectName("periodChoice")
        for value, text in (
            (Period.THIS_MONTH, self.tr("This month")),
            (Period.LAST_MONTH, self.tr("Last month")),
            (Period.THIS_QUARTER, self.tr("This quarter")),
            (Period.LAST_QUARTER, self.tr("Last quarter")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.LAST_YEAR, self.tr("Last year")),
            (None, self.tr("Custom")),
        ):
            self.combo.addItem(text, value)
        self.from_edit = _date_edit(self, "periodFrom")
        self.to_edit = _date_edit(self, "periodTo")
        label = QLabel(self.tr("&Period:"), self)
        label.setBuddy(self.combo)
        to_label = QLabel(self.tr("to"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.combo, self.from_edit, to_label, self.to_edit):
            layout.addWidget(widget)
        self._quiet = False
        self.choose(choice)
        self.combo.activated.connect(self._chosen)
        for edit in (self.from_edit, self.to_edit):
            edit.editingFinished.connect(self._edited)

    # --- the period ------------------------------------------------------------------------

    @property
    def start(self) -> str:
        return self.from_edit.date().toString(Qt.DateFormat.ISODate)

    @property
    def end(self) -> str:
        return self.to_edit.date().toString(Qt.DateFormat.ISODate)

    def choose(self, choice: Period) -> None:
        """Show a named period (no signal)."""
        self.combo.setCurrentIndex(self.combo.findData(choice))
        first, last = period(choice, self.today)
        self._set_dates(first, last)

    def set_period(self, start: date, end: date) -> None:
        """Show two days as a Custom period and tell of it."""
        self.combo.setCurrentIndex(self.combo.findData(None))
        self._set_dates(start, end)
        self.sig_changed.emit(self.start, self.end)

    def _set_dates(self, first: date, last: date) -> None:
        self._quiet = True
        self.from_edit.setDate(QDate(first.year, first.month, first.day))
        self.to_edit.setDate(QDate(last.year, last.month, last.day))
        self._quiet = False
        self._shown = (self.start, self.end)

    def _chosen(self, index: int) -> None:
        choice = self.combo.itemData(index)
        if isinstance(choice, Period):
            self.choose(choice)
            self.sig_changed.emit(self.start, self.end)

    def _edited(self) -> None:
        if self._quiet or (self.start, self.end) == self._shown:
            return
        if self.from_edit.date() > self.to_edit.date():
            self.to_edit.setDate(self.from_edit.date())
        self.combo.setCurrentIndex(self.combo.findData(None))
        self._shown = (self.start, self.end)
        self.sig_changed.emit(self.start, self.end)
