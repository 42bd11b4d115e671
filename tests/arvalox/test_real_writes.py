"""Writing to a real Arvalox deployment (the open-source backend as deployed, issue 15):
customers, invoices without tax (a taxed one refused before it is queued, saying why),
posting through the status endpoint, payments by every method showing their customer and
invoice, and nothing applied twice when answers are lost (real HTTP over loopback)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from arkan_desktop.api.write_rules import WriteRefused
from arkan_desktop.sandbox.config import parse_chaos
from arkan_desktop.store.models.outbox import REJECTED, SENT
from arkan_desktop.store.partners import customer_statuses
from arkan_desktop.sync.commands import customers, invoices, payments
from arkan_desktop.sync.service import SyncService
from tests.arvalox.conftest import Truth, run, syncing
from tests.support.arvalox_flavours import Deployment, start_deployment


class Recording(httpx.AsyncBaseTransport):
    """The real transport, keeping each request body as it leaves (what is on the wire)."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.sent: list[tuple[str, str, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, request.url.path, await request.aread()))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def line(price: str = "150.00", quantity: str = "2", tax: str | None = None) -> dict[str, Any]:
    made = {"description": "Consulting", "quantity": quantity, "unitPrice": price}
    return made if tax is None else {**made, "taxRate": tax}


def invoice_draft(customer_id: Any, *lines: dict[str, Any]) -> dict[str, Any]:
    return {"partnerId": str(customer_id), "lines": list(lines) or [line()]}


async def sent(service: SyncService, write: Any) -> Any:
    """Queue a write, send the outbox, and return the row as it ended."""
    row = await service.queue(write.entry, write.effect)
    await service.send_outbox()
    return await service.outbox_row(row.id)


def test_a_taxed_invoice_is_refused_before_it_is_queued_and_an_untaxed_one_goes_whole(
    real_arvalox: Deployment, tmp_path: Path
) -> None:
    truth = Truth(real_arvalox)
    customer = truth.active_customer()
    wire = Recording()

    async def body() -> tuple[list[WriteRefused], Any, Any, int]:
        async with syncing(real_arvalox, tmp_path, transport=wire) as service:
            rules = service.connector.write_rules
            refused = []
            for bad in (line(tax="5"), line(price="12.345"), line(quantity="1.125")):
                with pytest.raises(WriteRefused) as caught:
                    invoices.create_invoice(invoice_draft(customer["id"], bad), "USD", rules=rules)
                refused.append(caught.value)
            queued = len(await service.outbox_rows())
            row = await sent(
                service,
                invoices.create_invoice(
                    invoice_draft(customer["id"]), "USD", customer["name"], rules=rules
                ),
            )
            posted = await sent(
                service, invoices.post_invoice(service.cache.get("invoices", row.server_id))
            )
            return refused, row, posted, queued

    try:
        refused, row, posted, queued = run(body(), timeout=60)
        taxed, fine_price, fine_quantity = refused
        assert taxed.message.startswith("This server does not store tax on invoices")
        assert [f.field for f in taxed.field_errors] == ["lines[0].taxRate"]
        assert [f.field for f in fine_price.field_errors] == ["lines[0].unitPrice"]
        assert "at most 2 decimals" in fine_price.message
        assert [f.field for f in fine_quantity.field_errors] == ["lines[0].quantity"]
        assert queued == 0  # nothing reached the outbox
        assert (row.status, posted.status) == (SENT, SENT)
        created = next(body for method, path, body in wire.sent if path.endswith("/invoices/"))
        assert b"E+" not in created  # "150", never "1.5E+2"
        item = json.loads(created)["items"][0]
        assert item == {"description": "Consulting", "quantity": "2", "unit_price": "150"}
        on_server = truth.get(f"/invoices/{row.server_id}")
        assert on_server["invoice_date"] == on_server["due_date"]  # both dates, as shown
        assert on_server["status"] == "sent"  # posted through PATCH /invoices/{id}/status
        assert any(m == "PATCH" and p.endswith("/status") for m, p, _ in wire.sent)
    finally:
        truth.close()


def test_a_taxed_invoice_that_reaches_the_connector_is_rejected_and_not_sent(
    real_arvalox: Deployment, tmp_path: Path
) -> None:
    # Queued without the rules (an older copy of the app, a row from before): still never
    # sent without its tax.
    truth = Truth(real_arvalox)
    customer = truth.active_customer()
    before = len(truth.all("invoices"))

    async def body() -> Any:
        async with syncing(real_arvalox, tmp_path) as service:
            write = invoices.create_invoice(invoice_draft(customer["id"], line(tax="5")), "USD")
            return await sent(service, write)

    try:
        row = run(body())
        assert row.status == REJECTED and row.rejection_status == 422
        assert [e["field"] for e in row.field_error_list()] == ["lines[0].taxRate"]
        assert len(truth.all("invoices")) == before
    finally:
        truth.close()


