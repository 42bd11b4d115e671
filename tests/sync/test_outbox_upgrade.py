"""An outbox queued by the previous version (requests, English descriptions) upgrades to
commands and still sends: a new invoice and its posting by temporary id, a station quick
move and a scrap, against the sandbox."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

from arkan_desktop.domain.commands import Command
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store import Cache, cache_path
from arkan_desktop.store.migrate import upgrade_file
from arkan_desktop.store.models.outbox import SENT
from arkan_desktop.sync.commands.descriptions import row_text
from tests.api.conftest import run
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sync.conftest import by_reference, location, new_client, open_workspace, put_stock, tag

STAMP = "2026-11-21T10:00:00.000000Z"
COLUMNS = (
    "id, seq, idempotency_key, created_at, resource, action, method, path, body, temp_id,"
    " depends_on, status, attempts, description, response_resource"
)


def _row(
    seq: int,
    resource: str,
    action: str,
    path: str,
    body: dict[str, Any] | None,
    description: str,
    *,
    temp_id: str | None = None,
    depends_on: tuple[str, ...] = (),
    response_resource: str | None = None,
) -> tuple[Any, ...]:
    """An outbox row as revision 0005 stored it (the row's id is its reference)."""
    row_id = f"00000000-0000-4000-8000-{seq:012d}"
    if body is not None:
        body = {**body, "reference": row_id}
    return (
        row_id,
        seq,
        row_id,
        STAMP,
        resource,
        action,
        "POST",
        path,
        None if body is None else json.dumps(body),
        temp_id,
        json.dumps(list(depends_on)),
        "pending",
        0,
        description,
        response_resource,
    )


def _stock(api: Api, product_id: str) -> dict[str, Decimal]:
    levels = api.all("/inventory/stock", productId=product_id)
    return {str(level["locationId"]): Decimal(str(level["quantity"])) for level in levels}


def test_an_outbox_from_before_commands_is_carried_over_and_sent(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    client = new_client(admin_api)
    sku = f"UPG-{tag()}"
    product = admin_api.ok(
        admin_api.post(
            "/inventory/products",
            {"sku": sku, "name": f"Upgrade {sku}", "type": "storable", "barcode": sku},
        )
    )
    source, destination = location(admin_api, "WH1-A-01-1"), location(admin_api, "WH1-B-03-2")
    put_stock(admin_api, product["id"], "WH1-A-01-1", 5)
    temp_id = f"local-{tag().lower()}-0000-4000-8000-000000000001"
    invoice_body = {
        "type": "out_invoice",
        "currency": "AED",
        "partnerId": client["id"],
        "lines": [{"description": "Upgrade", "quantity": "1", "unitPrice": "100.00"}],
    }
    rows = [
        _row(
            1,
            "invoices",
            "create",
            "/accounting/invoices",
            invoice_body,
            "New invoice for X, 105.00 AED",
            temp_id=temp_id,
        ),
        _row(
            2,
            "invoices",
            "post",
            f"/accounting/invoices/{temp_id}/post",
            None,
            "Post new invoice",
            depends_on=("00000000-0000-4000-8000-000000000001",),
        ),
        _row(
            3,
            "stock_moves",
            "create",
            "/inventory/barcode/quick-move",
            {
                "fromLocationBarcode": source.get("barcode") or f"LOC-{source['code']}",
                "toLocationBarcode": destination.get("barcode") or f"LOC-{destination['code']}",
                "productBarcode": sku,
                "quantity": "2",
            },
            "Move 2 × ...",
        ),
        _row(
            4,
            "stock_moves",
            "scrap",
            "/inventory/scrap",
            {
                "productId": product["id"],
                "locationId": source["id"],
                "quantity": "1",
                "reasonId": "damaged",
            },
            f"Scrap 1 × {sku} at WH1-A-01-1: Damaged",
            response_resource="",
        ),
    ]
    path = cache_path(tmp_path, demo.api_url, COMPANY_1)
    upgrade_file(path, "0005")
    with sqlite3.connect(path) as db:
        db.executemany(f"INSERT INTO outbox ({COLUMNS}) VALUES ({', '.join('?' * 15)})", rows)
    post_id = str(rows[1][0])

    with Cache.open(path) as cache:
        upgraded = {row.id: row for row in cache.outbox_rows()}
    commands = [(r.resource, r.action, r.record_id) for r in upgraded.values()]
    assert commands == [
        ("invoices", "create", None),
        ("invoices", "post", temp_id),
        ("stock_moves", "quick_move", None),
        ("stock_moves", "scrap", None),
    ]
    assert upgraded[post_id].command == Command("invoices", "post", temp_id, None)
    assert [row_text(r) for r in upgraded.values()][1:2] == ["Post new invoice"]  # saved text

    async def send_them() -> None:
        workspace = await open_workspace(demo, tmp_path)
        try:
            await workspace.service.sync_all()
            sent = {row.id: row for row in await workspace.service.outbox_rows()}
            assert {row.status for row in sent.values()} == {SENT}, [
                (row_text(r), r.status, r.rejection_message) for r in sent.values()
            ]
            # the posting went to the invoice's server id, not its temporary one
            created = sent[str(rows[0][0])].server_id
            assert created and sent[post_id].record_id == created
        finally:
            await workspace.close()

    run(send_them(), timeout=60)
    (invoice,) = by_reference(admin_api, "invoices", str(rows[0][0]))
    assert invoice["state"] == "posted"
    assert _stock(admin_api, product["id"]) == {
        source["id"]: Decimal(2),  # 5 − 2 moved − 1 scrapped
        destination["id"]: Decimal(2),
    }
