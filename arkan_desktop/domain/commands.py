"""A user's write as the app means it: a typed command, and what it says to the user.

A `Command` names the records it concerns (`resource`, the `record_id` it acts on, or
None when it makes a new one), what to do (`action`) and its `payload` in the app's own
(camelCase) shape. It says nothing of HTTP: each connector in `api/` turns a command into
its own server's request. Commands are what the outbox stores and what pure rules (the
stock a station adds on top of the cache) read.

A `Description` is how a write is told to the user: a message code and its arguments,
rendered when shown (in the window's language), never stored as finished text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# The actions that make a new record the server can be asked for by its reference (a
# write whose answer was lost is looked up before it is sent again).
CREATING = frozenset({"create", "quick_move"})
# A record made on this computer carries this id until the server gives it its own.
TEMP_ID_PREFIX = "local-"


def is_temporary_id(record_id: object) -> bool:
    """Whether an id is one this computer gave a record the server has not answered for."""
    return str(record_id or "").startswith(TEMP_ID_PREFIX)


@dataclass(frozen=True)
class Command:
    """One write: `action` on `resource` (record `record_id`, None for a new one)."""

    resource: str
    action: str
    record_id: str | None = None
    payload: Any = None

    @property
    def creates(self) -> bool:
        return self.action in CREATING


@dataclass(frozen=True)
class Description:
    """A write as the user reads it: a message code and the values it names."""

    code: str
    args: Mapping[str, str] = field(default_factory=dict)
