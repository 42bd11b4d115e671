"""Editing a queued write's request body as JSON, for writes without a form of their own."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.store.records import load_json


def _plain(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    raise TypeError(f"{type(value).__name__} is not JSON")


def pretty_json(value: Any) -> str:
    """Indented JSON; decimals as their exact text (amounts travel as strings)."""
    return json.dumps(value, ensure_ascii=False, indent=2, default=_plain)


class BodyEditor(QDialog):
    def __init__(self, title: str, body: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit: %1").replace("%1", title))
        self.resize(640, 520)
        hint = QLabel(
            self.tr("Correct the request the server refused, then resend it. It goes with a "
                    "new idempotency key, as a new request."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(pretty_json(body))
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setText(self.tr("Save and resend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def body(self) -> Any:
        return load_json(self.text.toPlainText())

    def accept(self) -> None:
        try:
            self.body()
        except ValueError as error:
            self.error.setText(self.tr("This is not valid JSON: %1").replace("%1", str(error)))
            return
        super().accept()
