"""Correcting a draft on the server: a PATCH the published reference does not list.

Against the sandbox (which serves it) the correction is applied and the connector knows
the server corrects drafts. Against a server without the endpoint (a loopback front that
answers PATCH with 405, or with a bare 404, and passes everything else to the sandbox) the
write is refused in one sentence and the connector remembers the server cannot; a 404 for
a record that is really gone stays a plain "not found".
"""

from __future__ import annotations

import uuid

import pytest

from arkan_desktop.api.arkan import ArkanConnector
from arkan_desktop.api.arkan_commands import CANNOT_CHANGE_DRAFTS, arkan_request
from arkan_desktop.api.errors import ApiError
from arkan_desktop.api.session import ApiSession
from arkan_desktop.domain.commands import Command
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import run
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_invoices import new_client, service_invoice
from tests.support.broken_server import BrokenServer


async def connector_at(api_url: str) -> ArkanConnector:
    session = ApiSession(api_url)
    await session.sign_in("admin@demo.local", "demo")
    session.company_id = COMPANY_1
    return ArkanConnector(session)


def test_every_draft_correction_has_its_route() -> None:
    assert arkan_request(Command("invoices", "update", "i1")) == (
        "PATCH", "/accounting/invoices/i1"
    )  # fmt: skip
    assert arkan_request(Command("payments", "allocate", "y1")) == (
        "POST", "/accounting/payments/y1/allocate"
    )  # fmt: skip
    for resource, path in (
        ("journal_entries", "/accounting/journal-entries/j1"),
        ("payments", "/accounting/payments/j1"),
        ("purchase_orders", "/inventory/purchase-orders/j1"),
    ):
        assert arkan_request(Command(resource, "update", "j1")) == ("PATCH", path)


def test_the_sandbox_corrects_a_draft(sandbox: SandboxServer) -> None:
    api = Api(sandbox, "admin@demo.local")
    draft = service_invoice(api, new_client(api))
    reference = f"PO-{uuid.uuid4().hex[:6]}"

    async def body() -> None:
        connector = await connector_at(sandbox.api_url)
        assert connector.edits_drafts("invoices") is None  # not known before trying
        answer = await connector.send(
            Command("invoices", "update", draft["id"], {"reference": reference}),
            idempotency_key=str(uuid.uuid4()),
        )
        assert answer["reference"] == reference and answer["number"] == draft["number"]
        assert connector.edits_drafts("invoices") is True
        with pytest.raises(ApiError) as gone:  # a record the server does not have
            await connector.send(
                Command("invoices", "update", str(uuid.uuid4()), {"reference": "x"}),
                idempotency_key=None,
            )
        assert gone.value.status == 404 and gone.value.message != CANNOT_CHANGE_DRAFTS
        await connector.session.aclose()

    run(body())


@pytest.mark.parametrize("mode", ["patch-405", "patch-404"])
def test_a_server_without_the_endpoint_refuses_in_one_sentence(
    sandbox: SandboxServer, mode: str
) -> None:
    api = Api(sandbox, "admin@demo.local")
    draft = service_invoice(api, new_client(api))
    with BrokenServer(sandbox.url, mode=mode, where=r"^/accounting/") as server:

        async def body() -> None:
            connector = await connector_at(server.api_url)
            with pytest.raises(ApiError) as refused:
                await connector.send(
                    Command("invoices", "update", draft["id"], {"reference": "changed"}),
                    idempotency_key=str(uuid.uuid4()),
                )
            assert refused.value.message == CANNOT_CHANGE_DRAFTS
            assert refused.value.is_rejection  # the outbox row stops and says why
            assert connector.edits_drafts("invoices") is False
            assert connector.edits_drafts("payments") is None  # each resource on its own
            await connector.session.aclose()

        run(body())
        assert server.faulted == 1
    assert api.ok(api.get(f"/accounting/invoices/{draft['id']}"))["reference"] != "changed"
