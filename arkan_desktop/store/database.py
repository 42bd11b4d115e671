"""Opening a cache file: private file mode, WAL, pragmas, and explicit transaction starts.

The file is created 0600 before SQLite touches it (SQLite gives its -wal and -shm files
the same mode). pysqlite's own transaction handling is switched off so that we issue
`BEGIN` ourselves: `BEGIN IMMEDIATE` for writes, so two processes writing the same file
queue on the busy timeout instead of failing on a stale read snapshot.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from arkan_desktop.store.paths import private_dir

BUSY_TIMEOUT_MS = 10_000
BEGIN_OPTION = "arkan_begin"
WRITE = {BEGIN_OPTION: "BEGIN IMMEDIATE"}
READ = {BEGIN_OPTION: "BEGIN"}


def create_private_file(path: Path) -> None:
    """Create `path` (and its directory) readable by the user only; tighten an existing one."""
    private_dir(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if sys.platform != "win32":
        os.chmod(path, 0o600)


def _on_connect(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _on_begin(connection: Connection) -> None:
    connection.exec_driver_sql(connection.get_execution_options().get(BEGIN_OPTION, "BEGIN"))


def create_cache_engine(path: Path) -> Engine:
    create_private_file(path)
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
