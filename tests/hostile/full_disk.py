"""`python -m tests.hostile.full_disk ARGS`: `arkan-desktop ARGS` on a disk that is full.

Every SQLite connection is told the cache may not grow (`PRAGMA max_page_count`, which
SQLite clamps to the file's current size); SQLite then answers SQLITE_FULL exactly as
it does when the disk itself is full. Nothing else is changed.
"""

from __future__ import annotations

import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.pool import Pool


def _no_growth(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA max_page_count = 1")


if __name__ == "__main__":
    event.listen(Pool, "connect", _no_growth)
    from arkan_desktop.cli import main

    sys.exit(main(sys.argv[1:]))
