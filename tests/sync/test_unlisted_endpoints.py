"""An Arkan server with only what the published reference lists (issue 15): a user who types
the bare address signs in; sync skips what is not there, saying what is missing; the
station's pieces work without it (stock by product, locations derived from it, location
barcodes learnt from labels); and a record the cache cannot store fails `sync` loudly.

Real HTTP over loopback to the sandbox; the endpoints the reference does not list
(warehouses, locations, the bulk stock list, the moves list, vendors) answer 404 through a
transport in front of it, as such a server would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest

from arkan_desktop.api.arkan import ARKAN_RESOURCES, ArkanConnector
from arkan_desktop.api.arkan_reads import locations_from_stock
from arkan_desktop.api.session import ApiSession
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import run
from tests.conftest import start_sandbox
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sync.conftest import new_client, new_product
from tests.test_cli import cli

UNLISTED = {r.path: r for r in ARKAN_RESOURCES.values() if r.assumed}


class OnlyTheReference(httpx.AsyncBaseTransport):
    """The sandbox, except that the unlisted list endpoints answer 404."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.removeprefix("/api/v1") in UNLISTED:
            body = {"statusCode": 404, "message": "No such endpoint", "errors": []}
            return httpx.Response(404, json=body)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_the_station_works_from_what_the_reference_lists(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    product = new_product(admin_api, on_hand=7, location_code="WH1-A-01-1")

    async def body() -> tuple[str, dict[str, str], list[dict[str, object]], dict[str, str]]:
        session = ApiSession(demo.url, transport=OnlyTheReference())  # the bare address
        await session.sign_in("admin@demo.local", "demo")
        workspace = await Workspace.open(tmp_path, session, COMPANY_1)
        try:
            summary = await workspace.service.sync_all()
            connector = workspace.connector
            assert isinstance(connector, ArkanConnector)
            levels = await connector.product_stock(product["id"])
            derived = locations_from_stock(levels)
            cache = workspace.cache
            cache.upsert("locations", derived)  # the station's locations, derived
            cache.learn_location_barcode("LBL-0001", str(derived[0]["id"]), "printed")
            cache.learn_location_barcode("LBL-0002", str(derived[0]["id"]), "scanned")
            with pytest.raises(ValueError, match="printed or scanned"):
                cache.learn_location_barcode("LBL-0003", str(derived[0]["id"]), "guessed")
            assert cache.learned_location("LBL-0001") == derived[0]["id"]
            assert cache.count("locations") == len(derived)
            return session.server_url, summary.skipped, levels, cache.learned_location_barcodes()
        finally:
            await workspace.close()

    root, skipped, levels, learned = run(body(), timeout=90)
    assert root == demo.api_url  # found below the bare address the user typed
    assert skipped == {
        resource.name: f"This server does not offer {resource.title} ({resource.path})"
        for resource in UNLISTED.values()
    }
    bin_ = admin_api.ok(admin_api.get("/inventory/locations", code="WH1-A-01-1"))["data"][0]
    assert [(lv["locationId"], lv["locationCode"], str(lv["quantity"])) for lv in levels] == [
        (bin_["id"], "WH1-A-01-1", "7")
    ]
    assert learned == {"LBL-0001": bin_["id"], "LBL-0002": bin_["id"]}


def test_a_record_the_cache_cannot_store_fails_the_sync_loudly(tmp_path: Path) -> None:
    server = start_sandbox(tmp_path / "server", seed="empty")
    api = Api(server, "admin@demo.local")
    try:
        client = new_client(api)
        line = {"description": "Work", "quantity": "1", "unitPrice": "100"}
        bad = api.ok(api.post("/accounting/invoices", {"partnerId": client["id"], "lines": [line]}))
        with sqlite3.connect(server.config.database_path) as db:  # as a broken server would
            db.execute(
                "UPDATE records SET body = json_set(body, '$.total', 'twelve') WHERE id = ?",
                (bad["id"],),
            )
        account = ["--server", server.api_url, "--email", "admin@demo.local", "--password-stdin"]
        account += ["--company", COMPANY_1]
        result = cli(tmp_path / "home", "sync", *account, stdin="demo\n")
    finally:
        api.close()
        server.stop()
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"not stored (invoices): invoices record {bad['id']}: field 'total'" in result.stdout
    assert result.stderr.strip() == (
        "arkan-desktop: 1 record could not be stored (invoices); the local copy is incomplete"
    )
