"""Reliability soak: 20 desks against a chaotic sandbox that is killed and restarted.

    uv run python -m bench.soak --minutes 30          # the run docs/RELIABILITY.md records
    uv run python -m bench.soak --minutes 3           # CI

A sandbox (`bench.soak_server`, the real app over loopback HTTP and WebSocket) runs with
`--chaos` and a rate-limit plan. Twenty client processes (`bench.soak_client`: ten
warehouse stations, ten finance desks; each with its own home directory and cache, using
the real Workspace, SyncService and outbox) live for the given minutes: live sync over
the events socket, "Sync now", writes, offline bursts (their own connection cut while
they keep queueing) and outbox replays. Meanwhile the sandbox is killed with SIGKILL at
random moments and started again on the same data directory and port.

Then the chaos stops: the sandbox restarts without faults, every desk sends what it has
queued, then runs one incremental sync (a full one would refetch everything and hide a
change the live pulls lost). The verdict, each one an invariant (exit code 1 if any
breaks): every desk's cache equals the server (per resource, ids and updatedAt); every
queued write took effect exactly once (found by its reference; posts left one journal
entry); no desk crashed; no desk's request was refused by the rate limiter (`--allow-429`
reports them without failing). The report is printed and written as JSON (`--json`,
default bench/results/soak.json).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import queue
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import keyring

from arkan_desktop.sandbox.demo_catalog import COMPANIES
from arkan_desktop.store.paths import cache_path
from arkan_desktop.sync.workspace import Workspace
from bench.soak_check import ServerReader, cache_differences, exactly_once
from bench.soak_client import MemoryKeyring

REPO = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "results"
COMPANY_1 = str(COMPANIES[0]["id"])  # Arkan Demo Trading LLC (AED)
CHAOS = "latency=5-50ms,error=0.05,lost=0.03,ws-drop=30s"
BINS = ("WH1-A-01-1", "WH1-B-03-2")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _lines(stream: IO[str], into: queue.Queue[tuple[int, dict[str, Any]]], who: int) -> None:
    for line in stream:
        try:
            into.put((who, json.loads(line)))
        except ValueError:
            into.put((who, {"text": line.rstrip()}))
    into.put((who, {"eof": True}))


@dataclass
class Sandbox:
    """bench.soak_server in a child process, restarted on the same data and port."""

    data: Path
    port: int
    plan: str
    log: Path
    process: subprocess.Popen[str] | None = None
    starts: int = 0
    kills: int = 0
    totals: dict[str, int] = field(default_factory=dict)
    _last: dict[str, int] = field(default_factory=dict)
    _ready: threading.Event = field(default_factory=threading.Event)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v1"

    def start(self, chaos: str = "", timeout: float = 600) -> None:
        self._ready.clear()
        self._last = {}
        self.starts += 1
        command = [
            sys.executable,
            "-m",
            "bench.soak_server",
            "--data",
            str(self.data),
            "--port",
            str(self.port),
            "--plan",
            self.plan,
        ]
        if chaos:
            command += ["--chaos", chaos]
        with self.log.open("a") as log:
            log.write(f"--- start {self.starts} chaos={chaos!r}\n")
            self.process = subprocess.Popen(
                command, cwd=REPO, stdout=subprocess.PIPE, stderr=log, text=True
            )
        threading.Thread(target=self._read, args=(self.process,), daemon=True).start()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"the sandbox did not start in {timeout} s (see {self.log})")

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            message = json.loads(line)
            if "ready" in message:
                self._ready.set()
            elif process is self.process:
                self._last = message

    def _account(self) -> None:
        for key, value in self._last.items():
            self.totals[key] = self.totals.get(key, 0) + value
        self._last = {}

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush; like pulling the server's power cord."""
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)
            self.kills += 1
            self._account()
            self.process = None

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=30)
            time.sleep(0.2)  # the reader thread takes the last counter line
            self._account()
            self.process = None


