"""A list's filter as the queries build it: SQL conditions the window hands to its list
models without building or reading them."""

from __future__ import annotations

from sqlalchemy import ColumnElement

Condition = ColumnElement[bool]
