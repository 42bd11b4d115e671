"""Scan-to-feedback at the warehouse station, online and with the network down.

The real station window, signed in to a sandbox child process, with 10,000 products,
200 bin locations and their stock levels in its cache (written into the company's cache
before the window opens, beside the sandbox's own demo records). A scan is a burst of
key events sent to the scan input (timestamps 4 ms apart, ending in Enter); the figure
is the time from the first key event in to the moment the panel's colour is set and the
tone has been started (the station answers every scan synchronously from its catalog
snapshot). The scans count a bin (cycle count): a location, then products found anywhere
in the catalogue, one in ten an unknown code (refused, red, the other tone).

Then the sandbox is stopped, the station notices, and the same scans run again.

Peers measured in the same run: the same key events into a bare QLineEdit until its
returnPressed (Qt's own floor for a key burst), and the bare lookup of each scanned
barcode in the cache file with sqlite3 (`SELECT raw … WHERE barcode = ?` + json.loads).

    QT_QPA_PLATFORM=offscreen uv run python -m bench.station_scan [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from arkan_desktop.gui.app import create_application
from arkan_desktop.gui.preferences import configure_preferences
from arkan_desktop.gui.session import close_all, list_companies, open_company, sign_in
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.store.cache import Cache
from bench._report import Figure
from bench._sandbox import child_sandbox

PRODUCTS = 10_000
LOCATIONS = 200
TARGET_MS = 50.0
KEY_GAP_MS = 4
WAREHOUSE = "bench-wh-1"


def ean13(number: int) -> str:
    body = f"200{number:09d}"  # GS1 prefix 200-299: in-store numbers, never a real GTIN
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def fill_cache(cache: Cache) -> tuple[list[str], list[str]]:
    """10,000 products, 200 bins and ~15,000 stock levels; returns (barcodes, bin barcodes)."""
    stamp = "2026-01-01T00:00:00.000000Z"
    cache.upsert("warehouses", [{"id": WAREHOUSE, "code": "BW1", "name": "Bench Warehouse"}])
    bins = [
        {
            "id": f"bench-loc-{n:03d}",
            "code": f"BW1-{n // 20:02d}-{n % 20:02d}",
            "name": f"Bench bin {n}",
            "barcode": f"LOC-BW1-{n // 20:02d}-{n % 20:02d}",
            "warehouseId": WAREHOUSE,
            "type": "internal",
            "updatedAt": stamp,
        }
        for n in range(LOCATIONS)
    ]
    cache.upsert("locations", bins)
    products = [
        {
            "id": f"bench-p-{n:05d}",
            "sku": f"BN-{n:05d}",
            "name": f"Bench item {n}",
            "barcode": ean13(n),
            "type": "storable",
            "uom": "unit",
            "salePrice": "12.50",
            "updatedAt": stamp,
        }
        for n in range(PRODUCTS)
    ]
    levels = []
    for n in range(PRODUCTS):
        for where in {n % LOCATIONS, (n * 7 + 3) % LOCATIONS} if n % 2 else {n % LOCATIONS}:
            levels.append(
                {
                    "productId": f"bench-p-{n:05d}",
                    "locationId": f"bench-loc-{where:03d}",
                    "warehouseId": WAREHOUSE,
                    "quantity": str(1 + n % 40),
                }
            )
    for start in range(0, PRODUCTS, 1000):
        cache.upsert("products", products[start : start + 1000])
    for start in range(0, len(levels), 2000):
        cache.upsert("stock_levels", levels[start : start + 2000])
    return [p["barcode"] for p in products], [b["barcode"] for b in bins]


class Keys:
    """Sends a scanner burst of key events to a widget, on a clock of its own."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def burst(self, target: QWidget, text: str) -> None:
        self.now += 1_000
        for char in text:
            self._key(target, ord(char.upper()), char)
        self._key(target, int(Qt.Key.Key_Return), "\r")

    def _key(self, target: QWidget, key: int, text: str) -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(int(self.now))
        self.now += KEY_GAP_MS
        QApplication.sendEvent(target, event)


