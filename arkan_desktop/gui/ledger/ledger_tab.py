"""The Ledger tab: the chart of accounts (a tree with balances) beside the journal entries,
new draft entries and posting them; the reports (trial balance, P&L, balance sheet); and
an account's general ledger.

Drilling down: an account (Enter or a double-click in the tree, or a report's line) shows
its general ledger; a ledger line opens its source document; a journal entry opens with
its lines, and its lines open their accounts. *Back* (Alt+Left) returns step by step to
where the drill-down began, each view as it was left (its selection kept).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.documents import JOURNAL_ENTRIES
from arkan_desktop.gui.documents.opener import DocumentOpener
from arkan_desktop.gui.ledger.account_tree_model import (
    ACCOUNT_ID_ROLE,
    BALANCE,
    CODE,
    NAME,
    TYPE,
    AccountTreeModel,
)
from arkan_desktop.gui.ledger.entry_editor import JournalEntryEditor
from arkan_desktop.gui.ledger.general_ledger_view import GeneralLedgerView
from arkan_desktop.gui.ledger.reports_view import ReportsView
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, POST, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.lists.specs.journal_entries import journal_list_spec
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.commands.journal import post_journal_entry
from arkan_desktop.sync.company import Company


def _titled(title: str, body: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>", box)
    layout.addWidget(label)
    layout.addWidget(body, 1)
    return box


class LedgerTab(ModuleTab):
    key = "ledger"
    resource = "accounts"
    edited_resources = frozenset({"journal_entries"})

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.editors: list[JournalEntryEditor] = []
        self.accounts = AccountTreeModel(company.ledger.account_rows, company.currency, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("accountTree")
        self.tree.setModel(self.accounts)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (CODE, TYPE, BALANCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.accounts.modelReset.connect(self.tree.expandAll)
        self.journal = RecordTableModel(company.rows(journal_list_spec()), self)
        self.models.append(self.journal)
        self.journal_list = RecordList(self.journal, self)
        self.journal_list.sig_message.connect(self.sig_message)
        self.journal_list.sig_current_changed.connect(lambda _id: self._update_buttons())

        self.new_button = QPushButton(self.tr("&New journal entry"), self)
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.post_button = QPushButton(self.tr("&Post"), self)
        self.post_button.setToolTip(self.tr("Post the selected draft entries (Ctrl+Shift+Enter)"))
        self.new_button.clicked.connect(self.new_record)
        self.post_button.clicked.connect(self.post_selected)
        entries = QWidget(self)
        entries_layout = QVBoxLayout(entries)
        entries_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(f"<b>{self.tr('Journal entries')}</b>", entries))
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        actions.addWidget(self.post_button)
        entries_layout.addLayout(actions)
        entries_layout.addWidget(self.journal_list, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(_titled(self.tr("Chart of accounts"), self.tree, splitter))
        splitter.addWidget(entries)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 760])
        self.reports = ReportsView(live, self)
        self.general_ledger = GeneralLedgerView(live, self)
        self.reports.exports.sig_message.connect(self.sig_message)
        self.views = QTabWidget(self)
        self.views.setObjectName("ledgerViews")
        self.views.addTab(splitter, self.tr("&Accounts and entries"))
        self.views.addTab(self.reports, self.tr("R&eports"))
        self.views.addTab(self.general_ledger, self.tr("&General ledger"))
        self.views.currentChanged.connect(lambda _i: self.sig_actions_changed.emit())
        # How to return to each earlier place of a drill-down, the last one last.
        self.history: list[Callable[[], None]] = []
        self.opener = DocumentOpener(live, self)
        self.opener.sig_message.connect(self.sig_message)
        self.opener.sig_account_chosen.connect(self.show_ledger)
        self.back_action = QAction(self.tr("Back"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_action.triggered.connect(self.go_back)
        self.addAction(self.back_action)
        self.general_ledger.sig_back_requested.connect(self.go_back)
        self.general_ledger.sig_source_requested.connect(
            lambda kind, key, entry: self.live.spawn(
                self.opener.open_source(kind, key, entry), "open-source"
            )
        )
        self.tree.activated.connect(self._account_opened)
        self.reports.sig_account_chosen.connect(self.show_ledger)
        self.journal_list.sig_activated.connect(
            lambda entry_id: self.opener.open(JOURNAL_ENTRIES, entry_id)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)
        self.accounts.reload()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Ledger")

    def offers(self, action: str) -> bool:
        return action in (NEW, POST, FIND)

    def focus_find(self) -> None:
        self.views.setCurrentIndex(0)
        self.journal_list.focus_filter()

    def show_reports(self) -> None:
        self.views.setCurrentWidget(self.reports)

    def note_changes(self, changes: ChangeSet) -> None:
        self.accounts.note_changes(changes)
        self.reports.note_changes(changes)
        self.general_ledger.note_changes(changes)
        super().note_changes(changes)

    def _update_buttons(self) -> None:
        self.post_button.setEnabled(bool(self.journal_list.current_id()))
        self.general_ledger.back_button.setEnabled(bool(self.history))
        self.sig_actions_changed.emit()

    # --- drilling down ---------------------------------------------------------------------

    def _account_opened(self, index: QModelIndex) -> None:
        account_id = index.data(ACCOUNT_ID_ROLE)
        if account_id:
            today = QDate.currentDate()  # this year's lines, after the balance brought forward
            year = QDate(today.year(), 1, 1).toString(Qt.DateFormat.ISODate)
            self.show_ledger(str(account_id), year)

    def show_ledger(self, account_id: str, start: str = "", end: str = "") -> None:
        """An account's general ledger, remembering where the user came from (Back)."""
        self.history.append(self._here())
        self.views.setCurrentWidget(self.general_ledger)
        self.general_ledger.show_account(account_id, start, end)
        self._update_buttons()

    def _here(self) -> Callable[[], None]:
        """How to come back to the view shown now, as it is now."""
        view = self.views.currentWidget()
        if view is not self.general_ledger:
            return lambda: self.views.setCurrentWidget(view)
        place = self.general_ledger.place()

        def restore() -> None:
            self.views.setCurrentWidget(self.general_ledger)
            self.general_ledger.show_account(place.account_id, place.start, place.end, place.row)

        return restore

    def go_back(self) -> None:
        """Alt+Left: the previous place of the drill-down (nothing when there is none)."""
        if self.history:
            self.history.pop()()
        self._update_buttons()

    # --- actions -----------------------------------------------------------------------

    def new_record(self) -> None:
        self.open_editor()

    def edit_refused(self, row: OutboxRow) -> None:
        self.open_editor(rejected=row)

    def open_editor(self, rejected: OutboxRow | None = None) -> JournalEntryEditor:
        editor = JournalEntryEditor(self.live, self.window(), rejected=rejected)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.sig_saved.connect(self._saved)
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: JournalEntryEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, record_id: str) -> None:
        self.sig_message.emit(
            self.tr("Journal entry queued; it is sent as soon as the server answers")
        )
        if record_id:
            self.views.setCurrentIndex(0)
            self.journal_list.select_id(record_id)

    def post_selected(self) -> None:
        ids = self.journal_list.selected_ids()
        if ids:
            self.live.spawn(self.post(ids), "post-journal-entries")

    async def post(self, ids: list[str]) -> int:
        """Queue a post for each selected draft entry; returns how many were queued."""
        queued = 0
        for record_id in ids:
            entry = await self.company.ledger.entry(record_id)
            if entry is None or entry.get("state") != "draft":
                continue
            await self.company.queue(post_journal_entry(entry))
            queued += 1
        if not queued:
            self.sig_message.emit(self.tr("Only draft journal entries can be posted"))
        else:
            self.sig_message.emit(self.tr("Queued for posting: %1").replace("%1", str(queued)))
        return queued

    def shutdown(self) -> None:
        self.opener.close_all()
        for editor in list(self.editors):
            editor.close()
        self.accounts.close()
        super().shutdown()
