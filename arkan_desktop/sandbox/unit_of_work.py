"""One write transaction of the sandbox: records, stock quantities, numbering, events.

A UnitOfWork keeps what it has read or written in memory and writes it all back in
one transaction when committed, so a handler (or the demo seeder, which writes tens of
thousands of records) works with plain dicts and pays for SQL once. It never commits on
its own; `context.write` and the seeder decide when.
"""

from __future__ import annotations

import contextlib
import json
import random
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.kinds import COMMON_FILTERS, KINDS, index_columns
from arkan_desktop.sandbox.storage import counters, records, stock_quants

Key = tuple[str, str]


def _random_id() -> str:
    return str(uuid.uuid4())


_id_source: Callable[[], str] = _random_id


def new_id() -> str:
    """A record id: random, except while the demo seeder makes deterministic data."""
    return _id_source()


@contextlib.contextmanager
def deterministic_ids(rng: random.Random) -> Iterator[None]:
    """Within the block, ids come from `rng` (same seed, same ids)."""
    global _id_source
    previous = _id_source

    def seeded_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    _id_source = seeded_id
    try:
        yield
    finally:
        _id_source = previous


class UnitOfWork:
    def __init__(self, conn: Connection, company_id: str) -> None:
        self.conn = conn
        self.company_id = company_id
        self._records: dict[Key, dict[str, Any]] = {}
        self._new: dict[Key, None] = {}
        self._dirty: dict[Key, None] = {}
        self._quants: dict[Key, Decimal] = {}
        self._quant_exists: set[Key] = set()
        self._dirty_quants: set[Key] = set()
        self._quant_stamps: dict[Key, str] = {}
        self._all_quants_loaded = False
        self._counters: dict[str, int] = {}
        self._counter_exists: set[str] = set()
        self._dirty_counters: set[str] = set()
        self.events: dict[tuple[str, str], None] = {}
        # Kinds written in this transaction (list totals must be recounted after commit).
        self.touched: set[str] = set()
        # Per-transaction lookups (chart of accounts by code, virtual locations ...).
        self.memo: dict[str, Any] = {}
        # (kind, id, event) of each record added or saved, when someone listens (a request
        # does, for the notifications it calls for; the seeder does not).
        self.changes: list[tuple[str, str, str]] | None = None

    # --- records -----------------------------------------------------------------------

    def get(self, kind: str, record_id: str) -> dict[str, Any] | None:
        key = (kind, record_id)
        if key in self._records:
            return self._records[key]
        row = self.conn.execute(
            select(records.c.body).where(
                records.c.company_id == self.company_id,
                records.c.kind == kind,
                records.c.id == record_id,
            )
        ).first()
        if row is None:
            return None
        body: dict[str, Any] = json.loads(row[0])
        self._records[key] = body
        return body

    def require(self, kind: str, record_id: str, what: str | None = None) -> dict[str, Any]:
        body = self.get(kind, record_id) if _is_uuid(record_id) else None
        if body is None:
            noun = what or kind.replace("_", " ").capitalize()
            raise ApiError(404, f"{noun} {record_id} not found")
        return body

    def add(
        self, kind: str, body: dict[str, Any], *, created_at: str | None = None
    ) -> dict[str, Any]:
        """Insert a new record; gives it an id and timestamps unless it has them."""
        if created_at:
            created_at = clock.past(created_at)
            clock.replay_at(created_at)
        stamp = created_at or clock.now_iso()
        if "id" not in body:
            body["id"] = new_id()
        body.setdefault("createdAt", stamp)
        body["updatedAt"] = stamp if created_at else body["createdAt"]
        key = (kind, body["id"])
        self._records[key] = body
        self._new[key] = None
        self.touched.add(kind)
        self._note_event(kind, f"{kind}.created")
        if self.changes is not None:
            self.changes.append((kind, body["id"], f"{kind}.created"))
        return body

    def save(
        self, kind: str, body: dict[str, Any], event: str | None = None, *, at: str | None = None
    ) -> dict[str, Any]:
        """Mark a record changed: it gets a new `updatedAt` and is written at commit.

        `at` is the historical moment of a seeded change, which the record keeps (never
        later than the wall clock: see `clock.past`)."""
        key = (kind, body["id"])
        self._records[key] = body
        self.touched.add(kind)
        body["updatedAt"] = clock.past(at) if at else clock.now_iso()
        if key not in self._new:
            self._dirty[key] = None
        self._note_event(kind, event or f"{kind}.updated")
        if self.changes is not None:
            self.changes.append((kind, body["id"], event or f"{kind}.updated"))
        return body

    def find(self, kind: str, limit: int | None = None, **filters: str) -> list[dict[str, Any]]:
        """Records of a kind matching column or body filters (pending writes included)."""
        self.flush()
        k = KINDS[kind]
        query = select(records.c.id, records.c.body).where(
            records.c.company_id == self.company_id, records.c.kind == kind
        )
        for name, value in filters.items():
            query = query.where(filter_clause(k.name, name, value))
        query = query.order_by(records.c.created_at, records.c.id)
        if limit:
            query = query.limit(limit)
        out = []
        for record_id, body in self.conn.execute(query):
            key = (kind, record_id)
            if key not in self._records:
                self._records[key] = json.loads(body)
            out.append(self._records[key])
        return out

    def find_one(self, kind: str, **filters: str) -> dict[str, Any] | None:
        found = self.find(kind, limit=1, **filters)
        return found[0] if found else None

    # --- stock quantities --------------------------------------------------------------

    def load_all_quantities(self) -> None:
        """Read every stock quantity of the company once; quantity() then never queries."""
        rows = self.conn.execute(
            select(
                stock_quants.c.product_id, stock_quants.c.location_id, stock_quants.c.quantity
            ).where(stock_quants.c.company_id == self.company_id)
        )
        for product_id, location_id, quantity in rows:
            key = (product_id, location_id)
            self._quant_exists.add(key)
            self._quants.setdefault(key, Decimal(quantity))
        self._all_quants_loaded = True

    def quantity(self, product_id: str, location_id: str) -> Decimal:
        key = (product_id, location_id)
        if key not in self._quants and self._all_quants_loaded:
            self._quants[key] = Decimal(0)
        if key not in self._quants:
            row = self.conn.execute(
                select(stock_quants.c.quantity).where(
                    stock_quants.c.company_id == self.company_id,
                    stock_quants.c.product_id == product_id,
                    stock_quants.c.location_id == location_id,
                )
            ).first()
            self._quants[key] = Decimal(row[0]) if row else Decimal(0)
            if row:
                self._quant_exists.add(key)
        return self._quants[key]

    def set_quantity(self, product_id: str, location_id: str, quantity: Decimal) -> None:
        self.quantity(product_id, location_id)
        key = (product_id, location_id)
        self._quants[key] = quantity
        self._dirty_quants.add(key)
        self._quant_stamps[key] = clock.now_iso()
        self.touched.add("stock_level")

    def quantities_of_product(self, product_id: str) -> dict[str, Decimal]:
        """location id -> quantity for one product (non-zero only)."""
        self.flush()
        rows = self.conn.execute(
            select(stock_quants.c.location_id, stock_quants.c.quantity).where(
                stock_quants.c.company_id == self.company_id,
                stock_quants.c.product_id == product_id,
            )
        )
        out = {loc: Decimal(q) for loc, q in rows}
        return {loc: q for loc, q in out.items() if q != 0}

    def quantities_at_location(self, location_id: str) -> dict[str, Decimal]:
        """product id -> quantity at one location (non-zero only)."""
        self.flush()
        rows = self.conn.execute(
            select(stock_quants.c.product_id, stock_quants.c.quantity).where(
                stock_quants.c.company_id == self.company_id,
                stock_quants.c.location_id == location_id,
            )
        )
        out = {prod: Decimal(q) for prod, q in rows}
        return {prod: q for prod, q in out.items() if q != 0}

    # --- numbering and events ----------------------------------------------------------

    def next_number(self, series: str, prefix: str, year: int | str, width: int = 5) -> str:
        """The next document number of a series, e.g. INV-2026-00042."""
        name = f"{series}:{year}"
        if name not in self._counters:
            row = self.conn.execute(
                select(counters.c.value).where(
                    counters.c.company_id == self.company_id, counters.c.name == name
                )
            ).first()
            self._counters[name] = row[0] if row else 0
            if row:
                self._counter_exists.add(name)
        self._counters[name] += 1
        self._dirty_counters.add(name)
        return f"{prefix}-{year}-{self._counters[name]:0{width}d}"

    def emit(self, module: str, event_name: str) -> None:
        """Announce `module.invalidate {moduleKey: module, eventName}` after commit."""
        self.events[(module, event_name)] = None

    def _note_event(self, kind: str, event_name: str) -> None:
        self.emit(KINDS[kind].module, event_name)

    # --- writing back ------------------------------------------------------------------

    def flush(self) -> None:
        if self._new:
            self.conn.execute(insert(records), [self._row(k) for k in self._new])
            self._new.clear()
        if self._dirty:  # one executemany, not one compiled UPDATE per record
            rows = []
            for key in self._dirty:
                row = self._row(key)
                row["b_company"], row["b_kind"], row["b_id"] = (
                    row.pop("company_id"),
                    row.pop("kind"),
                    row.pop("id"),
                )
                rows.append(row)
            self.conn.execute(
                update(records).where(
                    records.c.company_id == bindparam("b_company"),
                    records.c.kind == bindparam("b_kind"),
                    records.c.id == bindparam("b_id"),
                ),
                rows,
            )
        self._dirty.clear()
        if self._dirty_quants:
            fresh = [k for k in self._dirty_quants if k not in self._quant_exists]
            if fresh:
                self.conn.execute(
                    insert(stock_quants),
                    [self._quant_row(k) for k in fresh],
                )
                self._quant_exists.update(fresh)
            changed = [
                {
                    "b_product": k[0],
                    "b_location": k[1],
                    "quantity": str(self._quants[k]),
                    "updated_at": self._quant_stamps[k],
                }
                for k in self._dirty_quants - set(fresh)
            ]
            if changed:
                self.conn.execute(
                    update(stock_quants).where(
                        stock_quants.c.company_id == self.company_id,
                        stock_quants.c.product_id == bindparam("b_product"),
                        stock_quants.c.location_id == bindparam("b_location"),
                    ),
                    changed,
                )
            self._dirty_quants.clear()
        # Only the series numbered since the last flush: a flush per lookup must stay cheap.
        for name in sorted(self._dirty_counters):
            value = self._counters[name]
            if name in self._counter_exists:
                self.conn.execute(
                    update(counters)
                    .where(counters.c.company_id == self.company_id, counters.c.name == name)
                    .values(value=value)
                )
            else:
                self.conn.execute(
                    insert(counters).values(company_id=self.company_id, name=name, value=value)
                )
                self._counter_exists.add(name)
        self._dirty_counters.clear()

    def _row(self, key: Key) -> dict[str, Any]:
        kind, record_id = key
        body = self._records[key]
        return {
            "company_id": self.company_id,
            "kind": kind,
            "id": record_id,
            "created_at": body["createdAt"],
            "updated_at": body["updatedAt"],
            "body": json.dumps(body, separators=(",", ":"), ensure_ascii=False),
            **index_columns(KINDS[kind], body),
        }

    def _quant_row(self, key: Key) -> dict[str, Any]:
        return {
            "company_id": self.company_id,
            "product_id": key[0],
            "location_id": key[1],
            "quantity": str(self._quants[key]),
            "id": f"{key[0]}@{key[1]}",
            "created_at": self._quant_stamps[key],
            "updated_at": self._quant_stamps[key],
        }


def filter_clause(kind: str, name: str, value: str) -> Any:
    """A WHERE clause for one list filter: a typed column, or a field of the JSON body."""
    if name in COMMON_FILTERS:
        return records.c[COMMON_FILTERS[name]] == value
    if name in KINDS[kind].body_filters:
        return func.json_extract(records.c.body, f"$.{name}") == value
    raise KeyError(name)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def iter_all(conn: Connection, company_id: str, kind: str) -> Iterator[dict[str, Any]]:
    """Every record of a kind, oldest first (reports and consistency checks)."""
    rows = conn.execute(
        select(records.c.body)
        .where(and_(records.c.company_id == company_id, records.c.kind == kind))
        .order_by(records.c.created_at, records.c.id)
    )
    for (body,) in rows:
        yield json.loads(body)
