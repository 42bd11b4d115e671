"""Stand-ins for a company's live sync, so editor and report widgets run without a server."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from types import SimpleNamespace
from typing import Any, TypeVar

from arkan_desktop.api.errors import ApiError
from arkan_desktop.gui.ledger.entry_lines import AccountChoice
from arkan_desktop.gui.tasks import spawn

T = TypeVar("T")

ACCOUNTS = [
    AccountChoice("acc-cash", "1000", "Cash", "asset"),
    AccountChoice("acc-bank", "1010", "Bank", "asset"),
    AccountChoice("acc-rent", "6100", "Rent", "expense"),
]


class AnswerWorker:
    """A database worker that answers every job with one value."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer

    async def run(self, fn: Callable[..., T], *args: Any) -> Any:
        return self.answer


class FailingSession:
    def __init__(self, error: ApiError) -> None:
        self.error = error

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        raise self.error


def stub_live(answer: Any, *, online: bool = True, session: Any = None) -> Any:
    context = SimpleNamespace(
        currency="AED", worker=AnswerWorker(answer), cache=None, online=online, session=session
    )

    def run(coro: Coroutine[Any, Any, T], name: str) -> Any:
        return spawn(coro, name)

    return SimpleNamespace(context=context, spawn=run)
