"""First sign-in: how soon the newest invoices are there, and how long the whole first sync takes.

Three network profiles, each against a sandbox child process of its own: `unlimited`,
`business` (600 requests a minute, burst 100) and `unlimited` with every request delayed
50 ms (`--chaos latency=50-50ms`). For each, p50 of `RUNS` runs from a fresh client home:
- *newest 50 invoices*: from just before `Workspace.sign_in` (the sign-in request, the
  new cache), with the invoices prioritised as the app's first tab (Invoices) does,
  until the 50 most recently changed invoices (asked of the server beforehand) are all
  in the cache (a second SQLite connection polls it every 20 ms);
- *whole first sync*: `SyncService.sync_all()` from its call to its end.
Floors, in the same run: the plan's, pages ÷ allowed rate (business); the bare loop
(bench/sync_full.py's: one keep-alive httpx connection, fetch, `json.loads`,
`executemany`), on the profiles without a rate limit; for the newest invoices, one bare
request of the newest page. The load average is printed with the figures: the machine is
shared, so figures taken on a loaded machine say little.

    uv run python -m bench.first_sign_in --scale 100 --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sqlite3
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from arkan_desktop.api.arkan import ARKAN_RESOURCES
from arkan_desktop.sandbox.config import PLANS
from arkan_desktop.sync.workspace import Workspace
from bench._report import Figure
from bench._sandbox import child_sandbox
from bench.sync_full import COMPANY, floor

RUNS = 3
NEWEST = 50
TARGET_NEWEST_S = 3.0
PROFILES = (  # name, plan, chaos
    ("unlimited", "unlimited", None),
    ("business", "business", None),
    ("50 ms link", "unlimited", "latency=50-50ms"),
)


@dataclass
class Run:
    newest: float  # seconds to the newest invoices in the cache
    whole: float  # seconds of the whole first sync
    requests: int


def _bare_client(url: str) -> httpx.Client:
    client = httpx.Client(base_url=url, timeout=60)
    token = client.post("/auth/login", json={"email": "admin@demo.local", "password": "demo"})
    client.headers.update(
        {"Authorization": f"Bearer {token.json()['accessToken']}", "X-Company-Id": COMPANY}
    )
    return client


def server_facts(url: str) -> tuple[list[str], int, float]:
    """The newest invoices' ids, the pages of a whole walk, one bare newest page (s)."""
    client = _bare_client(url)
    try:
        path = ARKAN_RESOURCES["invoices"].path
        started = time.perf_counter()
        answer = client.get(path, params={"limit": 100, "sort": "updatedAt", "order": "desc"})
        one_page = time.perf_counter() - started
        ids = [str(r["id"]) for r in answer.json()["data"][:NEWEST]]
        pages = 0
        for spec in ARKAN_RESOURCES.values():
            total = client.get(spec.path, params={"limit": 1}).json()["meta"]["total"]
            pages += max(1, math.ceil(total / 100))
    finally:
        client.close()
    return ids, pages, one_page


async def _watch(cache_file: Path, wanted: list[str], started: float) -> float:
    """Seconds from `started` until every wanted invoice is in the cache file."""
    marks = ",".join("?" * len(wanted))
    while True:
        if cache_file.exists():
            try:
                with sqlite3.connect(cache_file, timeout=0.05) as db:
                    found = db.execute(
                        f"SELECT count(*) FROM invoices WHERE id IN ({marks})", wanted
                    ).fetchone()[0]
                if found == len(wanted):
                    return time.perf_counter() - started
            except sqlite3.Error:
                pass  # the cache is being created, or busy: look again
        await asyncio.sleep(0.02)


async def one_run(url: str, home: Path, wanted: list[str]) -> Run:
    started = time.perf_counter()
    workspace = await Workspace.sign_in(home, url, "admin@demo.local", "demo", COMPANY)
    watcher = asyncio.create_task(_watch(workspace.cache.path, wanted, started))
    workspace.service.prioritise(["invoices"])  # as the app does: its first tab is Invoices
    try:
        synced = time.perf_counter()
        summary = await workspace.service.sync_all()
        whole = time.perf_counter() - synced
        async with asyncio.timeout(5):
            newest = await watcher
        return Run(newest, whole, summary.requests)
    finally:
        watcher.cancel()
        await workspace.close()


def profile(scale: int, plan: str, chaos: str | None, runs: int) -> dict[str, float]:
    with child_sandbox(scale, plan, chaos=chaos) as url, tempfile.TemporaryDirectory() as tmp:
        wanted, pages, one_page = server_facts(url)
        out: dict[str, float] = {"pages": pages, "one_page": one_page}
        limit = PLANS[plan].per_minute
        if limit:
            out["rate_floor"] = pages / (limit / 60)
        else:
            out["bare_floor"] = floor(url, Path(tmp) / "floor.sqlite3")[1]
        results = [asyncio.run(one_run(url, Path(tmp) / f"home-{n}", wanted)) for n in range(runs)]
    out["newest"] = statistics.median(r.newest for r in results)
    out["whole"] = statistics.median(r.whole for r in results)
    out["requests"] = statistics.median(r.requests for r in results)
    return out


def run_all(scale: int, runs: int) -> dict[str, dict[str, float]]:
    return {name: profile(scale, plan, chaos, runs) for name, plan, chaos in PROFILES}


def _floor(r: dict[str, float]) -> tuple[str, float]:
    if "rate_floor" in r:
        return "pages ÷ the plan's rate", r["rate_floor"]
    return "bare single-connection loop", r["bare_floor"]


def measure(quick: bool) -> list[Figure]:
    """Scale 100, p50 of 3 runs (quick: scale 1, one run)."""
    scale, runs = (1, 1) if quick else (100, RUNS)
    found = run_all(scale, runs)
    load = os.getloadavg()[0]
    figures = []
    for name, r in found.items():
        note = (
            f"scale {scale}, p50 of {runs}, {r['pages']:,.0f} pages, "
            f"{r['requests']:,.0f} requests; load average {load:.1f}"
        )
        figures.append(
            Figure(
                f"{NEWEST} newest invoices in the cache after signing in, {name}",
                r["newest"],
                "s",
                TARGET_NEWEST_S,
                peer_name="one bare request of the newest page",
                peer_value=r["one_page"],
                note=note,
            )
        )
        floor_name, floor_value = _floor(r)
        figures.append(
            Figure(
                f"whole first sync, {name}",
                r["whole"],
                "s",
                peer_name=floor_name,
                peer_value=floor_value,
                note=note,
                target_ratio=1.2 if name == "50 ms link" else 1 / 0.9,
            )
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=RUNS)
    args = parser.parse_args()
    found = run_all(args.scale, args.runs)
    print(f"First sign-in, scale {args.scale}, p50 of {args.runs} "
          f"(load average {' '.join(f'{x:.1f}' for x in os.getloadavg())})")  # fmt: skip
    for name, r in found.items():
        floor_name, floor_value = _floor(r)
        print(f"  {name}:")
        print(
            f"    {NEWEST} newest invoices: {r['newest']:6.2f} s   "
            f"(target {TARGET_NEWEST_S:.0f} s; one bare request {r['one_page'] * 1000:.0f} ms)"
        )
        print(
            f"    whole first sync:    {r['whole']:6.1f} s   ({floor_name}: {floor_value:.1f} s, "
            f"ratio {r['whole'] / floor_value:.2f}; {r['requests']:,.0f} requests, "
            f"{r['pages']:,.0f} pages)"
        )


if __name__ == "__main__":
    main()
