"""Helpers for the document tests: reach a record in a list and open it as a user does."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.documents.opener import DocumentOpener
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE, RecordTableModel
from arkan_desktop.gui.widgets.record_list import RecordList

SLOW = 30_000


def on_server(model: RecordTableModel, record_id: str) -> bool:
    """The list shows the server's version of the record (not an optimistic one)."""
    row = model.row_of(record_id)
    return row is not None and model.index(row, 0).data(LOCAL_ROLE) is False


def shown(model: RecordTableModel, record_id: str, key: str) -> str | None:
    row = model.row_of(record_id)
    if row is None:
        return None
    return str(model.index(row, model.spec.column_index(key)).data())


def open_with_enter(
    qtbot: QtBot, records: RecordList, opener: DocumentOpener, record_id: str
) -> Any:
    """Select the record, press Enter in the list, and wait for its window."""
    before = opener.last
    assert records.select_id(record_id)
    records.view.setFocus()
    qtbot.keyClick(records.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opener.last is not None and opener.last is not before, timeout=SLOW)
    window = opener.last
    assert isinstance(window, QDialog)
    qtbot.waitUntil(window.isEnabled, timeout=SLOW)
    return window


def closed(window: Any) -> bool:
    """The window was closed (and, being deleted on close, may be gone already)."""
    return not shiboken6.isValid(window) or not window.isVisible()
