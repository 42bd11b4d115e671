"""`UnsavedChanges`: a form asks before Escape or its close button throws away what the
user entered.

The form takes a snapshot of what it shows once it is filled (`take`); on Escape or close
it hands `ask_before` what closing does, which runs at once when nothing changed and
otherwise after the user chose "Discard changes" ("Keep editing" is the default, for
Enter and Escape alike). What a form shows: every line edit, combo box, date, check box,
spin box and text box under it, and every cell of its tables.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _cells(model: QAbstractItemModel) -> tuple[object, ...]:
    return tuple(
        model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )


def _value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QAbstractSpinBox | QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _cells(widget.model())
    return None


class UnsavedChanges:
    def __init__(self, form: QWidget) -> None:
        self.form = form
        self._snapshot: list[tuple[QWidget, object]] | None = None
        self.question: QMessageBox | None = None

    def _fields(self) -> list[QWidget]:
        return [c for c in self.form.findChildren(QWidget) if c.window() is self.form]

    def take(self) -> None:
        """What the form shows now is what it started with (call once it is filled)."""
        fields = ((field, _value(field)) for field in self._fields())
        self._snapshot = [(field, value) for field, value in fields if value is not None]

    def changed(self) -> bool:
        """Whether a field the form had when filled shows something else now (a table's
        cells count as one field; an editor open in a cell is not one)."""
        return self._snapshot is not None and any(
            shiboken6.isValid(field) and _value(field) != value for field, value in self._snapshot
        )

    def ask_before(self, discard: Callable[[], None]) -> QMessageBox | None:
        """Run `discard` now if nothing changed (None); else ask first and run it only on
        "Discard changes" (the question is returned, and kept in `question` while open)."""
        if not self.changed():
            discard()
            return None
        if self.question is not None:
            self.question.raise_()
            return self.question
        translate = QCoreApplication.translate
        question = translate("UnsavedChanges", "Discard your changes?")
        box = QMessageBox(
            QMessageBox.Icon.Warning, question, question, QMessageBox.StandardButton.NoButton,
            self.form,
        )  # fmt: skip
        box.setInformativeText(
            translate("UnsavedChanges", "What you entered in this form has not been saved.")
        )
        box.setObjectName("discardQuestion")
        drop = box.addButton(
            translate("UnsavedChanges", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("UnsavedChanges", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.question = None
            if button is drop:
                self._snapshot = None  # closing now asks nothing more
                discard()

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _result: setattr(self, "question", None))
        self.question = box
        box.open()
        return box
