"""Purchase orders from draft to received: totals, approvals, receipts, stock and the books."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import location, new_product, product, stock
from tests.sandbox.test_inventory_moves import amounts_by_account, journal_entry


def a_vendor(api: Api) -> dict[str, Any]:
    return api.ok(api.get("/inventory/vendors", limit=1))["data"][0]


def warehouse(api: Api, code: str) -> dict[str, Any]:
    found = [w for w in api.all("/inventory/warehouses") if w["code"] == code]
    assert found, code
    return found[0]


def draft_order(api: Api, lines: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    body = {"vendorId": a_vendor(api)["id"], "lines": lines, **fields}
    response = api.post("/inventory/purchase-orders", body)
    assert response.status_code == 201, response.text
    return response.json()


def confirmed_order(api: Api, lines: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    order = draft_order(api, lines, **fields)
    api.ok(api.post(f"/inventory/purchase-orders/{order['id']}/approve"))
    return api.ok(api.post(f"/inventory/purchase-orders/{order['id']}/confirm"))


def receive(api: Api, order_id: str, lines: list[dict[str, Any]], **fields: Any) -> Any:
    return api.post(f"/inventory/purchase-orders/{order_id}/receive", {"lines": lines, **fields})


def test_totals_round_each_line_half_up(accountant: Api, admin: Api) -> None:
    a = new_product(admin, taxRate="5")
    b = new_product(admin, taxRate="5")
    order = draft_order(
        accountant,
        [
            {"productId": a["id"], "quantity": "3", "unitPrice": "3.335"},
            {"productId": b["id"], "quantity": "1", "unitPrice": "0.10", "taxRate": "0"},
        ],
        date="2026-03-01",
        expectedDate="2026-03-08",
        reference=f"Q-{uuid.uuid4().hex[:6]}",
    )
    assert order["state"] == "draft" and order["number"].startswith("PO-2026-")
    assert order["currency"] == "AED" and order["locationCode"] == "WH1-RECV"
    first, second = order["lines"]
    assert (first["unitPrice"], first["subtotal"], first["taxAmount"]) == ("3.335", "10.01", "0.50")
    assert (first["taxRate"], first["quantityReceived"]) == ("5", "0")
    assert (second["subtotal"], second["taxAmount"]) == ("0.10", "0.00")
    assert (order["subtotal"], order["taxTotal"], order["total"]) == ("10.11", "0.50", "10.61")
    assert (order["date"], order["expectedDate"]) == ("2026-03-01", "2026-03-08")


def test_the_full_lifecycle_moves_exactly_what_is_received(
    accountant: Api, storekeeper: Api, admin: Api
) -> None:
    a, b = new_product(admin), new_product(admin)
    order = draft_order(
        accountant,
        [
            {"productId": a["id"], "quantity": "10", "unitPrice": "4.00"},
            {"productId": b["id"], "quantity": "5", "unitPrice": "20"},
        ],
    )
    path = f"/inventory/purchase-orders/{order['id']}"

    early = receive(storekeeper, order["id"], [{"productId": a["id"], "quantity": "1"}])
    assert early.status_code == 409 and "draft" in early.json()["message"]
    assert storekeeper.post(f"{path}/approve").status_code == 403
    approved = accountant.ok(accountant.post(f"{path}/approve"))
    assert approved["state"] == "approved" and approved["approvedAt"]
    twice = accountant.post(f"{path}/approve")
    assert twice.status_code == 409 and "approved" in twice.json()["message"]
    confirmed = accountant.ok(accountant.post(f"{path}/confirm"))
    assert confirmed["state"] == "confirmed"

    first = receive(
        storekeeper, order["id"], [{"productId": a["id"], "quantity": "4"}], reference="DN-1001"
    )
    assert first.status_code == 200, first.text
    partly = first.json()
    assert partly["state"] == "partially_received"
    assert partly["lines"][0]["quantityReceived"] == "4"
    assert stock(storekeeper, a["id"]) == {"WH1-RECV": 4}
    assert product(storekeeper, a["id"])["onHand"] == "4"
    (receipt,) = partly["receipts"]
    assert receipt["reference"] == "DN-1001" and receipt["value"] == "16.00"
    entry = journal_entry(accountant, receipt["journalEntryId"])
    assert entry["state"] == "posted"
    assert amounts_by_account(entry) == {
        "1300": (Decimal("16.00"), Decimal(0)),
        "2050": (Decimal(0), Decimal("16.00")),
    }
    moves = storekeeper.all("/inventory/moves", productId=a["id"])
    assert [(m["type"], m["sourceType"], m["fromLocationCode"], m["quantity"]) for m in moves] == [
        ("receipt", "purchase_order", "VENDORS", "4")
    ]

    over = receive(storekeeper, order["id"], [{"productId": a["id"], "quantity": "7"}])
    assert over.status_code == 400
    error = over.json()["errors"][0]
    assert error["field"] == "lines[0].quantity"
    assert "only 6" in error["message"] and "line 1" in error["message"]
    stranger = new_product(admin)
    not_ordered = receive(
        storekeeper, order["id"], [{"productId": stranger["id"], "quantity": "1"}]
    )
    assert not_ordered.status_code == 400
    assert not_ordered.json()["errors"][0]["field"] == "lines[0].productId"
    assert stock(storekeeper, a["id"]) == {"WH1-RECV": 4}

    bin_ = location(storekeeper, "WH1-A-04-1")
    rest = storekeeper.ok(
        receive(
            storekeeper,
            order["id"],
            [
                {"lineId": partly["lines"][0]["id"], "quantity": "6"},
                {"lineId": partly["lines"][1]["id"], "quantity": "5"},
            ],
            locationId=bin_["id"],
        )
    )
    assert rest["state"] == "received" and rest["receivedAt"]
    assert [x["quantityReceived"] for x in rest["lines"]] == ["10", "5"]
    assert len(rest["receipts"]) == 2 and rest["receipts"][1]["value"] == "124.00"
    assert stock(storekeeper, a["id"]) == {"WH1-RECV": 4, "WH1-A-04-1": 6}
    assert stock(storekeeper, b["id"]) == {"WH1-A-04-1": 5}
    assert product(storekeeper, a["id"])["onHand"] == "10"
    assert product(storekeeper, b["id"])["onHand"] == "5"
    done = receive(storekeeper, order["id"], [{"productId": a["id"], "quantity": "1"}])
    assert done.status_code == 409 and "received" in done.json()["message"]
    assert accountant.post(f"{path}/cancel").status_code == 409
    assert accountant.ok(accountant.get(path)) == rest


def test_who_may_do_what(accountant: Api, storekeeper: Api, admin: Api) -> None:
    item = new_product(admin)
    line = [{"productId": item["id"], "quantity": "1", "unitPrice": "1"}]
    refused = storekeeper.post(
        "/inventory/purchase-orders", {"vendorId": a_vendor(storekeeper)["id"], "lines": line}
    )
    assert refused.status_code == 403
    order = confirmed_order(accountant, line)
    assert storekeeper.post(f"/inventory/purchase-orders/{order['id']}/cancel").status_code == 403
    received = storekeeper.ok(
        receive(storekeeper, order["id"], [{"productId": item["id"], "quantity": "1"}])
    )
    assert received["state"] == "received"
    assert storekeeper.ok(storekeeper.get(f"/inventory/purchase-orders/{order['id']}"))


def test_cancel_until_goods_arrive(accountant: Api, storekeeper: Api, admin: Api) -> None:
    item = new_product(admin)
    line = [{"productId": item["id"], "quantity": "4", "unitPrice": "2"}]
    draft = draft_order(accountant, line)
    cancelled = accountant.ok(accountant.post(f"/inventory/purchase-orders/{draft['id']}/cancel"))
    assert cancelled["state"] == "cancelled" and cancelled["cancelledAt"]
    late = accountant.post(f"/inventory/purchase-orders/{draft['id']}/approve")
    assert late.status_code == 409 and "cancelled" in late.json()["message"]

    confirmed = confirmed_order(accountant, line)
    assert (
        accountant.ok(accountant.post(f"/inventory/purchase-orders/{confirmed['id']}/cancel"))[
            "state"
        ]
        == "cancelled"
    )

    started = confirmed_order(accountant, line)
    storekeeper.ok(
        receive(storekeeper, started["id"], [{"productId": item["id"], "quantity": "1"}])
    )
    refused = accountant.post(f"/inventory/purchase-orders/{started['id']}/cancel")
    assert refused.status_code == 409 and "partially received" in refused.json()["message"]
    assert product(accountant, item["id"])["onHand"] == "1"


def test_orders_deliver_to_the_chosen_warehouse(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    line = [{"productId": item["id"], "quantity": "2", "unitPrice": "5"}]
    wh2 = warehouse(accountant, "WH2")
    to_wh2 = draft_order(accountant, line, warehouseId=wh2["id"])
    assert (to_wh2["warehouseCode"], to_wh2["locationCode"]) == ("WH2", "WH2-RECV")
    bin_ = location(accountant, "WH2-B-01-1")
    to_bin = draft_order(accountant, line, locationId=bin_["id"])
    assert (to_bin["warehouseId"], to_bin["locationId"]) == (wh2["id"], bin_["id"])
    mismatch = accountant.post(
        "/inventory/purchase-orders",
        {
            "vendorId": a_vendor(accountant)["id"],
            "lines": line,
            "warehouseId": warehouse(accountant, "WH1")["id"],
            "locationId": bin_["id"],
        },
    )
    assert mismatch.status_code == 400
    assert mismatch.json()["errors"][0]["field"] == "locationId"


def test_invalid_orders_are_refused_with_field_errors(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    vendor = a_vendor(accountant)["id"]
    good = {"productId": item["id"], "quantity": "1", "unitPrice": "1"}
    cases = [
        ({"vendorId": vendor, "lines": []}, "lines"),
        ({"vendorId": vendor, "lines": [{**good, "quantity": "0"}]}, "lines[0].quantity"),
        ({"vendorId": vendor, "lines": [{**good, "unitPrice": "-1"}]}, "lines[0].unitPrice"),
        (
            {"vendorId": vendor, "lines": [{**good, "productId": str(uuid.uuid4())}]},
            "lines[0].productId",
        ),
        ({"vendorId": str(uuid.uuid4()), "lines": [good]}, "vendorId"),
        ({"vendorId": vendor, "lines": [good], "currency": "USD"}, "currency"),
        (
            {
                "vendorId": vendor,
                "lines": [good],
                "date": "2026-05-02",
                "expectedDate": "2026-05-01",
            },
            "expectedDate",
        ),
        ({"vendorId": vendor, "lines": [good], "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        response = accountant.post("/inventory/purchase-orders", body)
        assert response.status_code == 400, (body, response.text)
        assert response.json()["errors"][0]["field"] == field, body


def test_the_list_filters_by_state_vendor_and_reference(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    vendor = a_vendor(accountant)
    reference = f"REQ-{uuid.uuid4().hex[:8]}"
    order = draft_order(
        accountant,
        [{"productId": item["id"], "quantity": "1", "unitPrice": "1"}],
        reference=reference,
    )
    by_reference = accountant.ok(accountant.get("/inventory/purchase-orders", reference=reference))
    assert [o["id"] for o in by_reference["data"]] == [order["id"]]
    for params in ({"state": "draft"}, {"partnerId": vendor["id"]}, {"vendorId": vendor["id"]}):
        found = accountant.ok(
            accountant.get("/inventory/purchase-orders", reference=reference, **params)
        )
        assert [o["id"] for o in found["data"]] == [order["id"]], params
    approved = accountant.ok(
        accountant.get("/inventory/purchase-orders", reference=reference, state="approved")
    )
    assert approved["data"] == []


def test_a_retried_receipt_receives_once(accountant: Api, storekeeper: Api, admin: Api) -> None:
    item = new_product(admin)
    order = confirmed_order(
        accountant, [{"productId": item["id"], "quantity": "6", "unitPrice": "1"}]
    )
    key = {"Idempotency-Key": str(uuid.uuid4())}
    body = {"lines": [{"productId": item["id"], "quantity": "2"}]}
    path = f"/inventory/purchase-orders/{order['id']}/receive"
    first = storekeeper.post(path, body, headers=key)
    second = storekeeper.post(path, body, headers=key)
    assert first.status_code == second.status_code == 200
    assert second.headers["Idempotent-Replayed"] == "true"
    assert product(storekeeper, item["id"])["onHand"] == "2"
    assert (
        len(
            storekeeper.ok(storekeeper.get(f"/inventory/purchase-orders/{order['id']}"))["receipts"]
        )
        == 1
    )
