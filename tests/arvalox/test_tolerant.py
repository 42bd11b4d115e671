"""The connector against canned answers: list forms, date names, error forms, limits, sorting."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from arkan_desktop.api.arvalox import ArvaloxConnector
from arkan_desktop.api.arvalox_windows import read_windows
from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.ratelimit import Priority
from arkan_desktop.domain.commands import Command
from tests.arvalox.conftest import DEMO_KEY, chain_text, connector_for, run


def invoice(n: int, updated: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": n,
        "invoice_number": f"INV-{n}",
        "customer_id": 7,
        "invoice_date": "2024-03-0" + str(n % 9 + 1),
        "status": "sent",
        "total_amount": 108.0,
        "balance_due": "108.00",
        "items": [{"description": "x", "quantity": 1, "unit_price": 100, "tax_rate": 0.08}],
        "updated_at": updated or f"2024-03-01T10:00:{n:02d}",
        **extra,
    }


def answering(reply: Callable[[httpx.Request], Any], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = reply(request)
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)

    return handler


def walk(connector: ArvaloxConnector, resource: str = "invoices", **options: Any) -> list[Any]:
    async def body() -> list[Any]:
        try:
            return [page async for page in connector.pages(resource, **options)]
        finally:
            await connector.session.aclose()

    return run(body())


def page_of(request: httpx.Request) -> int:
    return int(request.url.params.get("page", "1"))


def test_bare_arrays_paged_by_page_number() -> None:
    records = [invoice(n) for n in range(1, 6)]  # 5 records, the server hands out 2 a page
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> Any:
        start = (page_of(request) - 1) * 2
        return records[start : start + 2] if request.url.path.endswith("/invoices/") else []

    pages = walk(connector_for(answering(reply, seen)), limit=2, order="asc")
    got = [r for p in pages for r in p.records]
    assert [r["id"] for r in got] == ["1", "2", "3", "4", "5"]
    assert got[0]["date"] == "2024-03-02" and got[0]["taxTotal"] is None  # invoice_date read
    assert got[0]["lines"][0]["taxRate"] == "8" and got[0]["total"] == "108.0"
    assert pages[-1].has_more is False
    assert seen[0].headers["x-arvalox-api-key"] == DEMO_KEY


def test_a_bare_array_that_ignores_page_ends() -> None:
    records = [invoice(n) for n in range(1, 4)]
    seen: list[httpx.Request] = []
    pages = walk(connector_for(answering(lambda _r: records, seen)), limit=3, order="asc")
    assert sum(len(p.records) for p in pages) == 3 and not pages[-1].has_more
    assert len(seen) == 2  # the second page repeated the first: done


def test_the_page_per_page_form() -> None:
    records = [invoice(n) for n in range(1, 6)]
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> Any:
        page, per_page = page_of(request), int(request.url.params["per_page"])
        chunk = records[(page - 1) * per_page : page * per_page]
        return {"invoices": chunk, "total": 5, "page": page, "per_page": 2, "total_pages": 3}

    pages = walk(connector_for(answering(reply, seen)), limit=2, order="asc")
    assert [len(p.records) for p in pages] == [2, 2, 1]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [p.has_more for p in pages] == [True, True, False]
    assert seen[0].url.params["sort_by"] == "updated_at"


def test_the_data_meta_form() -> None:
    seen: list[httpx.Request] = []
    reply = {"data": [invoice(1), invoice(2)], "meta": {"total": 2, "page": 1, "per_page": 50}}
    pages = walk(connector_for(answering(lambda _r: reply, seen)), order="asc")
    assert [r["number"] for p in pages for r in p.records] == ["INV-1", "INV-2"]
    assert len(seen) == 1


def test_a_server_that_ignores_the_sort_is_read_whole() -> None:
    # Ascending by id whatever was asked; updated_at in no particular order.
    stamps = ["2024-05-03T00:00:00Z", "2024-05-01T00:00:00Z", "2024-05-04T00:00:00Z"]
    records = [invoice(n, stamps[n % 3]) for n in range(1, 7)]
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> Any:
        page = page_of(request)
        chunk = records[(page - 1) * 2 : page * 2]
        return {"invoices": chunk, "total": 6, "page": page, "per_page": 2, "total_pages": 3}

    connector = connector_for(answering(reply, seen))
    pages = walk(connector, limit=2, order="desc")
    got = [r["updatedAt"] for p in pages for r in p.records]
    assert len(got) == 6 and got == sorted(got, reverse=True)
    assert connector.sorted_lists == {"invoices": False}


def test_field_errors_as_a_list_reach_the_write_under_arkan_names() -> None:
    seen: list[httpx.Request] = []
    refusal = {
        "detail": "Validation failed",
        "error_code": "VALIDATION_ERROR",
        "field_errors": [
            {"field": "items.0.unit_price", "message": "Must not be negative"},
            {"field": "customer_id", "message": "Unknown customer"},
        ],
    }
    connector = connector_for(answering(lambda _r: httpx.Response(400, json=refusal), seen))
    draft = {
        "partnerId": "7",
        "reference": "0b5e6c1e-0000-4000-8000-000000000001",
        "lines": [{"description": "x", "quantity": "1", "unitPrice": "-1", "taxRate": "5"}],
    }

    async def body() -> ApiError:
        with pytest.raises(ApiError) as caught:
            await connector.send(Command("invoices", "create", None, draft), idempotency_key="k")
        await connector.session.aclose()
        return caught.value

    error = run(body())
    assert error.is_rejection and error.message == "Validation failed"
    assert [(f.field, f.message) for f in error.field_errors] == [
        ("lines[0].unitPrice", "Must not be negative"),
        ("partnerId", "Unknown customer"),
    ]
    sent = json.loads(seen[0].content)
    assert sent["customer_id"] == 7 and sent["items"][0]["tax_rate"] == "0.05"
    assert sent["invoice_number"] == "DSK-0B5E6C1E00"
    assert seen[0].headers["idempotency-key"] == "k"


def test_a_nested_detail_and_an_echoed_key_are_read_safely() -> None:
    seen: list[httpx.Request] = []
    refusal = {"detail": {"detail": f"Key {DEMO_KEY} lacks scope", "error_code": "FORBIDDEN"}}
    connector = connector_for(answering(lambda _r: httpx.Response(403, json=refusal), seen))

    async def body() -> ApiError:
        with pytest.raises(ApiError) as caught:
            await connector.get("customers", "1")
        await connector.session.aclose()
        return caught.value

    error = run(body())
    assert error.kind is ApiErrorKind.FORBIDDEN and "lacks scope" in error.message
    assert DEMO_KEY not in chain_text(error) and DEMO_KEY not in repr(error.body)


def test_a_429_is_waited_out() -> None:
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> Any:
        if len(seen) == 1:
            return httpx.Response(
                429,
                json={"detail": "Rate limit exceeded", "error_code": "RATE_LIMIT_EXCEEDED"},
                headers={
                    "Retry-After": "1",
                    "X-RateLimit-Limit": "50",
                    "X-RateLimit-Remaining": "0",
                },
            )
        return {"id": 3, "name": "Acme", "updated_at": "2024-01-01T00:00:00Z"}

    connector = connector_for(answering(reply, seen))

    async def body() -> dict[str, Any]:
        try:
            return await connector.get("customers", "3")
        finally:
            await connector.session.aclose()

    started = time.monotonic()
    customer = run(body())
    assert customer["name"] == "Acme" and len(seen) == 2
    assert time.monotonic() - started >= 0.9
    assert connector.session.stats.rate_limited == 1


def test_the_hour_window_sets_the_poll_interval_and_holds_background_work() -> None:
    now = time.time()
    windows = read_windows(
        {
            "X-RateLimit-Limit": "50",
            "X-RateLimit-Remaining": "40",
            "X-RateLimit-Reset": str(int(now + 30)),
            "X-RateLimit-Limit-Hour": "1000",
            "X-RateLimit-Remaining-Hour": "10",
            "X-RateLimit-Reset-Hour": str(int(now + 1800)),
        },
        now,
    )
    assert (windows["minute"].limit, windows["hour"].remaining) == (50, 10)
    assert (
        read_windows(
            {
                "X-RateLimit-Limit": "1000",
                "X-RateLimit-Remaining": "5",
                "X-RateLimit-Reset": "1800",
            },
            now,
        )["hour"].limit
        == 1000
    )

    connector = connector_for(answering(lambda _r: [], []))
    assert connector.poll_interval == 288  # 3 lists and a ping a poll, 5 % of 1,000 an hour
    connector.session.rate_windows.windows.update(windows)

    async def body() -> None:
        try:
            await connector.session.rate_windows.respect(Priority.INTERACTIVE)  # people go on
            with pytest.raises(ApiError) as held:
                await connector.session.rate_windows.respect(Priority.BACKGROUND)
            assert held.value.kind is ApiErrorKind.RATE_LIMITED and "30 min" in held.value.message
        finally:
            await connector.session.aclose()

    run(body())


def test_a_record_moved_mid_walk_is_not_skipped() -> None:
    """Page 1 is served, then record 1 changes and moves to the end: 3 would be skipped."""
    records = [invoice(n, f"2024-05-0{n}T00:00:00Z") for n in range(1, 6)]
    seen: list[httpx.Request] = []

    def reply(request: httpx.Request) -> Any:
        page = page_of(request)
        if len(seen) == 2 and records[0]["id"] == 1:
            records.append({**records.pop(0), "updated_at": "2024-05-09T00:00:00Z"})
        chunk = records[(page - 1) * 2 : page * 2]
        return {"invoices": chunk, "total": 5, "page": page, "per_page": 2, "total_pages": 3}

    pages = walk(connector_for(answering(reply, seen)), limit=2, order="asc")
    got = [(r["id"], r["updatedAt"][:10]) for p in pages for r in p.records]
    assert {i for i, _ in got} == {"1", "2", "3", "4", "5"}
    assert ("1", "2024-05-09") in got  # the change itself is news too
    assert [p.has_more for p in pages][-1] is False
