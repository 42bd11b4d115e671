"""How fast the sandbox serves cursor pages: the floor for client sync benchmarks.

Walks every list the client pulls (limit=100, sort=updatedAt desc) over real loopback
HTTP with one keep-alive connection against a sandbox child process, and compares with
the same keyset walk read straight from the sandbox's SQLite file in the same run (what
the server could do with no HTTP).

    uv run python -m bench.sandbox_lists --scale 100
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import time
from pathlib import Path

import httpx

from arkan_desktop.sandbox.demo_catalog import COMPANIES
from bench._report import Figure
from bench._sandbox import DATA, child_sandbox

RESOURCES = {
    "accounts": ("/accounting/accounts", "account"),
    "journal-entries": ("/accounting/journal-entries", "journal_entry"),
    "invoices": ("/accounting/invoices", "invoice"),
    "payments": ("/accounting/payments", "payment"),
    "clients": ("/crm/clients", "client"),
    "vendors": ("/inventory/vendors", "vendor"),
    "products": ("/inventory/products", "product"),
    "locations": ("/inventory/locations", "location"),
    "moves": ("/inventory/moves", "stock_move"),
    "purchase-orders": ("/inventory/purchase-orders", "purchase_order"),
}
COMPANY = COMPANIES[0]["id"]


def walk_http(client: httpx.Client, path: str) -> tuple[int, int]:
    records = requests = 0
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 100, "sort": "updatedAt", "order": "desc"}
        if cursor:
            params["cursor"] = cursor
        page = client.get(path, params=params)
        page.raise_for_status()
        body = page.json()
        requests += 1
        records += len(body["data"])
        if not body["meta"]["hasMore"]:
            return records, requests
        cursor = body["meta"]["cursor"]


def walk_sqlite(db: Path, kind: str) -> int:
    conn = sqlite3.connect(db)
    records = 0
    last: tuple[str, str] | None = None
    while True:
        if last is None:
            rows = conn.execute(
                "SELECT id, updated_at, body FROM records WHERE company_id=? AND kind=? "
                "ORDER BY updated_at DESC, id DESC LIMIT 100",
                (COMPANY, kind),
            ).fetchall()
        else:
            rows = conn.execute(
                "SELECT id, updated_at, body FROM records WHERE company_id=? AND kind=? "
                "AND (updated_at, id) < (?, ?) ORDER BY updated_at DESC, id DESC LIMIT 100",
                (COMPANY, kind, last[1], last[0]),
            ).fetchall()
        for _id, _updated, body in rows:
            json.loads(body)
        records += len(rows)
        if len(rows) < 100:
            conn.close()
            return records
        last = (rows[-1][0], rows[-1][1])


def walk(scale: int, repeat: int) -> dict[str, float]:
    """Median rates of the HTTP walk and of the same walk in SQLite, over `repeat` rounds."""
    database = DATA / f"scale-{scale}" / "sandbox.sqlite3"
    with child_sandbox(scale) as api_url:
        client = httpx.Client(base_url=api_url, timeout=60)
        token = client.post(
            "/auth/login", json={"email": "admin@demo.local", "password": "demo"}
        ).json()["accessToken"]
        client.headers.update({"Authorization": f"Bearer {token}", "X-Company-Id": COMPANY})
        http_rates, sql_rates = [], []
        total_records = total_requests = 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            total_records = total_requests = 0
            for path, _kind in RESOURCES.values():
                n, r = walk_http(client, path)
                total_records += n
                total_requests += r
            http_rates.append(total_records / (time.perf_counter() - t0))
            t0 = time.perf_counter()
            sql_records = sum(walk_sqlite(database, k) for _p, k in RESOURCES.values())
            sql_rates.append(sql_records / (time.perf_counter() - t0))
        client.close()
    return {
        "records": total_records,
        "requests": total_requests,
        "http_rate": statistics.median(http_rates),
        "sql_rate": statistics.median(sql_rates),
    }


def measure(quick: bool) -> list[Figure]:
    """The suite's figure: scale 100, median of 3 (quick: scale 1, one walk)."""
    scale, repeat = (1, 1) if quick else (100, 3)
    found = walk(scale, repeat)
    return [
        Figure(
            "records/s through cursor pages (HTTP, one keep-alive connection)",
            found["http_rate"],
            "records/s",
            lower_is_better=False,
            peer_name="the same keyset walk in SQLite, no HTTP",
            peer_value=found["sql_rate"],
            note=f"scale {scale}: {found['records']:,.0f} records in {found['requests']:,.0f} "
            f"pages of 100, median of {repeat}",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    found = walk(args.scale, args.repeat)
    http_rate, sql_rate = found["http_rate"], found["sql_rate"]
    print(f"records walked: {found['records']:,.0f} in {found['requests']:,.0f} pages of 100")
    print(f"sandbox over HTTP : {http_rate:10,.0f} records/s (median of {args.repeat})")
    print(f"same walk, SQLite : {sql_rate:10,.0f} records/s (peer: no HTTP, same rows)")
    print(f"ratio HTTP/SQLite : {http_rate / sql_rate:.2f}")
    print(
        f"machine: {platform.machine()}, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()}"
    )


if __name__ == "__main__":
    main()
