"""1,000,000 cached invoices in the Invoices tab: open, filter, jump to the last row.

Opens the real main window offline on a cache of N invoices (bench/gui_cache.py) and
times, on the UI thread, each step until its result is painted: opening the tab (the
list counted, its first rows drawn), applying a text filter (Enter in the filter box,
skipping the 200 ms typing pause: first the filtered rows drawn, then the filtered list
counted), and Ctrl+End to the last row. Next to each figure, in the same run: the bare
SQLite work underneath (the floor), and the whole ordered id list the model used to load.
Peak memory is the process's maximum resident set.

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
from bench._report import Figure
from bench.gui_cache import COMPANY, SERVER, build_home
from bench.text_index import report as text_index_report

BENCH_HOME = Path(tempfile.gettempdir()) / "arkan-gui-bench"
FILTER = "Sandstone"  # one invoice in eight
RARE = ("00123456",)  # one invoice's number
STEPS = {  # step: (target ms, what the floor is)
    "open": (300.0, "SQLite: count on an index + first window"),
    "filter, first rows": (150.0, "SQLite: first filtered window"),
    "filter, counted": (150.0, "SQLite: count of the matches (a LIKE scan)"),  # FTS: below
    "last row": (100.0, "SQLite: last window"),
}
CUSTOMER = "(type IS NULL OR type IN ('out_invoice','out_refund'))"
LIKE = "(number LIKE ? OR partner_name LIKE ? OR reference LIKE ?)"


async def _next(signal: SignalInstance) -> Any:
    done: asyncio.Future[Any] = asyncio.get_running_loop().create_future()

    def fired(*args: Any) -> None:
        if not done.done():
            done.set_result(args)

    signal.connect(fired)
    try:
        return await asyncio.wait_for(done, 120)
    finally:
        signal.disconnect(fired)


async def _painted(window: QWidget) -> None:
    """Let queued work land (model resets, layouts), then paint the window now.

    Not processEvents(): inside a qasync task it would re-enter the event loop.
    """
    for _ in range(3):
        await asyncio.sleep(0)
    window.repaint()


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _floor(path: Path, word: str = FILTER) -> dict[str, float]:
    """The bare SQLite work under each step, timed in this run."""
    db = sqlite3.connect(path)
    pattern = (f"%{word}%",) * 3
    window = "SELECT * FROM invoices WHERE +{} ORDER BY date {}, rowid {} LIMIT 200"
    out = {}
    started = time.perf_counter()
    db.execute(f"SELECT count(*) FROM invoices WHERE {CUSTOMER}").fetchall()
    db.execute(window.format(CUSTOMER, "DESC", "DESC")).fetchall()
    out["open"] = _ms(started)
    started = time.perf_counter()
    db.execute(window.format(f"({CUSTOMER} AND {LIKE})", "DESC", "DESC"), pattern).fetchall()
    out["filter, first rows"] = _ms(started)
    started = time.perf_counter()
    db.execute(f"SELECT count(*) FROM invoices WHERE {CUSTOMER} AND {LIKE}", pattern).fetchall()
    out["filter, counted"] = _ms(started)
    started = time.perf_counter()
    db.execute(window.format(CUSTOMER, "ASC", "ASC")).fetchall()
    out["last row"] = _ms(started)
    started = time.perf_counter()
    db.execute(f"SELECT id FROM invoices WHERE {CUSTOMER} ORDER BY date DESC, id DESC").fetchall()
    out["whole id list"] = _ms(started)
    db.close()
    return out


async def _one_run(home: Path, word: str = FILTER) -> dict[str, float]:
    context = await open_offline(home)
    assert context is not None
    live = LiveSync(context)
    main = MainWindow()
    main.resize(1280, 800)
    preferences().setValue("main/tab", InvoicesTab.key)
    preferences().remove("lists/invoices/header")  # the default layout and sort: date, newest
    times: dict[str, float] = {}
    try:
        started = time.perf_counter()
        main.show_company(context, live, [])
        main.show()
        tab: InvoicesTab = main.tab(InvoicesTab)
        await _next(tab.model.sig_reloaded)
        await _painted(main)
        times["open"] = _ms(started)
        rows = tab.model.rowCount()

        tab.list.filter_box.setText(word)
        tab.list._filter_timer.stop()  # the typing pause is not part of the figure
        counted = asyncio.ensure_future(_next(tab.model.sig_reloaded))
        first = asyncio.ensure_future(_next(tab.model.sig_first_rows))
        started = time.perf_counter()
        tab.list.filter_box.returnPressed.emit()
        await asyncio.wait([first, counted], return_when=asyncio.FIRST_COMPLETED)
        await _painted(main)
        times["filter, first rows"] = _ms(started)
        await counted
        await _painted(main)
        times["filter, counted"] = _ms(started)
        first.cancel()
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
        times["last row"] = _ms(started)
        assert tab.list.view.currentIndex().row() == rows - 1
        assert tab.list.view.currentIndex().data() is not None  # drawn, not a blank row
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


def _run(
    home: Path, runs: int, word: str = FILTER
) -> tuple[list[dict[str, float]], dict[str, float], float]:
    configure_preferences(home)
    app = QApplication.instance() or create_application(["gui_big_list"])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        results = [loop.run_until_complete(_one_run(home, word)) for _ in range(runs)]
    floor = _floor(cache_path(home, SERVER, COMPANY["id"]), word)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return results, floor, peak


def measure(quick: bool) -> list[Figure]:
    """The suite's figures: 1,000,000 invoices, 3 runs (quick: 100,000 invoices, 1 run)."""
    invoices, runs = (100_000, 1) if quick else (1_000_000, 3)
    home = build_home(BENCH_HOME / f"home-{invoices}", invoices)
    results, floor, peak = _run(home, runs)
    load = os.getloadavg()[0]
    note = f"{invoices:,} invoices, median of {runs}, offscreen, load average {load:.1f}"
    figures = [
        Figure(
            f"{invoices:,} invoices: {step}",
            statistics.median(r[step] for r in results),
            "ms",
            target,
            peer_name=peer,
            peer_value=floor[step],
            note=note,
        )
        for step, (target, peer) in STEPS.items()
    ]
    figures.append(Figure(f"{invoices:,} invoices: peak memory (RSS)", peak, "MB", note=note))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--home", type=Path, default=BENCH_HOME)
    parser.add_argument("--filter", default=FILTER, help="the text filtered by")
    parser.add_argument("--pages", type=int, default=100, help="synced pages timed (index cost)")
    args = parser.parse_args()
    home = build_home(args.home / f"home-{args.invoices}", args.invoices)
    results, floor, peak = _run(home, args.runs, args.filter)
    rows = int(results[0]["rows"])
    print(f"Invoices tab over {rows:,} cached invoices, median of {args.runs} runs (offscreen),"
          f" load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{'step':<20} {'window ms':>10} {'target':>8}      {'SQLite floor ms':>15}")
    for step, (target, _peer) in STEPS.items():
        values = [r[step] for r in results]
        value = statistics.median(values)
        mark = "ok" if value <= target else "OVER"
        print(f"{step:<20} {value:>10.1f} {target:>8.0f} {mark:<4} {floor[step]:>15.1f}"
              f"   runs {[round(v) for v in values]}")  # fmt: skip
    print(f"filter '{args.filter}' matched {int(results[0]['filtered rows']):,} rows")
    print(
        f"the whole ordered id list (what the list loaded before): {floor['whole id list']:.0f} ms"
    )
    print(f"peak memory (max RSS of this process): {peak:.0f} MB")
    path = cache_path(home, SERVER, COMPANY["id"])
    print("\n".join(text_index_report(path, args.filter, args.pages)))
    for word in RARE:  # a word few invoices hold: where the index, not a scan, is the answer
        print("\n".join(text_index_report(path, word, 0)[:3]))


if __name__ == "__main__":
    main()
