"""Why the cache, or a file beside it, could not be used: one sentence, never a traceback.

A full disk, a read-only home folder and a cache another program holds locked all
reach the client as SQLite or OS errors ("database or disk is full", "attempt to write
a readonly database", "database is locked", ENOSPC, EROFS). `CacheUnavailable` carries
the sentence a person can act on; `cache_problem` and `file_problem` make it. SQLite
rolls back the transaction that failed, so whatever was queued before is still there,
and the sentences say so. Nothing here opens or writes anything.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

KEPT = "nothing queued was lost"

# SQLite's primary result codes (the low byte of an extended code).
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_PERM = 3


class CacheUnavailable(Exception):
    """The local cache (or the data folder) cannot be used right now; `str()` says why."""


def _where(path: Path | str | None) -> str:
    return f" ({path})" if path else ""


def sentence_for(code: int, path: Path | str | None) -> str | None:
    """The sentence for a SQLite result code, or None when it is no storage trouble."""
    where = _where(path)
    primary = code & 0xFF
    if primary == _FULL:
        return (
            f"The disk is full: the local cache{where} could not be saved; "
            f"free some space and try again ({KEPT})"
        )
    if primary == _IOERR:
        return (
            f"The local cache{where} could not be written (the disk is full or failing); "
            f"free some space and try again ({KEPT})"
        )
    if primary in (_READONLY, _PERM, _CANTOPEN):
        return (
            f"The local cache{where} cannot be written: its folder is read-only or not "
            f"yours; check the data folder's permissions ({KEPT})"
        )
    if primary in (_BUSY, _LOCKED):
        return (
            f"The local cache{where} is locked by another program; close it (or wait for "
            f"it to finish) and try again ({KEPT})"
        )
    if primary in (_CORRUPT, _NOTADB):
        return f"The local cache{where} is damaged; move it aside and sync again"
    return None


def cache_problem(error: BaseException, path: Path | str | None) -> CacheUnavailable | None:
    """A `CacheUnavailable` for a SQLite error that is the disk's or the file's doing."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if code is None:
            code = _code_from_text(str(original))
        said = sentence_for(code, path) if code is not None else None
        return CacheUnavailable(said) if said else None
    if isinstance(original, OSError):
        said = file_problem(original, path)
        return CacheUnavailable(said) if said else None
    return None


def _code_from_text(text: str) -> int | None:
    text = text.lower()
    for words, code in (
        ("disk is full", _FULL),
        ("readonly", _READONLY),
        ("read-only", _READONLY),
        ("locked", _BUSY),
        ("disk i/o", _IOERR),
        ("unable to open", _CANTOPEN),
        ("malformed", _CORRUPT),
        ("not a database", _NOTADB),
    ):
        if words in text:
            return code
    return None


def file_problem(error: OSError, path: Path | str | None = None) -> str | None:
    """One sentence for an OS error writing a file the client keeps (None: another kind)."""
    name = str(path or error.filename or "a file")
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"The disk is full: {name} could not be written; free some space and try again"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return (
            f"The data folder is read-only or not yours: {name} could not be written; "
            "check its permissions or choose another folder with --home"
        )
    return None
