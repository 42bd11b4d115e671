"""The Outbox panel: queued, rejected and conflicting writes; retry, edit, discard.

It lists the active outbox rows with what the server said, shows a selected row's field
errors, and offers the actions the row's state allows. It reads and acts through the
company's outbox (`company.outbox`, on the database thread); it never talks to the network
itself. Editing a
write that has a form of its own (a new invoice, payment, journal entry or purchase order,
an invoice cancellation) opens that form through the window's `form_editor`; other
writes get a JSON editor. A conflict (409) shows the user's version of the record beside
the server's, field by field, with re-apply, edit and discard.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.outbox.body_editor import BodyEditor, pretty_json
from arkan_desktop.gui.outbox.conflict_view import ConflictView, rebased_body
from arkan_desktop.gui.outbox.descriptions import describe_row
from arkan_desktop.gui.outbox.outbox_model import DESCRIPTION, MESSAGE, OutboxModel
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.record_list import select_row
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import ACTIVE, CONFLICT, PENDING, REJECTED
from arkan_desktop.store.outbox import OutboxRow


def target_id(row: OutboxRow) -> str | None:
    """The record a row acts on, else the record it creates."""
    return row.record_id or row.server_id or row.temp_id


class OutboxPanel(QDialog):
    sig_edit_requested = Signal(object)
    """A refused write was opened in its own form (the OutboxRow)."""
    sig_refreshed = Signal()
    """The rows were read again and shown."""

    def __init__(self, live: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.outbox = live.company.outbox
        # Opens a row in its own form and says whether it could (set by the window);
        # rows it declines get the JSON editor.
        self.form_editor: Callable[[OutboxRow], bool] | None = None
        self.setWindowTitle(self.tr("Outbox — %1").replace("%1", live.company.name))
        self.resize(980, 560)
        intro = QLabel(
            self.tr("Changes wait here until the server accepts them. A change the server "
                    "refused stays until you correct and resend it, or discard it."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        self.model = OutboxModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser(self)
        self.details.setObjectName("outboxDetails")
        self.conflict_view = ConflictView(self)
        self.conflict_view.setObjectName("outboxConflict")
        self.conflict_view.hide()
        self.empty_label = QLabel(self.tr("The outbox is empty: everything has been sent."), self)
        self.retry_button = QPushButton(self.tr("&Resend"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        close_button = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.edit_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.conflict_view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.retry_button.clicked.connect(self._retry_clicked)
        self.edit_button.clicked.connect(self._edit_clicked)
        self.discard_button.clicked.connect(self._discard_clicked)
        close_button.clicked.connect(self.close)
        self.view.selectionModel().currentRowChanged.connect(self._show_current)
        live.sig_changes.connect(self._changes_arrived)
        self._show_current(QModelIndex(), QModelIndex())
        self.refresh()

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.live.spawn(self._refresh(), "outbox-refresh")

    async def _refresh(self) -> None:
        rows = await self.outbox.rows(ACTIVE)
        selected = self.current_row()  # after the wait: the user may have moved meanwhile
        self.model.set_rows(rows)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        if self.model.rowCount():
            position = self.model.find(selected.id) if selected else None
            select_row(self.view, position if position is not None else 0)
        self._show_current(self.view.currentIndex(), QModelIndex())
        self.sig_refreshed.emit()

    def _changes_arrived(self, changes: ChangeSet) -> None:
        if changes.concerns(OUTBOX) and self.isVisible():
            self.refresh()

    def current_row(self) -> OutboxRow | None:
        index = self.view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def select(self, row_id: str) -> bool:
        position = self.model.find(row_id)
        if position is None:
            return False
        select_row(self.view, position)
        return True

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        status = row.status if row else ""
        self.retry_button.setEnabled(status in (REJECTED, CONFLICT, PENDING))
        self.retry_button.setText(
            self.tr("&Re-apply") if status == CONFLICT else self.tr("&Resend")
        )
        self.retry_button.setToolTip(
            self.tr("Send your change again, on top of the server's current version")
            if status == CONFLICT
            else self.tr("Send this change again")
        )
        self.conflict_view.setVisible(status == CONFLICT)
        if row is not None and status == CONFLICT:
            self.live.spawn(self._show_conflict(row), "outbox-conflict")
        editable = row is not None and row.body is not None
        untried = row is not None and status == PENDING and not row.attempts
        self.edit_button.setEnabled(editable and (status in (REJECTED, CONFLICT) or untried))
        self.discard_button.setEnabled(status in (REJECTED, CONFLICT, PENDING))
        self.details.setHtml(self._details_html(row) if row else "")

    async def _show_conflict(self, row: OutboxRow) -> None:
        """The user's version of the record (as the cache holds it) beside the server's."""
        record_id = target_id(row)
        mine: Any = None
        if record_id:
            mine = await self.outbox.record(row.resource, record_id)
        if mine is None:
            mine = row.body_data()
        current = self.current_row()
        if current is None or current.id != row.id:
            return  # the user moved on while the record was read
        theirs = row.server_record_data()
        self.conflict_view.show_conflict(
            row.rejection_message or "", mine, theirs if isinstance(theirs, dict) else None
        )

    def _details_html(self, row: OutboxRow) -> str:
        esc = html.escape
        red = theme.error_color().name()
        parts = [f"<h3>{esc(describe_row(row))}</h3>"]
        parts.append(f"<p>{esc(self.model.status_text(row.status))}</p>")
        if row.rejection_message:
            parts.append(
                f"<p style='color:{red}'><b>{esc(self.tr('The server said:'))}</b> "
                f"{esc(row.rejection_message)}</p>"
            )
        errors = row.field_error_list()
        if errors:
            items = "".join(
                f"<li><b>{esc(str(e.get('field') or ''))}</b>: "
                f"{esc(str(e.get('message') or ''))}</li>"
                for e in errors
            )
            parts.append(f"<ul style='color:{red}'>{items}</ul>")
        if row.last_error and not row.rejection_message:
            parts.append(f"<p>{esc(self.tr('Last attempt:'))} {esc(row.last_error)}</p>")
        if row.body:
            parts.append(f"<pre>{esc(pretty_json(row.body_data()))}</pre>")
        return "".join(parts)

    # --- acting ------------------------------------------------------------------------

    def _retry_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if row.status == CONFLICT:
            self.live.spawn(self.reapply(row), "outbox-reapply")
        else:
            self.live.spawn(self.retry(row.id), "outbox-retry")

    async def retry(self, row_id: str, body: object = None) -> None:
        await self.outbox.retry(row_id, body)
        await self._refresh()

    async def reapply(self, row: OutboxRow) -> None:
        """Send a conflicting change again on top of the server's current version: a version
        field the request carries takes the server's value (a new request, new key)."""
        await self.retry(row.id, rebased_body(row.body_data(), row.server_record_data()))

    def _edit_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        if self.form_editor is not None and self.form_editor(row):
            self.sig_edit_requested.emit(row)
            return
        editor = BodyEditor(describe_row(row), row.body_data(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(
            lambda: self.live.spawn(self.retry(row.id, editor.body()), "outbox-edit")
        )
        editor.open()

    def _discard_clicked(self) -> None:
        row = self.current_row()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard this change?"),
            self.tr("“%1” will not be sent, and what it changed here is undone. "
                    "This cannot be taken back.").replace("%1", describe_row(row)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )  # fmt: skip
        plain_labels(box)  # the description may hold a name the server gave
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: (
                self.live.spawn(self.discard(row.id), "outbox-discard")
                if box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
                else None
            )
        )
        box.open()

    async def discard(self, row_id: str) -> None:
        await self.outbox.discard(row_id)
        await self._refresh()