def copy_sandbox_data(source: Path, target: Path) -> None:
    """A seeded data directory, copied safely even if a sandbox is serving it right now."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.name.endswith(("-wal", "-shm")) or not item.is_file():
            continue
        if item.suffix == ".sqlite3":
            with sqlite3.connect(item) as src, sqlite3.connect(target / item.name) as dst:
                src.backup(dst)
            src.close()
            dst.close()
        else:
            shutil.copy2(item, target / item.name)


def prepare(sandbox: Sandbox, clients: int, home: Path, seed: int) -> dict[str, Any]:
    """A partner for the finance desks, a product with stock for each station."""
    http = httpx.Client(base_url=sandbox.api_url, timeout=60)
    login = http.post("/auth/login", json={"email": "admin@demo.local", "password": "demo"})
    login.raise_for_status()
    http.headers["Authorization"] = f"Bearer {login.json()['accessToken']}"
    http.headers["X-Company-Id"] = COMPANY_1

    def ok(response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json()

    bins = [ok(http.get("/inventory/locations", params={"code": c}))["data"][0] for c in BINS]
    partner = ok(http.post("/crm/clients", json={"name": f"Soak Customer {seed}"}))
    desks = []
    for i in range(clients):
        role = "station" if i % 2 == 0 else "finance"
        desk: dict[str, Any] = {
            "role": role,
            "email": "storekeeper@demo.local" if role == "station" else "accountant@demo.local",
            "home": str(home / f"desk-{i:02d}"),
        }
        if role == "station":
            sku = f"SOAK-{seed}-{i:02d}"
            product = ok(
                http.post(
                    "/inventory/products",
                    json={
                        "sku": sku,
                        "name": f"Soak item {sku}",
                        "type": "storable",
                        "cost": "10.00",
                        "salePrice": "25.00",
                        "taxRate": "5",
                    },
                )
            )
            for where in bins:
                counted = [{"productId": product["id"], "countedQuantity": "1000"}]
                ok(
                    http.post(
                        "/inventory/adjustments",
                        json={"locationId": where["id"], "reason": "Soak", "lines": counted},
                    )
                )
            desk["product"] = product
        desks.append(desk)
    http.close()
    return {"partner": partner, "bins": [b["id"] for b in bins], "clients": desks}


def give_each_desk_a_synced_cache(api_url: str, setup: dict[str, Any], where: Path) -> None:
    """Desks of an office already have their caches: sync one per role, copy it to each.

    Each desk gets its own loopback port (its cable), so its cache file is the one the
    client itself would open for that server address.
    """
    keyring.set_keyring(MemoryKeyring())

    async def sync(email: str) -> Path:
        workspace = await Workspace.sign_in(where / email, api_url, email, "demo", COMPANY_1)
        try:
            await workspace.service.sync_all()
            return workspace.cache.path
        finally:
            await workspace.close()

    templates = {
        email: asyncio.run(sync(email))
        for email in sorted({desk["email"] for desk in setup["clients"]})
    }
    for desk in setup["clients"]:
        desk["cable_port"] = port = free_port()
        home = Path(desk["home"])
        target = cache_path(home, f"http://127.0.0.1:{port}/api/v1", COMPANY_1)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(templates[desk["email"]], target)


@dataclass
class Desk:
    index: int
    process: subprocess.Popen[str]
    said: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] | None = None
    exited: int | None = None

    def send(self, command: str) -> None:
        """A command on the desk's stdin; a desk that has died simply does not hear it."""
        stdin = self.process.stdin
        if stdin is None or stdin.closed:
            return
        try:
            stdin.write(command + "\n")
            stdin.flush()
        except OSError:  # BrokenPipeError: the desk is dead; verify() reports it
            pass

    def hang_up(self) -> None:
        """Close the desk's stdin (its cue to exit), even if the desk is long dead."""
        stdin = self.process.stdin
        if stdin is None or stdin.closed:
            return
        with contextlib.suppress(OSError):  # close() flushes: BrokenPipeError if dead
            stdin.close()


