"""A journal entry opened from a list or a ledger: its lines, where it came from, and, for a
manual draft, the editor to correct it.

A manual draft the server has is corrected with a change of the fields that differ (a PATCH
the server may not offer: the connector then refuses it in one sentence); one never sent
has its waiting create rewritten in the Outbox; a draft can be posted from here. Any other
entry (posted, or made by an invoice, a payment, a goods receipt, a stock count) opens
read-only: its lines, its totals, and *Open source document* to the document that made it
(a stock valuation entry is its own source). Enter or a double-click on a line opens that
account's general ledger.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.documents import (
    JOURNAL_ENTRIES,
    EditRefusal,
    EditWay,
    edit_way,
    source_document,
)
from arkan_desktop.domain.money import MoneyError
from arkan_desktop.gui.documents.words import refusal_text, way_text
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.ledger.entry_editor import JournalEntryEditor
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow, OutboxStateError
from arkan_desktop.sync.commands.journal import (
    edited_create,
    post_journal_entry,
    update_journal_entry,
)

ACTION = QDialogButtonBox.ButtonRole.ActionRole


class JournalEntryDocument(JournalEntryEditor):
    sig_open_requested = Signal(str, str)
    """Open another document: its resource and id (the entry's source)."""
    sig_account_chosen = Signal(str)
    """Show this account's general ledger (a line was opened): the account's id."""

    def __init__(
        self,
        live: LiveSync,
        entry: dict[str, Any],
        *,
        refusal: EditRefusal | None,
        queued: OutboxRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(live, parent)
        self.entry = entry
        self.record_id = str(entry["id"])
        self.refusal = refusal
        self.queued = queued
        self.setObjectName("journalEntryDocument")
        number = str(entry.get("number") or self.tr("(not numbered yet)"))
        self.setWindowTitle(
            self.tr("Journal entry %1 — %2")
            .replace("%1", number)
            .replace("%2", code_label(str(entry.get("state"))))
        )
        self.note_label = QLabel(self)
        self.note_label.setObjectName("documentNote")
        self.note_label.setWordWrap(True)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("entrySource")
        layout = self.layout()
        if layout is not None:
            layout.insertWidget(0, self.note_label)  # type: ignore[attr-defined]
            layout.insertWidget(1, self.source_label)  # type: ignore[attr-defined]
        self.source = source_document(entry)
        self.source_button = self._button(self.tr("Open &source document"), self._open_source)
        self.post_button = self._button(self.tr("&Post"), self._post)
        self.source_label.setText(self._source_text())
        has_source = self.source.resource != JOURNAL_ENTRIES
        self.source_button.setVisible(has_source)
        self.source_button.setToolTip(
            self.tr("Open the document this entry was made from (Alt+Left comes back)")
        )
        self.lines_view.activated.connect(self._line_opened)
        if refusal is None:
            self.note_label.setText(way_text(edit_way(entry)))
            self.save_button.setText(self.tr("&Save changes"))
            self.post_button.setToolTip(self.tr("Post this draft as it is saved"))
        else:
            self._read_only()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = self.buttons.addButton(text, ACTION)
        assert button is not None
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _source_text(self) -> str:
        entry = self.entry
        kind = code_label(str(entry.get("sourceType") or "manual"))
        reference = str(entry.get("reference") or "")
        if self.source.resource == JOURNAL_ENTRIES:
            text = self.tr("Source: %1 (this entry is the document)").replace("%1", kind)
        else:
            text = self.tr("Source: %1 %2").replace("%1", kind).replace("%2", reference)
        memo = str(entry.get("memo") or "")
        return f"{text} · {memo}" if memo else text

    def _read_only(self) -> None:
        assert self.refusal is not None
        self.editable = False
        self.note_label.setText(refusal_text(self.refusal, self.entry))
        self.date_edit.setReadOnly(True)
        self.memo_edit.setReadOnly(True)
        self.reference_edit.setReadOnly(True)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setToolTip(self.tr("Enter or double-click a line: its account's ledger"))
        self.add_line_button.hide()
        self.remove_line_button.hide()
        self.save_button.hide()
        self.post_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("&Close"))

    # --- filling -----------------------------------------------------------------------

    def _accounts_loaded(self) -> None:
        self.fill_body(self.entry)

    def line_count(self) -> int:
        return len(self.lines.filled_rows())

    # --- actions -----------------------------------------------------------------------

    def _open_source(self) -> None:
        self.sig_open_requested.emit(self.source.resource, self.source.id)

    def _line_opened(self, index: QModelIndex) -> None:
        if self.editable or not index.isValid():
            return
        lines = self.entry.get("lines") or []
        if 0 <= index.row() < len(lines):
            account_id = str(lines[index.row()].get("accountId") or "")
            if account_id:
                self.sig_account_chosen.emit(account_id)

    def _post(self) -> None:
        self.live.spawn(self._queue_post(), "document-post-entry")

    async def _queue_post(self) -> None:
        await self.company.queue(post_journal_entry(self.entry))
        self.accept()

    async def _save(self) -> None:
        draft = self.draft()
        self.setEnabled(False)
        try:
            if edit_way(self.entry) is EditWay.IN_OUTBOX and self.queued is not None:
                body, effect = edited_create(
                    self.queued.body_data() or {}, self.record_id, draft, self.company.currency
                )
                await self.company.documents.edit_queued(self.queued.id, body, effect)
            else:
                write = update_journal_entry(self.entry, draft)
                if write is not None:
                    await self.company.queue(write)
        except OutboxStateError:
            self.setEnabled(True)
            self.message_label.setText(
                self.tr("This draft was sent meanwhile; close it and open it again to correct it")
            )
            return
        except (ApiError, MoneyError, ValueError) as error:
            self.setEnabled(True)
            self.message_label.setText(str(error))
            return
        self.sig_saved.emit(self.record_id)
        self.accept()
