"""Stand-ins for a company and its live sync, so editor and report widgets run without a
server: the ledger's reads answer from a list, the server's reports fail as told."""

from __future__ import annotations

from collections.abc import Coroutine
from types import SimpleNamespace
from typing import Any, TypeVar

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain import statements
from arkan_desktop.domain.statements import LedgerAccount
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.queries.ledger import AccountChoice

T = TypeVar("T")

ACCOUNTS = [
    AccountChoice("acc-cash", "1000", "Cash", "asset"),
    AccountChoice("acc-bank", "1010", "Bank", "asset"),
    AccountChoice("acc-rent", "6100", "Rent", "expense"),
]


class StubLedger:
    """The ledger's reads: the cached ones answer `answer`; the server's fail with `error`."""

    def __init__(self, answer: Any, error: ApiError | None) -> None:
        self.answer, self.error = answer, error

    async def account_choices(self) -> Any:
        return self.answer

    async def trial_balance(self) -> Any:
        return self.answer

    async def trial_balance_on(self, as_of: str = "") -> Any:
        return self.answer

    async def kept_profit_and_loss(self, start: str, end: str) -> Any:
        """From the "local copy": the trial balance rows as this period's movements."""
        chart, amounts = self._movements()
        return statements.profit_and_loss(chart, amounts, "AED", start, end)

    async def kept_balance_sheet(self, as_of: str) -> Any:
        chart, amounts = self._movements()
        return statements.balance_sheet(chart, amounts, "AED", as_of)

    def _movements(self) -> tuple[dict[str, LedgerAccount], dict[str, int]]:
        rows = self.answer if isinstance(self.answer, list) else []
        chart = {r.code: LedgerAccount(r.code, r.code, r.name, r.type) for r in rows}
        amounts = {
            r.code: statements.natural_minor(r.type, r.debit_minor, r.credit_minor) for r in rows
        }
        return chart, amounts

    async def _server(self) -> Any:
        if self.error is not None:
            raise self.error
        return {}

    async def profit_and_loss(self, start: str, end: str) -> Any:
        return await self._server()

    async def balance_sheet(self, as_of: str) -> Any:
        return await self._server()


def stub_live(answer: Any, *, online: bool = True, error: ApiError | None = None) -> Any:
    company = SimpleNamespace(currency="AED", online=online, ledger=StubLedger(answer, error))

    def run(coro: Coroutine[Any, Any, T], name: str) -> Any:
        return spawn(coro, name)

    return SimpleNamespace(company=company, spawn=run)
