"""First sync of a real Arvalox deployment (issue 15): no rate-limit headers, 3,000 invoices.

The sandbox's "real" flavour (the open-source backend as deployed: `/api/v1`, bearer
tokens, no `X-RateLimit-*` headers, no rate limiting) runs as a child process with
`--scale 10` (600 customers, 3,000 invoices and their payments). Client: email sign-in,
then `SyncService.sync_all()` into a fresh cache. Floor: the same pages fetched with one
keep-alive httpx client and parsed, nothing else (the server's share of the time). Also
says whether every invoice reached the cache.

    uv run python -m bench.arvalox_real_sync [--scale 10]
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bench._report import Figure
from bench._sandbox import DATA

EMAIL = "owner@arvalox-demo.example.com"
PASSWORD = "arvalox-demo"
RESOURCES = ("customers", "invoices", "payments")


@contextmanager
def real_sandbox(scale: int) -> Iterator[str]:
    """The API root of a real-flavour Arvalox sandbox child process (seeded once)."""
    command = [sys.executable, "-m", "arkan_desktop.sandbox", "--kind", "arvalox"]
    command += ["--flavour", "real", "--port", "0", "--scale", str(scale)]
    command += ["--data", str(DATA / f"arvalox-real-scale-{scale}")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "serving" in line and " at " in line:
                yield line.split(" at ", 1)[1].split()[0]
                break
        else:
            raise RuntimeError("the sandbox did not start")
    finally:
        process.terminate()
        process.wait(timeout=30)


def floor(api_url: str) -> tuple[int, float, int]:
    """(invoices, seconds, requests) for every page of every list, fetched and parsed."""
    with httpx.Client(base_url=api_url, timeout=60) as http:
        token = http.post("/auth/login", json={"email": EMAIL, "password": PASSWORD}).json()
        http.headers["Authorization"] = f"Bearer {token['access_token']}"
        started, requests, invoices = time.perf_counter(), 0, 0
        for resource in RESOURCES:
            page = 1
            while True:
                params = {"page": page, "per_page": 100, "sort_by": "id", "sort_order": "asc"}
                body = http.get(f"/{resource}/", params=params).json()
                requests += 1
                if resource == "invoices":
                    invoices += len(body["invoices"])
                if page >= body["total_pages"]:
                    break
                page += 1
        return invoices, time.perf_counter() - started, requests


async def client_sync(api_url: str, home: Path) -> dict[str, float]:
    # Imported here so that `PYTHONPATH=<another checkout>` measures that checkout's client.
    from arkan_desktop.api.arvalox import ArvaloxConnector
    from arkan_desktop.api.arvalox_session import ArvaloxSession
    from arkan_desktop.store.cache import Cache
    from arkan_desktop.sync.service import SyncService

    session = ArvaloxSession(api_url)
    cache = Cache.open(home / "cache.sqlite3")
    service = SyncService(ArvaloxConnector(session), cache)
    try:
        await session.sign_in(EMAIL, PASSWORD)
        session.stats.reset()
        started = time.perf_counter()
        summary = await service.sync_all()
        elapsed = time.perf_counter() - started
        return {
            "seconds": elapsed,
            "requests": session.stats.requests,
            "invoices": cache.count("invoices"),
            "not_stored": sum(len(v) for v in summary.errors.values()),
        }
    finally:
        await service.stop()
        cache.close()
        await session.aclose()


def run(scale: int) -> dict[str, float]:
    with real_sandbox(scale) as api_url, tempfile.TemporaryDirectory() as tmp:
        invoices, floor_seconds, floor_requests = floor(api_url)
        found = asyncio.run(client_sync(api_url, Path(tmp)))
    return {
        **found,
        "server_invoices": invoices,
        "floor_seconds": floor_seconds,
        "floor_requests": floor_requests,
    }


def measure(quick: bool) -> list[Figure]:
    scale = 2 if quick else 10
    result = run(scale)
    note = (
        f"scale {scale}: {result['server_invoices']:,.0f} invoices on the server, "
        f"{result['invoices']:,.0f} in the cache, {result['not_stored']:.0f} not stored; "
        f"{result['requests']:.0f} requests"
    )
    return [
        Figure(
            "First sync of a real Arvalox deployment (no rate-limit headers)",
            result["seconds"],
            "s",
            peer_name="the same pages fetched bare",
            peer_value=result["floor_seconds"],
            note=note,
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    result = run(args.scale)
    print(
        f"first sync: {result['seconds']:.1f} s, {result['requests']:.0f} requests; "
        f"bare pages: {result['floor_seconds']:.1f} s, {result['floor_requests']:.0f} requests; "
        f"invoices {result['invoices']:,.0f} of {result['server_invoices']:,.0f} "
        f"({result['not_stored']:.0f} not stored)"
    )


if __name__ == "__main__":
    main()
