"""Scan-to-feedback while picking at the warehouse station, online and with the network down.

The same set-up as `bench.station_scan` (the real station window on a sandbox child
process, 10,000 products, 200 bins and their stock cached), plus 40 deliveries ready to
pick in the bench warehouse, 12 lines each. The picker works in Pick & ship: scans a
delivery, then at each stop of its route the bin and the products to take there (one
scan per unit); one scan in ten is a product the stop does not hold (refused, red, the
other tone). Each scan is timed from its first key event to the panel's colour and tone.
A delivery's route done, the picking is cancelled (not timed) and the next begins.

Then the sandbox is stopped, the station notices, and the same picking runs again.

    QT_QPA_PLATFORM=offscreen uv run python -m bench.station_pick [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import random
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from arkan_desktop.gui.app import create_application
from arkan_desktop.gui.preferences import configure_preferences
from arkan_desktop.gui.session import close_all, list_companies, open_company, sign_in
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.store.cache import Cache
from bench._report import Figure
from bench._sandbox import child_sandbox
from bench.station_scan import (
    LOCATIONS,
    PRODUCTS,
    TARGET_MS,
    WAREHOUSE,
    Keys,
    ean13,
    fill_cache,
    pct,
    say,
    wait_for,
)

DELIVERIES = 40
LINES = 12


def fill_deliveries(cache: Cache) -> list[str]:
    """40 confirmed deliveries of 12 stocked products each; returns their numbers."""
    rng = random.Random(11)
    stamp = "2026-01-01T00:00:00.000000Z"
    records = []
    for n in range(DELIVERIES):
        chosen = rng.sample(range(PRODUCTS), LINES)
        records.append(
            {
                "id": f"bench-do-{n:03d}",
                "number": f"DO-2026-9{n:04d}",
                "state": "confirmed",
                "partnerId": "bench-client",
                "partnerName": "Bench Client",
                "warehouseId": WAREHOUSE,
                "scheduledDate": "2026-01-02",
                "lines": [
                    {
                        "id": f"bench-do-{n:03d}-{i:02d}",
                        "productId": f"bench-p-{p:05d}",
                        "sku": f"BN-{p:05d}",
                        "quantity": str(1 + i % 2),
                        "deliveredQuantity": "0",
                    }
                    for i, p in enumerate(chosen)
                ],
                "updatedAt": stamp,
            }
        )
    cache.upsert("deliveries", records)
    return [str(x["number"]) for x in records]


async def pick_times(window: StationWindow, numbers: list[str], scans: int) -> list[float]:
    """Milliseconds per scan (colour set + tone started), walking deliveries' routes."""
    rng, keys, marks, times = random.Random(5), Keys(), [], []
    play = window.tones.play

    def played(accepted: bool) -> None:
        play(accepted)
        marks.append(time.perf_counter())

    async def scan(code: str) -> None:
        before, started = len(marks), time.perf_counter()
        keys.burst(window.scan_input, code)
        if len(marks) != before + 1:
            raise RuntimeError(f"scan {code!r} was not answered once")
        times.append((marks[-1] - started) * 1000)
        await asyncio.sleep(0.005)  # paint and sync, as between two real scans

    window.tones.play = played  # type: ignore[method-assign]
    window.tones.enabled = True
    assert window.catalog is not None
    bins = {str(x["id"]): str(x["barcode"]) for x in window.catalog.locations.values()}
    try:
        for number in itertools.cycle(numbers):
            window.start_workflow(PickShip.name)  # a fresh picking (not timed)
            flow = window.workflow
            assert isinstance(flow, PickShip)
            await scan(number)
            while flow.session is not None and (stop := flow.session.next_stop()) is not None:
                await scan(bins[stop.id])
                for task in flow.session.tasks_at(stop.id):
                    for _ in range(int(task.quantity)):
                        if rng.random() < 0.1:
                            await scan(ean13(rng.randrange(PRODUCTS)))  # likely not here
                        await scan(ean13(int(task.product.id.rsplit("-", 1)[1])))
                if len(times) >= scans:
                    return times[:scans]
    finally:
        window.tones.play = play  # type: ignore[method-assign]
    return times


async def _run(scans: int, home: Path) -> dict[str, Any]:
    stack = contextlib.ExitStack()
    url = stack.enter_context(child_sandbox(1))
    session = await sign_in(url, "admin@demo.local", "demo", remember=False)
    company = (await list_companies(session))[0]
    context = await open_company(home, session, company)
    say("filling the cache")
    worker, cache = context.workspace.service.worker, context.workspace.cache
    await worker.run(fill_cache, cache)
    numbers = await worker.run(fill_deliveries, cache)
    live = LiveSync(context)
    window = StationWindow(context, live)
    window.resize(1366, 768)
    window.show()
    try:
        await live.start()
        await window.reload_catalog()
        window.apply_settings(replace(window.settings, warehouse_id=WAREHOUSE))
        await pick_times(window, numbers[:2], 50)  # warm up
        result: dict[str, Any] = {"online": await pick_times(window, numbers, scans)}
        say("online picking done; stopping the sandbox")
        await asyncio.to_thread(stack.close)
        await wait_for(lambda: live.connection != "online", 60, "the station going offline")
        result["offline"] = await pick_times(window, numbers[::-1], scans)
        return result
    finally:
        window.release()
        await live.stop()
        window.close()
        await close_all(context)
        stack.close()


def run(scans: int) -> dict[str, Any]:
    home = Path(tempfile.mkdtemp(prefix="arkan-pick-bench-"))
    configure_preferences(home)
    app = QApplication.instance() or create_application(["station_pick"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        return loop.run_until_complete(_run(scans, home))


def measure(quick: bool) -> list[Figure]:
    scans = 300 if quick else 2000
    found = run(scans)
    note = (
        f"{scans} picking scans, {PRODUCTS:,} products, {LOCATIONS} bins, "
        f"{DELIVERIES} deliveries of {LINES} lines cached; ~1 in 10 refused"
    )
    return [
        Figure(
            f"station picking scan-to-feedback, {label}, p{q}",
            round(pct(found[key], q), 3),
            "ms",
            target=TARGET_MS if q == 95 else None,
            note=note,
        )
        for key, label in (("online", "online"), ("offline", "network down"))
        for q in (50, 95)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 scans instead of 2,000")
    figures = measure(parser.parse_args().quick)
    print(f"Picking scan-to-feedback at the station ({figures[0].note})")
    for figure in figures:
        mark = ""
        if figure.target is not None:
            mark = f"  (target {figure.target:.0f} ms: {'ok' if figure.meets_target else 'OVER'})"
        print(f"  {figure.name:<52} {figure.value:8.2f} ms{mark}")


if __name__ == "__main__":
    main()
