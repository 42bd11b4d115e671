"""Random offline histories (restarts, lost answers, closed mid-send): each write lands once."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)

from arkan_desktop.api.errors import ApiError
from arkan_desktop.sandbox.config import Chaos, parse_chaos
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import IN_FLIGHT, SENT
from arkan_desktop.sync.commands import invoices, stock
from arkan_desktop.sync.commands.descriptions import row_text
from arkan_desktop.sync.workspace import Workspace
from tests.sandbox.conftest import Api
from tests.sync.conftest import by_reference, location, new_client, new_product, open_workspace

SEND_DEADLINE = 30.0


@dataclasses.dataclass
class Stage:
    """What every example shares: the server and the records its writes refer to."""

    server: SandboxServer
    api: Api
    client: dict[str, Any]
    product: dict[str, Any]
    bins: tuple[str, str]
    home_root: Path


class OutboxMachine(RuleBasedStateMachine):
    stage: Stage
    seen: Counter[str] = Counter()

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.home = Path(tempfile.mkdtemp(dir=self.stage.home_root))
        self.set_chaos(Chaos())
        self.workspace: Workspace | None = self.call(open_workspace(self.stage.server, self.home))
        self.queued = 0

    def call(self, coro: Any) -> Any:
        async def bounded() -> Any:
            async with asyncio.timeout(60):
                return await coro

        return self.loop.run_until_complete(bounded())

    def set_chaos(self, chaos: Chaos) -> None:
        server = self.stage.server
        server.stop()
        server.config = dataclasses.replace(server.config, chaos=chaos)
        server.start()

    @property
    def ws(self) -> Workspace:
        assert self.workspace is not None
        return self.workspace

    # --- the user --------------------------------------------------------------------

    @initialize(moves=st.integers(1, 3), drafts=st.integers(1, 2))
    def offline_backlog(self, moves: int, drafts: int) -> None:
        """Work queued before anything else happens, like a morning without network."""
        for quantity in range(1, moves + 1):
            self.move_stock(quantity)
        for price in range(1, drafts + 1):
            self.write_invoice(price * 100, post=True)

    @rule(quantity=st.integers(1, 3))
    def move_stock(self, quantity: int) -> None:
        stage = self.stage
        write = stock.move_stock(
            {
                "productId": stage.product["id"],
                "fromLocationId": stage.bins[0],
                "toLocationId": stage.bins[1],
                "quantity": str(quantity),
            },
            stage.product,
        )
        self.call(self.ws.service.queue(write.entry, write.effect))
        self.queued += 1

    @rule(price=st.integers(1, 500), post=st.booleans())
    def write_invoice(self, price: int, post: bool) -> None:
        created = invoices.create_invoice(
            {
                "partnerId": self.stage.client["id"],
                "lines": [{"description": "Stateful", "quantity": "1", "unitPrice": f"{price}.00"}],
            },
            "AED",
        )
        self.call(self.ws.service.queue(created.entry, created.effect))
        self.queued += 1
        if post:
            invoice = self.ws.cache.get("invoices", created.entry.temp_id or "")
            assert invoice is not None
            posting = invoices.post_invoice(invoice)
            self.call(self.ws.service.queue(posting.entry, posting.effect))
            self.queued += 1

    # --- the machinery ---------------------------------------------------------------

    @precondition(lambda self: self.stage.server.running)
    @rule()
    def send(self) -> None:
        self.call(self.ws.service.send_outbox())

    @precondition(lambda self: self.stage.server.running)
    @rule()
    def pull(self) -> None:
        with contextlib.suppress(ApiError):
            self.call(
                self.ws.service.sync_all(resources=["invoices", "stock_moves"], send_outbox=False)
            )

    @rule(lost=st.sampled_from([0.0, 0.5, 0.9]), seed=st.integers(0, 1000))
    def restart_server(self, lost: float, seed: int) -> None:
        self.set_chaos(parse_chaos(f"lost={lost},seed={seed}") if lost else Chaos())

    @precondition(lambda self: self.stage.server.running)
    @rule()
    def take_server_away(self) -> None:
        self.stage.server.stop()

    @precondition(lambda self: not self.stage.server.running)
    @rule()
    def bring_server_back(self) -> None:
        self.stage.server.start()

    @precondition(lambda self: self.stage.server.running)
    @rule()
    def close_client_mid_send(self) -> None:
        """The app is closed while a row is on its way: whether or not the request arrived,
        the row waits as pending (ambiguous) for the next start."""
        service, cache = self.ws.service, self.ws.cache

        async def until_a_row_is_in_flight() -> None:
            drain = asyncio.ensure_future(service.send_outbox())
            while not drain.done() and not cache.outbox_rows(IN_FLIGHT):
                await asyncio.sleep(0.001)
            if not drain.done():
                self.seen["client closed with a row in flight"] += 1
            drain.cancel()
            with contextlib.suppress(asyncio.CancelledError, ApiError):
                await drain

        self.call(until_a_row_is_in_flight())
        assert cache.outbox_rows(IN_FLIGHT) == []
        self.restart_client()

    @rule()
    def restart_client(self) -> None:
        self.call(self.ws.close())
        self.workspace = None
        if not self.stage.server.running:
            self.stage.server.start()
        self.workspace = self.call(open_workspace(self.stage.server, self.home))

    # --- the verdict -----------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.workspace is not None:
                self.check_every_write_applied_once()
        finally:
            if self.workspace is not None:
                self.call(self.workspace.close())
            self.loop.close()

    def check_every_write_applied_once(self) -> None:
        self.set_chaos(Chaos())
        self.call(self.ws.service.sync_all(resources=["invoices"]))
        rows = self.call(self.ws.service.outbox_rows())
        assert len(rows) == self.queued
        assert [row_text(r) for r in rows if r.status != SENT] == []
        self.seen["examples"] += 1
        self.seen["writes"] += len(rows)
        self.seen["writes sent more than once"] += sum(r.attempts > 1 for r in rows)
        self.seen["writes after an ambiguous failure"] += sum(bool(r.ambiguous) for r in rows)
        api = self.stage.api
        for row in rows:
            if row.action == "create":
                found = by_reference(api, row.resource, row.id)
                assert [f["id"] for f in found] == [row.server_id], row_text(row)
            else:
                invoice_id = row.record_id
                invoice = api.ok(api.get(f"/accounting/invoices/{invoice_id}"))
                assert invoice["state"] == "posted"
                entries = api.all("/accounting/journal-entries", reference=invoice["number"])
                assert len(entries) == 1


def test_random_offline_histories_lose_nothing_and_apply_nothing_twice(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    OutboxMachine.stage = Stage(
        server=demo,
        api=admin_api,
        client=new_client(admin_api),
        product=new_product(admin_api, on_hand=100_000),
        bins=(location(admin_api, "WH1-A-01-1")["id"], location(admin_api, "WH1-B-03-2")["id"]),
        home_root=tmp_path,
    )
    run_state_machine_as_test(
        OutboxMachine,
        settings=settings(
            max_examples=5,
            stateful_step_count=8,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
    print("stateful outbox runs:", dict(OutboxMachine.seen))
    assert OutboxMachine.seen["examples"] >= 1
