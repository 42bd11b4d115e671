"""One desk of the soak (`python -m bench.soak`): the real client core in a process of its own.

    python -m bench.soak_client SETUP_JSON INDEX

A station (the storekeeper: stock moves) or a finance desk (the accountant: invoices
created and posted, payments recorded and posted) with its own home directory and cache,
signed in through a TCP forwarder of its own (its "network cable") so that the soak can
cut this desk's connection alone. It lives the given number of seconds doing what a desk
does — queueing writes, live sync over the events socket, a full "Sync now" now and then,
an offline burst (the cable pulled, writes queued, the cable back, the outbox replays) —
and then waits for the parent's commands on stdin:

    drain  -> send everything queued; answer {"drained": ...}
    final  -> an incremental sync; answer the report (stats, outbox rows, cache); exit

Every line on stdout is one JSON object. Any exception that is not an `ApiError` from a
"Sync now" is a crash: the traceback goes to stderr and the exit code is 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sys
import threading
import time
from pathlib import Path
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from arkan_desktop.api.errors import ApiError
from arkan_desktop.sync.commands import invoices, payments, stock
from arkan_desktop.sync.commands.descriptions import row_text
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.workspace import Workspace

PENDING = ("pending", "in_flight")


class MemoryKeyring(KeyringBackend):
    """The refresh token's home for this process (a soak machine has no OS keyring)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("nothing stored")


def say(**fields: Any) -> None:
    print(json.dumps(fields, default=str), flush=True)


