"""`ModuleTab`: what every module tab offers the main window, declared with defaults.

The main window's actions and shortcuts call these and never probe a tab for what it has:
`offers(action)` says which of new, save, post and find it supports; `printable` says
whether Print… prints its selection (`print_selected`); `edits(row)` says whether a write
the server refused reopens in one of its forms (`edit_refused(row)` opens it). A tab
reads its company (`sync.company.Company`) through its models and areas, and hands its
models' change sets on; `shutdown` closes them before the cache closes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.company import Company

NEW, SAVE, POST, FIND = "new", "save", "post", "find"


class ModuleTab(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_actions_changed = Signal()
    """What the tab offers changed (a selection): the window updates its actions."""

    key = "module"
    resource = ""  # the resource the tab cannot work without
    capability = ""  # and the server capability, when it needs one (Company.capabilities)
    printable = False  # Print… (Ctrl+Shift+P) prints the selection: `print_selected`
    # Resources whose refused creates reopen in this tab's form (`edits` may say more).
    edited_resources: frozenset[str] = frozenset()

    @classmethod
    def offered_by(cls, company: Company) -> bool:
        """Whether the connected server supports this tab (no branching on server kind)."""
        if cls.resource not in company.resources:
            return False
        return not cls.capability or cls.capability in company.capabilities

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.company = company
        self.live = live
        self.models: list[RecordTableModel] = []

    def title(self) -> str:
        raise NotImplementedError

    def offers(self, action: str) -> bool:
        return action == FIND

    def new_record(self) -> None:
        """Ctrl+N."""

    def save(self) -> None:
        """Ctrl+S."""

    def post_selected(self) -> None:
        """Ctrl+P."""

    def focus_find(self) -> None:
        """Ctrl+F: focus the filter of the list in view."""

    def print_selected(self) -> None:
        """Ctrl+Shift+P, where `printable`: print what is selected."""

    def edits(self, row: OutboxRow) -> bool:
        """Whether this refused (or conflicting) write reopens in one of this tab's forms."""
        return row.resource in self.edited_resources and row.action == "create"

    def edit_refused(self, row: OutboxRow) -> None:
        """Open a write `edits` accepted in its form, to correct and resend it."""

    def note_changes(self, changes: ChangeSet) -> None:
        for model in self.models:
            model.note_changes(changes)

    def show_unavailable(self, reason: str) -> None:
        """Replace the content with why this module cannot be shown (no access)."""
        self.shutdown()
        layout = self.layout()
        if layout is not None:
            while layout.count():
                item = layout.takeAt(0)
                if item is not None and (widget := item.widget()) is not None:
                    widget.deleteLater()
        else:
            layout = QVBoxLayout(self)
        notice = QLabel(self.tr("This module is not available: %1").replace("%1", reason), self)
        notice.setWordWrap(True)
        layout.addWidget(notice)

    def shutdown(self) -> None:
        for model in self.models:
            model.close()
        self.models.clear()
