"""Cursor pagination exactly as published, on every list the client pulls."""

from __future__ import annotations

import threading
import uuid

import pytest

from tests.sandbox.conftest import Api

LISTS = [
    "/accounting/accounts",
    "/accounting/journal-entries",
    "/accounting/invoices",
    "/accounting/payments",
    "/crm/clients",
    "/crm/contacts",
    "/inventory/products",
    "/inventory/warehouses",
    "/inventory/locations",
    "/inventory/vendors",
    "/inventory/moves",
    "/inventory/purchase-orders",
    "/inventory/scrap",
    "/inventory/stock",
]


def test_defaults_are_limit_25_sorted_by_createdAt_desc(admin: Api) -> None:
    page = admin.ok(admin.get("/inventory/products"))
    assert page["meta"]["limit"] == 25
    assert len(page["data"]) == 25
    assert page["meta"]["hasMore"] is True and page["meta"]["cursor"]
    keys = [(p["createdAt"], p["id"]) for p in page["data"]]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize("limit", ["101", "0", "-1", "ten"])
def test_bad_limits_are_400(admin: Api, limit: str) -> None:
    response = admin.get("/inventory/products", limit=limit)
    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "limit"


def test_limit_100_is_allowed(admin: Api) -> None:
    assert len(admin.ok(admin.get("/inventory/products", limit=100))["data"]) == 100


@pytest.mark.parametrize("path", LISTS)
def test_every_list_sorts_by_updatedAt_both_ways(admin: Api, path: str) -> None:
    for order in ("asc", "desc"):
        page = admin.ok(admin.get(path, sort="updatedAt", order=order, limit=50))
        stamps = [(r["updatedAt"], r["id"]) for r in page["data"]]
        assert stamps == sorted(stamps, reverse=order == "desc")
        assert set(page["meta"]) == {"total", "limit", "cursor", "hasMore"}


def test_a_walk_returns_every_record_once_while_records_are_inserted(admin: Api) -> None:
    """Keyset cursors: inserts during a walk neither repeat nor skip existing records."""
    before = {c["id"] for c in admin.all("/crm/clients")}
    for order in ("desc", "asc"):
        seen: list[str] = []
        cursor = None
        inserted: set[str] = set()
        while True:
            params = {"limit": 7, "order": order, **({"cursor": cursor} if cursor else {})}
            page = admin.ok(admin.get("/crm/clients", **params))
            seen.extend(r["id"] for r in page["data"])
            created = admin.ok(admin.post("/crm/clients", {"name": f"Walk {uuid.uuid4()}"}))
            inserted.add(created["id"])
            if not page["meta"]["hasMore"]:
                break
            cursor = page["meta"]["cursor"]
        assert len(seen) == len(set(seen)), "a record came twice"
        assert before <= set(seen), "a record was skipped"
        if order == "asc":
            assert set(seen) - before <= inserted
        before = {c["id"] for c in admin.all("/crm/clients")}


def test_walk_by_updatedAt_under_concurrent_writers(admin: Api) -> None:
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            admin.post("/crm/clients", {"name": f"Concurrent {uuid.uuid4()}"})

    existing = {c["id"] for c in admin.all("/crm/clients", sort="updatedAt")}
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen = [c["id"] for c in admin.all("/crm/clients", sort="updatedAt")]
    finally:
        stop.set()
        thread.join()
    assert len(seen) == len(set(seen))
    assert existing <= set(seen)


def test_total_counts_the_filtered_set(admin: Api) -> None:
    everything = admin.ok(admin.get("/inventory/locations", limit=1))["meta"]["total"]
    internal = admin.ok(admin.get("/inventory/locations", type="internal", limit=1))["meta"][
        "total"
    ]
    assert 0 < internal < everything


def test_filters_and_search(admin: Api) -> None:
    location = admin.ok(admin.get("/inventory/locations", barcode="LOC-WH1-A-01-1"))["data"]
    assert [loc["code"] for loc in location] == ["WH1-A-01-1"]
    found = admin.ok(admin.get("/inventory/products", search="Helmet", limit=100))["data"]
    assert found and all("Helmet" in p["name"] for p in found)
    unknown = admin.get("/inventory/products", colour="red")
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["field"] == "colour"


def test_a_cursor_from_another_walk_or_forged_is_400(admin: Api) -> None:
    cursor = admin.ok(admin.get("/inventory/products", limit=2))["meta"]["cursor"]
    mixed = admin.get("/inventory/products", cursor=cursor, sort="updatedAt")
    assert mixed.status_code == 400
    forged = admin.get("/inventory/products", cursor="%%%not-base64")
    assert forged.status_code == 400
    assert forged.json()["errors"][0]["field"] == "cursor"


def test_unknown_sort_field_names_the_allowed_ones(admin: Api) -> None:
    response = admin.get("/inventory/products", sort="price")
    assert response.status_code == 400
    assert "updatedAt" in response.json()["errors"][0]["message"]


def test_total_follows_every_write(admin: Api) -> None:
    before = admin.ok(admin.get("/crm/clients", limit=1))["meta"]["total"]
    again = admin.ok(admin.get("/crm/clients", limit=1))["meta"]["total"]
    admin.ok(admin.post("/crm/clients", {"name": f"Counted {uuid.uuid4()}"}))
    after = admin.ok(admin.get("/crm/clients", limit=1))["meta"]["total"]
    assert before == again and after == before + 1
