"""The Ledger tab: the chart of accounts with balances (a tree) beside the journal entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTreeView, QVBoxLayout, QWidget
from sqlalchemy import func

from arkan_desktop.gui.ledger.account_tree_model import BALANCE, CODE, NAME, TYPE, AccountTreeModel
from arkan_desktop.gui.models.columns import Column, Kind, ListSpec
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.models import JournalEntry

translate = QCoreApplication.translate


def journal_list_spec() -> ListSpec:
    entry = JournalEntry
    columns = (
        Column("number", translate("JournalList", "Number"), entry.number, searchable=True),
        Column("date", translate("JournalList", "Date"), entry.date, Kind.DATE, width=100),
        Column(
            "memo",
            translate("JournalList", "Memo"),
            func.json_extract(entry.raw, "$.memo"),
            searchable=True,
            width=300,
        ),
        Column(
            "reference", translate("JournalList", "Reference"), entry.reference, searchable=True
        ),
        Column(
            "source", translate("JournalList", "Source"), entry.source_type, Kind.CODE, width=90
        ),
        Column("state", translate("JournalList", "State"), entry.state, Kind.CODE, width=80),
        Column(
            "amount",
            translate("JournalList", "Amount"),
            entry.total_debit_minor,
            Kind.MONEY,
            entry.currency,
        ),
    )
    return ListSpec("journal_entries", "journal_entries", columns, sort_key="date")


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

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(context, live, parent)
        self.accounts = AccountTreeModel(context.cache, context.worker, context.currency, self)
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
        self.journal = RecordTableModel(journal_list_spec(), context.cache, context.worker, self)
        self.models.append(self.journal)
        self.journal_list = RecordList(self.journal, self)
        self.journal_list.sig_message.connect(self.sig_message)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(_titled(self.tr("Chart of accounts"), self.tree, splitter))
        splitter.addWidget(_titled(self.tr("Journal entries"), self.journal_list, splitter))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.accounts.reload()

    def title(self) -> str:
        return self.tr("Ledger")

    def focus_find(self) -> None:
        self.journal_list.focus_filter()

    def note_changes(self, changes: ChangeSet) -> None:
        self.accounts.note_changes(changes)
        super().note_changes(changes)

    def shutdown(self) -> None:
        self.accounts.close()
        super().shutdown()
