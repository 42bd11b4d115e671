"""`Company`: one open company, the only thing the window's widgets talk to.

It is built from a `Workspace` (session, connector, cache, sync service) and the app's
`Threads`, and offers who the company is (`id`, `name`, `currency`, `online`, what the
server offers), its reads by business area (`invoices`, `ledger`, `stock`, `purchasing`,
`receivables`, `customers`, `station`, `sales`, `printing`, `outbox`: typed async methods that run
store/queries on the database thread and return plain values), its writes (`queue`: a
typed command from sync/commands), and its sync (`sync`: what LiveSync drives). Widgets
never see the cache, the database thread, the service, the session or the connector; the
CLI, gui/session.py (opening and closing) and tests reach them through `workspace`.
`notifications` holds the user's notifications and who of the company is online.
No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from arkan_desktop.api.write_rules import PAYMENT_METHODS, WriteRules
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListSpec
from arkan_desktop.store.outbox import OutboxEntry, OutboxRow
from arkan_desktop.sync.areas.bank import Bank
from arkan_desktop.sync.areas.base import Backing
from arkan_desktop.sync.areas.customers import Customers
from arkan_desktop.sync.areas.documents import Documents
from arkan_desktop.sync.areas.invoices import Invoices
from arkan_desktop.sync.areas.ledger import Ledger
from arkan_desktop.sync.areas.notifications import Notifications
from arkan_desktop.sync.areas.outbox import Outbox
from arkan_desktop.sync.areas.partners import Partners
from arkan_desktop.sync.areas.payables import Payables
from arkan_desktop.sync.areas.printing import Printing
from arkan_desktop.sync.areas.purchasing import Purchasing
from arkan_desktop.sync.areas.receivables import Receivables
from arkan_desktop.sync.areas.reports import Reports
from arkan_desktop.sync.areas.sales import Sales
from arkan_desktop.sync.areas.station import Station
from arkan_desktop.sync.areas.stock import Stock
from arkan_desktop.sync.areas.syncing import Syncing
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.list_rows import ListRows
from arkan_desktop.sync.threads import Threads
from arkan_desktop.sync.workspace import Workspace


class Company:
    def __init__(
        self,
        workspace: Workspace,
        threads: Threads,
        *,
        online: bool = True,
        owns_threads: bool = False,
    ) -> None:
        self.workspace = workspace  # the parts: for opening and closing, the CLI and tests
        self.threads = threads
        self.online = online  # False: the copy on this computer, nothing is sent
        self._owns_threads = owns_threads
        record = workspace.company
        self.id = str(record["id"])
        self.name = str(record.get("name") or self.id)
        self.currency = str(record.get("currency") or workspace.cache.default_currency)
        backing = Backing(
            workspace.cache,
            workspace.service,
            workspace.connector,
            workspace.session,
            threads,
            self.currency,
            online,
        )
        self.invoices = Invoices(backing)
        self.ledger = Ledger(backing)
        self.stock = Stock(backing)
        self.purchasing = Purchasing(backing)
        self.receivables = Receivables(backing)
        self.customers = Customers(backing)
        self.station = Station(backing)
        self.sales = Sales(backing)
        self.printing = Printing(backing)
        self.outbox = Outbox(backing)
        self.reports = Reports(backing)
        self.payables = Payables(backing)
        self.partners = Partners(backing)
        self.sync = Syncing(backing)
        self.notifications = Notifications(backing)
        self.documents = Documents(backing)
        self.bank = Bank(backing)

    # --- who and what ------------------------------------------------------------------

    @property
    def record(self) -> Mapping[str, Any]:
        """The company as the server described it (e.g. `defaultTaxRate`)."""
        return self.workspace.company

    @property
    def home(self) -> Path:
        """The directory the app keeps its caches and settings in."""
        return self.workspace.home

    @property
    def resources(self) -> frozenset[str]:
        """The resources the server offers."""
        return frozenset(self.workspace.connector.resources)

    @property
    def capabilities(self) -> frozenset[str]:
        """What the server offers beyond its resources (e.g. receivables reports)."""
        return self.workspace.connector.capabilities

    @property
    def write_rules(self) -> WriteRules:
        """What the server keeps of a write (tax on invoices, decimals, payment methods):
        the write builders check it before anything is queued."""
        return self.workspace.connector.write_rules

    @property
    def payment_methods(self) -> tuple[str, ...]:
        """The payment methods a form offers: those this server says it takes (of the
        app's), else the four every server of the reference takes."""
        allowed = self.write_rules.payment_methods
        if allowed is None:
            return PAYMENT_METHODS[:4]
        return tuple(method for method in PAYMENT_METHODS if method in allowed)

    @property
    def unavailable(self) -> Mapping[str, str]:
        """Resources the server refused to this user, with why."""
        return self.sync.unavailable

    def offers(self, resource: str) -> bool:
        """Whether the server offers this resource (and this user may read it, once known)."""
        return resource in self.resources and resource not in self.unavailable

    @property
    def persistent(self) -> bool:
        """Whether the sign-in is remembered (False: no keyring; it lasts this run only)."""
        return self.workspace.session.persistent

    @property
    def persistence_message(self) -> str | None:
        return self.workspace.session.persistence_message

    # --- writes ------------------------------------------------------------------------

    async def queue(self, write: Write) -> OutboxRow:
        """Put a typed write in the outbox with its optimistic effect; the sender sends it."""
        return await self.queue_entry(write.entry, write.effect)

    async def queue_entry(
        self, entry: OutboxEntry, effect: dict[str, list[dict[str, Any]]] | None = None
    ) -> OutboxRow:
        return await self.workspace.service.queue(entry, effect)

    # --- the way out -------------------------------------------------------------------

    def rows(self, spec: ListSpec) -> ListRows:
        """One cached list for a view: read on the list reader, exported via the database
        thread (store/lists)."""
        cached = CachedList(spec, self.workspace.cache, self.threads.lists)
        return ListRows(cached, self.threads.database)

    async def close(self) -> None:
        """Stop syncing and close the cache (on the database thread, after what it runs);
        the session stays signed in."""
        await self.sync.stop()
        await self.threads.database.run(self.workspace.cache.close)
        if self._owns_threads:
            self.threads.shutdown()  # idle by now: the cache closed on it
