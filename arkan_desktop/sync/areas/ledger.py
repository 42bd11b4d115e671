"""The ledger: the chart of accounts, journal entries, the trial balance from the cache,
and the server's profit & loss and balance sheet (never cached)."""

from __future__ import annotations

from typing import Any

from arkan_desktop.api import arkan_reads
from arkan_desktop.domain.ledger import TrialBalanceRow
from arkan_desktop.store.queries import ledger as queries
from arkan_desktop.store.queries.ledger import AccountChoice, AccountRow
from arkan_desktop.sync.areas.base import Area, Record


class Ledger(Area):
    async def account_rows(self) -> list[AccountRow]:
        return await self._run(queries.account_rows)

    async def account_choices(self) -> list[AccountChoice]:
        return await self._run(queries.account_choices)

    async def trial_balance(self) -> list[TrialBalanceRow]:
        return await self._run(queries.trial_balance)

    async def entry(self, entry_id: str) -> Record | None:
        return await self._record("journal_entries", entry_id)

    async def profit_and_loss(self, start: str, end: str) -> Any:
        """The server's profit & loss for a period (ISO dates; ApiError if it cannot)."""
        return await arkan_reads.profit_and_loss(self._backing.session, start, end)

    async def balance_sheet(self, as_of: str) -> Any:
        """The server's balance sheet as of a day (ISO date; ApiError if it cannot)."""
        return await arkan_reads.balance_sheet(self._backing.session, as_of)
