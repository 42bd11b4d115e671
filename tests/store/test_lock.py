"""The sender lock: one process at a time, free again when the holder dies (even by kill -9)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from arkan_desktop.store import SenderLock

HOLDER = """
import sys, time
from arkan_desktop.store import SenderLock
lock = SenderLock(sys.argv[1])
print("locked" if lock.acquire() else "busy", flush=True)
time.sleep(120)
"""


def test_one_holder_at_a_time_within_a_process(tmp_path: Path) -> None:
    cache_file = tmp_path / "cache.sqlite3"
    first, second = SenderLock(cache_file), SenderLock(cache_file)
    assert first.acquire() and first.held
    assert first.acquire()  # re-entrant for the holder
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
    with SenderLock(cache_file) as lock:
        assert lock.held
        with pytest.raises(BlockingIOError):
            SenderLock(cache_file).__enter__()
    assert first.path == tmp_path / "cache.sqlite3.sender.lock"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_another_process_cannot_take_it_until_the_holder_is_killed(tmp_path: Path) -> None:
    cache_file = tmp_path / "cache.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(cache_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        lock = SenderLock(cache_file)
        assert not lock.acquire()
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
        assert lock.acquire()
        lock.release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
