"""Importing a statement file into a bank account: choose the file, read it (CSV with the
account's remembered columns, else asked once), confirm, queue.

A file is read whole on the files thread; a file that cannot be read is refused with the
one sentence that names its line, and nothing is queued. A statement whose lines do not
add up to its closing balance is imported only when the user says so.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from arkan_desktop.domain.bank.csv_mapping import CsvMapping
from arkan_desktop.domain.bank.reader import StatementFormat, statement_format
from arkan_desktop.domain.bank.statement import Statement, StatementError
from arkan_desktop.gui.bank.asking import Asking
from arkan_desktop.gui.bank.csv_mapping_dialog import CsvMappingDialog
from arkan_desktop.gui.bank.import_dialog import ImportDialog
from arkan_desktop.store.queries.bank import BankAccount
from arkan_desktop.sync.commands.bank import StatementDraft, import_statement
from arkan_desktop.sync.company import Company

FILES = "*.csv *.txt *.sta *.mt940 *.940 *.xml *.ofx *.qfx"


class StatementImport(QObject):
    sig_imported = Signal(str)
    """A statement was queued for import: its (temporary) id."""
    sig_message = Signal(str)
    """Something to tell the user."""
    sig_problem = Signal(str)
    """A file was refused: why, in one sentence (nothing of it was imported)."""

    def __init__(self, company: Company, asking: Asking, parent: QWidget) -> None:
        super().__init__(parent)
        self.company = company
        self.asking = asking
        self.window = parent
        self.problem = ""  # the last reason a file was refused (shown, kept for tests)

    async def run(self, account: BankAccount, path: Path | None = None) -> int:
        """Import a file into `account`; returns how many statements were queued."""
        if path is None:
            filters = self.tr("Bank statements (%1);;All files (*)").replace("%1", FILES)
            path = await self.asking.open_file(
                self.window, self.tr("Import bank statement"), filters
            )
            if path is None:
                return 0
        self.problem = ""
        self.sig_problem.emit("")
        try:
            data = await self.company.bank.read_file(path)
            mapping = await self._mapping(account, data)
            if mapping is None and statement_format(data) is StatementFormat.CSV:
                return 0
            statements = await self.company.bank.read_statements(data, mapping, check_balance=False)
        except StatementError as error:
            return self._refuse(error.sentence)
        except OSError as error:
            return self._refuse(error.strerror or str(error))
        queued = 0
        for statement in statements:
            queued += await self._confirm(account, statement, path)
        return queued

    def _refuse(self, why: str) -> int:
        self.problem = self.tr("The file cannot be imported, and nothing of it was: %1").replace(
            "%1", why
        )
        self.sig_problem.emit(self.problem)
        return 0

    async def _mapping(self, account: BankAccount, data: bytes) -> CsvMapping | None:
        """The CSV mapping of this account's files: the one kept, else asked once."""
        if statement_format(data) is not StatementFormat.CSV:
            return None
        kept = await self.company.bank.csv_mapping(account.id)
        if kept is not None:
            try:
                await self.company.bank.read_statements(data, kept, check_balance=False)
                return kept
            except StatementError:
                pass  # this file is laid out otherwise: ask again
        proposal = await self.company.bank.detect_csv(data)
        dialog = CsvMappingDialog(proposal, self.window)
        accepted = await self.asking.ask(dialog)
        chosen = dialog.mapping if accepted else None
        dialog.deleteLater()
        if chosen is not None:
            await self.company.bank.keep_csv_mapping(account.id, chosen)
        return chosen

    async def _confirm(self, account: BankAccount, statement: Statement, path: Path) -> int:
        currency = self.company.currency
        if statement.currency and statement.currency != currency:
            self._refuse(
                self.tr("the statement is in %1; this company keeps its books in %2")
                .replace("%1", statement.currency)
                .replace("%2", currency)
            )
            return 0
        known = await self.company.bank.statements(account.id)
        reference = statement.identifier or (
            f"{path.stem} {statement.start or ''}–{statement.end or ''}".strip()
        )
        opening = statement.opening_balance
        if opening is None and known:  # the last statement's closing carries on
            last = await self.company.bank.statement(known[0].id)
            opening = Decimal(str((last or {}).get("closingBalance") or 0))
        choices = await self.company.ledger.account_choices()
        write_offs = [c for c in choices if c.type in ("expense", "revenue")]
        dialog = ImportDialog(
            statement, account.label, reference[:100], opening, write_offs, self.window
        )
        accepted = await self.asking.ask(dialog)
        dialog.deleteLater()
        if not accepted:
            return 0
        reference = dialog.reference()
        if any(k.reference == reference for k in known):
            self._refuse(
                self.tr("statement %1 of this account is imported already").replace("%1", reference)
            )
            return 0
        opening_value, closing = dialog.opening.value(), dialog.closing()
        assert opening_value is not None and closing is not None  # the dialog checked them
        draft = StatementDraft(
            account.id,
            account.code,
            account.name,
            reference,
            currency,
            opening_value,
            closing,
            statement.lines,
            write_off_account_id=dialog.write_off_account(),
        )
        write = import_statement(draft)
        await self.company.queue(write)
        self.sig_imported.emit(write.entry.temp_id or "")
        self.sig_message.emit(
            self.tr("Statement %1 queued for import: %2 lines")
            .replace("%1", reference)
            .replace("%2", str(len(statement.lines)))
        )
        return 1
