"""Alembic environment for the cache: always online, on the connection given by store.migrate."""

from __future__ import annotations

from alembic import context

from arkan_desktop.store.migrate import modelled
from arkan_desktop.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("cache migrations run through arkan_desktop.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    include_name=modelled,
)
with context.begin_transaction():
    context.run_migrations()
