"""The ledger: the chart of accounts, journal entries, the trial balance from the cache,
and the server's profit & loss and balance sheet (never cached); from the cached posted
entries, an account's general ledger and the three statements, offline."""

from __future__ import annotations

from typing import Any

from arkan_desktop.api import arkan_reads
from arkan_desktop.domain.ledger import TrialBalanceRow
from arkan_desktop.store.queries import ledger as queries
from arkan_desktop.store.queries.ledger import AccountChoice, AccountLedger, AccountRow
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

    # --- from the cached posted entries (offline) --------------------------------------

    async def general_ledger(self, account_id: str, start: str, end: str) -> AccountLedger:
        """An account's posted lines from `start` to `end` ("" = open) with running balance."""
        currency = self._backing.currency
        return await self._run(queries.general_ledger, account_id, start, end, currency)

    async def trial_balance_on(self, as_of: str = "") -> list[TrialBalanceRow]:
        """The trial balance of the posted entries dated up to `as_of` ("" = all)."""
        return await self._run(queries.trial_balance_on, as_of)

    async def kept_profit_and_loss(self, start: str, end: str) -> dict[str, Any]:
        """Profit & loss from this computer's copy (the server's layout, Decimal amounts)."""
        return await self._run(queries.profit_and_loss, self._backing.currency, start, end)

    async def kept_balance_sheet(self, as_of: str) -> dict[str, Any]:
        """The balance sheet from this computer's copy (the server's layout)."""
        return await self._run(queries.balance_sheet, self._backing.currency, as_of)
