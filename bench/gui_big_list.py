"""1,000,000 cached invoices in the Invoices tab: open, filter, jump to the last row.

Opens the real main window offline on a cache of N invoices (bench/gui_cache.py) and
times, on the UI thread, each step until its result is painted: opening the tab (first id
list applied and the first rows drawn), applying a text filter (Enter in the filter box,
skipping the 200 ms typing pause), and Ctrl+End to the last row. Next to each figure, in
the same run: the bare SQLite work underneath (the floor). Peak memory is the process's
maximum resident set.

    QT_QPA_PLATFORM=offscreen uv run python -m bench.gui_big_list [--invoices 1000000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtCore import QEvent, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from arkan_desktop.gui.app import create_application
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.preferences import configure_preferences, preferences
from arkan_desktop.gui.session import close_all, open_offline
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.paths import cache_path
from bench.gui_cache import COMPANY, SERVER, build_home

BENCH_HOME = Path(tempfile.gettempdir()) / "arkan-gui-bench"
TARGETS = {"open": 300.0, "filter": 150.0, "last row": 100.0}
FILTER = "Sandstone"


async def _next(signal: SignalInstance) -> Any:
    done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def fired(*args: Any) -> None:
        if not done.done():
            done.set_result(args)

    signal.connect(fired)
    try:
        return await asyncio.wait_for(done, 60)
    finally:
        signal.disconnect(fired)


async def _painted(window: QWidget) -> None:
    """Let queued work land (model resets, layouts), then paint the window now.

    Not processEvents(): inside a qasync task it would re-enter the event loop.
    """
    for _ in range(3):
        await asyncio.sleep(0)
    window.repaint()


def _floor(path: Path) -> dict[str, float]:
    """The bare SQLite work under each step, timed in this run."""
    db = sqlite3.connect(path)
    out = {}
    started = time.perf_counter()
    ids = db.execute(
        "SELECT id FROM invoices WHERE type IS NULL OR type IN ('out_invoice','out_refund')"
        " ORDER BY date DESC, id DESC"
    ).fetchall()
    out["open"] = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    db.execute(
        "SELECT id FROM invoices WHERE (number LIKE ? OR partner_name LIKE ? OR reference LIKE ?)"
        " ORDER BY date DESC, id DESC",
        (f"%{FILTER}%",) * 3,
    ).fetchall()
    out["filter"] = (time.perf_counter() - started) * 1000
    last = [i for (i,) in ids[-200:]]
    started = time.perf_counter()
    db.execute(f"SELECT * FROM invoices WHERE id IN ({','.join('?' * len(last))})", last).fetchall()
    out["last row"] = (time.perf_counter() - started) * 1000
    db.close()
    return out


async def _one_run(home: Path) -> dict[str, float]:
    context = await open_offline(home)
    assert context is not None
    live = LiveSync(context)
    main = MainWindow()
    main.resize(1280, 800)
    preferences().setValue("main/tab", InvoicesTab.key)
    times: dict[str, float] = {}
    try:
        started = time.perf_counter()
        main.show_company(context, live, [])
        main.show()
        tab: InvoicesTab = main.tab(InvoicesTab)
        await _next(tab.model.sig_reloaded)
        await _painted(main)
        times["open"] = (time.perf_counter() - started) * 1000
        rows = tab.model.rowCount()

        tab.list.filter_box.setText(FILTER)
        tab.list._filter_timer.stop()  # the typing pause is not part of the figure
        started = time.perf_counter()
        tab.list.filter_box.returnPressed.emit()
        await _next(tab.model.sig_reloaded)
        await _painted(main)
        times["filter"] = (time.perf_counter() - started) * 1000
        times["filtered rows"] = tab.model.rowCount()

        tab.list.filter_box.clear()
        tab.list.filter_box.returnPressed.emit()
        await _next(tab.model.sig_reloaded)
        await _painted(main)
        tab.list.view.setFocus()
        started = time.perf_counter()
        QApplication.sendEvent(
            tab.list.view,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
        )
        await _painted(main)
        times["last row"] = (time.perf_counter() - started) * 1000
        assert tab.list.view.currentIndex().row() == rows - 1
        times["rows"] = rows
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
        if pending:  # the totals query, before the tab goes
            await asyncio.wait(pending, timeout=30)
    finally:
        main.release_company()
        main.close_for_good()
        main.deleteLater()
        await close_all(context)
    return times


async def _measure(home: Path, runs: int) -> list[dict[str, float]]:
    return [await _one_run(home) for _ in range(runs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--home", type=Path, default=Path(tempfile.gettempdir()) / "arkan-gui-bench"
    )
    args = parser.parse_args()
    home = build_home(args.home / f"home-{args.invoices}", args.invoices)
    configure_preferences(home)
    app = create_application(["gui_big_list"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        results = loop.run_until_complete(_measure(home, args.runs))
    floor = _floor(cache_path(home, SERVER, COMPANY["id"]))
    rows = int(results[0]["rows"])
    print(f"Invoices tab over {rows:,} cached invoices, median of {args.runs} runs (offscreen)")
    print(f"{'step':<10} {'window ms':>10} {'target':>8} {'SQLite floor ms':>16}")
    for step, target in TARGETS.items():
        value = statistics.median(r[step] for r in results)
        mark = "ok" if value <= target else "OVER"
        print(f"{step:<10} {value:>10.1f} {target:>6.0f} {mark:<4} {floor[step]:>10.1f}")
    print(f"filter '{FILTER}' matched {int(results[0]['filtered rows']):,} rows")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
