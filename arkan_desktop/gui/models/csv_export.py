"""Writing a cached list to CSV: every matching row, in list order, streamed.

The rows are read on the database worker (store/lists/export.py) and handed over in
chunks through a short queue to a file thread that writes them, so that neither the UI
thread nor the database thread writes the file. If the file cannot be written, the
reading stops at its next chunk and the error is raised (an `OSError`, which the list
shows as a message); if the export is cancelled (the app closing), both threads stop
within a fraction of a second. On the way, a server code is written in the window's words
("Posted", not "posted": `CsvCells.words`, a plain mapping made on the UI thread) and a
text a spreadsheet would run as a formula (= + - @) is prefixed with "'". No Qt.
"""

from __future__ import annotations

import asyncio
import csv
import queue
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListQuery
from arkan_desktop.sync.worker import DatabaseWorker

_QUEUED_CHUNKS = 4  # chunks read ahead of the file: the memory stays small
_POLL_S = 0.2  # how often a waiting thread looks whether the export was abandoned

Chunk = list[list[str]]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _tidy(code: str) -> str:
    return code.replace("_", " ").capitalize()


@dataclass(frozen=True)
class CsvCells:
    """How each written column's text becomes a cell: `words[i]` maps a code column's
    codes to words (an unknown code is tidied up); `texts[i]` marks the columns whose
    text is guarded against formulas (numbers and dates are not: "-12.50" stays)."""

    words: Sequence[Mapping[str, str] | None] = ()
    texts: Sequence[bool] = field(default_factory=tuple)

    def row(self, cells: list[str]) -> list[str]:
        out = []
        for index, raw in enumerate(cells):
            words = self.words[index] if index < len(self.words) else None
            cell = (words.get(raw) or _tidy(raw)) if words is not None and raw else raw
            guarded = index < len(self.texts) and self.texts[index]
            out.append("'" + cell if guarded and cell.startswith(FORMULA_START) else cell)
        return out


class _Handover:
    """Chunks of rows from the reading thread to the writing thread; None ends them."""

    def __init__(self) -> None:
        self._chunks: queue.Queue[Chunk | None] = queue.Queue(maxsize=_QUEUED_CHUNKS)
        self._failed = threading.Event()  # the file could not be written
        self.abandoned = threading.Event()  # nobody waits for the export any more

    def _put(self, item: Chunk | None) -> bool:
        while not self.abandoned.is_set():
            try:
                self._chunks.put(item, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def _get(self) -> Chunk | None:
        while True:
            try:
                return self._chunks.get(timeout=_POLL_S)
            except queue.Empty:
                if self.abandoned.is_set():
                    return None

    def deliver(self, rows: Chunk) -> bool:
        """On the worker: hand one chunk over; False when the rest is not wanted."""
        return not self._failed.is_set() and self._put(rows)

    def read_all(self, rows: CachedList, query: ListQuery, columns: Sequence[int]) -> int:
        """On the worker: every row handed over, then the end (whatever happens)."""
        try:
            return rows.export_rows(query, columns, self.deliver)
        finally:
            self._put(None)

    def write_all(self, path: Path, header: list[str], cells: CsvCells) -> None:
        """On a file thread: the header, then each chunk until the end."""
        try:
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                while (chunk := self._get()) is not None:
                    writer.writerows(cells.row(row) for row in chunk)
        except BaseException:
            self._failed.set()
            while self._get() is not None:  # the reader stops at its next chunk
                pass
            raise


async def write_csv(
    worker: DatabaseWorker,
    rows: CachedList,
    query: ListQuery,
    columns: Sequence[int],
    header: list[str],
    path: Path,
    cells: CsvCells | None = None,
) -> int:
    """Every row of the list to `path` under `header`; returns the number of rows."""
    handover = _Handover()
    writing = asyncio.ensure_future(
        asyncio.to_thread(handover.write_all, path, header, cells or CsvCells())
    )
    reading = asyncio.ensure_future(worker.run(handover.read_all, rows, query, list(columns)))
    try:
        count, written = await asyncio.gather(reading, writing, return_exceptions=True)
    except asyncio.CancelledError:
        handover.abandoned.set()
        raise
    for outcome in (written, count):  # the file's error first: the reading stopped for it
        if isinstance(outcome, BaseException):
            raise outcome
    assert isinstance(count, int)
    return count
