"""ArkanConnector against the demo sandbox: pages, get, send, references, companies."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from arkan_desktop.api.arkan import ArkanConnector
from arkan_desktop.api.connector import Connector
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.events import EventsClient
from arkan_desktop.domain.commands import Command
from arkan_desktop.sandbox.server import SandboxServer
from tests.api.conftest import run, signed_in
from tests.sandbox.conftest import COMPANY_1, COMPANY_2


async def connector_for(sandbox: SandboxServer) -> ArkanConnector:
    return ArkanConnector(await signed_in(sandbox))


def test_the_resource_table_matches_the_contract() -> None:
    connector: Connector = ArkanConnector.__new__(ArkanConnector)
    assert connector.kind == "arkan"
    assert set(connector.resources) == {
        "accounts",
        "journal_entries",
        "invoices",
        "payments",
        "clients",
        "contacts",
        "vendors",
        "products",
        "warehouses",
        "locations",
        "stock_levels",
        "stock_moves",
        "purchase_orders",
        "bank_statements",
        "assets",
        "employees",
        "sales_orders",
        "deliveries",
        "sales_returns",
        "putaway_rules",
    }
    assert connector.resources["stock_levels"].path == "/inventory/stock"
    assert connector.resources["stock_levels"].assumed
    assert connector.resources["sales_returns"].assumed
    assert connector.modules == {"accounting", "crm", "inventory", "sales"}


@pytest.mark.parametrize(("resource", "limit"), [("clients", 7), ("invoices", 100)])
def test_pages_walk_every_record_exactly_once(
    sandbox: SandboxServer, resource: str, limit: int
) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:
            ids: list[str] = []
            totals: set[int | None] = set()
            requests = 0
            async for page in connector.pages(resource, order="asc", limit=limit):
                requests += 1
                ids += [r["id"] for r in page.records]
                totals.add(page.total)
            assert len(ids) == len(set(ids))
            (total,) = totals
            assert total is not None and total == len(ids) and total > limit
            assert requests == -(-total // limit)
            assert (
                connector.session.stats.by_endpoint[f"GET {connector.resources[resource].path}"]
                == requests
            )

    run(scenario())


def test_pages_stop_when_the_caller_does(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:
            pages = connector.pages("products", limit=5)
            first = await anext(pages)
            await pages.aclose()
            assert len(first.records) == 5 and first.has_more
            assert connector.session.stats.by_endpoint["GET /inventory/products"] == 1

    run(scenario())


def test_money_in_records_arrives_as_decimal(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:
            page = await anext(connector.pages("invoices", limit=1))
            invoice = page.records[0]
            again = await connector.get("invoices", invoice["id"])
            assert again["id"] == invoice["id"] and again["total"] == invoice["total"]
            assert Decimal(again["total"]) > 0
            assert not any(isinstance(v, float) for v in again.values())

    run(scenario())


def test_send_then_get_and_find_by_reference(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:
            reference = f"outbox-{uuid.uuid4()}"
            created = await connector.send(
                Command(
                    "clients",
                    "create",
                    None,
                    {"name": f"Connector {reference}", "reference": reference},
                ),
                idempotency_key=str(uuid.uuid4()),
            )
            assert (await connector.get("clients", created["id"]))["reference"] == reference
            found = await connector.find_by_reference("clients", reference)
            assert found is not None and found["id"] == created["id"]
            assert await connector.find_by_reference("clients", f"none-{uuid.uuid4()}") is None

    run(scenario())


def test_an_endpoint_this_server_lacks_is_not_found_with_a_message(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:
            try:
                async for _page in connector.pages("stock_levels"):
                    pass
            except ApiError as error:
                assert error.kind is ApiErrorKind.NOT_FOUND
                assert str(error) == "This server does not offer stock levels (/inventory/stock)"
            # If the sandbox gains /inventory/stock, walking it simply works.
            with pytest.raises(ApiError) as missing:
                await connector.get("clients", str(uuid.uuid4()))
            assert missing.value.kind is ApiErrorKind.NOT_FOUND
            with pytest.raises(ValueError, match="not a resource"):
                await connector.get("spaceships", "1")

    run(scenario())


def test_companies_need_no_company_chosen(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        connector.session.company_id = None
        async with connector.session:
            companies = await connector.companies()
            assert {c["id"] for c in companies} >= {COMPANY_1, COMPANY_2}

    run(scenario())


def test_events_gives_a_client_for_this_session(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        connector = await connector_for(sandbox)
        async with connector.session:

            async def invalidated(_module: str, _event: str) -> None:
                return None

            async def reconnected() -> None:
                return None

            events = connector.events(invalidated, reconnected)
            assert isinstance(events, EventsClient) and events.session is connector.session
            assert not events.connected

    run(scenario())
