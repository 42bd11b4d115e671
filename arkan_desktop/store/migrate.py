"""Alembic, programmatically: bring a cache file's schema to head when it is opened.

No alembic.ini is needed: the script location is this package's `migrations/` folder and
the connection is handed to `migrations/env.py` through `Config.attributes`. For a new
revision during development: `uv run python -m arkan_desktop.store.migrate new 0005 "message"`
(autogenerates against a scratch database brought to head).

Alembic is imported only when a cache is not at head: the head is read from the revision
files' `revision` / `down_revision` lines and the cache's from its `alembic_version` row,
so opening an up-to-date cache (every start but the first after an update) costs no
Alembic import (docs/PERFORMANCE.md, cold start).
"""

from __future__ import annotations

import re
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, exc, text

from arkan_desktop.store.database import WRITE, create_cache_engine

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^(down_revision|revision) = "([^"]+)"', re.MULTILINE)
# Tables no model describes, made by migrations: the invoice list's FTS5 index and the
# shadow tables SQLite keeps for it. Autogenerate and the schema test leave them alone.
UNMODELLED = ("invoices_text",)


class CacheSchemaError(RuntimeError):
    """The cache file's schema is not one this version knows (written by a newer app)."""


def modelled(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's `include_name`: whether a table is one the models describe."""
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED))


@cache
def script_head() -> str | None:
    """The head revision, from the revision files alone (no Alembic import)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("v*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if name == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(connection: Connection) -> str | None:
    """The cache's revision, read directly (no Alembic import); None for a new file."""
    try:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except exc.OperationalError:  # no alembic_version table: a new cache file
        return None


def _known(script: ScriptDirectory) -> set[str]:
    return {revision.revision for revision in script.walk_revisions()}


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("file_template", "v%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade inside the connection's transaction (SQLite DDL is transactional)."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Migrate, atomically, with foreign keys off while batch operations rebuild tables.

    `BEGIN IMMEDIATE` first: a second process opening the same file waits, then finds
    the schema at head and does nothing. A cache already at head is only read.
    """
    head = script_head()
    if revision == "head" and head is not None:
        with engine.connect() as connection:
            if stored_revision(connection) == head:
                return
    from alembic.script import ScriptDirectory

    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        try:
            connection.execution_options(**WRITE)
            with connection.begin():
                script = ScriptDirectory.from_config(alembic_config())
                current = current_revision(connection)
                if current is not None and current not in _known(script):
                    raise CacheSchemaError(
                        f"{engine.url.database} was written by a newer Arkan Desktop "
                        f"(cache schema {current}); update the app or remove the cache file"
                    )
                target = script.get_current_head() if revision == "head" else revision
                if current != target:
                    upgrade(connection, revision)
        finally:
            driver.execute("PRAGMA foreign_keys=ON")


def upgrade_file(path: Path, revision: str = "head") -> None:
    engine = create_cache_engine(path)
    try:
        upgrade_engine(engine, revision)
    finally:
        engine.dispose()


def _new_revision(message: str, rev_id: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "scratch.sqlite3"
        upgrade_file(path)
        engine = create_cache_engine(path)
        from alembic import command

        try:
            with engine.begin() as connection:
                command.revision(
                    alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id
                )
        finally:
            engine.dispose()


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "new":
        sys.exit('usage: python -m arkan_desktop.store.migrate new NNNN "message"')
    _new_revision(sys.argv[3], sys.argv[2])
