"""Offline writes: temp-id chains land exactly once; rejections and 409s are parked."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT
from arkan_desktop.sync.commands import invoices, payments, stock, wire
from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import run
from tests.sandbox.conftest import Api
from tests.sync.conftest import (
    by_reference,
    cache_differences,
    location,
    new_client,
    new_product,
    open_workspace,
    queue_write,
    server_shows,
)


def server_record(api: Api, path: str) -> dict[str, Any]:
    response = api.get(path)
    assert response.status_code == 200, response.text
    return dict(json.loads(response.text, parse_float=Decimal))


def bins(api: Api) -> tuple[str, str]:
    """Two bins of the demo's main warehouse: (from, to)."""
    return location(api, "WH1-A-01-1")["id"], location(api, "WH1-B-03-2")["id"]


def move(between: tuple[str, str], product: dict[str, Any], quantity: str) -> wire.Write:
    return stock.move_stock(
        {
            "productId": product["id"],
            "fromLocationId": between[0],
            "toLocationId": between[1],
            "quantity": quantity,
        },
        product,
    )


async def queue_paid_invoice_chain(workspace: Workspace, client: dict[str, Any]) -> list[str]:
    """Create, post, pay and post the payment of an invoice, all offline: 4 outbox rows."""
    service, cache = workspace.service, workspace.cache
    created = invoices.create_invoice(
        {
            "partnerId": client["id"],
            "lines": [
                {
                    "description": "Offline work",
                    "quantity": "2",
                    "unitPrice": "150.00",
                    "taxRate": "5",
                }
            ],
        },
        "AED",
        client["name"],
    )
    rows = [await queue_write(service, created)]
    invoice = cache.get("invoices", created.entry.temp_id or "")
    assert invoice is not None and invoice["total"] == "315.00"
    rows.append(await queue_write(service, invoices.post_invoice(invoice)))
    paid = payments.record_payment(
        {
            "partnerId": client["id"],
            "amount": "315.00",
            "allocations": [{"invoiceId": invoice["id"], "amount": "315.00"}],
        },
        "AED",
        client["name"],
    )
    rows.append(await queue_write(service, paid))
    payment = cache.get("payments", paid.entry.temp_id or "")
    assert payment is not None
    invoice = cache.get("invoices", invoice["id"])
    assert invoice is not None
    rows.append(await queue_write(service, payments.post_payment(payment, [invoice])))
    assert cache.get("invoices", invoice["id"])["state"] == "paid"  # type: ignore[index]
    return [row.id for row in rows]


