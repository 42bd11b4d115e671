"""`ModuleTab`: what every module tab offers the main window, declared with defaults.

The main window's actions and shortcuts call these and never probe a tab for what it has:
`offers(action)` says which of new, save, post and find it supports; `printable` says
whether Print… prints its selection (`print_selected`); `edits(row)` says whether a write
the server refused reopens in one of its forms (`edit_refused(row)` opens it);
`shows(resource)` whether a record of that kind can be shown here, and
`open_record(id, resource)` shows it (by default: selects its row in the list that lists
it). A tab reads its company (`sync.company.Company`) through its models and areas, and
hands its models' change sets on; `shutdown` closes them before the cache closes.

Posting cannot be undone, so `post_selected` asks first wherever it is called from (the
window's Ctrl+Shift+Enter, a tab's Post button, its context menu): every subclass's own
`post_selected` is wrapped, when the class is made, in a question whose default button
posts (Enter confirms). `post_count()` says how many documents would be posted (by
default, the rows selected in the tab's lists); with none it says so and asks nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.resource_names import resource_name
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.company import Company

NEW, SAVE, POST, FIND = "new", "save", "post", "find"
OPEN_WAIT_MS = 15_000  # how long open_record waits for a record still on its way


def _asks_first(post: Callable[[ModuleTab], None]) -> Callable[[ModuleTab], None]:
    """A tab's `post_selected`, run only after the user said yes to posting."""

    @functools.wraps(post)
    def post_selected(self: ModuleTab) -> None:
        self.ask_to_post(lambda: post(self))

    return post_selected


class ModuleTab(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_actions_changed = Signal()
    """What the tab offers changed (a selection): the window updates its actions."""

    key = "module"
    resource = ""  # the resource the tab cannot work without
    capability = ""  # and the server capability, when it needs one (Company.capabilities)
    printable = False  # Print… (Ctrl+P) prints the selection: `print_selected`
    # Resources whose refused creates reopen in this tab's form (`edits` may say more).
    edited_resources: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("post_selected")
        if own is not None:
            cls.post_selected = _asks_first(own)  # type: ignore[method-assign,assignment]

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
        self.post_question: QMessageBox | None = None  # while the question is open
        self._opening: QTimer | None = None  # a record open_record waits for

    def title(self) -> str:
        raise NotImplementedError

    def offers(self, action: str) -> bool:
        return action == FIND

    def new_record(self) -> None:
        """Ctrl+N."""

    def save(self) -> None:
        """Ctrl+S."""

    def post_selected(self) -> None:
        """Ctrl+Shift+Enter, after the user confirmed (see the module's docstring)."""

    def post_count(self) -> int:
        """How many documents Post would post: by default the rows selected in the lists."""
        return max((len(rows.selected_ids()) for rows in self.findChildren(RecordList)), default=0)

    def ask_to_post(self, post: Callable[[], None]) -> QMessageBox | None:
        """Ask before posting the `post_count()` documents; `post` runs on yes (Enter
        confirms). With none selected, say so and ask nothing (None)."""
        count = self.post_count()
        if count <= 0:
            self.sig_message.emit(self.tr("Select the documents to post first"))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Post the selected documents?"),
            self.tr("Selected: %1. Posting cannot be undone: a posted document can no "
                    "longer be edited, only cancelled or reversed.").replace("%1", str(count)),
            QMessageBox.StandardButton.NoButton,
            self.window(),
        )  # fmt: skip
        box.setObjectName("postQuestion")
        yes = box.addButton(self.tr("&Post"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            self.post_question = None
            if button is yes:
                post()

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _result: setattr(self, "post_question", None))
        self.post_question = box
        box.open()
        return box

    def focus_find(self) -> None:
        """Ctrl+F: focus the filter of the list in view."""

    def print_selected(self) -> None:
        """Ctrl+P, where `printable`: print what is selected."""

    def shows(self, resource: str) -> bool:
        """Whether a record of `resource` can be shown here (a notification's document)."""
        return any(rows.model.spec.resource == resource for rows in self.findChildren(RecordList))

    def open_record(self, record_id: str, resource: str = "") -> None:
        """Show one record (of `resource`, by default the tab's own). This default selects
        its row in the list that lists it; a tab with a form for the record may open it
        instead. A record still on its way from the server is selected when it arrives
        (for up to OPEN_WAIT_MS)."""
        wanted = resource or self.resource
        found = [r for r in self.findChildren(RecordList) if r.model.spec.resource == wanted]
        if not found:
            return
        rows = found[0]
        self._bring_into_view(rows)
        previous, self._opening = self._opening, None
        if previous is not None:
            previous.stop()
            previous.timeout.emit()  # the earlier wait gives up, quietly
        if rows.select_id(record_id):
            rows.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        model, timer = rows.model, QTimer(self)
        timer.setSingleShot(True)
        self._opening = timer

        def finish(selected: bool) -> None:
            model.sig_reloaded.disconnect(loaded)
            timer.timeout.disconnect()
            timer.deleteLater()
            if self._opening is timer:
                self._opening = None
            if selected:
                rows.view.setFocus(Qt.FocusReason.OtherFocusReason)

        def loaded(_count: int) -> None:
            if rows.select_id(record_id):
                finish(True)

        def gave_up() -> None:
            quietly = self._opening is not timer
            finish(False)
            if not quietly:
                text = self.tr("%1: the record is not in this list (a filter may hide it)")
                self.sig_message.emit(text.replace("%1", resource_name(wanted)))

        model.sig_reloaded.connect(loaded)
        timer.timeout.connect(gave_up)
        timer.start(OPEN_WAIT_MS)
        model.reload()

    def _bring_into_view(self, widget: QWidget) -> None:
        """Make the pages that hold `widget` the current ones (inner tabs, stacks)."""
        child, parent = widget, widget.parentWidget()
        while parent is not None and parent is not self:
            holder = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(holder, QTabWidget):
                holder.setCurrentWidget(child)
            elif isinstance(parent, QStackedWidget):
                parent.setCurrentWidget(child)
            child, parent = parent, holder

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