def test_customers_and_payments_by_every_method(real_arvalox: Deployment, tmp_path: Path) -> None:
    truth = Truth(real_arvalox)
    methods = ("bank", "cash", "card", "cheque", "online")

    async def body() -> tuple[Any, list[Any], WriteRefused, list[dict[str, Any]]]:
        async with syncing(real_arvalox, tmp_path) as service:
            rules = service.connector.write_rules
            made = await sent(service, customers.create_customer({"name": "Gulf Shade LLC"}))
            invoice_row = await sent(
                service,
                invoices.create_invoice(invoice_draft(made.server_id), "USD", rules=rules),
            )
            await sent(
                service, invoices.post_invoice(service.cache.get("invoices", invoice_row.server_id))
            )
            rows = []
            for method in methods:
                draft = {
                    "partnerId": made.server_id,
                    "amount": "10.00",
                    "method": method,
                    "allocations": [{"invoiceId": invoice_row.server_id, "amount": "10.00"}],
                }
                rows.append(await sent(service, payments.record_payment(draft, "USD", rules=rules)))
            with pytest.raises(WriteRefused) as unknown:
                payments.record_payment({**draft, "method": "crypto"}, "USD", rules=rules)
            await service.sync_all()
            cached = [service.cache.get("payments", r.server_id) for r in rows]
            return made, rows, unknown.value, cached

    try:
        made, rows, unknown, cached = run(body(), timeout=60)
        assert made.status == SENT
        server_customer = truth.get(f"/customers/{made.server_id}")
        assert server_customer["name"] == "Gulf Shade LLC"
        assert server_customer["customer_code"].startswith("D-")
        assert [r.status for r in rows] == [SENT] * len(methods)
        on_server = [truth.get(f"/payments/{r.server_id}")["payment_method"] for r in rows]
        assert on_server == ["bank_transfer", "cash", "credit_card", "check", "online"]
        assert unknown.field_errors[0].field == "method"
        # The server's payment answers name neither customer nor invoice number: the cache
        # joined them from the invoice, and the method is the app's own name for it.
        invoice_number = cached[0]["allocations"][0]["invoiceNumber"]
        assert invoice_number and invoice_number.startswith("DSK-")
        for method, payment in zip(methods, cached, strict=True):
            assert payment["partnerId"] == made.server_id
            assert payment["partnerName"] == "Gulf Shade LLC"
            assert payment["method"] == method and Decimal(payment["amount"]) == 10
    finally:
        truth.close()


def test_inactive_and_suspended_customers_are_marked_and_refused(
    real_arvalox: Deployment, tmp_path: Path
) -> None:
    async def body() -> tuple[dict[str, str], dict[str, Any], WriteRefused]:
        async with syncing(real_arvalox, tmp_path) as service:
            await service.sync_all(resources=["customers"])
            with service.cache.reading() as session:
                statuses = customer_statuses(session)
            suspended = next(k for k, v in statuses.items() if v == "suspended")
            record = service.cache.get("customers", suspended)
            assert record is not None
            with pytest.raises(WriteRefused) as refused:
                invoices.create_invoice(invoice_draft(suspended), "USD", customer=record)
            return statuses, record, refused.value

    statuses, record, refused = run(body())
    assert set(statuses.values()) == {"inactive", "suspended"}
    assert record["status"] == "suspended" and record["active"] is False
    assert refused.message == "This customer is suspended"
    assert [f.field for f in refused.field_errors] == ["partnerId"]


def test_lost_answers_never_apply_a_write_twice_or_reject_it(tmp_path: Path) -> None:
    # Every write's answer is cut off after the server committed it (chaos `lost=1`): the
    # HTTP core tries again, the server says "already exists", the sender looks it up.
    deployment = start_deployment(tmp_path / "server", "real", chaos=parse_chaos("lost=1"))
    truth = Truth(deployment)
    invoice = truth.open_invoice()

    async def body() -> tuple[list[Any], int]:
        async with syncing(deployment, tmp_path) as service:
            await service.sync_all()
            rules = service.connector.write_rules
            customer = customers.create_customer({"name": "Lost Answer Trading"})
            made = await sent(service, customer)
            billed = await sent(
                service, invoices.create_invoice(invoice_draft(made.server_id), "USD", rules=rules)
            )
            posted = await sent(
                service, invoices.post_invoice(service.cache.get("invoices", billed.server_id))
            )
            draft = {
                "partnerId": str(invoice["customer_id"]),
                "amount": "25.00",
                "method": "bank",
                "allocations": [{"invoiceId": str(invoice["id"]), "amount": "25.00"}],
            }
            paid = await sent(service, payments.record_payment(draft, "USD", rules=rules))
            return [made, billed, posted, paid], service.connector.session.stats.retries

    try:
        rows, retries = run(body(), timeout=90)
        assert retries >= 4  # every write's answer was lost once at least
        assert [r.status for r in rows] == [SENT] * 4  # applied, so never "rejected"
        made, billed, _posted, paid = rows
        assert len(truth.numbered("customers", "name", "Lost Answer Trading")) == 1
        assert len(truth.numbered("invoices", "customer_id", int(made.server_id))) == 1
        assert truth.get(f"/invoices/{billed.server_id}")["status"] == "sent"
        reference = paid.command.payload["reference"]
        assert len(truth.numbered("payments", "reference_number", reference)) == 1
    finally:
        truth.close()
        deployment.stop()
