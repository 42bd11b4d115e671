"""The Bank tab: reconcile a bank account's statements, export payment files, keep the
fixed assets. One company, three views; every change queues in the outbox.

It saves the files of payment exports the server has answered (also those queued while
offline, once they are sent) where the user chose, and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from arkan_desktop.gui.bank.asking import Asking
from arkan_desktop.gui.bank.reconcile_view import ReconcileView
from arkan_desktop.gui.bank.statement_import import StatementImport
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, ModuleTab
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.sync.company import Company


class BankTab(ModuleTab):
    key = "bank"
    resource = "bank_statements"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.asking = Asking()
        self.reconcile = ReconcileView(company, live, self)
        self.importer = StatementImport(company, self.asking, self)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("bankPages")
        self.pages.addTab(self.reconcile, self.tr("&Reconcile"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.reconcile.sig_message.connect(self.sig_message)
        self.reconcile.sig_import_requested.connect(self.import_statement)
        self.importer.sig_message.connect(self.sig_message)
        self.importer.sig_problem.connect(self.reconcile.show_problem)
        self.importer.sig_imported.connect(
            lambda statement_id: self.live.spawn(
                self.reconcile.load_statements(statement_id), "bank-imported"
            )
        )
        self.live.spawn(self.reconcile.load_accounts(), "bank-accounts")

    def title(self) -> str:
        return self.tr("Bank")

    def offers(self, action: str) -> bool:
        return action == FIND

    def focus_find(self) -> None:
        self.reconcile.focus_filter()

    def import_statement(self, path: Path | None = None) -> None:
        self.live.spawn(self.import_file(path), "bank-import")

    async def import_file(self, path: Path | None = None) -> int:
        account = next(
            (
                a
                for a in await self.company.bank.bank_accounts()
                if a.id == self.reconcile.account_id()
            ),
            None,
        )
        if account is None:
            self.sig_message.emit(self.tr("Choose the bank account the statement belongs to"))
            return 0
        return await self.importer.run(account, path)

    def note_changes(self, changes: ChangeSet) -> None:
        super().note_changes(changes)
        resources = list(changes.resources)
        self.reconcile.reconciler.changed(resources)
        if changes.concerns("accounts"):
            self.live.spawn(self.reconcile.load_accounts(), "bank-accounts")
        elif changes.concerns("bank_statements"):
            self.live.spawn(self.reconcile.load_statements(), "bank-statements")
        if OUTBOX in resources:
            self.saving_exports()

    def saving_exports(self) -> None:
        """Hook for the payment files view (saves answered exports)."""

    def shutdown(self) -> None:
        self.asking.close()
        super().shutdown()
