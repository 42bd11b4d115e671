"""Customer, vendor and contact writes on an Arkan server: what they send, that the
sandbox takes them, and the sentence a server without the assumed PATCH answers with."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkan_desktop.api.arkan_commands import arkan_request
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import REJECTED, SENT
from arkan_desktop.sync.commands.partners import (
    create_contact,
    create_partner,
    partner_changes,
    update_partner,
)
from tests.conftest import start_sandbox
from tests.sync.conftest import open_workspace

CURRENT = {
    "id": "v1",
    "name": "Cedar Supplies",
    "email": "a@cedar.example",
    "taxId": None,
    "phone": "",
    "address": {"line1": "Unit 4", "line2": "", "city": "Dubai", "country": "AE"},
    "paymentTermsDays": 30,
    "creditLimit": "1000.00",
}


def test_a_new_vendor_sends_what_was_filled_with_its_reference() -> None:
    write = create_partner("vendor", {"name": " Gulf Shade ", "email": "",
                                      "taxId": "100 1234 5678 9012",
                                      "iban": "ae07 0331 2345 6789 0123 456"})  # fmt: skip
    body = write.entry.body
    assert arkan_request(write.entry.command) == ("POST", "/inventory/vendors")
    assert body["name"] == "Gulf Shade" and "email" not in body
    assert body["taxId"] == "100123456789012" and body["iban"] == "AE070331234567890123456"
    assert body["reference"] == write.entry.id
    assert write.effect["vendors"][0]["id"] == write.entry.temp_id
    customer = create_partner("client", {"name": "Nour", "iban": "AE07"})
    assert "iban" not in customer.entry.body  # customers have no bank here
    assert arkan_request(customer.entry.command) == ("POST", "/crm/clients")


def test_a_change_sends_only_what_differs_and_clears_with_null() -> None:
    fields = {**CURRENT, "email": "", "phone": "", "creditLimit": "2000.00",
              "address": {"line1": "Unit 4", "city": "Dubai", "country": "AE"}}  # fmt: skip
    changes = partner_changes("vendor", CURRENT, fields)
    assert changes == {"email": None, "creditLimit": "2000.00"}
    moved = partner_changes("vendor", CURRENT, {"address": {**CURRENT["address"], "city": "Ajman"}})
    assert moved == {"address": {**CURRENT["address"], "city": "Ajman"}}
    assert partner_changes("vendor", CURRENT, {"name": ""}) == {}  # a name is never cleared
    write = update_partner("vendor", CURRENT, changes)
    assert arkan_request(write.entry.command) == ("PATCH", "/inventory/vendors/v1")
    assert write.entry.records == {"vendors": ["v1"]}
    assert write.effect["vendors"][0]["creditLimit"] == "2000.00"


def test_a_contact_names_its_partner_and_side() -> None:
    write = create_contact("vendor", CURRENT, {"name": "Sana", "email": "", "position": "Sales"})
    assert arkan_request(write.entry.command) == ("POST", "/crm/contacts")
    assert write.entry.body == {"partnerId": "v1", "partnerType": "vendor", "name": "Sana",
                                "position": "Sales"}  # fmt: skip
    record = write.effect["contacts"][0]
    assert (record["partnerName"], record["clientId"]) == ("Cedar Supplies", None)


@pytest.fixture(scope="module")
def without_patch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(
        tmp_path_factory.mktemp("without-patch"), without=("PATCH /inventory/vendors/*",)
    )
    yield server
    server.stop()


def test_the_writes_reach_the_server_and_a_missing_patch_is_said(
    without_patch: SandboxServer, tmp_path: Path
) -> None:
    async def scenario() -> None:
        workspace = await open_workspace(without_patch, tmp_path)
        try:
            service = workspace.service
            made = create_partner("vendor", {"name": f"Vendor {uuid.uuid4().hex[:8]}"})
            await service.queue(made.entry, made.effect)
            contact = create_contact("vendor", made.effect["vendors"][0], {"name": "Sana"})
            await service.queue(contact.entry, contact.effect)
            await service.send_outbox()
            rows = {r.id: r for r in await service.outbox_rows()}
            assert rows[made.entry.id or ""].status == SENT
            vendor_id = rows[made.entry.id or ""].server_id or ""
            sent_contact = next(r for r in rows.values() if r.resource == "contacts")
            assert sent_contact.status == SENT
            assert sent_contact.body_data()["partnerId"] == vendor_id  # the temp id, rewritten
            current = workspace.cache.get("vendors", vendor_id)
            assert current is not None
            change = update_partner("vendor", current, {"phone": "+971 4 000 0000"})
            queued = await service.queue(change.entry, change.effect)
            await service.send_outbox()
            row = await service.outbox_row(queued.id)
            assert row is not None and row.status == REJECTED
            assert row.rejection_message == (
                "This server does not offer changing vendors (PATCH /inventory/vendors/:id)"
            )
        finally:
            await workspace.close()

    asyncio.run(scenario())