def script(barcodes: list[str], bins: list[str], scans: int, seed: int) -> list[str]:
    """What is scanned: a bin, then products (one in ten unknown); a new bin every 25."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < scans:
        out.append(rng.choice(bins))
        for _ in range(24):
            out.append(ean13(PRODUCTS + rng.randrange(10**6)) if rng.random() < 0.1 else "")
            out[-1] = out[-1] or rng.choice(barcodes)
    return out[:scans]


async def station_times(window: StationWindow, codes: list[str]) -> list[float]:
    """Milliseconds from the first key of each scan to colour set + tone started."""
    keys, marks = Keys(), []
    play = window.tones.play

    def played(accepted: bool) -> None:
        play(accepted)
        marks.append(time.perf_counter())

    window.tones.play = played  # type: ignore[method-assign]
    window.tones.enabled = True
    times = []
    try:
        for index, code in enumerate(codes):
            if index % 25 == 0:
                window.cancel()  # a fresh count on each bin (not timed)
            before = len(marks)
            started = time.perf_counter()
            keys.burst(window.scan_input, code)
            if len(marks) != before + 1:
                raise RuntimeError(f"scan {code!r} was not answered once")
            times.append((marks[-1] - started) * 1000)
            await asyncio.sleep(0.005)  # paint and sync, as between two real scans
    finally:
        window.tones.play = play  # type: ignore[method-assign]
    return times


def line_edit_times(codes: list[str]) -> list[float]:
    """The same bursts into a bare QLineEdit, to its returnPressed."""
    edit, keys, marks = QLineEdit(), Keys(), []
    edit.returnPressed.connect(lambda: marks.append(time.perf_counter()))
    edit.show()
    times = []
    for code in codes:
        started = time.perf_counter()
        keys.burst(edit, code)
        times.append((marks[-1] - started) * 1000)
        edit.clear()
    edit.close()
    return times


def sqlite_times(path: Path, codes: list[str]) -> list[float]:
    """The bare lookup of each code in the cache file, with the raw JSON decoded."""
    db = sqlite3.connect(path)
    times = []
    try:
        for code in codes:
            started = time.perf_counter()
            row = db.execute("SELECT raw FROM products WHERE barcode = ?", (code,)).fetchone()
            if row is not None:
                json.loads(row[0])
            times.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    return times


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


async def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting: {what}")
        await asyncio.sleep(0.05)


def say(text: str) -> None:
    print(f"  {time.strftime('%H:%M:%S')} {text}", flush=True)


async def _run(scans: int, home: Path) -> dict[str, Any]:
    stack = contextlib.ExitStack()
    url = stack.enter_context(child_sandbox(1))
    session = await sign_in(url, "admin@demo.local", "demo", remember=False)
    company = (await list_companies(session))[0]
    context = await open_company(home, session, company)
    say("filling the cache")
    barcodes, bins = await context.workspace.service.worker.run(fill_cache, context.workspace.cache)
    say("cache filled; opening the station")
    live = LiveSync(context)
    window = StationWindow(context, live)
    window.resize(1366, 768)
    window.show()
    try:
        await live.start()
        say("first sync done")
        await window.reload_catalog()
        window.start_workflow("Cycle count")
        codes = script(barcodes, bins, scans, seed=7)
        await station_times(window, codes[:50])  # warm up (first index builds, Qt's caches)
        result: dict[str, Any] = {"online": await station_times(window, codes)}
        say("online scans done; stopping the sandbox")
        result["connection_online"] = live.connection
        await asyncio.to_thread(stack.close)  # the network goes away
        await wait_for(lambda: live.connection != "online", 60, "the station going offline")
        result["connection_offline"] = live.connection
        say(f"the station is {live.connection}")
        result["offline"] = await station_times(window, script(barcodes, bins, scans, seed=8))
        result["line_edit"] = line_edit_times(codes)
        result["sqlite"] = sqlite_times(context.workspace.cache.path, codes)
        return result
    finally:
        window.release()
        await live.stop()
        window.close()
        await close_all(context)
        stack.close()


def run(scans: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="arkan-station-bench-"))
    configure_preferences(home)
    app = QApplication.instance() or create_application(["station_scan"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(_run(scans, home))


def measure(quick: bool) -> list[Figure]:
    scans = 300 if quick else 2000
    found = run(scans)
    note = f"{scans} scans, {PRODUCTS:,} products, {LOCATIONS} bins cached; 1 in 10 refused"
    edit, lookup = found["line_edit"], found["sqlite"]
    figures = []
    for key, label in (("online", "online"), ("offline", "network down")):
        times = found[key]
        for q in (50, 95):
            peer = edit if key == "online" else lookup
            figures.append(
                Figure(
                    f"station scan-to-feedback, {label}, p{q}",
                    round(pct(times, q), 3),
                    "ms",
                    target=TARGET_MS if q == 95 else None,
                    peer_name=(
                        f"bare QLineEdit keys→returnPressed, p{q}"
                        if key == "online"
                        else f"bare SQLite barcode lookup, p{q}"
                    ),
                    peer_value=round(pct(peer, q), 3),
                    note=note,
                )
            )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 scans instead of 2,000")
    args = parser.parse_args()
    figures = measure(args.quick)
    print(f"Scan-to-feedback at the station ({figures[0].note})")
    for figure in figures:
        mark = ""
        if figure.target is not None:
            mark = f"  (target {figure.target:.0f} ms: {'ok' if figure.meets_target else 'OVER'})"
        print(
            f"  {figure.name:<44} {figure.value:8.2f} ms{mark}\n"
            f"    peer: {figure.peer_name:<38} {figure.peer_value:8.3f} ms"
        )


if __name__ == "__main__":
    main()
