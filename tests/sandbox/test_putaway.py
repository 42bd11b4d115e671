"""Putaway rules (where a product or a category is stored, and where received goods go) and
warehouse routes (the steps of an operation)."""

from __future__ import annotations

import uuid
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import location, new_product, put_stock
from tests.sandbox.test_purchasing import warehouse


def resolve(api: Api, warehouse_id: str, product_id: str) -> dict[str, Any]:
    return api.ok(
        api.get("/inventory/putaway/resolve", warehouse_id=warehouse_id, product_id=product_id)
    )


def new_rule(api: Api, **body: Any) -> dict[str, Any]:
    response = api.post("/inventory/putaway/rules", body)
    assert response.status_code == 201, response.text
    return response.json()


def test_a_product_rule_beats_its_category_and_stock_beats_receiving(
    storekeeper: Api, accountant: Api
) -> None:
    category = f"Cat {uuid.uuid4().hex[:8]}"
    item = new_product(storekeeper, category=category)
    wh1 = warehouse(storekeeper, "WH1")["id"]

    first = resolve(accountant, wh1, item["id"])
    assert (first["locationCode"], first["matchedBy"], first["ruleId"]) == (
        "WH1-RECV",
        "default",
        None,
    )
    put_stock(storekeeper, item["id"], "WH1-A-04-2", 3)
    put_stock(storekeeper, item["id"], "WH1-A-05-1", 8)
    assert (
        resolve(storekeeper, wh1, item["id"])["locationCode"],
        resolve(storekeeper, wh1, item["id"])["matchedBy"],
    ) == ("WH1-A-05-1", "stock")

    by_category = new_rule(
        storekeeper,
        category=category,
        locationId=location(storekeeper, "WH1-C-01-3")["id"],
        reference=f"ROW-{uuid.uuid4()}",
    )
    assert (by_category["warehouseCode"], by_category["state"], by_category["productId"]) == (
        "WH1",
        "active",
        None,
    )
    assert by_category["name"] == f"category {category} → WH1-C-01-3"
    found = resolve(storekeeper, wh1, item["id"])
    assert (found["locationCode"], found["matchedBy"], found["ruleId"]) == (
        "WH1-C-01-3",
        "category",
        by_category["id"],
    )
    assert found["locationBarcode"] == "LOC-WH1-C-01-3"

    own = new_rule(
        storekeeper, productId=item["id"], locationId=location(storekeeper, "WH1-C-01-2")["id"]
    )
    assert resolve(storekeeper, wh1, item["id"])["matchedBy"] == "product"
    # Another warehouse has rules of its own: none here yet.
    assert (
        resolve(storekeeper, warehouse(storekeeper, "WH2")["id"], item["id"])["matchedBy"]
        == "default"
    )

    deleted = storekeeper.ok(
        storekeeper.http.delete(
            f"/inventory/putaway/rules/{own['id']}", headers=storekeeper.headers()
        )
    )
    assert deleted["state"] == "deleted" and deleted["deletedAt"]
    assert resolve(storekeeper, wh1, item["id"])["matchedBy"] == "category"
    again = storekeeper.http.delete(
        f"/inventory/putaway/rules/{own['id']}", headers=storekeeper.headers()
    )
    assert again.status_code == 404
    # A deleted rule stays listed, so a client pulling changes sees it go.
    listed = accountant.all("/inventory/putaway/rules", productId=item["id"])
    assert [(r["id"], r["state"]) for r in listed] == [(own["id"], "deleted")]
    assert (
        accountant.all("/inventory/putaway/rules", category=category, state="active")[0]["id"]
        == by_category["id"]
    )


def test_a_rule_is_for_one_product_or_one_category_in_one_bin(storekeeper: Api) -> None:
    category = f"Cat {uuid.uuid4().hex[:8]}"
    item = new_product(storekeeper, category=category)
    bin_id = location(storekeeper, "WH1-C-01-1")["id"]

    def refused(body: dict[str, Any], status: int = 400) -> dict[str, Any]:
        response = storekeeper.post("/inventory/putaway/rules", body)
        assert response.status_code == status, response.text
        return response.json()  # type: ignore[no-any-return]

    assert refused({"locationId": bin_id})["errors"][0]["field"] == "productId"
    assert (
        refused({"locationId": bin_id, "productId": item["id"], "category": category})["errors"][0][
            "field"
        ]
        == "productId"
    )
    assert (
        refused({"locationId": bin_id, "category": "No such category"})["errors"][0]["field"]
        == "category"
    )
    assert (
        refused({"locationId": location(storekeeper, "SCRAP")["id"], "productId": item["id"]})[
            "errors"
        ][0]["field"]
        == "locationId"
    )
    assert (
        refused({"locationId": location(storekeeper, "WH1-QUAR")["id"], "productId": item["id"]})[
            "errors"
        ][0]["field"]
        == "locationId"
    )
    other_site = refused(
        {
            "locationId": bin_id,
            "productId": item["id"],
            "warehouseId": warehouse(storekeeper, "WH2")["id"],
        }
    )
    assert "not in WH2" in other_site["errors"][0]["message"]
    new_rule(storekeeper, productId=item["id"], locationId=bin_id)
    twice = refused(
        {"locationId": location(storekeeper, "WH1-C-01-2")["id"], "productId": item["id"]}, 409
    )
    assert "delete it first" in twice["message"]
    missing = storekeeper.get("/inventory/putaway/resolve", product_id=item["id"])
    assert missing.status_code == 400
    assert missing.json()["errors"] == [{"field": "warehouse_id", "message": "is required"}]


