"""Full sync of a large company: the client against a bare floor loop, same server, same run.

Floor: for each resource, fetch cursor pages (limit 100, sort=updatedAt asc) with one
keep-alive httpx client, `json.loads` each page and `executemany` (id, updatedAt, raw
JSON) into a fresh SQLite file — nothing else. Client: `Workspace.sign_in` then
`SyncService.sync_all()` into a fresh cache (typed columns, money in minor units, lines,
watermarks, outbox checks). Also: requests of a second, no-change sync, peak memory and
the cache's size on disk.

    uv run python -m bench.sync_full --scale 100
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

import httpx

from arkan_desktop.api.arkan import ARKAN_RESOURCES
from arkan_desktop.sync.workspace import Workspace
from bench._report import Figure
from bench._sandbox import child_sandbox

COMPANY = "5d0e6f3a-1a2b-4c3d-8e9f-000000000001"


def floor(api_url: str, db_path: Path) -> tuple[int, float]:
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(
        "CREATE TABLE records (resource TEXT, id TEXT, updated_at TEXT, raw TEXT, "
        "PRIMARY KEY (resource, id))"
    )
    client = httpx.Client(base_url=api_url, timeout=60)
    token = client.post("/auth/login", json={"email": "admin@demo.local", "password": "demo"})
    client.headers.update(
        {"Authorization": f"Bearer {token.json()['accessToken']}", "X-Company-Id": COMPANY}
    )
    records = 0
    started = time.perf_counter()
    for name, spec in ARKAN_RESOURCES.items():
        cursor = None
        while True:
            params: dict[str, str | int] = {"limit": 100, "sort": "updatedAt", "order": "asc"}
            if cursor:
                params["cursor"] = cursor
            body = json.loads(client.get(spec.path, params=params).content)
            rows = [(name, r["id"], r["updatedAt"], json.dumps(r)) for r in body["data"]]
            db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?)", rows)
            db.commit()
            records += len(rows)
            if not body["meta"]["hasMore"]:
                break
            cursor = body["meta"]["cursor"]
    elapsed = time.perf_counter() - started
    client.close()
    db.close()
    return records, elapsed


async def client_sync(api_url: str, home: Path) -> dict[str, float]:
    workspace = await Workspace.sign_in(home, api_url, "admin@demo.local", "demo", COMPANY)
    try:
        started = time.perf_counter()
        summary = await workspace.service.sync_all()
        elapsed = time.perf_counter() - started
        workspace.session.stats.reset()
        again = await workspace.service.sync_all()
        return {
            "records": summary.records,
            "seconds": elapsed,
            "requests": summary.requests,
            "no_change_requests": again.requests,
            "resources": len(again.results),
            "cache_mb": workspace.cache.path.stat().st_size / 2**20,
        }
    finally:
        await workspace.close()


def run(scale: int) -> dict[str, float]:
    """The floor, then the client, against one sandbox child process of that scale."""
    with child_sandbox(scale) as url, tempfile.TemporaryDirectory() as tmp:
        floor_records, floor_seconds = floor(url, Path(tmp) / "floor.sqlite3")
        result = asyncio.run(client_sync(url, Path(tmp) / "home"))
    result["floor_records"] = floor_records
    result["floor_rate"] = floor_records / floor_seconds
    result["floor_seconds"] = floor_seconds
    result["rate"] = result["records"] / result["seconds"]
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def measure(quick: bool) -> list[Figure]:
    """The suite's figures: scale 100, 437,903 records (quick: scale 1, ~11,500)."""
    scale = 1 if quick else 100
    r = run(scale)
    note = (
        f"scale {scale}: {r['records']:,.0f} records over {r['resources']:.0f} resources, "
        f"{r['requests']:,.0f} requests in {r['seconds']:.0f} s; plan unlimited"
    )
    return [
        Figure(
            "full sync, records/s",
            r["rate"],
            "records/s",
            lower_is_better=False,
            peer_name="bare loop: fetch page, json.loads, executemany",
            peer_value=r["floor_rate"],
            note=note,
            target_ratio=0.75,
        ),
        Figure(
            "requests for a no-change sync",
            r["no_change_requests"],
            "requests",
            target=r["resources"],
            note=f"one per resource is the target: {r['resources']:.0f}",
        ),
        Figure("peak memory (RSS) of the syncing process", r["peak_mb"], "MB", note=note),
        Figure("cache on disk after the full sync", r["cache_mb"], "MB", note=note),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    result = run(args.scale)
    floor_rate, floor_records = result["floor_rate"], int(result["floor_records"])
    rate = result["rate"]
    print(f"records: client {int(result['records']):,}, floor {floor_records:,}")
    print(
        f"full sync, client : {rate:10,.0f} records/s  ({result['seconds']:.1f} s, "
        f"{int(result['requests']):,} requests)"
    )
    print(
        f"full sync, floor  : {floor_rate:10,.0f} records/s  ({result['floor_seconds']:.1f} s; "
        "fetch + json.loads + executemany only)"
    )
    print(f"ratio client/floor: {rate / floor_rate:.2f}   (target >= 0.75)")
    print(
        f"no-change sync    : {int(result['no_change_requests'])} requests for "
        f"{int(result['resources'])} resources (target: one each)"
    )
    print(
        f"peak memory (RSS) : {result['peak_mb']:,.0f} MB, "
        f"cache on disk {result['cache_mb']:,.0f} MB"
    )
    print(
        f"machine: {platform.machine()}, CPython {platform.python_version()}, {platform.system()}"
    )


if __name__ == "__main__":
    main()
