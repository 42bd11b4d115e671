"""Stock operations as the warehouse sees them: moves, transfers, counts, barcodes, scrap."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import COMPANY_1, COMPANY_2, Api
from tests.sandbox.test_inventory_catalog import (
    location,
    moves_of,
    new_product,
    product,
    put_stock,
    stock,
)


def journal_entry(api: Api, entry_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/accounting/journal-entries/{entry_id}"))


def amounts_by_account(entry: dict[str, Any]) -> dict[str, tuple[Decimal, Decimal]]:
    """Account code -> (total debit, total credit) of an entry."""
    out: dict[str, tuple[Decimal, Decimal]] = {}
    for line in entry["lines"]:
        debit, credit = out.get(line["accountCode"], (Decimal(0), Decimal(0)))
        out[line["accountCode"]] = (
            debit + Decimal(line["debit"]),
            credit + Decimal(line["credit"]),
        )
    return out


# --- moves ---------------------------------------------------------------------------------


def test_a_move_updates_both_bins_and_leaves_on_hand_alone(storekeeper: Api) -> None:
    item = new_product(storekeeper)
    put_stock(storekeeper, item["id"], "WH1-A-01-1", 10)
    before = product(storekeeper, item["id"])
    response = storekeeper.post(
        "/inventory/moves",
        {
            "productId": item["id"],
            "fromLocationId": location(storekeeper, "WH1-A-01-1")["id"],
            "toLocationId": location(storekeeper, "WH1-B-03-2")["id"],
            "quantity": "4",
            "reference": "bin tidy-up",
        },
    )
    assert response.status_code == 201, response.text
    move = response.json()
    assert move["type"] == "internal" and move["state"] == "done"
    assert move["number"].startswith("MV-") and move["quantity"] == "4"
    assert stock(storekeeper, item["id"]) == {"WH1-A-01-1": 6, "WH1-B-03-2": 4}
    after = product(storekeeper, item["id"])
    assert (
        (after["onHand"], after["available"])
        == (before["onHand"], before["available"])
        == ("10", "10")
    )
    assert storekeeper.ok(storekeeper.get(f"/inventory/moves/{move['id']}")) == move
    listed = storekeeper.ok(
        storekeeper.get("/inventory/moves", reference="bin tidy-up", productId=item["id"])
    )
    assert [m["id"] for m in listed["data"]] == [move["id"]]


def test_moving_more_than_is_on_hand_is_400_and_changes_nothing(admin: Api) -> None:
    item = new_product(admin)
    put_stock(admin, item["id"], "WH1-A-02-1", 3)
    moves_before = len(moves_of(admin, item["id"]))
    response = admin.post(
        "/inventory/moves",
        {
            "productId": item["id"],
            "fromLocationId": location(admin, "WH1-A-02-1")["id"],
            "toLocationId": location(admin, "WH1-A-02-2")["id"],
            "quantity": "5",
        },
    )
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["field"] == "quantity" and "only 3" in error["message"]
    assert stock(admin, item["id"]) == {"WH1-A-02-1": 3}
    assert len(moves_of(admin, item["id"])) == moves_before


def test_moves_need_positive_quantities_and_internal_locations_of_the_company(
    admin: Api,
) -> None:
    item = new_product(admin)
    put_stock(admin, item["id"], "WH1-A-02-3", 3)
    bin_id = location(admin, "WH1-A-02-3")["id"]
    other_bin = location(admin, "WH1-A-03-1")["id"]
    vendors = location(admin, "VENDORS")["id"]
    admin.company_id = COMPANY_2  # the same admin's other company
    try:
        foreign_bin = location(admin, "WH1-A-01-1")["id"]
    finally:
        admin.company_id = COMPANY_1
    cases = [
        ({"quantity": "0"}, "quantity"),
        ({"quantity": "-1"}, "quantity"),
        ({"fromLocationId": vendors}, "fromLocationId"),
        ({"toLocationId": foreign_bin}, "toLocationId"),
        ({"toLocationId": "not-a-location"}, "toLocationId"),
        ({"productId": "00000000-0000-4000-8000-000000000000"}, "productId"),
    ]
    for change, field in cases:
        body = {
            "productId": item["id"],
            "fromLocationId": bin_id,
            "toLocationId": other_bin,
            "quantity": "1",
            **change,
        }
        response = admin.post("/inventory/moves", body)
        assert response.status_code == 400, (change, response.text)
        assert response.json()["errors"][0]["field"] == field, change
    assert stock(admin, item["id"]) == {"WH1-A-02-3": 3}


def test_the_accountant_cannot_move_stock(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    put_stock(admin, item["id"], "WH1-A-03-2", 2)
    response = accountant.post(
        "/inventory/moves",
        {
            "productId": item["id"],
            "fromLocationId": location(accountant, "WH1-A-03-2")["id"],
            "toLocationId": location(accountant, "WH1-A-03-3")["id"],
            "quantity": "1",
        },
    )
    assert response.status_code == 403
    assert accountant.post("/inventory/scrap", {}).status_code == 403
    assert stock(admin, item["id"]) == {"WH1-A-03-2": 2}


# --- transfers -----------------------------------------------------------------------------


def test_a_transfer_moves_every_line_or_none(storekeeper: Api) -> None:
    first, second = new_product(storekeeper), new_product(storekeeper)
    put_stock(storekeeper, first["id"], "WH1-C-01-1", 10)
    put_stock(storekeeper, second["id"], "WH1-C-01-1", 2)
    source = location(storekeeper, "WH1-C-01-1")["id"]
    target = location(storekeeper, "WH2-C-01-1")["id"]
    too_much = storekeeper.post(
        "/inventory/moves/transfer",
        {
            "fromLocationId": source,
            "toLocationId": target,
            "lines": [
                {"productId": first["id"], "quantity": "6"},
                {"productId": second["id"], "quantity": "5"},
            ],
        },
    )
    assert too_much.status_code == 400
    assert [e["field"] for e in too_much.json()["errors"]] == ["lines[1].quantity"]
    assert stock(storekeeper, first["id"]) == {"WH1-C-01-1": 10}
    assert stock(storekeeper, second["id"]) == {"WH1-C-01-1": 2}

    done = storekeeper.post(
        "/inventory/moves/transfer",
        {
            "fromLocationId": source,
            "toLocationId": target,
            "lines": [
                {"productId": first["id"], "quantity": "6"},
                {"productId": second["id"], "quantity": "2"},
            ],
            "note": "Rebalance to Mussafah",
        },
    )
    assert done.status_code == 201, done.text
    body = done.json()
    assert body["reference"].startswith("TRF-")
    assert [m["reference"] for m in body["moves"]] == [body["reference"]] * 2
    assert stock(storekeeper, first["id"]) == {"WH1-C-01-1": 4, "WH2-C-01-1": 6}
    assert stock(storekeeper, second["id"]) == {"WH2-C-01-1": 2}
    assert product(storekeeper, first["id"])["onHand"] == "10"


# --- adjustments and cycle counts ----------------------------------------------------------


def test_an_adjustment_sets_the_counted_quantity_and_books_the_difference(
    admin: Api,
) -> None:
    item = new_product(admin, cost="2.50")
    put_stock(admin, item["id"], "WH1-D-01-1", 10)
    response = admin.post(
        "/inventory/adjustments",
        {
            "locationId": location(admin, "WH1-D-01-1")["id"],
            "reason": "Broken carton found",
            "lines": [{"productId": item["id"], "countedQuantity": "7"}],
        },
    )
    assert response.status_code == 201, response.text
    adjustment = response.json()
    assert adjustment["number"].startswith("ADJ-")
    line = adjustment["lines"][0]
    assert (line["previousQuantity"], line["countedQuantity"], line["difference"]) == (
        "10",
        "7",
        "-3",
    )
    assert line["value"] == "-7.50"
    assert stock(admin, item["id"]) == {"WH1-D-01-1": 7}
    assert product(admin, item["id"])["onHand"] == "7"
    entry = journal_entry(admin, adjustment["journalEntryId"])
    assert entry["state"] == "posted"
    assert amounts_by_account(entry) == {
        "1300": (Decimal(0), Decimal("7.50")),
        "5900": (Decimal("7.50"), Decimal(0)),
    }
    listed = admin.ok(admin.get("/inventory/adjustments", locationId=adjustment["locationId"]))
    assert adjustment["id"] in {a["id"] for a in listed["data"]}


def test_an_adjustment_upwards_is_an_inventory_gain(admin: Api) -> None:
    item = new_product(admin, cost="4")
    created = put_stock(admin, item["id"], "WH1-D-01-2", 5)
    assert created["lines"][0]["difference"] == "5"
    entry = journal_entry(admin, created["journalEntryId"])
    assert amounts_by_account(entry) == {
        "1300": (Decimal("20.00"), Decimal(0)),
        "5900": (Decimal(0), Decimal("20.00")),
    }


def test_a_cycle_count_applies_differences_like_an_adjustment(storekeeper: Api, admin: Api) -> None:
    found, missing, exact = (new_product(storekeeper, cost="10") for _ in range(3))
    for item in (found, missing, exact):
        put_stock(storekeeper, item["id"], "WH2-A-05-3", 8)
    response = storekeeper.post(
        "/inventory/cycle-counts",
        {
            "locationId": location(storekeeper, "WH2-A-05-3")["id"],
            "lines": [
                {"productId": found["id"], "countedQuantity": "9"},
                {"productId": missing["id"], "countedQuantity": "5"},
                {"productId": exact["id"], "countedQuantity": "8"},
            ],
        },
    )
    assert response.status_code == 201, response.text
    count = response.json()
    assert count["number"].startswith("CC-") and count["state"] == "done"
    assert [
        (x["expectedQuantity"], x["countedQuantity"], x["difference"]) for x in count["lines"]
    ] == [("8", "9", "1"), ("8", "5", "-3"), ("8", "8", "0")]
    assert stock(storekeeper, found["id"]) == {"WH2-A-05-3": 9}
    assert stock(storekeeper, missing["id"]) == {"WH2-A-05-3": 5}
    assert stock(storekeeper, exact["id"]) == {"WH2-A-05-3": 8}
    entry = journal_entry(admin, count["journalEntryId"])
    assert entry["state"] == "posted" and entry["totalDebit"] == "40.00"
    assert amounts_by_account(entry) == {
        "1300": (Decimal("10.00"), Decimal("30.00")),
        "5900": (Decimal("30.00"), Decimal("10.00")),
    }
    assert storekeeper.ok(storekeeper.get(f"/inventory/cycle-counts/{count['id']}")) == count


def test_a_draft_cycle_count_changes_nothing_until_applied(storekeeper: Api) -> None:
    item = new_product(storekeeper)
    put_stock(storekeeper, item["id"], "WH2-A-05-2", 6)
    draft = storekeeper.ok(
        storekeeper.post(
            "/inventory/cycle-counts",
            {
                "locationId": location(storekeeper, "WH2-A-05-2")["id"],
                "lines": [{"productId": item["id"], "countedQuantity": "4"}],
                "apply": False,
            },
        )
    )
    assert draft["state"] == "draft" and draft["journalEntryId"] is None
    assert stock(storekeeper, item["id"]) == {"WH2-A-05-2": 6}
    applied = storekeeper.ok(storekeeper.post(f"/inventory/cycle-counts/{draft['id']}/apply"))
    assert applied["state"] == "done" and applied["lines"][0]["difference"] == "-2"
    assert stock(storekeeper, item["id"]) == {"WH2-A-05-2": 4}
    again = storekeeper.post(f"/inventory/cycle-counts/{draft['id']}/apply")
    assert again.status_code == 409 and "done" in again.json()["message"]


# --- barcodes ------------------------------------------------------------------------------


def test_a_quick_move_by_barcodes(storekeeper: Api) -> None:
    item = new_product(storekeeper)
    put_stock(storekeeper, item["id"], "WH1-B-01-1", 5)
    by_ean = storekeeper.post(
        "/inventory/barcode/quick-move",
        {
            "fromLocationBarcode": "LOC-WH1-B-01-1",
            "toLocationBarcode": "LOC-WH1-B-01-2",
            "productBarcode": item["barcode"],
        },
    )
    assert by_ean.status_code == 201, by_ean.text
    assert by_ean.json()["quantity"] == "1" and by_ean.json()["sku"] == item["sku"]
    by_sku = storekeeper.ok(
        storekeeper.post(
            "/inventory/barcode/quick-move",
            {
                "fromLocationBarcode": "LOC-WH1-B-01-1",
                "toLocationBarcode": "LOC-WH1-B-01-2",
                "productBarcode": item["sku"],
                "quantity": "2",
            },
        )
    )
    assert by_sku["quantity"] == "2"
    assert stock(storekeeper, item["id"]) == {"WH1-B-01-1": 2, "WH1-B-01-2": 3}


def test_a_quick_move_names_each_unknown_barcode(storekeeper: Api) -> None:
    item = new_product(storekeeper)
    put_stock(storekeeper, item["id"], "WH1-B-01-3", 5)
    response = storekeeper.post(
        "/inventory/barcode/quick-move",
        {
            "fromLocationBarcode": "LOC-WH1-B-01-3",
            "toLocationBarcode": "LOC-NOWHERE",
            "productBarcode": "0000000000000",
        },
    )
    assert response.status_code == 404
    body = response.json()
    assert "LOC-NOWHERE" in body["message"] and "0000000000000" in body["message"]
    assert [e["field"] for e in body["errors"]] == ["toLocationBarcode", "productBarcode"]
    only_bin = storekeeper.post(
        "/inventory/barcode/quick-move",
        {
            "fromLocationBarcode": "LOC-WH9-Z",
            "toLocationBarcode": "LOC-WH1-B-01-3",
            "productBarcode": item["barcode"],
        },
    )
    assert only_bin.status_code == 404
    assert [e["field"] for e in only_bin.json()["errors"]] == ["fromLocationBarcode"]
    assert stock(storekeeper, item["id"]) == {"WH1-B-01-3": 5}


# --- scrap ---------------------------------------------------------------------------------


def test_scrap_reasons_are_a_fixed_list(storekeeper: Api) -> None:
    body = storekeeper.ok(storekeeper.get("/inventory/scrap/reasons"))
    codes = [r["code"] for r in body["data"]]
    assert codes == ["damaged", "expired", "defective", "lost", "quality_failure", "other"]
    assert body["meta"]["total"] == 6 and body["meta"]["hasMore"] is False
    assert all(r["id"] and r["name"] for r in body["data"])


def test_scrap_takes_stock_out_with_a_reason_and_books_it_at_cost(
    storekeeper: Api, admin: Api
) -> None:
    item = new_product(storekeeper, cost="3.20")
    put_stock(storekeeper, item["id"], "WH1-C-04-1", 10)
    reasons = storekeeper.ok(storekeeper.get("/inventory/scrap/reasons"))["data"]
    damaged = next(r for r in reasons if r["code"] == "damaged")
    response = storekeeper.post(
        "/inventory/scrap",
        {
            "productId": item["id"],
            "locationId": location(storekeeper, "WH1-C-04-1")["id"],
            "quantity": "3",
            "reasonId": damaged["id"],
            "note": "Forklift accident",
        },
    )
    assert response.status_code == 201, response.text
    scrap = response.json()
    assert scrap["number"].startswith("SCR-")
    assert (scrap["reasonCode"], scrap["quantity"], scrap["value"]) == ("damaged", "3", "9.60")
    assert stock(storekeeper, item["id"]) == {"WH1-C-04-1": 7}
    assert product(storekeeper, item["id"])["onHand"] == "7"
    entry = journal_entry(admin, scrap["journalEntryId"])
    assert amounts_by_account(entry) == {
        "5910": (Decimal("9.60"), Decimal(0)),
        "1300": (Decimal(0), Decimal("9.60")),
    }
    listed = storekeeper.ok(storekeeper.get("/inventory/scrap", productId=item["id"]))
    assert [s["id"] for s in listed["data"]] == [scrap["id"]]
    move = storekeeper.ok(storekeeper.get(f"/inventory/moves/{scrap['moveId']}"))
    assert move["type"] == "scrap" and move["toLocationCode"] == "SCRAP"


def test_scrap_needs_a_reason_and_the_stock(storekeeper: Api) -> None:
    item = new_product(storekeeper)
    put_stock(storekeeper, item["id"], "WH1-C-04-2", 2)
    base = {"productId": item["id"], "locationId": location(storekeeper, "WH1-C-04-2")["id"]}
    no_reason = storekeeper.post("/inventory/scrap", {**base, "quantity": "1"})
    assert no_reason.status_code == 400
    assert no_reason.json()["errors"][0]["field"] == "reasonId"
    too_many = storekeeper.post("/inventory/scrap", {**base, "quantity": "3", "reason": "expired"})
    assert too_many.status_code == 400
    assert too_many.json()["errors"][0]["field"] == "quantity"
    free_text = storekeeper.ok(
        storekeeper.post(
            "/inventory/scrap", {**base, "quantity": "1", "reason": "Eaten by a camel"}
        )
    )
    assert free_text["reasonCode"] == "other" and free_text["reason"] == "Eaten by a camel"
    assert stock(storekeeper, item["id"]) == {"WH1-C-04-2": 1}


# --- consistency ---------------------------------------------------------------------------


def test_stock_by_location_always_adds_up_to_on_hand(storekeeper: Api) -> None:
    item = new_product(storekeeper, cost="1")
    bins = {
        code: location(storekeeper, code)["id"]
        for code in ("WH1-D-05-1", "WH1-D-05-2", "WH2-D-05-1")
    }

    def consistent() -> None:
        rows = stock(storekeeper, item["id"])
        assert sum(rows.values(), Decimal(0)) == Decimal(product(storekeeper, item["id"])["onHand"])

    put_stock(storekeeper, item["id"], "WH1-D-05-1", 40)
    consistent()
    storekeeper.ok(
        storekeeper.post(
            "/inventory/moves",
            {
                "productId": item["id"],
                "fromLocationId": bins["WH1-D-05-1"],
                "toLocationId": bins["WH1-D-05-2"],
                "quantity": "15",
            },
        )
    )
    consistent()
    storekeeper.ok(
        storekeeper.post(
            "/inventory/moves/transfer",
            {
                "fromLocationId": bins["WH1-D-05-2"],
                "toLocationId": bins["WH2-D-05-1"],
                "lines": [{"productId": item["id"], "quantity": "5"}],
            },
        )
    )
    consistent()
    storekeeper.ok(
        storekeeper.post(
            "/inventory/scrap",
            {
                "productId": item["id"],
                "locationId": bins["WH2-D-05-1"],
                "quantity": "2",
                "reason": "lost",
            },
        )
    )
    consistent()
    storekeeper.ok(
        storekeeper.post(
            "/inventory/cycle-counts",
            {
                "locationId": bins["WH1-D-05-1"],
                "lines": [{"productId": item["id"], "countedQuantity": "26"}],
            },
        )
    )
    consistent()
    assert stock(storekeeper, item["id"]) == {"WH1-D-05-1": 26, "WH1-D-05-2": 10, "WH2-D-05-1": 3}
    assert product(storekeeper, item["id"])["onHand"] == "39"
    kinds = [m["type"] for m in moves_of(storekeeper, item["id"])]
    assert sorted(kinds) == ["adjustment", "adjustment", "internal", "internal", "scrap"]


def test_stock_levels_list_pages_by_updatedAt_and_follows_moves(admin: Api) -> None:
    levels = admin.all("/inventory/stock", sort="updatedAt")
    assert levels and all(set(x) >= {"id", "productId", "locationId", "quantity"} for x in levels)
    assert len({x["id"] for x in levels}) == len(levels)
    source = next(x for x in levels if Decimal(x["quantity"]) >= 2)
    target = admin.ok(admin.get("/inventory/locations", code="WH2-D-05-3"))["data"][0]
    newest_before = max(x["updatedAt"] for x in levels)
    admin.ok(
        admin.post(
            "/inventory/moves",
            {
                "productId": source["productId"],
                "fromLocationId": source["locationId"],
                "toLocationId": target["id"],
                "quantity": "2",
            },
        )
    )
    changed = admin.ok(admin.get("/inventory/stock", sort="updatedAt", order="desc", limit=2))
    assert {x["updatedAt"] > newest_before for x in changed["data"]} == {True}
    by_location = {x["locationId"]: x for x in changed["data"]}
    assert Decimal(by_location[source["locationId"]]["quantity"]) == Decimal(source["quantity"]) - 2
    per_product = admin.ok(admin.get(f"/inventory/products/{source['productId']}/stock"))
    listed = admin.all("/inventory/stock", productId=source["productId"])
    assert {x["locationId"]: Decimal(x["quantity"]) for x in listed if Decimal(x["quantity"])} == {
        x["locationId"]: Decimal(x["quantity"]) for x in per_product["data"]
    }