class Soak:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.run_dir = Path(tempfile.mkdtemp(prefix="soak-", dir=args.workdir))
        self.messages: queue.Queue[tuple[int, dict[str, Any]]] = queue.Queue()
        self.desks: dict[int, Desk] = {}
        self.events: list[str] = []
        self.failures: dict[str, int] = {}
        self.started = time.monotonic()

    def note(self, text: str) -> None:
        stamp = f"{time.monotonic() - self.started:7.1f}s"
        self.events.append(f"{stamp} {text}")
        if self.args.verbose:
            print(f"soak {stamp} {text}", flush=True)

    def spawn(self, index: int, setup_file: Path) -> None:
        stderr = (self.run_dir / f"desk-{index:02d}.stderr").open("w")
        process = subprocess.Popen(
            [sys.executable, "-m", "bench.soak_client", str(setup_file), str(index)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        stderr.close()
        assert process.stdout is not None
        threading.Thread(
            target=_lines, args=(process.stdout, self.messages, index), daemon=True
        ).start()
        self.desks[index] = Desk(index, process)

    def pump(self, timeout: float) -> None:
        """Take in what the desks said (waiting up to `timeout` for the first line)."""
        try:
            index, message = self.messages.get(timeout=timeout)
        except queue.Empty:
            return
        while True:
            desk = self.desks[index]
            if "report" in message:
                desk.report = message["report"]
            elif "eof" in message:
                try:
                    desk.exited = desk.process.wait(timeout=60)
                except subprocess.TimeoutExpired:  # stdout closed, yet alive: a hung desk
                    desk.process.kill()
                    desk.exited = desk.process.wait(timeout=60)
                if desk.report is None:
                    self.note(f"desk {index} exited ({desk.exited}) before its report")
            else:
                desk.said.update(message)
                for key in ("sync_failed", "sign_in_failed", "final_sync_failed"):
                    if key in message:
                        # what the user saw when "Sync now" failed, by ApiError kind
                        what = f"{key}: {message[key]}"
                        self.failures[what] = self.failures.get(what, 0) + 1
            try:
                index, message = self.messages.get_nowait()
            except queue.Empty:
                return

    def wait_for(self, what: str, done: Any, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if all(done(d) or d.exited is not None for d in self.desks.values()):
                return True
            self.pump(0.5)
        self.note(f"{what}: not every desk within {timeout:.0f} s")
        return False

    def run(self) -> dict[str, Any]:
        args = self.args
        live = args.minutes * 60
        data = self.run_dir / "server"
        if args.seed_data and (args.seed_data / "sandbox.sqlite3").exists():
            copy_sandbox_data(args.seed_data, data)
        sandbox = Sandbox(data, free_port(), args.plan, self.run_dir / "sandbox.log")
        sandbox.start("")  # set-up on a quiet server
        setup = prepare(sandbox, args.clients, self.run_dir / "homes", args.seed)
        if not args.cold_start:
            self.note("syncing one cache per role to start every desk from")
            give_each_desk_a_synced_cache(sandbox.api_url, setup, self.run_dir / "templates")
        sandbox.stop()
        self.note(f"set-up done in {time.monotonic() - self.started:.1f} s")
        stagger = min(3.0, live * 0.25 / max(1, args.clients))
        for i, desk in enumerate(setup["clients"]):
            desk["start_delay"] = i * stagger
        setup.update(
            seed=args.seed,
            company_id=COMPANY_1,
            sandbox_port=sandbox.port,
            live_seconds=live,
            mean_gap_seconds=args.mean_gap,
            drain_seconds=args.drain_seconds,
        )
        chaos_base = args.chaos
        sandbox.start(f"{chaos_base},seed={args.seed}")
        live_started = time.monotonic()
        setup["live_until"] = time.time() + live
        setup_file = self.run_dir / "setup.json"
        setup_file.write_text(json.dumps(setup))
        restarts = sorted(
            self.rng.uniform(20, max(21, live - 15))
            for _ in range(max(1, round(live / args.restart_every)))
        )
        self.note(
            f"live: {args.clients} desks, {live:.0f} s, restarts at "
            f"{', '.join(f'{t:.0f}' for t in restarts)} s"
        )
        spawned = 0
        while (elapsed := time.monotonic() - live_started) < live:
            while spawned < args.clients and elapsed >= setup["clients"][spawned]["start_delay"]:
                self.spawn(spawned, setup_file)
                spawned += 1
            if restarts and elapsed >= restarts[0]:
                restarts.pop(0)
                down = self.rng.uniform(0.5, 5.0)
                sandbox.kill()
                self.note(f"sandbox killed (SIGKILL); starting again in {down:.1f} s")
                time.sleep(down)
                starting = time.monotonic()
                sandbox.start(f"{chaos_base},seed={args.seed + sandbox.starts}")
                self.note(f"sandbox serving again after {time.monotonic() - starting:.1f} s")
            self.pump(0.2)
        while spawned < args.clients:  # a very short run: the rest still get to live
            self.spawn(spawned, setup_file)
            spawned += 1

        self.wait_for("idle", lambda d: "idle" in d.said, 300)
        sandbox.stop()
        sandbox.start("")  # the same data and port, without faults
        self.note("chaos over: sandbox restarted without faults; draining outboxes")
        settle_started = time.monotonic()
        for desk in self.desks.values():
            desk.send("drain")
        self.wait_for("drain", lambda d: "drained" in d.said, args.drain_seconds + 60)
        for desk in self.desks.values():
            desk.send("final")
        self.wait_for("final", lambda d: d.report is not None, 600)
        for desk in self.desks.values():
            desk.hang_up()
        self.wait_for("exit", lambda d: False, 60)
        settle_seconds = time.monotonic() - settle_started
        self.note(f"settled in {settle_seconds:.1f} s; verifying")
        verdict = self.verify(sandbox)
        sandbox.stop()
        verdict.update(
            live_seconds=round(live),
            settle_seconds=round(settle_seconds, 1),
            total_seconds=round(time.monotonic() - self.started, 1),
            sandbox_restarts=sandbox.kills,
            server_counters=sandbox.totals,
            chaos=chaos_base,
            plan=args.plan,
            seed=args.seed,
            run_dir=str(self.run_dir),
            timeline=self.events,
        )
        return verdict

    def verify(self, sandbox: Sandbox) -> dict[str, Any]:
        reader = ServerReader(sandbox.api_url, COMPANY_1)
        truth = reader.truth()
        reader.close()
        crashed: dict[int, str] = {}
        differences: dict[int, dict[str, list[str]]] = {}
        write_problems: list[str] = []
        rows: list[dict[str, Any]] = []
        for index, desk in sorted(self.desks.items()):
            stderr = (self.run_dir / f"desk-{index:02d}.stderr").read_text(errors="replace")
            report = desk.report
            if (
                report is None
                or desk.exited not in (0, None)
                or report.get("unhandled_errors")
                or "Traceback" in stderr
            ):
                tail = stderr.strip().splitlines()[-1:] or [f"exit code {desk.exited}"]
                crashed[index] = tail[0]
                continue
            if not report["final_sync_ok"]:
                differences[index] = {"*": ["the final full sync did not complete"]}
                continue
            found = cache_differences(Path(report["cache"]), truth, set(report["skipped"]))
            if found:
                differences[index] = found
            rows += report["outbox"]
        write_problems = exactly_once(rows, truth)
        reports = [d.report for d in self.desks.values() if d.report is not None]

        def total(key: str) -> int:
            return sum(int(r.get(key, 0)) for r in reports)

        rate_limited = total("rate_limited")
        invariants = {
            "every cache equals the server (ids, updatedAt)": not differences and not crashed,
            "every queued write took effect exactly once": not write_problems and not crashed,
            "no desk crashed": not crashed,
            "no request refused by the rate limit (429)": rate_limited == 0,
        }
        if self.args.allow_429:
            del invariants["no request refused by the rate limit (429)"]
            notes = [f"{rate_limited:,} 429s counted, not failed on (--allow-429)"]
        else:
            notes = []
        return {
            "ok": all(invariants.values()),
            "invariants": invariants,
            "notes": notes,
            "clients": len(self.desks),
            "stations": sum(r["role"] == "station" for r in reports),
            "finance_desks": sum(r["role"] == "finance" for r in reports),
            "requests": total("requests"),
            "retries": total("retries"),
            "token_refreshes": total("refreshes"),
            "rate_limited_429": rate_limited,
            "live_pulls": total("pulls"),
            "socket_reconnects": total("reconnects"),
            "syncs": total("syncs"),
            "syncs_failed": total("syncs_failed"),
            "failures_by_kind": self.failures,
            "offline_bursts": total("offline_bursts"),
            "outbox_replays": total("outbox_replays"),
            "writes_queued": total("writes_queued"),
            "writes_queued_offline": total("writes_queued_offline"),
            "writes_sent_more_than_once": sum(r["attempts"] > 1 for r in rows),
            "writes_ambiguous": sum(r["ambiguous"] for r in rows),
            "writes_checked": len(rows),
            "server_records": {k: len(v) for k, v in truth.items()},
            "rate_limited_by_desk": {str(r["index"]): r["rate_limited"] for r in reports},
            "idle_late_max_s": max((d.said.get("late", 0) for d in self.desks.values()), default=0),
            "crashed": {str(k): v for k, v in crashed.items()},
            "cache_differences": {str(k): v for k, v in differences.items()},
            "write_problems": write_problems[:50],
        }


def harness_failure(soak: Soak, error: BaseException) -> dict[str, Any]:
    """The verdict when the soak could not run to its end (a sandbox that never came up)."""
    import traceback

    trace = "".join(traceback.format_exception(error))
    (soak.run_dir / "harness-error.txt").write_text(trace)
    return {
        "ok": False,
        "invariants": {"the soak ran to its end": False},
        "harness_error": f"{type(error).__name__}: {error}",
        "run_dir": str(soak.run_dir),
        "timeline": soak.events,
    }


def text_report(v: dict[str, Any]) -> str:
    s = v["server_counters"]
    lines = [
        f"soak: {v['clients']} desks ({v['stations']} stations, {v['finance_desks']} finance), "
        f"{v['live_seconds'] / 60:.1f} min live + {v['settle_seconds']:.0f} s settling, "
        f"plan {v['plan']}, chaos {v['chaos']}, seed {v['seed']}",
        f"  requests sent by the desks     {v['requests']:,} ({v['retries']:,} retries, "
        f"{v['token_refreshes']} token refreshes)",
        f"  sandbox killed and restarted   {v['sandbox_restarts']}",
        f"  injected 500s                  {s.get('injected_500s', 0):,}",
        f"  responses lost after commit    {s.get('lost_responses', 0):,}",
        f"  event sockets dropped          {s.get('ws_dropped', 0):,} "
        f"(desks reconnected {v['socket_reconnects']:,} times)",
        f"  429s the desks got             {v['rate_limited_429']:,} "
        f"(server refused {s.get('rejected_429', 0):,})",
        f"  live pulls / Sync now          {v['live_pulls']:,} / {v['syncs']:,} "
        f"({v['syncs_failed']} failed and were shown: {v['failures_by_kind']})",
        f"  offline bursts                 {v['offline_bursts']} "
        f"({v['writes_queued_offline']} writes queued offline, "
        f"{v['outbox_replays']} replays by hand)",
        f"  writes queued                  {v['writes_queued']:,}; checked {v['writes_checked']:,}"
        f" ({v['writes_sent_more_than_once']} sent more than once, "
        f"{v['writes_ambiguous']} ambiguous)",
    ]
    for name, ok in v["invariants"].items():
        lines.append(f"  {'ok  ' if ok else 'FAIL'} {name}")
    lines += [f"  note: {note}" for note in v["notes"]]
    for key in ("crashed", "cache_differences", "write_problems"):
        if v[key]:
            lines.append(f"  {key}: {json.dumps(v[key])[:2000]}")
    lines.append(
        f"  {'PASSED' if v['ok'] else 'FAILED'} in {v['total_seconds']:.0f} s "
        f"(logs in {v['run_dir']})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="bench.soak", description=__doc__.split("\n")[0])
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--plan", default="enterprise")
    p.add_argument("--chaos", default=CHAOS, help="the sandbox's --chaos (the seed is added)")
    p.add_argument("--seed", type=int, default=8)
    p.add_argument(
        "--mean-gap", type=float, default=12.0, help="mean seconds between a desk's actions"
    )
    p.add_argument(
        "--restart-every", type=float, default=90.0, help="mean seconds between sandbox kills"
    )
    p.add_argument("--drain-seconds", type=float, default=180.0)
    p.add_argument(
        "--seed-data",
        type=Path,
        default=Path(__file__).parent / ".data" / "scale-1",
        help="a seeded sandbox directory to copy (saves seeding time)",
    )
    p.add_argument(
        "--cold-start",
        action="store_true",
        help="every desk starts with an empty cache (20 full syncs at once)",
    )
    p.add_argument(
        "--allow-429",
        action="store_true",
        help="report 429s but do not fail on them (the desks share one tenant's budget)",
    )
    p.add_argument("--workdir", type=Path, default=None)
    p.add_argument("--json", type=Path, default=OUT / "soak.json")
    p.add_argument("--keep", action="store_true", help="keep the run directory")
    p.add_argument("-v", "--verbose", action="store_true")
    args = p.parse_args(argv)
    soak = Soak(args)
    try:
        verdict = soak.run()
        report = text_report(verdict)
    except Exception as error:  # the harness itself failed: still a verdict, never a crash
        verdict = harness_failure(soak, error)
        report = "\n".join(
            [
                "soak: FAILED before a verdict on the desks could be reached",
                *soak.events,
                f"  harness error: {verdict['harness_error']}",
                f"  logs in {soak.run_dir}",
            ]
        )
    finally:
        for desk in soak.desks.values():
            if desk.process.poll() is None:
                desk.process.kill()
    print(report, flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(verdict, indent=2, default=str))
    if verdict["ok"] and not args.keep:
        shutil.rmtree(soak.run_dir, ignore_errors=True)
    return 0 if verdict["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
