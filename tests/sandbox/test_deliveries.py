"""Deliveries: made from an order, confirmed (stock reserved, bins suggested in walking
order), delivered from the bins the picker names, short picks leaving a backorder; the
cost of goods sold they book; available-to-promise."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import location, moves_of, product, stock
from tests.sandbox.test_inventory_moves import amounts_by_account, journal_entry
from tests.sandbox.test_purchasing import confirmed_order as confirmed_purchase
from tests.sandbox.test_sales_orders import (
    confirmed_order,
    deliver_as_suggested,
    order_of,
    ready_delivery,
    stocked_in,
)


def delivery(api: Api, delivery_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/sales/deliveries/{delivery_id}"))


def atp(api: Api, product_id: str, **params: str) -> dict[str, Any]:
    return api.ok(api.get(f"/sales/deliveries/atp/{product_id}", **params))


def wh1(report: dict[str, Any]) -> dict[str, Any]:
    return next(w for w in report["warehouses"] if w["warehouseCode"] == "WH1")


def pick(line: dict[str, Any], code: str, quantity: str, api: Api) -> dict[str, str]:
    return {"lineId": line["id"], "locationId": location(api, code)["id"], "quantity": quantity}


def test_a_delivery_from_an_order_carries_what_is_left_to_ship(
    accountant: Api, storekeeper: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-B-01-1": 20})
    service = admin.ok(
        admin.post(
            "/inventory/products",
            {"sku": f"SV-{uuid.uuid4().hex[:8]}", "name": "Fitting", "type": "service"},
        )
    )
    order = confirmed_order(
        accountant,
        [{"productId": item["id"], "quantity": "5"}, {"productId": service["id"], "quantity": "1"}],
    )
    made = storekeeper.post(
        f"/sales/deliveries/from-order/{order['id']}",
        {"scheduledDate": "2027-02-01", "reference": "DOCK-4"},
    )
    assert made.status_code == 201, made.text
    body = made.json()
    assert body["number"].startswith("DO-") and body["state"] == "draft"
    assert (body["orderNumber"], body["partnerId"], body["warehouseCode"]) == (
        order["number"],
        order["partnerId"],
        "WH1",
    )
    assert body["scheduledDate"] == "2027-02-01" and body["reference"] == "DOCK-4"
    assert [(x["sku"], x["quantity"], x["reservedQuantity"]) for x in body["lines"]] == [
        (item["sku"], "5", "0")
    ]  # the service is invoiced, never delivered
    assert order_of(accountant, order["id"])["deliveryIds"] == [body["id"]]

    twice = storekeeper.post(f"/sales/deliveries/from-order/{order['id']}")
    assert twice.status_code == 409 and "nothing left to deliver" in twice.json()["message"]
    listed = storekeeper.ok(storekeeper.get("/sales/deliveries", orderId=order["id"]))
    assert [d["id"] for d in listed["data"]] == [body["id"]]


def test_confirming_reserves_stock_bin_by_bin_in_walking_order(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-C-02-1": 4, "WH1-B-03-2": 3, "WH2-A-01-1": 9})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "6"}])
    ready = ready_delivery(admin, order)
    assert ready["state"] == "confirmed" and ready["reservationState"] == "reserved"
    (line,) = ready["lines"]
    assert line["reservedQuantity"] == "6"
    # Walking order is by bin code; WH2's stock is not this warehouse's to give.
    assert [(p["locationCode"], p["quantity"]) for p in line["picks"]] == [
        ("WH1-B-03-2", "3"),
        ("WH1-C-02-1", "3"),
    ]
    after = product(admin, item["id"])
    assert (after["onHand"], after["reserved"], after["available"]) == ("16", "6", "10")

    again = admin.post(f"/sales/deliveries/{ready['id']}/confirm")
    assert again.status_code == 409 and "fully reserved" in again.json()["message"]


def test_a_delivery_waits_for_stock_that_is_not_there(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-C-03-1": 2})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "5"}])
    waiting = ready_delivery(admin, order)
    assert waiting["reservationState"] == "partially_reserved"
    assert waiting["lines"][0]["reservedQuantity"] == "2"
    admin.ok(
        admin.post(
            "/inventory/adjustments",
            {
                "locationId": location(admin, "WH1-C-03-2")["id"],
                "reason": "Found",
                "lines": [{"productId": item["id"], "countedQuantity": "7"}],
            },
        )
    )
    rechecked = admin.ok(admin.post(f"/sales/deliveries/{waiting['id']}/confirm"))
    assert rechecked["reservationState"] == "reserved"
    assert [(p["locationCode"], p["quantity"]) for p in rechecked["lines"][0]["picks"]] == [
        ("WH1-C-03-1", "2"),
        ("WH1-C-03-2", "3"),
    ]
    assert product(admin, item["id"])["reserved"] == "5"


def test_delivering_takes_stock_from_the_picked_bins_and_books_cost_of_sales(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-D-01-1": 3, "WH1-D-01-2": 5}, cost="7.25")
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "6"}])
    ready = ready_delivery(storekeeper, order)
    (line,) = ready["lines"]
    # The picker took 2 from the second bin and 4 from the first, not as suggested.
    done = storekeeper.ok(
        storekeeper.post(
            f"/sales/deliveries/{ready['id']}/deliver",
            {
                "lines": [
                    pick(line, "WH1-D-01-2", "2", storekeeper),
                    pick(line, "WH1-D-01-1", "3", storekeeper),
                    {
                        "productId": item["id"],
                        "locationId": location(storekeeper, "WH1-D-01-2")["id"],
                        "quantity": "1",
                    },
                ]
            },
        )
    )
    assert done["state"] == "delivered" and done["deliveredAt"]
    assert done["backorderId"] is None and done["lines"][0]["deliveredQuantity"] == "6"
    assert [(p["locationCode"], p["quantity"]) for p in done["lines"][0]["picked"]] == [
        ("WH1-D-01-2", "2"),
        ("WH1-D-01-1", "3"),
        ("WH1-D-01-2", "1"),
    ]
    assert stock(admin, item["id"]) == {"WH1-D-01-2": Decimal(2)}
    after = product(admin, item["id"])
    assert (after["onHand"], after["reserved"], after["available"]) == ("2", "0", "2")
    shipped = [m for m in moves_of(admin, item["id"]) if m["sourceType"] == "delivery"]
    assert {
        (m["fromLocationCode"], m["toLocationCode"], m["quantity"], m["reference"]) for m in shipped
    } == {
        ("WH1-D-01-2", "CUSTOMERS", "2", done["number"]),
        ("WH1-D-01-1", "CUSTOMERS", "3", done["number"]),
        ("WH1-D-01-2", "CUSTOMERS", "1", done["number"]),
    }

    entry = journal_entry(accountant, done["cogsEntryId"])
    assert entry["state"] == "posted" and entry["sourceType"] == "delivery"
    assert entry["totalDebit"] == entry["totalCredit"] == "43.50"  # 6 x 7.25
    assert amounts_by_account(entry) == {
        "5000": (Decimal("43.50"), 0),
        "1300": (0, Decimal("43.50")),
    }
    assert done["costTotal"] == "43.50"
    booked = accountant.ok(accountant.post(f"/sales/billing/cogs/{done['id']}"))
    assert booked["id"] == done["cogsEntryId"]  # asking again books nothing twice
    assert (
        len(
            accountant.all(
                "/accounting/journal-entries", sourceType="delivery", reference=done["number"]
            )
        )
        == 1
    )
    shipped_order = order_of(accountant, order["id"])
    assert shipped_order["deliveryState"] == "delivered"
    assert shipped_order["lines"][0]["quantityDelivered"] == "6"
    assert (
        storekeeper.post(
            f"/sales/deliveries/{ready['id']}/deliver",
            {"lines": [pick(line, "WH1-D-01-2", "1", storekeeper)]},
        ).status_code
        == 409
    )


def test_a_short_pick_leaves_a_backorder_with_the_rest(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-D-02-1": 4, "WH1-D-02-2": 6})
    other = stocked_in(admin, {"WH1-D-02-3": 5})
    order = confirmed_order(
        accountant,
        [{"productId": item["id"], "quantity": "10"}, {"productId": other["id"], "quantity": "2"}],
    )
    ready = ready_delivery(admin, order)
    first, second = ready["lines"]
    done = admin.ok(
        admin.post(
            f"/sales/deliveries/{ready['id']}/deliver",
            {
                "lines": [
                    pick(first, "WH1-D-02-1", "4", admin),
                    pick(first, "WH1-D-02-2", "3", admin),
                ],
                "shortageReason": "Three cartons crushed",
            },
        )
    )
    assert done["state"] == "delivered" and done["shortageReason"] == "Three cartons crushed"
    assert [x["deliveredQuantity"] for x in done["lines"]] == ["7", "0"]

    back = admin.ok(admin.get(f"/sales/deliveries/{done['backorderId']}"))
    assert back["backorderOfId"] == ready["id"] and back["number"] == done["backorderNumber"]
    assert back["state"] == "confirmed" and "Three cartons crushed" in back["note"]
    assert [(x["sku"], x["quantity"], x["orderLineId"]) for x in back["lines"]] == [
        (item["sku"], "3", first["orderLineId"]),
        (other["sku"], "2", second["orderLineId"]),
    ]
    # What is still on the shelf is reserved for the backorder straight away.
    assert [x["reservedQuantity"] for x in back["lines"]] == ["3", "2"]
    assert stock(admin, item["id"]) == {"WH1-D-02-2": Decimal(3)}
    shipped = order_of(accountant, order["id"])
    assert shipped["deliveryState"] == "partially_delivered"
    assert [x["quantityDelivered"] for x in shipped["lines"]] == ["7", "0"]
    assert shipped["deliveryIds"] == [ready["id"], back["id"]]
    assert admin.all("/sales/deliveries", backorderOfId=ready["id"])[0]["id"] == back["id"]

    deliver_as_suggested(admin, back)
    assert order_of(accountant, order["id"])["deliveryState"] == "delivered"


def test_wrong_picks_are_refused_and_change_nothing(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-D-03-1": 5, "WH2-A-02-1": 5})
    stranger = stocked_in(admin, {"WH1-D-03-2": 5})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "4"}])
    ready = ready_delivery(admin, order)
    (line,) = ready["lines"]
    path = f"/sales/deliveries/{ready['id']}/deliver"

    def refused(lines: list[dict[str, Any]]) -> dict[str, str]:
        response = admin.post(path, {"lines": lines})
        assert response.status_code == 400, response.text
        return response.json()["errors"][0]  # type: ignore[no-any-return]

    wrong_bin = refused([pick(line, "WH2-A-02-1", "1", admin)])
    assert wrong_bin["field"] == "lines[0].locationId" and "wrong location" in wrong_bin["message"]
    wrong_product = refused(
        [
            {
                "productId": stranger["id"],
                "locationId": location(admin, "WH1-D-03-2")["id"],
                "quantity": "1",
            }
        ]
    )
    assert wrong_product["field"] == "lines[0].productId"
    assert "wrong product" in wrong_product["message"]
    too_many = refused([pick(line, "WH1-D-03-1", "5", admin)])
    assert too_many["field"] == "lines[0].quantity" and "too many" in too_many["message"]
    empty_bin = refused([pick(line, "WH1-D-03-2", "1", admin)])
    assert empty_bin["field"] == "lines[0].quantity" and "only 0" in empty_bin["message"]
    assert refused([pick(line, "CUSTOMERS", "1", admin)])["field"] == "lines[0].locationId"

    assert delivery(admin, ready["id"])["state"] == "confirmed"
    assert stock(admin, item["id"]) == {"WH1-D-03-1": Decimal(5), "WH2-A-02-1": Decimal(5)}
    assert [m for m in moves_of(admin, item["id"]) if m["sourceType"] == "delivery"] == []


def test_a_draft_delivery_is_confirmed_before_it_ships(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-D-04-1": 2})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "1"}])
    draft = admin.ok(admin.post(f"/sales/deliveries/from-order/{order['id']}"))
    response = admin.post(
        f"/sales/deliveries/{draft['id']}/deliver",
        {"lines": [pick(draft["lines"][0], "WH1-D-04-1", "1", admin)]},
    )
    assert response.status_code == 409 and "draft" in response.json()["message"]
    assert stock(admin, item["id"]) == {"WH1-D-04-1": Decimal(2)}


def test_cancelling_a_delivery_gives_back_what_it_held(admin: Api, accountant: Api) -> None:
    item = stocked_in(admin, {"WH1-D-04-2": 5})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "3"}])
    ready = ready_delivery(admin, order)
    assert product(admin, item["id"])["available"] == "2"
    cancelled = admin.ok(admin.post(f"/sales/deliveries/{ready['id']}/cancel"))
    assert cancelled["state"] == "cancelled"
    assert product(admin, item["id"])["available"] == "5"
    anew = admin.ok(admin.post(f"/sales/deliveries/from-order/{order['id']}"))
    assert anew["lines"][0]["quantity"] == "3"


def test_only_the_warehouse_ships(accountant: Api, storekeeper: Api, admin: Api) -> None:
    item = stocked_in(admin, {"WH1-D-05-1": 3})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "1"}])
    draft = accountant.ok(accountant.post(f"/sales/deliveries/from-order/{order['id']}"))
    assert accountant.post(f"/sales/deliveries/{draft['id']}/confirm").status_code == 403
    ready = storekeeper.ok(storekeeper.post(f"/sales/deliveries/{draft['id']}/confirm"))
    body = {"lines": [pick(ready["lines"][0], "WH1-D-05-1", "1", admin)]}
    assert accountant.post(f"/sales/deliveries/{ready['id']}/deliver", body).status_code == 403
    assert storekeeper.post(f"/sales/billing/cogs/{ready['id']}").status_code == 403
    early = accountant.post(f"/sales/billing/cogs/{ready['id']}")
    assert early.status_code == 409 and "confirmed" in early.json()["message"]


def test_a_delivery_replayed_with_its_key_ships_once(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-D-05-2": 4})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "4"}])
    ready = ready_delivery(storekeeper, order)
    body = {"lines": [pick(ready["lines"][0], "WH1-D-05-2", "4", storekeeper)]}
    key = {"Idempotency-Key": f"pick-{uuid.uuid4()}"}
    first = storekeeper.post(f"/sales/deliveries/{ready['id']}/deliver", body, headers=key)
    second = storekeeper.post(f"/sales/deliveries/{ready['id']}/deliver", body, headers=key)
    assert first.status_code == second.status_code == 200
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert product(admin, item["id"])["onHand"] == "0"
    assert len([m for m in moves_of(admin, item["id"]) if m["sourceType"] == "delivery"]) == 1


# --- available to promise ------------------------------------------------------------------


def test_available_to_promise_counts_reservations_orders_and_incoming(
    accountant: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-C-04-1": 6, "WH1-C-04-2": 4, "WH2-A-03-1": 5})
    reserved_order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "3"}])
    ready_delivery(admin, reserved_order)
    confirmed_order(accountant, [{"productId": item["id"], "quantity": "2"}])  # not on a delivery
    mine = confirmed_order(accountant, [{"productId": item["id"], "quantity": "4"}])
    confirmed_purchase(accountant, [{"productId": item["id"], "quantity": "12", "unitPrice": "5"}])

    report = atp(accountant, item["id"])
    here = wh1(report)
    assert (here["onHand"], here["reserved"], here["committed"], here["incoming"]) == (
        "10",
        "3",
        "6",
        "12",
    )
    assert here["availableToPromise"] == "1"  # 10 - 3 reserved - (2 + 4) committed
    assert [
        (x["locationCode"], x["quantity"], x["reserved"], x["free"]) for x in here["locations"]
    ] == [("WH1-C-04-1", "6", "3", "3"), ("WH1-C-04-2", "4", "0", "4")]
    assert (report["onHand"], report["availableToPromise"]) == ("15", "6")

    # The order being edited does not count against itself.
    editing = wh1(atp(accountant, item["id"], excludeOrderId=mine["id"]))
    assert (editing["committed"], editing["availableToPromise"]) == ("2", "5")
    only = atp(accountant, item["id"], warehouseId=here["warehouseId"])
    assert [w["warehouseCode"] for w in only["warehouses"]] == ["WH1"]
    assert accountant.get(f"/sales/deliveries/atp/{uuid.uuid4()}").status_code == 404
