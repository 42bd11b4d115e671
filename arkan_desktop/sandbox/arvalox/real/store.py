"""What a real-flavour Arvalox sandbox keeps: organisations, users, customers, invoices (with
their items) and payments, in one JSON document rewritten after each change.

It stands in for the backend's PostgreSQL tables (backend/app/models/*.py): records carry
the same columns, money as NUMERIC(15,2) text, and `created_at`/`updated_at` set the way
the models' `server_default=now()` / `onupdate=now()` set them: `updated_at` moves only
when a column of that row really changes (an invoice's items are rows of their own).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from arkan_desktop.sandbox.arvalox.store import save_document
from arkan_desktop.sandbox.clock import now_iso

Record = dict[str, Any]
TABLES = ("organizations", "users", "customers", "invoices", "invoice_items", "payments")
# Columns that are not the row's own: a change to them does not touch `updated_at`.
_NOT_COLUMNS = frozenset({"id", "items", "created_at", "updated_at"})
CENT = Decimal("0.01")
# Columns unique per organisation (the backend's UniqueConstraints and its own checks),
# looked up through an index instead of a scan.
UNIQUE = {
    "customers": "customer_code",
    "invoices": "invoice_number",
    "payments": "reference_number",
}


class ServerFault(Exception):
    """Something the real server answers with a bare 500 (a database error, or an answer
    that fails the server's own response schema)."""


def _copy(record: Record) -> Record:
    """A copy free to change: rows hold scalars, and an invoice its list of item rows."""
    copied = dict(record)
    if "items" in copied:
        copied["items"] = [dict(item) for item in copied["items"]]
    return copied


def local_now() -> datetime:
    """The server's local wall time, naive (what the backend's `datetime.now()` gives)."""
    return datetime.now(UTC).astimezone().replace(tzinfo=None)


def local_today() -> date:
    """The server's local date (the backend's `date.today()`), not the UTC date."""
    return local_now().date()


def numeric(value: Decimal, precision: int = 15) -> str:
    """The value a NUMERIC(precision, 2) column keeps: rounded half away from zero to the
    cent (PostgreSQL's rounding); too many digits is PostgreSQL's "numeric field overflow"."""
    kept = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if abs(kept) >= Decimal(10) ** (precision - 2):
        raise ServerFault(f"numeric field overflow: {kept}")
    return f"{kept:f}"


class RealStore:
    """One sandbox's tables. Use `with store.writing():` around every change."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.RLock()
        self._depth = 0
        self.data: dict[str, Any] = {
            "next_id": dict.fromkeys(TABLES, 1),
            **{table: {} for table in TABLES},
        }
        if path.exists():
            self.data.update(json.loads(path.read_text(encoding="utf-8")))
        self._index: dict[str, dict[tuple[Any, Any], int]] = {t: {} for t in UNIQUE}
        for table in UNIQUE:
            for row in self.data[table].values():
                self._indexed(table, row, add=True)

    def _indexed(self, table: str, row: Record, *, add: bool) -> None:
        column = UNIQUE.get(table)
        if column is None or row.get(column) is None:
            return
        key = (row.get("organization_id"), row[column])
        if add:
            self._index[table][key] = row["id"]
        elif self._index[table].get(key) == row["id"]:
            del self._index[table][key]

    @property
    def seeded(self) -> bool:
        return self.path.exists()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the lock for a change (a transaction) and save the document when the
        outermost block succeeds. There is no rollback: every rule checks (and computes
        what may fail) before its first write."""
        with self.lock:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            if self._depth == 0:
                self.save()

    def save(self) -> None:
        save_document(self.path, self.data)

    def next_id(self, table: str) -> int:
        with self.lock:
            value = int(self.data["next_id"][table])
            self.data["next_id"][table] = value + 1
            return value

    # --- reading ------------------------------------------------------------------------

    def rows(self, table: str, organization_id: int | None = None) -> list[Record]:
        """Every row of a table (of one organisation): shallow copies, to read, not change."""
        with self.lock:
            found = self.data[table].values()
            if organization_id is None:
                return [dict(r) for r in found]
            return [dict(r) for r in found if r.get("organization_id") == organization_id]

    def exists(
        self, table: str, organization_id: int, column: str, value: object, but: int = 0
    ) -> bool:
        """Whether another row of the organisation (not id `but`) has this value in a column."""
        with self.lock:
            if UNIQUE.get(table) == column:
                found = self._index[table].get((organization_id, value))
                return found is not None and found != but
            return any(
                r.get(column) == value
                and r.get("organization_id") == organization_id
                and r["id"] != but
                for r in self.data[table].values()
            )

    def row(self, table: str, row_id: int, organization_id: int | None = None) -> Record | None:
        """One row (a copy, free to change), or None when it is not there (or not the
        organisation's)."""
        with self.lock:
            found = self.data[table].get(str(row_id))
            if found is None:
                return None
            if organization_id is not None and found.get("organization_id") != organization_id:
                return None
            return _copy(found)

    # --- writing (inside `writing()`) ---------------------------------------------------

    def insert(self, table: str, record: Record, *, stamp: str | None = None) -> Record:
        moment = stamp or now_iso()
        if "id" not in record:
            record["id"] = self.next_id(table)
        record["created_at"] = record["updated_at"] = moment
        self.data[table][str(record["id"])] = _copy(record)
        self._indexed(table, record, add=True)
        return record

    def update(self, table: str, record: Record, *, stamp: str | None = None) -> Record:
        """Store a changed row; `updated_at` moves only if one of its columns changed."""
        stored = self.data[table][str(record["id"])]
        columns = (set(stored) | set(record)) - _NOT_COLUMNS
        changed = any(stored.get(k) != record.get(k) for k in columns)
        if changed:
            record["updated_at"] = stamp or now_iso()
        self._indexed(table, stored, add=False)
        self.data[table][str(record["id"])] = _copy(record)
        self._indexed(table, record, add=True)
        return record

    def delete(self, table: str, row_id: int) -> None:
        removed = self.data[table].pop(str(row_id), None)
        if removed is not None:
            self._indexed(table, removed, add=False)

    def user_by_email(self, email: str) -> Record | None:
        with self.lock:
            for user in self.data["users"].values():
                if user["email"] == email:
                    return dict(user)
        return None
