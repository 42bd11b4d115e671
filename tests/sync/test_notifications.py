"""Notifications and colleagues through the sync service, against the sandbox over real
HTTP and WebSocket: heard live and kept in the cache, caught up after time away, marked
read here and told to the server when it is back, colleagues coming and going."""

from __future__ import annotations

import asyncio
from pathlib import Path

from arkan_desktop.domain.notifications import Colleague, Notification
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.queries import notifications as queries
from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import eventually, run
from tests.sandbox.conftest import Api
from tests.support.colleagues import order_awaiting_approval, window_of
from tests.sync.conftest import open_workspace, server_shows


def kept(workspace: Workspace) -> dict[str, Notification]:
    return {n.id: n for n in queries.recent(workspace.cache)}


def about(workspace: Workspace, document_id: str) -> Notification | None:
    return next((n for n in kept(workspace).values() if n.document_id == document_id), None)


async def go_live(workspace: Workspace) -> None:
    await workspace.service.start([])
    await eventually(lambda: workspace.service.notices.colleagues is not None, timeout=10)


def test_an_order_awaiting_approval_is_heard_and_kept(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    colleague = Api(sandbox, "accountant@demo.local")
    arrived: list[Notification] = []

    async def body() -> None:
        workspace = await open_workspace(sandbox, tmp_path)
        workspace.service.notices.arrival_listeners.append(arrived.extend)
        try:
            await go_live(workspace)
            order = await asyncio.to_thread(order_awaiting_approval, colleague)
            await eventually(lambda: about(workspace, order["id"]) is not None, timeout=3)
            notice = about(workspace, order["id"])
            assert notice is not None and not notice.read
            assert (notice.type, notice.document_type) == (
                "purchase_order_approval",
                "purchase_order",
            )
            assert order["number"] in notice.title
            # Listeners hear of it once it is kept (just after): once, by the same id.
            await eventually(lambda: any(n.document_id == order["id"] for n in arrived), timeout=3)
            assert [n.id for n in arrived if n.document_id == order["id"]] == [notice.id]
            assert queries.unread_count(workspace.cache) >= 1
        finally:
            await workspace.close()

    run(body())


def test_what_came_while_away_is_caught_up_and_reads_go_when_back(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    colleague, me = Api(sandbox, "accountant@demo.local"), Api(sandbox, "admin@demo.local")
    arrived: list[Notification] = []

    def server_says_read(notification_id: str) -> bool:
        listed = me.ok(me.get("/notifications", limit=100))["data"]
        return any(n["id"] == notification_id and n["read"] for n in listed)

    async def body() -> None:
        workspace = await open_workspace(sandbox, tmp_path)
        try:
            await go_live(workspace)  # the first catch-up: history, not news
            await eventually(lambda: queries.caught_up_before(workspace.cache), timeout=5)
        finally:
            await workspace.close()
        while_away = await asyncio.to_thread(order_awaiting_approval, colleague)

        again = await Workspace.resume(tmp_path)
        again.service.notices.arrival_listeners.append(arrived.extend)
        try:
            assert about(again, while_away["id"]) is None
            await go_live(again)
            await eventually(lambda: about(again, while_away["id"]) is not None, timeout=5)
            missed = about(again, while_away["id"])
            assert missed is not None and missed in arrived  # said as news: it is one
            await again.service.notices.stop()
            again.service.notices.disconnected()  # read while the connection is down
            await again.service.notices.mark_read([missed.id])
            assert kept(again)[missed.id].read
            assert queries.unsent_reads(again.cache) == [missed.id]
            assert not await asyncio.to_thread(server_says_read, missed.id)
            again.service.notices.connected()  # back: the read is told
            await server_shows(lambda: server_says_read(missed.id))
            await eventually(lambda: queries.unsent_reads(again.cache) == [], timeout=3)
        finally:
            await again.close()

    run(body())


def test_colleagues_online_come_and_go(sandbox: SandboxServer, tmp_path: Path) -> None:
    colleague = Api(sandbox, "accountant@demo.local")
    heard: list[tuple[Colleague, ...] | None] = []

    def names() -> set[str]:
        last = heard[-1] if heard else None
        return {c.full_name for c in last or ()}

    async def body() -> None:
        workspace = await open_workspace(sandbox, tmp_path)
        workspace.service.notices.colleague_listeners.append(heard.append)
        try:
            await go_live(workspace)
            assert "Demo Admin" not in names()  # the user is not their own colleague
            window = await asyncio.to_thread(window_of, sandbox, colleague)
            await eventually(lambda: "Demo Accountant" in names(), timeout=3)
            await asyncio.to_thread(window.close)
            await eventually(lambda: "Demo Accountant" not in names(), timeout=3)
        finally:
            await workspace.close()
        assert heard[-1] is None  # closed: nobody is known to be online

    run(body())
