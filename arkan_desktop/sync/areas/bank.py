"""The Bank tab's reads: statements and what their lines can match, suggestions, statement
files, payment files and fixed assets.

Statement files are read and parsed on the files thread, suggestions are worked out there
too (never on the window's thread); everything else is a store query on the database
thread. The exportable payments are the server's list when it answers, else the cache's.
A payment file the server answered is written where the user chose, on the files thread.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Sequence
from pathlib import Path

from arkan_desktop.api import arkan_reads
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.bank.books import BookItem
from arkan_desktop.domain.bank.csv_import import CsvProposal, detect_csv
from arkan_desktop.domain.bank.csv_mapping import CsvMapping
from arkan_desktop.domain.bank.matching import MatchResult, MatchSettings, suggest
from arkan_desktop.domain.bank.open_items import ItemIndex
from arkan_desktop.domain.bank.reader import MAX_FILE_BYTES, read_statements
from arkan_desktop.domain.bank.statement import Statement, StatementError, StatementLine
from arkan_desktop.store.queries import bank as queries
from arkan_desktop.store.queries import bank_payments as payment_queries
from arkan_desktop.store.queries.bank import BankAccount, StatementChoice
from arkan_desktop.store.queries.bank_payments import AnsweredExport, PayeeDetails
from arkan_desktop.sync.areas.base import Area, Record
from arkan_desktop.sync.commands.bank_payments import PENDING_BATCH

log = logging.getLogger(__name__)


def read_file(path: Path) -> bytes:
    """A statement file's bytes; StatementError for one too large to be a statement."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise StatementError(None, "the file is larger than any bank statement (over 50 MB)")
    return path.read_bytes()


def write_export(answer: AnsweredExport) -> Path:
    """Write the file an export was answered with where the user chose."""
    path = Path(answer.path)
    path.write_bytes(base64.b64decode(str(answer.answer.get("contentBase64") or "")))
    return path


def suggestions(
    lines: Sequence[StatementLine], items: Sequence[BookItem], settings: MatchSettings
) -> MatchResult:
    return suggest(lines, ItemIndex([b.item for b in items]), settings)


class Bank(Area):
    # --- statements and reconciling -------------------------------------------------------

    async def bank_accounts(self) -> list[BankAccount]:
        return await self._run(queries.bank_accounts)

    async def statements(self, bank_account_id: str) -> list[StatementChoice]:
        return await self._run(queries.statements, bank_account_id)

    async def statement(self, statement_id: str) -> Record | None:
        return await self._record("bank_statements", statement_id)

    async def book_items(self, bank_account_id: str) -> list[BookItem]:
        """What a line of this bank account can be matched to, still open."""
        return await self._run(queries.book_items, bank_account_id)

    async def records(self, resource: str, ids: list[str]) -> dict[str, Record]:
        return await self._run(queries.records, resource, ids)

    async def suggestions(
        self, lines: Sequence[StatementLine], items: Sequence[BookItem], settings: MatchSettings
    ) -> MatchResult:
        """Ranked suggestions for every line, worked out on the files thread."""
        return await self._backing.threads.in_files(suggestions, lines, items, settings)

    # --- statement files ------------------------------------------------------------------

    async def read_file(self, path: Path) -> bytes:
        return await self._backing.threads.in_files(read_file, path)

    async def detect_csv(self, data: bytes) -> CsvProposal:
        """A proposed column mapping for a CSV file (StatementError if it is not one)."""
        return await self._backing.threads.in_files(detect_csv, data)

    async def read_statements(
        self, data: bytes, mapping: CsvMapping | None, *, check_balance: bool = True
    ) -> list[Statement]:
        """The statements in a file, whole, or StatementError naming the line."""
        return await self._backing.threads.in_files(
            read_statements, data, mapping, check_balance=check_balance
        )

    async def csv_mapping(self, bank_account_id: str) -> CsvMapping | None:
        """The mapping confirmed for this account's CSV files (None: never, or damaged)."""
        saved = await self._run(queries.csv_mapping, bank_account_id)
        if saved is None:
            return None
        try:
            return CsvMapping.from_dict(saved)
        except ValueError:
            log.info("the saved CSV mapping of %s is damaged; asking again", bank_account_id)
            return None

    async def keep_csv_mapping(self, bank_account_id: str, mapping: CsvMapping) -> None:
        await self._run(queries.keep_csv_mapping, bank_account_id, mapping.to_dict())

    # --- payment files --------------------------------------------------------------------

    async def exportable(self, category: str) -> list[Record]:
        """Payments a bank file may carry ("vendor" or "salary"), oldest first: the
        server's list, less those an export waiting in the outbox holds; offline, the
        cache's."""
        kept = await self._run(payment_queries.exportable, category)
        if not self._backing.online:
            return kept
        try:
            found = await arkan_reads.exportable_payments(self._backing.session, category)
        except ApiError as error:
            log.info("exportable payments from the cache: %s", error.message)
            return kept
        pending = await self.records("payments", [str(p.get("id")) for p in found])
        return [
            p
            for p in found
            if (pending.get(str(p.get("id"))) or {}).get("exportBatchId") != PENDING_BATCH
        ]

    async def payees(self, partner_ids: list[str]) -> list[PayeeDetails]:
        return await self._run(payment_queries.payees, partner_ids)

    async def partner(self, resource: str, partner_id: str) -> Record | None:
        return await self._record(resource, partner_id)

    async def remember_export(self, row_id: str, path: Path) -> None:
        """Save the file of this export (an outbox row) at `path` once the server answers."""
        await self._run(payment_queries.remember_export, row_id, str(path))

    async def save_answered_exports(self) -> list[tuple[AnsweredExport, Path | OSError]]:
        """Write every answered export's file; each with where it went, or why it did not."""
        done: list[tuple[AnsweredExport, Path | OSError]] = []
        for answer in await self._run(payment_queries.answered_exports):
            try:
                path = await self._backing.threads.in_files(write_export, answer)
            except OSError as error:
                done.append((answer, error))
                continue
            await self._run(payment_queries.forget_export, answer.row_id)
            done.append((answer, path))
        return done

    # --- fixed assets ---------------------------------------------------------------------

    async def asset(self, asset_id: str) -> Record | None:
        return await self._record("assets", asset_id)

    async def entries_referencing(self, reference: str) -> list[Record]:
        return await self._run(queries.entries_referencing, reference)

    async def entry(self, entry_id: str) -> Record | None:
        return await self._record("journal_entries", entry_id)

    async def account_codes(self) -> dict[str, tuple[str, str]]:
        return await self._run(queries.account_codes)
