"""Crash loop: kill -9 a syncing client at random points, many times; the cache survives.

    uv run python -m bench.crash_loop --runs 50 --scale 10

A sandbox child process serves a big company (`--scale`). First one reference sync into
an empty cache counts the pages of a full sync. Then each run: a client process (the
real Workspace and SyncService) starts a full sync into an empty cache and is killed with
SIGKILL after a random number of pages (and a random few milliseconds more); the cache
file must pass `PRAGMA integrity_check`; a second client process on the same cache must
finish the sync; the cache must pass the check again and equal the server (every
resource, ids and updatedAt). Exit code 1 if any run breaks one of these. The report is
printed and written as JSON (`--json`, default bench/results/crash_loop.json).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import queue
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import keyring

from arkan_desktop.sandbox.demo_catalog import COMPANIES
from bench._sandbox import child_sandbox
from bench.soak_check import ServerReader, Truth, cache_differences

REPO = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "results" / "crash_loop.json"
COMPANY = str(COMPANIES[0]["id"])


def say(text: str) -> None:
    print(text, flush=True)


async def child_sync(home: Path, api_url: str) -> None:
    """The client side: sign in, one full sync, a line per page so the parent can aim."""
    from arkan_desktop.sync.workspace import Workspace

    workspace = await Workspace.sign_in(home, api_url, "admin@demo.local", "demo", COMPANY)
    say(f"cache {workspace.cache.path}")

    def progress(resource: str, done: int, _total: int | None) -> None:
        say(f"page {resource} {done}")

    try:
        await workspace.service.sync_all(progress=progress)
        say("synced")
    finally:
        await workspace.close()


class Client:
    """A client child process whose stdout lines are read as they come."""

    def __init__(self, home: Path, api_url: str) -> None:
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.crash_loop", "--child", str(home), api_url],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.cache: Path | None = None
        self.pages = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def until(self, pages: int | None, timeout: float) -> bool:
        """Read lines until `pages` pages are done (None: until "synced"); True if reached."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                return False
            if line.startswith("cache "):
                self.cache = Path(line.split(" ", 1)[1])
            elif line.startswith("page "):
                self.pages += 1
                if pages is not None and self.pages >= pages:
                    return True
            elif line == "synced":
                return pages is None
        raise TimeoutError(f"the client did not get there in {timeout:.0f} s")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def finish(self) -> int:
        code = self.process.wait(timeout=60)
        return code

    def stderr(self) -> str:
        assert self.process.stderr is not None
        return self.process.stderr.read()[-2000:]


