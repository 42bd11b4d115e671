"""A conflict side by side: the user's version of a record beside the server's, by field.

The user's version is the cached record as their change left it (the outbox row still
holds it, so no pull has overwritten it); the server's is the record the sender fetched
when the server answered 409 (`OutboxRow.server_record`). Fields that differ come first
and are highlighted. `compare_records` has no Qt and is tested on its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.plain_text import plain_labels

# Bookkeeping fields that differ on every save and say nothing to the user.
QUIET = {"updatedAt", "createdAt", "id"}


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


# A request's version field -> the server record's field it must match.
VERSION_FIELDS = {
    "version": "version",
    "updatedAt": "updatedAt",
    "expectedUpdatedAt": "updatedAt",
    "ifUnmodifiedSince": "updatedAt",
}


def rebased_body(body: Any, server_record: Mapping[str, Any] | None) -> Any:
    """The user's request put on top of the server's version: any version field it carries
    takes the server's current value (None when there is nothing to change)."""
    if not isinstance(body, Mapping) or not server_record:
        return None
    changed = dict(body)
    for name, source in VERSION_FIELDS.items():
        if name in changed and source in server_record:
            changed[name] = server_record[source]
    return changed if changed != dict(body) else None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def compare_records(
    mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None
) -> list[FieldDifference]:
    """Every field of either record, differing ones first (each group in the server's order)."""
    mine, theirs = mine or {}, theirs or {}
    names = [*theirs.keys(), *(k for k in mine if k not in theirs)]
    rows = [FieldDifference(n, _text(mine.get(n)), _text(theirs.get(n))) for n in names]
    rows = [r for r in rows if r.field not in QUIET]
    return [r for r in rows if r.differs] + [r for r in rows if not r.differs]


class ConflictView(QWidget):
    """The comparison table, with a line saying what the conflict is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        plain_labels(self.summary)  # the server's words about the conflict
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your change"), self.tr("On the server now")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.differences: list[FieldDifference] = []

    def show_conflict(
        self, message: str, mine: Mapping[str, Any] | None, theirs: Mapping[str, Any] | None
    ) -> None:
        self.differences = compare_records(mine, theirs)
        changed = sum(1 for d in self.differences if d.differs)
        if theirs is None:
            text = self.tr("The server refused this change as a conflict: %1. Its current "
                           "record could not be fetched.").replace("%1", message)  # fmt: skip
        else:
            text = (
                self.tr(
                    "The server refused this change as a conflict: %1. %2 fields differ "
                    "between your version and the server's (highlighted). Re-apply sends "
                    "your change again on top of the server's version."
                )
                .replace("%1", message)
                .replace("%2", str(changed))
            )
        self.summary.setText(text)
        color = QColor(theme.warning_color())
        color.setAlpha(70)
        highlight = QBrush(color)
        self.table.setRowCount(len(self.differences))
        for position, difference in enumerate(self.differences):
            cells = (difference.field, difference.mine, difference.theirs)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if difference.differs:
                    item.setBackground(highlight)
                    if column:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                self.table.setItem(position, column, item)
        self.table.setProperty("differing", changed)
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setCurrentCell(-1, -1)
        self.table.scrollToTop()
