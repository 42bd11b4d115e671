"""Alembic, programmatically: bring a cache file's schema to head when it is opened.

No alembic.ini is needed: the script location is this package's `migrations/` folder and
the connection is handed to `migrations/env.py` through `Config.attributes`. For a new
revision during development: `uv run python -m arkan_desktop.store.migrate new 0005 "message"`
(autogenerates against a scratch database brought to head).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from arkan_desktop.store.database import WRITE, create_cache_engine

MIGRATIONS = Path(__file__).with_name("migrations")


class CacheSchemaError(RuntimeError):
    """The cache file's schema is not one this version knows (written by a newer app)."""


def _known(script: ScriptDirectory) -> set[str]:
    return {revision.revision for revision in script.walk_revisions()}


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("file_template", "v%%(rev)s_%%(slug)s")
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade inside the connection's transaction (SQLite DDL is transactional)."""
    command.upgrade(alembic_config(connection), revision)


def upgrade_engine(engine: Engine, revision: str = "head") -> None:
    """Migrate, atomically, with foreign keys off while batch operations rebuild tables.

    `BEGIN IMMEDIATE` first: a second process opening the same file waits, then finds
    the schema at head and does nothing.
    """
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
