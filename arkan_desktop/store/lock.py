"""`SenderLock`: only one process sends the outbox of a cache, even with two copies open.

A non-blocking exclusive OS lock on a small file beside the cache (`flock` on POSIX,
`msvcrt.locking` on Windows). The OS drops it when the holder dies, however it dies,
so a crashed sender never blocks the next one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from arkan_desktop.store.paths import private_dir

LOCK_SUFFIX = ".sender.lock"


def sender_lock_path(cache_file: Path) -> Path:
    return cache_file.with_name(cache_file.name + LOCK_SUFFIX)


class SenderLock:
    """Take with `acquire()` (False if another process holds it), give back with `release()`."""

    def __init__(self, cache_file: Path | str) -> None:
        self.path = sender_lock_path(Path(cache_file))
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        if self._fd is not None:
            return True
        private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> SenderLock:
        if not self.acquire():
            raise BlockingIOError(f"another process is sending from {self.path.parent}")
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
