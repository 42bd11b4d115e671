"""How long until a change made on the server is in the client's cache.

A change is made through the API (a new client in CRM); the clock runs from the
moment that HTTP call returns until the client's SyncService announces the new record
in a ChangeSet (events socket → debounced pull → upsert). The peer, measured in the
same run, is a bare WebSocket listener: the time until `module.invalidate` merely
arrives, which is the floor any client is bound by.

    uv run python -m bench.invalidation_latency --changes 100
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import websockets

from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.sync.workspace import Workspace
from bench._report import Figure
from bench._sandbox import child_sandbox

COMPANY = "5d0e6f3a-1a2b-4c3d-8e9f-000000000001"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def latencies(api_url: str, home: Path, changes: int) -> tuple[list[float], list[float]]:
    workspace = await Workspace.sign_in(home, api_url, "admin@demo.local", "demo", COMPANY)
    arrived: dict[str, float] = {}

    def on_changes(change: ChangeSet) -> None:
        for record_id in change.resources.get("clients", ()):
            arrived.setdefault(record_id, time.perf_counter())

    workspace.service.change_listeners.append(on_changes)
    await workspace.service.sync_all()
    await workspace.service.start(["crm"])
    http = httpx.AsyncClient(base_url=api_url, timeout=30)
    token = (
        await http.post("/auth/login", json={"email": "admin@demo.local", "password": "demo"})
    ).json()["accessToken"]
    headers = {"Authorization": f"Bearer {token}", "X-Company-Id": COMPANY}
    ws_url = api_url.replace("http://", "ws://").removesuffix("/api/v1") + "/ws"
    bare = await websockets.connect(f"{ws_url}?token={token}&companyId={COMPANY}")
    await bare.send(json.dumps({"event": "join_module", "data": {"moduleKey": "crm"}}))
    await bare.recv()
    deadline = time.monotonic() + 10
    while workspace.service.connection.value != "online" and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    to_cache: list[float] = []
    to_socket: list[float] = []
    try:
        for _ in range(changes):
            response = await http.post(
                "/crm/clients", headers=headers, json={"name": f"Latency {uuid.uuid4()}"}
            )
            answered = time.perf_counter()
            record_id = response.json()["id"]
            while True:
                message = json.loads(await asyncio.wait_for(bare.recv(), 5))
                if message["event"] == "module.invalidate":
                    to_socket.append(time.perf_counter() - answered)
                    break
            limit = time.monotonic() + 5
            while record_id not in arrived and time.monotonic() < limit:
                await asyncio.sleep(0.001)
            to_cache.append(arrived.get(record_id, float("inf")) - answered)
            await asyncio.sleep(0.05)  # spaced out: each change is its own burst
    finally:
        await bare.close()
        await http.aclose()
        await workspace.close()
    return to_cache, to_socket


def measure(quick: bool) -> list[Figure]:
    """The suite's figures: 50 changes (quick: 20), each its own burst."""
    changes = 20 if quick else 50
    with child_sandbox(1) as url, tempfile.TemporaryDirectory() as tmp:
        to_cache, to_socket = asyncio.run(latencies(url, Path(tmp), changes))
    ms = 1000
    note = f"{changes} changes (a new CRM client each), spaced 50 ms apart"
    peer = "`module.invalidate` reaches a bare socket"
    return [
        Figure(
            "server change → client cache, p50",
            statistics.median(to_cache) * ms,
            "ms",
            peer_name=f"{peer}, p50",
            peer_value=statistics.median(to_socket) * ms,
            note=note,
        ),
        Figure(
            "server change → client cache, p95",
            percentile(to_cache, 95) * ms,
            "ms",
            target=300,
            peer_name=f"{peer}, p95",
            peer_value=percentile(to_socket, 95) * ms,
            note=note,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100)
    args = parser.parse_args()
    with child_sandbox(1) as url, tempfile.TemporaryDirectory() as tmp:
        to_cache, to_socket = asyncio.run(latencies(url, Path(tmp), args.changes))
    ms = 1000
    print(f"changes: {len(to_cache)}")
    print(
        f"server change -> client cache : p50 {statistics.median(to_cache) * ms:6.0f} ms, "
        f"p95 {percentile(to_cache, 95) * ms:6.0f} ms   (target p95 <= 300 ms)"
    )
    print(
        f"server change -> bare socket  : p50 {statistics.median(to_socket) * ms:6.1f} ms, "
        f"p95 {percentile(to_socket, 95) * ms:6.1f} ms   (peer: event arrival only)"
    )
    print(
        f"machine: {platform.machine()}, CPython {platform.python_version()}, {platform.system()}"
    )


if __name__ == "__main__":
    main()
