"""`Reconciler`: one statement being reconciled — its open lines, the open items, the
suggestions — and the writes that reconcile it (match, accept, write off, unmatch).

It reads through `company.bank` (the statement and items on the database thread, the
suggestions on the files thread) and queues typed writes through `company.queue`; each
write's optimistic effect is applied here at once, so the next key works on the state
the user sees, and a read that began before a write is thrown away (it would bring the
line back). No widgets: the view shows what it holds and calls it.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from arkan_desktop.domain.bank.books import BookItem, MatchProblem, Share, allocate
from arkan_desktop.domain.bank.matching import MatchSettings, Proposal, Suggestion
from arkan_desktop.domain.bank.reconciliation import (
    Balances,
    OpenLine,
    balances,
    find_line,
    open_lines,
    write_off_problem,
)
from arkan_desktop.domain.commands import is_temporary_id
from arkan_desktop.gui.bank.words import word
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.sync.commands import bank as commands
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company

RELOAD_DELAY_MS = 150
CONCERNS = ("bank_statements", "journal_entries", "payments", "invoices")


class Reconciler(QObject):
    sig_loaded = Signal()
    """The statement, the open items or the suggestions changed."""
    sig_message = Signal(str)
    """Something to tell the user (a write queued, why a key did nothing)."""

    def __init__(self, company: Company, live: LiveSync, parent: QObject | None = None):
        super().__init__(parent)
        self.company = company
        self.live = live
        self.statement_id = ""
        self.account_id = ""
        self.statement: dict[str, Any] | None = None
        self.items: dict[str, BookItem] = {}
        self.lines: list[OpenLine] = []
        self.ranked: dict[str, tuple[Suggestion, ...]] = {}
        self.loads = 0
        self._writes = 0  # writes queued here: a read begun before one is stale
        self._lock = asyncio.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(lambda: self.live.spawn(self.load(), "bank-reload"))

    # --- reading ------------------------------------------------------------------------

    @property
    def limit(self) -> Decimal:
        return Decimal(str((self.statement or {}).get("writeOffLimit") or 0))

    @property
    def currency(self) -> str:
        return str((self.statement or {}).get("currency") or self.company.currency)

    def balances(self) -> Balances | None:
        return balances(self.statement) if self.statement is not None else None

    def show(self, account_id: str, statement_id: str) -> None:
        self.account_id, self.statement_id = account_id, statement_id
        self.live.spawn(self.load(), "bank-statement")

    def changed(self, resources: Sequence[str]) -> None:
        """The cache changed: read again shortly (bursts of changes make one read)."""
        if self.statement_id and any(r in resources for r in CONCERNS):
            self._timer.start()

    async def load(self) -> None:
        """Read the statement and the open items, then work out the suggestions."""
        statement_id, writes = self.statement_id, self._writes
        statement = await self.company.bank.statement(statement_id) if statement_id else None
        items = await self.company.bank.book_items(self.account_id) if statement else []
        lines = open_lines(statement) if statement else []
        limit = Decimal(str((statement or {}).get("writeOffLimit") or 0))
        result = await self.company.bank.suggestions(
            [x.line for x in lines], items, MatchSettings(write_off_limit=limit)
        )
        if statement_id != self.statement_id:
            return
        if writes != self._writes:  # a write was queued meanwhile: this read is stale
            self._timer.start()
            return
        self.statement = statement
        self.items = {b.id: b for b in items}
        self.lines = lines
        self.ranked = {x.id: ranked for x, ranked in zip(lines, result.suggestions, strict=True)}
        self.loads += 1
        if shiboken6.isValid(self):  # the tab may have closed while this was read
            self.sig_loaded.emit()

    def open_line(self, line_id: str) -> OpenLine | None:
        return next((x for x in self.lines if x.id == line_id), None)

    def suggestions(self, line_id: str) -> list[Suggestion]:
        """The line's suggestions whose items are all still open, best first."""
        return [
            s
            for s in self.ranked.get(line_id, ())
            if all(i in self.items for i in s.items) and self._fits(line_id, s)
        ]

    def _fits(self, line_id: str, suggestion: Suggestion) -> bool:
        line = self.open_line(line_id)
        if line is None:
            return False
        chosen = [self.items[i] for i in suggestion.items]
        return allocate(line.line.amount, chosen, self.limit).problem is None

    def next_open(self, after: str) -> str | None:
        """The first open line after `after` in the statement (wrapping round), or None."""
        order = {
            str(x.get("id")): n for n, x in enumerate((self.statement or {}).get("lines") or ())
        }
        at = order.get(after, -1)
        later = [x for x in self.lines if order.get(x.id, -1) > at]
        found = later or self.lines
        return found[0].id if found else None

    def sendable(self) -> bool:
        if self.statement is None:
            return False
        if is_temporary_id(self.statement.get("id")):
            self.sig_message.emit(
                self.tr(
                    "This statement is still waiting in the outbox; its lines can be matched "
                    "once the server has it."
                )
            )
            return False
        return True

    # --- writing ------------------------------------------------------------------------

    async def accept(self, line_id: str, suggestion: Suggestion | None = None) -> bool:
        """Take a suggestion (the best one when none is given); a line with none, within
        the write-off limit, is written off."""
        async with self._lock:
            if not self.sendable():
                return False
            line = self.open_line(line_id)
            if line is None:
                self.sig_message.emit(word(MatchProblem.LINE_DONE))
                return False
            found = self.suggestions(line_id)
            chosen = suggestion or (found[0] if found else None)
            if chosen is None:
                if abs(line.line.amount) <= self.limit:
                    return await self._write_off(line_id)
                self.sig_message.emit(
                    self.tr(
                        "No suggestion for line %1; choose its items (Tab) or skip it."
                    ).replace("%1", str(line.sequence))
                )
                return False
            items = [self.items[i] for i in chosen.items]
            done = await self._match(line, items)
            if done and chosen.proposal is Proposal.WRITE_OFF:
                statement = self.statement or {}
                if write_off_problem(statement, line_id) is None:
                    await self._queue(commands.write_off(statement, line_id))
            return done

    async def match(self, line_id: str, item_ids: Sequence[str]) -> bool:
        """Match a line to the items chosen (many-to-one, or part of one item)."""
        async with self._lock:
            if not self.sendable():
                return False
            line = self.open_line(line_id)
            if line is None:
                self.sig_message.emit(word(MatchProblem.LINE_DONE))
                return False
            items = [self.items[i] for i in item_ids if i in self.items]
            return await self._match(line, items)

    async def write_off(self, line_id: str) -> bool:
        async with self._lock:
            return self.sendable() and await self._write_off(line_id)

    async def unmatch(self, line_id: str) -> bool:
        async with self._lock:
            if not self.sendable() or self.statement is None:
                return False
            line = find_line(self.statement, line_id)
            if not (line or {}).get("matches"):
                self.sig_message.emit(self.tr("This line is not matched to anything."))
                return False
            ids = [m.get("journalEntryId") for m in (line or {}).get("matches") or ()]
            entries = await self.company.bank.records("journal_entries", [i for i in ids if i])
            await self._queue(commands.unmatch(self.statement, line_id, entries))
            self._timer.start()  # the items it frees are the server's to tell
            return True

    async def _match(self, line: OpenLine, items: list[BookItem]) -> bool:
        allocation = allocate(line.line.amount, items, self.limit)
        if allocation.problem is not None:
            self.sig_message.emit(word(allocation.problem))
            return False
        assert self.statement is not None
        shares = allocation.shares
        records = {
            "journal_entries": await self.company.bank.records(
                "journal_entries", [s.item.target.journal_entry_id for s in shares]
            ),
            "invoices": await self.company.bank.records(
                "invoices", [s.item.target.invoice_id for s in shares]
            ),
        }
        write = commands.match_line(self.statement, line.id, shares, records)
        self._use(shares)
        await self._queue(write)
        return True

    async def _write_off(self, line_id: str) -> bool:
        assert self.statement is not None
        problem = write_off_problem(self.statement, line_id)
        if problem is not None:
            self.sig_message.emit(word(problem))
            return False
        await self._queue(commands.write_off(self.statement, line_id))
        return True

    async def _queue(self, write: Write) -> None:
        self._writes += 1
        await self.company.queue(write)
        self.statement = write.effect[commands.RESOURCE][0]
        self.lines = open_lines(self.statement)
        self.sig_message.emit(
            self.tr("Queued: %1").replace("%1", describe(write.entry.description))
        )
        self.sig_loaded.emit()

    def _use(self, shares: Sequence[Share]) -> None:
        """The items a match took: gone, or smaller by the part taken."""
        for share in shares:
            book = self.items.get(share.item.id)
            if book is None:
                continue
            left = abs(book.item.amount) - share.amount
            if left <= 0:
                del self.items[book.id]
            else:
                amount = left if book.item.amount > 0 else -left
                item = dataclasses.replace(book.item, amount=amount)
                self.items[book.id] = dataclasses.replace(book, item=item)