def integrity(cache: Path) -> str:
    """`PRAGMA integrity_check` as the next opener sees the file (the WAL is recovered)."""
    db = sqlite3.connect(cache)
    try:
        return str(db.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        db.close()


def one_run(
    n: int, api_url: str, root: Path, pages_total: int, rng: random.Random, truth: Truth
) -> dict[str, Any]:
    home = root / f"run-{n:03d}"
    kill_at = rng.randint(1, max(1, pages_total - 1))
    run: dict[str, Any] = {"run": n, "kill_after_pages": kill_at}
    victim = Client(home, api_url)
    reached = victim.until(kill_at, timeout=900)
    time.sleep(rng.uniform(0, 0.05))  # not always right after a page's line
    started = time.monotonic()
    victim.kill()
    run["killed_after_s"] = round(started - victim.started, 2)
    run["killed_mid_sync"] = reached
    if victim.cache is None or not victim.cache.exists():
        run["problems"] = ["the killed client left no cache file"]
        return run
    run["integrity_after_kill"] = integrity(victim.cache)
    survivor = Client(home, api_url)
    started = time.monotonic()
    finished = survivor.until(None, timeout=900)
    code = survivor.finish()
    run["next_sync_s"] = round(time.monotonic() - started, 2)
    run["next_sync_completed"] = finished and code == 0
    run["integrity_after_sync"] = integrity(victim.cache)
    problems = []
    if run["integrity_after_kill"] != "ok":
        problems.append(f"after the kill: {run['integrity_after_kill']}")
    if not run["next_sync_completed"]:
        problems.append(f"the next sync did not complete (exit {code}): {survivor.stderr()}")
    if run["integrity_after_sync"] != "ok":
        problems.append(f"after the next sync: {run['integrity_after_sync']}")
    differences = cache_differences(victim.cache, truth) if finished else {}
    if differences:
        problems.append(f"cache differs from the server: {json.dumps(differences)[:500]}")
    run["cache_equals_server"] = finished and not differences
    run["problems"] = problems
    shutil.rmtree(home, ignore_errors=True)
    return run


def summary(
    runs: list[dict[str, Any]],
    scale: int,
    records: int,
    pages_total: int,
    full_sync_s: float,
    began: float,
) -> dict[str, Any]:
    failed = [r for r in runs if r["problems"]]
    return {
        "ok": not failed,
        "runs": len(runs),
        "scale": scale,
        "records": records,
        "full_sync_pages": pages_total,
        "full_sync_s": round(full_sync_s, 1),
        "killed_mid_sync": sum(bool(r["killed_mid_sync"]) for r in runs),
        "integrity_ok_after_kill": sum(r.get("integrity_after_kill") == "ok" for r in runs),
        "next_sync_completed": sum(bool(r.get("next_sync_completed")) for r in runs),
        "cache_equals_server": sum(bool(r.get("cache_equals_server")) for r in runs),
        "next_sync_s_median": statistics.median(r.get("next_sync_s", 0) for r in runs)
        if runs
        else None,
        "total_s": round(time.monotonic() - began, 1),
        "failed": failed,
        "runs_detail": runs,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.crash_loop", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--json", type=Path, default=OUT)
    parser.add_argument("--child", nargs=2, metavar=("HOME", "API_URL"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        from bench.soak_client import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())
        asyncio.run(child_sync(Path(args.child[0]), args.child[1]))
        return 0

    rng = random.Random(args.seed)
    began = time.monotonic()
    runs: list[dict[str, Any]] = []
    with child_sandbox(args.scale) as api_url, tempfile.TemporaryDirectory() as tmp:
        reader = ServerReader(api_url, COMPANY)
        truth = reader.truth()
        reader.close()
        records = sum(len(v) for v in truth.values())
        reference = Client(Path(tmp) / "reference", api_url)
        if not reference.until(None, timeout=1800):
            raise SystemExit(f"the reference sync failed: {reference.stderr()}")
        reference.finish()
        full_sync_s = time.monotonic() - reference.started
        pages_total = reference.pages
        print(f"reference: a full sync is {pages_total} pages, {full_sync_s:.1f} s", flush=True)
        for n in range(1, args.runs + 1):
            run = one_run(n, api_url, Path(tmp), pages_total, rng, truth)
            runs.append(run)
            # Written after every run, so that an interrupted loop still leaves its record.
            args.json.parent.mkdir(parents=True, exist_ok=True)
            partial = summary(runs, args.scale, records, pages_total, full_sync_s, began)
            args.json.write_text(json.dumps(partial, indent=2))
            status = "ok" if not run["problems"] else "FAIL " + "; ".join(run["problems"])
            print(
                f"run {n:3d}: killed after {run['kill_after_pages']:4d} pages "
                f"({run['killed_after_s']:5.1f} s), integrity {run.get('integrity_after_kill')}, "
                f"next sync {run.get('next_sync_s', 0):5.1f} s: {status}",
                flush=True,
            )
    report = summary(runs, args.scale, records, pages_total, full_sync_s, began)
    print(
        f"crash loop: {report['runs']} kills at scale {args.scale} "
        f"({report['records']:,} records, {pages_total} pages): integrity ok "
        f"{report['integrity_ok_after_kill']}/{report['runs']}, next sync completed "
        f"{report['next_sync_completed']}/{report['runs']}, cache equals server "
        f"{report['cache_equals_server']}/{report['runs']}; {report['total_s']:.0f} s "
        f"— {'PASSED' if report['ok'] else 'FAILED'}"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
