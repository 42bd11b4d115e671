"""The soak's verdict: the server's truth, each desk's cache against it, each write counted.

Used by `bench.soak` and `bench.crash_loop` after every client has finished. The server
is read over HTTP as the demo admin (every list walked to the end); a cache is read from
its SQLite file (each record's raw JSON). Records compare by id and `updatedAt`.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from arkan_desktop.api.arkan import ARKAN_RESOURCES
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.resources import resource_table

Truth = dict[str, dict[str, dict[str, Any]]]  # resource -> id -> record


class ServerReader:
    """The demo admin reading one company over plain HTTP (a 429 is waited out)."""

    def __init__(self, api_url: str, company_id: str) -> None:
        self.http = httpx.Client(base_url=api_url, timeout=60)
        credentials = {"email": "admin@demo.local", "password": "demo"}
        login = self.request("POST", "/auth/login", json=credentials)
        self.http.headers["Authorization"] = f"Bearer {login['accessToken']}"
        self.http.headers["X-Company-Id"] = company_id

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        for _ in range(60):
            response = self.http.request(method, path, **kwargs)
            if response.status_code == 429:
                time.sleep(float(response.headers.get("retry-after", "1")))
                continue
            response.raise_for_status()
            return response.json()
        raise RuntimeError(f"{path}: still rate limited after 60 tries")

    def all(self, resource: str) -> dict[str, dict[str, Any]]:
        path = ARKAN_RESOURCES[resource].path
        out: dict[str, dict[str, Any]] = {}
        cursor: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 100}
            if cursor:
                params["cursor"] = cursor
            page = self.request("GET", path, params=params)
            out.update({str(r["id"]): r for r in page["data"]})
            if not page["meta"]["hasMore"]:
                return out
            cursor = page["meta"]["cursor"]

    def truth(self) -> Truth:
        return {resource: self.all(resource) for resource in ARKAN_RESOURCES}

    def close(self) -> None:
        self.http.close()


def cached_versions(cache_file: Path, resource: str) -> dict[str, str | None]:
    """id -> updatedAt of every record of a resource in a cache file."""
    spec = resource_table(resource)
    with Cache.open(cache_file) as cache, cache.reading() as session:
        rows = session.execute(select(spec.table.c.id, spec.table.c.raw).where(spec.where())).all()
    return {str(i): json.loads(raw).get("updatedAt") for i, raw in rows}


def cache_differences(
    cache_file: Path, truth: Truth, skipped: Collection[str] = ()
) -> dict[str, list[str]]:
    """resource -> what differs (missing, extra, stale ids; at most 5 of each)."""
    problems: dict[str, list[str]] = {}
    for resource, records in truth.items():
        if resource in skipped:
            continue
        mine = cached_versions(cache_file, resource)
        found = [f"missing {i}" for i in sorted(records.keys() - mine.keys())[:5]]
        found += [f"extra {i}" for i in sorted(mine.keys() - records.keys())[:5]]
        stale = [i for i, r in records.items() if i in mine and mine[i] != r.get("updatedAt")]
        found += [f"stale {i}" for i in sorted(stale)[:5]]
        if found:
            problems[resource] = found
    return problems


def exactly_once(rows: list[dict[str, Any]], truth: Truth) -> list[str]:
    """What is wrong with the queued writes on the server (empty when each took effect once).

    A create must exist once, found by the reference the client put in it, under the id the
    client recorded; a post must have left its record posted (or paid) with exactly one
    journal entry carrying the record's number.
    """
    by_reference: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for resource in ("invoices", "payments", "stock_moves"):
        for record_id, record in truth[resource].items():
            if record.get("reference"):
                by_reference[resource][str(record["reference"])].append(record_id)
    entries_by_reference: dict[str, int] = defaultdict(int)
    for entry in truth["journal_entries"].values():
        entries_by_reference[str(entry.get("reference") or "")] += 1
    problems: list[str] = []
    for row in rows:
        label = f"{row['description']} ({row['id'][:8]})"
        if row["status"] != "sent":
            problems.append(f"{label}: {row['status']} {row.get('rejection') or ''}".strip())
            continue
        if row["action"] == "create":
            found = by_reference[row["resource"]].get(row["reference"] or row["id"], [])
            if found != [row["server_id"]]:
                problems.append(f"{label}: on the server {len(found)} times, {found[:3]}")
        elif row["action"] == "post":
            record_id = row["record_id"]
            posted = truth[row["resource"]].get(record_id)
            if posted is None:
                problems.append(f"{label}: {record_id} is not on the server")
                continue
            if posted.get("state") not in ("posted", "paid"):
                problems.append(f"{label}: the record is {posted.get('state')}")
            entries = entries_by_reference[str(posted.get("number"))]
            if entries != 1:
                problems.append(f"{label}: {entries} journal entries")
    return problems