def test_the_accountant_reads_rules_but_does_not_make_them(accountant: Api) -> None:
    item = accountant.ok(accountant.get("/inventory/products", limit=1))["data"][0]
    response = accountant.post(
        "/inventory/putaway/rules",
        {"productId": item["id"], "locationId": location(accountant, "WH1-C-01-1")["id"]},
    )
    assert response.status_code == 403


def test_the_demo_stores_every_category_somewhere(accountant: Api) -> None:
    rules = accountant.all("/inventory/putaway/rules", state="active")
    demo = accountant.ok(
        accountant.get(
            "/inventory/products", type="storable", sort="createdAt", order="asc", limit=100
        )
    )["data"]
    for site in ("WH1", "WH2"):
        here = warehouse(accountant, site)["id"]
        stored = {r["category"] for r in rules if r["category"] and r["warehouseId"] == here}
        assert {p["category"] for p in demo} <= stored, site
    assert any(r["productId"] for r in rules)


# --- routes --------------------------------------------------------------------------------


def steps(api: Api, *legs: tuple[str, str | None, str | None]) -> list[dict[str, Any]]:
    return [
        {
            "name": name,
            "fromLocationId": location(api, start)["id"] if start else None,
            "toLocationId": location(api, end)["id"] if end else None,
        }
        for name, start, end in legs
    ]


def test_a_route_resolves_for_its_warehouse_and_operation(storekeeper: Api, admin: Api) -> None:
    wh2 = warehouse(storekeeper, "WH2")["id"]
    default = storekeeper.ok(storekeeper.get(f"/inventory/routing/resolve/{wh2}/internal"))
    assert default["isDefault"] is True and default["id"] is None
    assert [(s["fromLocationCode"], s["toLocationCode"]) for s in default["steps"]] == [
        ("WH2 (any bin)", "WH2 (any bin)")
    ]

    made = storekeeper.post(
        "/inventory/routing",
        {
            "warehouseId": wh2,
            "operationType": "delivery",
            "name": "Pick, then ship from dock",
            "sequence": 1,
            "steps": steps(
                storekeeper, ("Pick", None, "WH2-D-05-3"), ("Ship", "WH2-D-05-3", "CUSTOMERS")
            ),
        },
    )
    assert made.status_code == 201, made.text
    route = made.json()
    legs = [(s["sequence"], s["fromLocationCode"], s["toLocationCode"]) for s in route["steps"]]
    assert legs == [(1, "WH2 (any bin)", "WH2-D-05-3"), (2, "WH2-D-05-3", "CUSTOMERS")]
    resolved = storekeeper.ok(storekeeper.get(f"/inventory/routing/resolve/{wh2}/delivery"))
    assert resolved["id"] == route["id"] and resolved["isDefault"] is False
    assert (
        storekeeper.ok(storekeeper.get(f"/inventory/routing/{route['id']}"))["name"]
        == (route["name"])
    )

    paused = storekeeper.ok(
        storekeeper.patch(
            f"/inventory/routing/{route['id']}", {"active": False, "name": "Dock closed"}
        )
    )
    assert (paused["active"], paused["name"]) == (False, "Dock closed")
    assert (
        storekeeper.ok(storekeeper.get(f"/inventory/routing/resolve/{wh2}/delivery"))["isDefault"]
        is True
    )
    storekeeper.ok(
        storekeeper.http.delete(f"/inventory/routing/{route['id']}", headers=storekeeper.headers())
    )
    assert storekeeper.get(f"/inventory/routing/{route['id']}").status_code == 404
    listed = admin.all("/inventory/routing", warehouseId=wh2, operationType="delivery")
    assert (route["id"], "deleted") in {(r["id"], r["state"]) for r in listed}


def test_route_steps_must_follow_on_inside_the_warehouse(storekeeper: Api) -> None:
    wh1 = warehouse(storekeeper, "WH1")["id"]

    def refused(body: dict[str, Any]) -> str:
        response = storekeeper.post(
            "/inventory/routing",
            {"warehouseId": wh1, "operationType": "receipt", "name": "Bad", **body},
        )
        assert response.status_code == 400, response.text
        return response.json()["errors"][0]["field"]  # type: ignore[no-any-return]

    assert refused(
        {
            "steps": steps(
                storekeeper,
                ("Receive", "VENDORS", "WH1-RECV"),
                ("Check", "WH1-A-01-1", "WH1-A-01-2"),
            )
        }
    ) == ("steps[1].fromLocationId")
    assert refused({"steps": steps(storekeeper, ("Receive", "VENDORS", "WH2-RECV"))}) == (
        "steps[0].toLocationId"
    )
    assert refused({"steps": []}) == "steps"
    assert (
        refused(
            {
                "steps": steps(storekeeper, ("Receive", "VENDORS", "WH1-RECV")),
                "operationType": "teleport",
            }
        )
        == "operationType"
    )
    assert storekeeper.get(f"/inventory/routing/resolve/{wh1}/teleport").status_code == 400


def test_the_demo_receives_in_two_steps(accountant: Api) -> None:
    wh1 = warehouse(accountant, "WH1")["id"]
    route = accountant.ok(accountant.get(f"/inventory/routing/resolve/{wh1}/receipt"))
    assert route["isDefault"] is False
    assert [s["name"] for s in route["steps"]] == ["Receive", "Put away"]
