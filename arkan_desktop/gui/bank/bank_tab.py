"""The Bank tab: reconcile a bank account's statements, export payment files, keep the
fixed assets. One company, four pages; every change queues in the outbox.

It saves the files of payment exports the server has answered (also those queued while
offline, once they are sent) where the user chose, and says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from arkan_desktop.gui.bank.asking import Asking
from arkan_desktop.gui.bank.assets_view import AssetsView
from arkan_desktop.gui.bank.payment_files_view import PaymentFilesView
from arkan_desktop.gui.bank.reconcile_view import ReconcileView
from arkan_desktop.gui.bank.statement_import import StatementImport
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, ModuleTab
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.lists.specs.bank import statement_list_spec
from arkan_desktop.sync.company import Company

PAYMENT_RESOURCES = ("payments", "vendors", "employees", "clients")


class BankTab(ModuleTab):
    key = "bank"
    resource = "bank_statements"

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(company, live, parent)
        self.asking = Asking()
        self.reconcile = ReconcileView(company, live, self)
        self.importer = StatementImport(company, self.asking, self)
        self.statements = RecordTableModel(company.rows(statement_list_spec()), self)
        self.statement_list = RecordList(self.statements, self)
        self.payment_files = PaymentFilesView(company, live, self.asking, self)
        self.assets = AssetsView(company, live, self.asking, self)
        self.models += [self.statements, self.assets.model]
        self.pages = QTabWidget(self)
        self.pages.setObjectName("bankPages")
        self.pages.addTab(self.reconcile, self.tr("&Reconcile"))
        self.pages.addTab(self.statement_list, self.tr("&Statements"))
        self.pages.addTab(self.payment_files, self.tr("&Payment files"))
        self.pages.addTab(self.assets, self.tr("Fixed &assets"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        for page in (self.reconcile, self.payment_files, self.assets, self.importer):
            page.sig_message.connect(self.sig_message)
        self.statement_list.sig_message.connect(self.sig_message)
        self.statement_list.sig_activated.connect(self.open_statement)
        self.reconcile.sig_import_requested.connect(self.import_statement)
        self.importer.sig_problem.connect(self.reconcile.show_problem)
        self.importer.sig_imported.connect(
            lambda statement_id: self.live.spawn(
                self.reconcile.load_statements(statement_id), "bank-imported"
            )
        )
        self.pages.currentChanged.connect(lambda _index: self.sig_actions_changed.emit())
        self._payments_timer = QTimer(self)
        self._payments_timer.setSingleShot(True)
        self._payments_timer.setInterval(300)
        self._payments_timer.timeout.connect(
            lambda: self.live.spawn(self.payment_files.load(), "exportable")
        )
        self.live.spawn(self.reconcile.load_accounts(), "bank-accounts")

    def title(self) -> str:
        return self.tr("Bank")

    def offers(self, action: str) -> bool:
        return action == FIND or (action == NEW and self.pages.currentWidget() is self.assets)

    def new_record(self) -> None:
        if self.pages.currentWidget() is self.assets:
            self.assets.register()

    def focus_find(self) -> None:
        page = self.pages.currentWidget()
        if page is self.reconcile:
            self.reconcile.focus_filter()
        elif page is self.statement_list:
            self.statement_list.focus_filter()
        elif page is self.assets:
            self.assets.list.focus_filter()

    def import_statement(self, path: Path | None = None) -> None:
        self.live.spawn(self.import_file(path), "bank-import")

    async def import_file(self, path: Path | None = None) -> int:
        """Import a statement file into the bank account the reconcile view shows."""
        accounts = await self.company.bank.bank_accounts()
        account = next((a for a in accounts if a.id == self.reconcile.account_id()), None)
        if account is None:
            self.sig_message.emit(self.tr("Choose the bank account the statement belongs to"))
            return 0
        return await self.importer.run(account, path)

    def open_statement(self, statement_id: str) -> None:
        """Reconcile a statement chosen in the list of statements."""
        self.pages.setCurrentWidget(self.reconcile)
        self.live.spawn(self.reconcile.open_statement(statement_id), "open-statement")

    def note_changes(self, changes: ChangeSet) -> None:
        super().note_changes(changes)
        self.reconcile.reconciler.changed(list(changes.resources))
        if changes.concerns("accounts"):
            self.live.spawn(self.reconcile.load_accounts(), "bank-accounts")
        elif changes.concerns("bank_statements"):
            self.live.spawn(self.reconcile.load_statements(), "bank-statements")
        if any(changes.concerns(r) for r in PAYMENT_RESOURCES):
            self._payments_timer.start()
        if changes.concerns("assets") or changes.concerns("journal_entries"):
            self.assets.refresh()
        if changes.concerns(OUTBOX):
            self.live.spawn(self.payment_files.save_answered(), "save-payment-files")

    def shutdown(self) -> None:
        self.asking.close()
        super().shutdown()