def test_offline_writes_land_exactly_once_when_the_server_returns(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    client = new_client(admin_api)
    product = new_product(admin_api, on_hand=10)
    between = bins(admin_api)

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service, cache = workspace.service, workspace.cache
        try:
            await service.sync_all()
            await service.start(["accounting", "inventory"])
            demo.stop()
            invoice_row, _, payment_row, _ = await queue_paid_invoice_chain(workspace, client)
            move_row = (await queue_write(service, move(between, product, "3"))).id
            assert len(await service.outbox_rows(("pending", "in_flight"))) == 5
            demo.start()  # the events socket comes back and wakes the sender

            await server_shows(
                lambda: len(by_reference(admin_api, "stock_moves", move_row)) == 1, timeout=30
            )
            [invoice] = by_reference(admin_api, "invoices", invoice_row)
            [payment] = by_reference(admin_api, "payments", payment_row)
            assert (invoice["state"], invoice["amountDue"]) == ("paid", "0.00")
            assert payment["state"] == "posted"
            for number in (invoice["number"], payment["number"]):
                assert len(admin_api.all("/accounting/journal-entries", reference=number)) == 1

            rows = await service.outbox_rows()
            assert [r.status for r in rows] == [SENT] * 5
            cached = cache.get("invoices", invoice["id"])
            assert cached is not None and cached["state"] == "paid"
            assert not any(
                i.startswith("local-") for i in cache.ids("invoices") | cache.ids("payments")
            )
            await service.sync_all()
            resources = ("invoices", "payments", "stock_moves", "stock_levels")
            assert cache_differences(cache, admin_api, resources) == {}
        finally:
            if not demo.running:
                demo.start()
            await workspace.close()

    run(body(), timeout=90)


def test_a_rejected_write_is_parked_with_the_servers_words_and_later_rows_go_on(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    scarce = new_product(admin_api, on_hand=2)
    plenty = new_product(admin_api, on_hand=10)
    unstocked = new_product(admin_api)
    between = bins(admin_api)
    client = new_client(admin_api)
    draft = admin_api.ok(
        admin_api.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "lines": [
                    {
                        "productId": unstocked["id"],
                        "description": "Goods",
                        "quantity": "3",
                        "unitPrice": "10.00",
                    }
                ],
            },
        )
    )

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service, cache = workspace.service, workspace.cache
        try:
            await service.sync_all()
            before = cache.get("invoices", draft["id"])
            assert before is not None and before["state"] == "draft"
            demo.stop()
            too_many = await queue_write(service, move(between, scarce, "5"))
            posting = await queue_write(service, invoices.post_invoice(before))
            unrelated = await queue_write(service, move(between, plenty, "1"))
            assert cache.get("invoices", draft["id"])["state"] == "posted"  # type: ignore[index]
            demo.start()

            summary = await service.sync_all()
            assert (summary.outbox.rejected, summary.outbox.sent) == (2, 1)
            parked = await service.outbox_row(too_many.id)
            assert parked is not None and parked.status == REJECTED
            assert (parked.rejection_status, parked.rejection_message) == (400, "Validation failed")
            assert parked.field_error_list() == [
                {
                    "field": "quantity",
                    "message": f"only 2 of {scarce['sku']} at WH1-A-01-1, cannot move 5",
                }
            ]
            refused = await service.outbox_row(posting.id)
            assert refused is not None and refused.status == REJECTED
            assert refused.rejection_message == f"Not enough stock to post {draft['number']}"
            assert [e["field"] for e in refused.field_error_list()] == ["lines[0].quantity"]
            assert len(by_reference(admin_api, "stock_moves", unrelated.id)) == 1
            # Pulls leave the record of a parked row alone.
            assert cache.get("invoices", draft["id"])["state"] == "posted"  # type: ignore[index]

            edited = {**(parked.body_data()), "quantity": "2"}
            resent = await service.retry(too_many.id, edited)
            assert resent.idempotency_key != too_many.idempotency_key
            await service.sync_all(resources=["stock_moves"])
            assert (await service.outbox_row(too_many.id)).status == SENT  # type: ignore[union-attr]
            [landed] = by_reference(admin_api, "stock_moves", too_many.id)
            assert landed["quantity"] == "2"

            await service.discard(posting.id)
            assert cache.get("invoices", draft["id"]) == server_record(
                admin_api, f"/accounting/invoices/{draft['id']}"
            )
            assert cache_differences(cache, admin_api, ("invoices",)) == {}
        finally:
            if not demo.running:
                demo.start()
            await workspace.close()

    run(body(), timeout=90)


def test_posting_what_someone_else_posted_is_a_conflict_beside_the_servers_record(
    demo: SandboxServer, admin_api: Api, tmp_path: Path
) -> None:
    client = new_client(admin_api)
    draft = admin_api.ok(
        admin_api.post(
            "/accounting/invoices",
            {
                "partnerId": client["id"],
                "lines": [{"description": "Advice", "quantity": "1", "unitPrice": "80.00"}],
            },
        )
    )

    async def body() -> None:
        workspace = await open_workspace(demo, tmp_path)
        service, cache = workspace.service, workspace.cache
        try:
            await service.sync_all(resources=["invoices"])
            demo.stop()  # offline: the user posts it here...
            mine = cache.get("invoices", draft["id"])
            assert mine is not None
            row = await queue_write(service, invoices.post_invoice(mine))
            demo.start()  # ...while a colleague posted it on the server
            admin_api.ok(admin_api.post(f"/accounting/invoices/{draft['id']}/post"))
            theirs = server_record(admin_api, f"/accounting/invoices/{draft['id']}")

            summary = await service.sync_all(resources=["invoices"])
            assert summary.outbox.conflicts == 1
            parked = await service.outbox_row(row.id)
            assert parked is not None and parked.status == CONFLICT
            assert parked.rejection_status == 409
            assert (
                parked.rejection_message
                == f"Invoice {draft['number']} is already posted; cannot post it"
            )
            assert parked.server_record_data() == theirs

            await service.discard(row.id)
            assert cache.get("invoices", draft["id"]) == theirs
        finally:
            if not demo.running:
                demo.start()
            await workspace.close()

    run(body(), timeout=60)