class Cable:
    """A loopback TCP forwarder to the sandbox whose plug can be pulled and put back.

    Pulled: open connections are aborted and the port stops listening (connection
    refused), which is what the client sees when a desk's network goes away.
    """

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.port = 0
        self.connected = False
        self.pulls = 0
        self._server: asyncio.Server | None = None
        self._transports: set[asyncio.WriteTransport] = set()

    async def plug_in(self) -> None:
        self._server = await asyncio.start_server(
            self._handle, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self.connected = True

    async def pull(self) -> None:
        self.pulls += 1
        await self.unplug()

    async def unplug(self) -> None:
        self.connected = False
        if self._server is not None:
            self._server.close()
            self._server = None
        for transport in list(self._transports):
            transport.abort()
        self._transports.clear()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._transports.add(writer.transport)
        up_writer: asyncio.StreamWriter | None = None
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
            self._transports.add(up_writer.transport)
            await asyncio.gather(
                self._pump(reader, up_writer),
                self._pump(up_reader, writer),
                return_exceptions=True,
            )
        except OSError:  # the sandbox is down (being restarted): the desk sees a reset
            pass
        except asyncio.CancelledError:  # the desk is shutting down; the cable goes with it
            pass
        finally:
            for w in (writer, up_writer):
                if w is not None:
                    self._transports.discard(w.transport)
                    w.transport.abort()

    @staticmethod
    async def _pump(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            with contextlib.suppress(Exception):
                writer.write_eof()


class Desk:
    def __init__(self, setup: dict[str, Any], index: int) -> None:
        self.setup = setup
        self.index = index
        self.me = setup["clients"][index]
        self.role: str = self.me["role"]
        self.rng = random.Random(setup["seed"] * 1000 + index)
        self.cable = Cable(setup["sandbox_port"])
        self.counts = {
            "writes_queued": 0,
            "writes_queued_offline": 0,
            "offline_bursts": 0,
            "syncs": 0,
            "syncs_failed": 0,
            "outbox_replays": 0,
            "changes_announced": 0,
            "unhandled_errors": 0,
        }
        self.workspace: Workspace | None = None
        self.cable.port = int(self.me.get("cable_port", 0))
        self._sync_task: asyncio.Task[bool] | None = None

    @property
    def ws(self) -> Workspace:
        assert self.workspace is not None
        return self.workspace

    async def queue(self, write: Write) -> None:
        await self.ws.service.queue(write.entry, write.effect)
        self.counts["writes_queued"] += 1
        if not self.cable.connected:
            self.counts["writes_queued_offline"] += 1

    async def one_piece_of_work(self, n: int) -> None:
        if self.role == "station":
            product = self.me["product"]
            bins = self.setup["bins"]
            # Back and forth between two bins that both hold stock: never short, whatever
            # order the moves reach the server in.
            there, back = (bins[0], bins[1]) if n % 2 else (bins[1], bins[0])
            await self.queue(
                stock.move_stock(
                    {
                        "productId": product["id"],
                        "fromLocationId": there,
                        "toLocationId": back,
                        "quantity": "1",
                    },
                    product,
                )
            )
            return
        partner = self.setup["partner"]
        created = invoices.create_invoice(
            {
                "partnerId": partner["id"],
                "lines": [
                    {
                        "description": f"Soak desk {self.index} #{n}",
                        "quantity": "1",
                        "unitPrice": "100.00",
                        "taxRate": "5",
                    }
                ],
            },
            "AED",
        )
        await self.queue(created)
        invoice = self.ws.cache.get("invoices", created.entry.temp_id or "")
        if invoice is None:  # pragma: no cover - the optimistic effect is in the same commit
            raise RuntimeError("the queued invoice is not in the cache")
        await self.queue(invoices.post_invoice(invoice))
        if n % 3 == 0:
            paid = payments.record_payment(
                {
                    "partnerId": partner["id"],
                    "amount": "105.00",
                    "allocations": [{"invoiceId": invoice["id"], "amount": "105.00"}],
                },
                "AED",
            )
            await self.queue(paid)
            payment = self.ws.cache.get("payments", paid.entry.temp_id or "")
            invoice = self.ws.cache.get("invoices", invoice["id"])
            if payment is None or invoice is None:  # pragma: no cover
                raise RuntimeError("the queued payment is not in the cache")
            await self.queue(payments.post_payment(payment, [invoice]))

    async def sync_now(self, full: bool = False) -> bool:
        """What the "Sync now" button does; an ApiError is shown to the user, not a crash."""
        self.counts["syncs"] += 1
        try:
            await self.ws.service.sync_all(full=full)
            return True
        except ApiError as error:
            self.counts["syncs_failed"] += 1
            say(index=self.index, sync_failed=error.kind.value, message=error.message)
            return False

    async def offline_burst(self, n: int) -> int:
        self.counts["offline_bursts"] += 1
        await self.cable.pull()
        for _ in range(self.rng.randint(3, 8)):
            n += 1
            await self.one_piece_of_work(n)
            await asyncio.sleep(self.rng.uniform(0.3, 1.5))
        await self.cable.plug_in()
        # Back online: the sender wakes on its own (backoff) and the socket reconnects; a
        # user who sees the outbox count would also press "Sync now" half of the time.
        if self.rng.random() < 0.5:
            self.counts["outbox_replays"] += 1
            with contextlib.suppress(ApiError):
                await self.ws.service.send_outbox()
        return n

    async def live(self) -> None:
        await self.cable.plug_in()
        api_url = f"http://127.0.0.1:{self.cable.port}/api/v1"
        home = Path(self.me["home"])
        # The sandbox may be restarting right now, and on a loaded machine a restart takes
        # tens of seconds (10-16 s at load 8-12 on 2 cores, for 1.7 s of CPU): keep trying
        # as a user would, until the desk's day is over — a fixed 120 s was shorter than
        # a restart plus twenty desks starting at once, and killed desks at sign-in.
        give_up = time.monotonic() + max(120.0, self.setup["live_until"] - time.time())
        while True:
            try:
                self.workspace = await Workspace.sign_in(
                    home, api_url, self.me["email"], "demo", self.setup["company_id"]
                )
                break
            except ApiError as error:
                if time.monotonic() > give_up:
                    raise
                say(index=self.index, sign_in_failed=error.kind.value)
                await asyncio.sleep(1 + self.rng.random())
        self.ws.service.change_listeners.append(self._count_changes)
        say(index=self.index, signed_in=str(self.ws.cache.path))
        await self.sync_now()
        modules = ["inventory", "crm"] if self.role == "station" else ["accounting", "crm"]
        await self.ws.service.start(modules)
        say(index=self.index, live=True)
        # The desk's day ends at the same wall-clock moment whatever its start-up cost.
        deadline = time.monotonic() + (self.setup["live_until"] - time.time())
        n = 0
        mean_gap = self.setup["mean_gap_seconds"]
        while time.monotonic() < deadline:
            await asyncio.sleep(min(self.rng.expovariate(1 / mean_gap), 30.0))
            roll = self.rng.random()
            if roll < 0.06:
                n = await self.offline_burst(n)
            elif roll < 0.14:
                # "Sync now" runs in the background, as in the window: the desk keeps working.
                if self._sync_task is None or self._sync_task.done():
                    self._sync_task = asyncio.create_task(self.sync_now())
            else:
                n += 1
                await self.one_piece_of_work(n)
        if self._sync_task is not None:
            await self._sync_task
        say(index=self.index, idle=True, late=round(time.monotonic() - deadline, 1), **self.counts)

    def _count_changes(self, _changes: object) -> None:
        self.counts["changes_announced"] += 1

    async def drain(self, timeout: float) -> dict[str, Any]:
        service = self.ws.service
        if not self.cable.connected:
            await self.cable.plug_in()
        deadline = time.monotonic() + timeout
        while True:
            with contextlib.suppress(ApiError):
                await service.send_outbox()
            left = await service.outbox_rows(PENDING)
            if not left or time.monotonic() > deadline:
                break
            await asyncio.sleep(0.5)
        rows = await service.outbox_rows()
        by_status: dict[str, int] = {}
        for row in rows:
            by_status[row.status] = by_status.get(row.status, 0) + 1
        return by_status

    async def final(self) -> dict[str, Any]:
        service = self.ws.service
        synced = False
        for _ in range(5):
            try:
                # Incremental, not full: a full sync would refetch everything and hide a
                # change that live pulls and watermarks lost; this one must find none.
                summary = await service.sync_all()
                synced = True
                break
            except ApiError as error:
                say(index=self.index, final_sync_failed=error.kind.value, message=error.message)
                await asyncio.sleep(2)
        rows = await service.outbox_rows()
        stats = self.ws.session.stats
        events = service._events
        report = {
            "index": self.index,
            "role": self.role,
            "email": self.me["email"],
            "cache": str(self.ws.cache.path),
            "final_sync_ok": synced,
            "skipped": sorted(summary.skipped) if synced else [],
            "requests": stats.requests,
            "retries": stats.retries,
            "rate_limited": stats.rate_limited,
            "refreshes": stats.refreshes,
            "pulls": service.pulls_run,
            "reconnects": events.reconnects if events is not None else 0,
            "cable_pulls": self.cable.pulls,
            **self.counts,
            "outbox": [
                {
                    "id": r.id,
                    "resource": r.resource,
                    "action": r.action,
                    "record_id": r.record_id,
                    "status": r.status,
                    "server_id": r.server_id,
                    "attempts": r.attempts,
                    "ambiguous": bool(r.ambiguous),
                    "description": row_text(r),
                    "reference": _reference(r.body),
                    "rejection": r.rejection_message
                    and f"{r.rejection_status} {r.rejection_message} {r.field_errors or ''}",
                }
                for r in rows
            ],
        }
        return report


def _reference(body: object) -> str | None:
    if isinstance(body, str):
        with contextlib.suppress(ValueError):
            body = json.loads(body)
    if isinstance(body, dict):
        value = body.get("reference")
        return str(value) if value else None
    return None


def read_commands(loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[str]) -> None:
    """The parent's commands, read on a daemon thread (stdin has no asyncio reader here)."""
    for line in sys.stdin:
        loop.call_soon_threadsafe(queue.put_nowait, line.strip())
    loop.call_soon_threadsafe(queue.put_nowait, "eof")


async def run(setup: dict[str, Any], index: int) -> None:
    desk = Desk(setup, index)
    loop = asyncio.get_running_loop()

    def unexpected(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        # A background task of the client core died: a crash, even if the desk lives on.
        desk.counts["unhandled_errors"] += 1
        say(index=index, unhandled=context.get("message"), error=repr(context.get("exception")))
        loop.default_exception_handler(context)

    loop.set_exception_handler(unexpected)
    commands: asyncio.Queue[str] = asyncio.Queue()
    threading.Thread(
        target=read_commands, args=(asyncio.get_running_loop(), commands), daemon=True
    ).start()
    try:
        await desk.live()
        while True:
            command = await commands.get()
            if command == "drain":
                say(index=index, drained=await desk.drain(setup["drain_seconds"]))
            elif command == "final":
                say(report=await desk.final())
                return
            elif command == "eof":
                raise RuntimeError("the soak went away")
    finally:
        if desk.workspace is not None:
            await desk.workspace.close()
        await desk.cable.unplug()


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    setup = json.loads(Path(sys.argv[1]).read_text())
    index = int(sys.argv[2])
    asyncio.run(run(setup, index))


if __name__ == "__main__":
    main()
