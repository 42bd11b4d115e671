"""What invoices print from (the invoice, its partner, the company, the branding), and the
printing thread that renders and sends documents off the event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec, TypeVar

from arkan_desktop.store.queries import printing as queries
from arkan_desktop.store.queries.printing import InvoicePrintInputs
from arkan_desktop.sync.areas.base import Area, Record

P = ParamSpec("P")
T = TypeVar("T")


class Printing(Area):
    async def invoice_inputs(self, invoice_ids: list[str]) -> list[InvoicePrintInputs]:
        """Each invoice's print inputs (LookupError when one is not cached)."""
        return await self._run(queries.invoice_print_inputs, invoice_ids)

    async def branding(self) -> Record:
        return await self._run(queries.branding)

    async def keep_branding(self, branding: Record) -> None:
        await self._run(queries.keep_branding, branding)

    async def off_the_loop(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Render or print on the printing thread (one job at a time)."""
        return await self._backing.threads.in_printing(fn, *args, **kwargs)
