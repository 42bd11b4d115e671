"""`ModuleTab`: what every module tab offers the main window (new, post, find ...).

The main window's actions and shortcuts call these; a tab overrides what it supports and
says so through `offers`. A tab reads its company's cache through its models, and hands
its models' change sets on; `shutdown` closes them before the cache closes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arkan_desktop.api.connector import Connector
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.changes import ChangeSet

NEW, SAVE, POST, FIND = "new", "save", "post", "find"


class ModuleTab(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_actions_changed = Signal()
    """What the tab offers changed (a selection): the window updates its actions."""

    key = "module"
    resource = ""  # the resource the tab cannot work without
    capability = ""  # and the server capability, when it needs one (Connector.capabilities)

    @classmethod
    def offered_by(cls, connector: Connector) -> bool:
        """Whether the connected server supports this tab (no branching on server kind)."""
        if cls.resource not in connector.resources:
            return False
        return not cls.capability or cls.capability in connector.capabilities

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
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
