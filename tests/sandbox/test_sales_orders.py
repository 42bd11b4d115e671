"""Sales orders and billing them: server-side totals, draft → confirmed, cancelling, invoices
made from an order (which move no stock), events and the OpenAPI marks; also the helpers
the delivery and return tests use."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
from websockets.sync.client import connect

from arkan_desktop.sandbox.server import SandboxServer
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sandbox.test_events import join, receive
from tests.sandbox.test_inventory_catalog import location, new_product, product, put_stock, stock
from tests.sandbox.test_invoices import by_code, entries_for, new_client

# --- helpers shared by the sales tests -----------------------------------------------------


def draft_order(api: Api, lines: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    body = {
        "partnerId": fields.pop("partnerId", None) or new_client(api)["id"],
        "lines": lines,
        **fields,
    }
    response = api.post("/sales/orders", body)
    assert response.status_code == 201, response.text
    return response.json()


def confirmed_order(api: Api, lines: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    order = draft_order(api, lines, **fields)
    return api.ok(api.post(f"/sales/orders/{order['id']}/confirm"))


def ready_delivery(api: Api, order: dict[str, Any]) -> dict[str, Any]:
    """A delivery of everything the order has left, confirmed (stock reserved)."""
    delivery = api.post(f"/sales/deliveries/from-order/{order['id']}")
    assert delivery.status_code == 201, delivery.text
    return api.ok(api.post(f"/sales/deliveries/{delivery.json()['id']}/confirm"))


def deliver_as_suggested(api: Api, delivery: dict[str, Any]) -> dict[str, Any]:
    """Pick exactly the suggested bins and quantities, and ship."""
    picks = [
        {"lineId": line["id"], "locationId": p["locationId"], "quantity": p["quantity"]}
        for line in delivery["lines"]
        for p in line["picks"]
    ]
    return api.ok(api.post(f"/sales/deliveries/{delivery['id']}/deliver", {"lines": picks}))


def stocked_in(admin: Api, bins: dict[str, int], **fields: Any) -> dict[str, Any]:
    """A new product with exactly these quantities in these bins."""
    item = new_product(admin, **fields)
    for code, quantity in bins.items():
        put_stock(admin, item["id"], code, quantity)
    return item


def order_of(api: Api, order_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/sales/orders/{order_id}"))


# --- orders --------------------------------------------------------------------------------


def test_an_order_prices_its_lines_like_an_invoice(accountant: Api, admin: Api) -> None:
    item = new_product(admin, salePrice="20", taxRate="5")
    service = new_product(admin, type="service", salePrice="150", taxRate="0")
    order = draft_order(
        accountant,
        [
            {
                "productId": item["id"],
                "quantity": "3",
                "unitPrice": "3.335",
                "discountPercent": "10",
            },
            {"productId": item["id"], "quantity": "2"},
            {"productId": service["id"], "quantity": "1", "description": "Installation"},
        ],
        date="2026-03-02",
        reference=f"CPO-{uuid.uuid4().hex[:6]}",
    )
    assert order["number"].startswith("SO-2026-") and order["state"] == "draft"
    assert (order["currency"], order["warehouseCode"], order["date"]) == (
        "AED",
        "WH1",
        "2026-03-02",
    )
    first, second, third = order["lines"]
    # 3 x 3.335 less 10 % = 9.0045 -> 9.00; VAT 5 % = 0.45
    assert (first["unitPrice"], first["subtotal"], first["taxAmount"]) == ("3.335", "9.00", "0.45")
    assert (second["unitPrice"], second["subtotal"], second["taxRate"]) == ("20.00", "40.00", "5")
    assert (third["description"], third["productType"], third["total"]) == (
        "Installation",
        "service",
        "150.00",
    )
    assert (order["subtotal"], order["taxTotal"], order["total"]) == ("199.00", "2.45", "201.45")
    assert [b["rate"] for b in order["taxBreakdown"]] == ["0", "5"]
    assert first["quantityDelivered"] == first["quantityInvoiced"] == "0"
    assert (order["deliveryState"], order["invoiceState"]) == ("not_delivered", "not_invoiced")


def test_only_a_draft_can_be_changed(accountant: Api, admin: Api) -> None:
    item = new_product(admin, salePrice="10")
    order = draft_order(accountant, [{"productId": item["id"], "quantity": "1"}])
    path = f"/sales/orders/{order['id']}"
    changed = accountant.ok(
        accountant.patch(
            path,
            {
                "notes": "Call before delivery",
                "expectedDate": "2027-01-15",
                "lines": [{"productId": item["id"], "quantity": "4", "unitPrice": "12.50"}],
            },
        )
    )
    assert changed["notes"] == "Call before delivery" and changed["expectedDate"] == "2027-01-15"
    assert [(x["quantity"], x["subtotal"]) for x in changed["lines"]] == [("4", "50.00")]
    assert changed["total"] == "52.50" and changed["updatedAt"] > order["updatedAt"]
    assert changed["reference"] == order["reference"]  # what was not sent stays

    confirmed = accountant.ok(accountant.post(f"{path}/confirm"))
    assert confirmed["state"] == "confirmed" and confirmed["confirmedAt"]
    late = accountant.patch(path, {"notes": "too late"})
    assert late.status_code == 409 and order["number"] in late.json()["message"]
    again = accountant.post(f"{path}/confirm")
    assert again.status_code == 409 and "confirmed" in again.json()["message"]
    assert order_of(accountant, order["id"])["notes"] == "Call before delivery"


def test_bad_orders_are_refused_naming_the_field(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    client = new_client(accountant)

    def refused(body: dict[str, Any]) -> dict[str, Any]:
        response = accountant.post("/sales/orders", body)
        assert response.status_code == 400, response.text
        return response.json()["errors"][0]  # type: ignore[no-any-return]

    line = {"productId": item["id"], "quantity": "1"}
    assert (
        refused(
            {
                "partnerId": client["id"],
                "lines": [line, {"productId": str(uuid.uuid4()), "quantity": "1"}],
            }
        )["field"]
        == "lines[1].productId"
    )
    assert (
        refused({"partnerId": client["id"], "lines": [{"productId": item["id"], "quantity": "0"}]})[
            "field"
        ]
        == "lines[0].quantity"
    )
    vendor = accountant.ok(accountant.get("/inventory/vendors", limit=1))["data"][0]
    assert refused({"partnerId": vendor["id"], "lines": [line]})["field"] == "partnerId"
    assert (
        refused({"partnerId": client["id"], "lines": [line], "currency": "USD"})["field"]
        == "currency"
    )
    assert (
        refused({"partnerId": client["id"], "lines": [line], "colour": "red"})["field"] == "colour"
    )
    assert (
        refused(
            {
                "partnerId": client["id"],
                "lines": [line],
                "date": "2026-05-02",
                "expectedDate": "2026-05-01",
            }
        )["field"]
        == "expectedDate"
    )
    assert accountant.get(f"/sales/orders/{uuid.uuid4()}").status_code == 404


def test_creating_twice_with_one_key_makes_one_order(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    reference = f"ROW-{uuid.uuid4()}"
    body = {
        "partnerId": new_client(accountant)["id"],
        "reference": reference,
        "lines": [{"productId": item["id"], "quantity": "2"}],
    }
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = accountant.post("/sales/orders", body, headers=key)
    second = accountant.post("/sales/orders", body, headers=key)
    assert first.status_code == second.status_code == 201
    assert second.headers.get("Idempotent-Replayed") == "true"
    assert first.json()["id"] == second.json()["id"]
    found = accountant.ok(accountant.get("/sales/orders", reference=reference))
    assert [o["id"] for o in found["data"]] == [first.json()["id"]]
    assert found["meta"]["total"] == 1


def test_cancelling_an_order_cancels_its_deliveries_and_frees_the_stock(
    accountant: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-A-02-1": 6})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "4"}])
    delivery = ready_delivery(admin, order)
    assert delivery["reservationState"] == "reserved"
    assert (product(admin, item["id"])["reserved"], product(admin, item["id"])["available"]) == (
        "4",
        "2",
    )

    cancelled = accountant.ok(accountant.post(f"/sales/orders/{order['id']}/cancel"))
    assert cancelled["state"] == "cancelled" and cancelled["cancelledAt"]
    gone = admin.ok(admin.get(f"/sales/deliveries/{delivery['id']}"))
    assert gone["state"] == "cancelled" and gone["lines"][0]["reservedQuantity"] == "0"
    assert (product(admin, item["id"])["reserved"], product(admin, item["id"])["available"]) == (
        "0",
        "6",
    )
    assert accountant.post(f"/sales/orders/{order['id']}/cancel").status_code == 409


def test_an_order_with_goods_delivered_cannot_be_cancelled(accountant: Api, admin: Api) -> None:
    item = stocked_in(admin, {"WH1-A-02-2": 5})
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": "2"}])
    deliver_as_suggested(admin, ready_delivery(admin, order))
    response = accountant.post(f"/sales/orders/{order['id']}/cancel")
    assert response.status_code == 409 and "delivered" in response.json()["message"]
    assert order_of(accountant, order["id"])["state"] == "confirmed"


def test_who_may_do_what(storekeeper: Api, accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    body = {
        "partnerId": new_client(accountant)["id"],
        "lines": [{"productId": item["id"], "quantity": "1"}],
    }
    assert storekeeper.post("/sales/orders", body).status_code == 403
    order = accountant.ok(accountant.post("/sales/orders", body))
    assert storekeeper.ok(storekeeper.get(f"/sales/orders/{order['id']}"))["id"] == order["id"]
    assert storekeeper.post(f"/sales/orders/{order['id']}/confirm").status_code == 403
    assert storekeeper.post(f"/sales/billing/invoice/{order['id']}").status_code == 403


def test_a_change_is_announced_in_the_sales_room(sandbox: SandboxServer, admin: Api) -> None:
    item = new_product(admin)
    url = f"{sandbox.ws_url}?token={admin.tokens['accessToken']}&companyId={COMPANY_1}"
    with connect(url) as ws:
        assert join(ws, "sales")["event"] == "joined_module"
        draft_order(admin, [{"productId": item["id"], "quantity": "1"}])
        seen = set()
        while ("sales", "sales_order.created") not in seen:
            data = receive(ws, "module.invalidate")
            seen.add((data["moduleKey"], data["eventName"]))


# --- billing -------------------------------------------------------------------------------


def test_an_invoice_from_an_order_bills_what_was_delivered_and_moves_no_stock(
    accountant: Api, admin: Api
) -> None:
    item = stocked_in(admin, {"WH1-A-03-1": 10}, cost="4.00", salePrice="10", taxRate="5")
    service = new_product(admin, type="service", salePrice="50", taxRate="5")
    order = confirmed_order(
        accountant,
        [{"productId": item["id"], "quantity": "8"}, {"productId": service["id"], "quantity": "1"}],
    )
    delivery = ready_delivery(admin, order)
    admin.ok(
        admin.post(
            f"/sales/deliveries/{delivery['id']}/deliver",
            {
                "lines": [
                    {
                        "productId": item["id"],
                        "locationId": location(admin, "WH1-A-03-1")["id"],
                        "quantity": "6",
                    }
                ]
            },
        )
    )
    assert stock(admin, item["id"]) == {"WH1-A-03-1": Decimal(4)}

    response = accountant.post(f"/sales/billing/invoice/{order['id']}", {"post": True})
    assert response.status_code == 201, response.text
    invoice = response.json()
    assert invoice["salesOrderId"] == order["id"] and invoice["state"] == "posted"
    assert [(x["sku"], x["quantity"], x["subtotal"]) for x in invoice["lines"]] == [
        (item["sku"], "6", "60.00"),
        (service["sku"], "1", "50.00"),
    ]
    assert invoice["total"] == "115.50"
    # Posting moved nothing and booked no cost: the delivery did both.
    assert invoice["stockMoveIds"] == [] and invoice["cogsEntryId"] is None
    assert stock(admin, item["id"]) == {"WH1-A-03-1": Decimal(4)}
    assert [e["id"] for e in entries_for(accountant, invoice["number"])] == [
        invoice["journalEntryId"]
    ]
    assert by_code(
        accountant.ok(accountant.get(f"/accounting/journal-entries/{invoice['journalEntryId']}"))
    )["1200"] == (Decimal("115.50"), 0)

    billed = order_of(accountant, order["id"])
    assert [x["quantityInvoiced"] for x in billed["lines"]] == ["6", "1"]
    assert billed["invoiceState"] == "partially_invoiced" and billed["invoiceIds"] == [
        invoice["id"]
    ]
    again = accountant.post(f"/sales/billing/invoice/{order['id']}")
    assert again.status_code == 409 and "nothing to invoice" in again.json()["message"]

    rest = accountant.ok(
        accountant.post(f"/sales/billing/invoice/{order['id']}", {"policy": "ordered"})
    )
    assert [(x["quantity"], x["orderLineId"]) for x in rest["lines"]] == [
        ("2", order["lines"][0]["id"])
    ]
    summary = accountant.ok(accountant.get(f"/sales/billing/summary/{order['id']}"))
    assert summary["invoiceState"] == "invoiced"
    assert [i["number"] for i in summary["invoices"]] == [invoice["number"], rest["number"]]
    assert summary["invoicedTotal"] == "136.50"
    listed = accountant.all("/accounting/invoices", salesOrderId=order["id"])
    assert {i["id"] for i in listed} == {invoice["id"], rest["id"]}


def test_cancelling_an_order_invoice_makes_it_billable_again(accountant: Api, admin: Api) -> None:
    service = new_product(admin, type="service", salePrice="80")
    order = confirmed_order(accountant, [{"productId": service["id"], "quantity": "2"}])
    invoice = accountant.ok(
        accountant.post(f"/sales/billing/invoice/{order['id']}", {"post": True})
    )
    assert order_of(accountant, order["id"])["invoiceState"] == "invoiced"
    accountant.ok(accountant.post(f"/accounting/invoices/{invoice['id']}/cancel"))
    after = order_of(accountant, order["id"])
    assert after["invoiceState"] == "not_invoiced" and after["lines"][0]["quantityInvoiced"] == "0"
    anew = accountant.ok(accountant.post(f"/sales/billing/invoice/{order['id']}"))
    assert anew["lines"][0]["quantity"] == "2" and anew["state"] == "draft"


def test_a_draft_order_is_neither_delivered_nor_invoiced(accountant: Api, admin: Api) -> None:
    item = new_product(admin)
    order = draft_order(accountant, [{"productId": item["id"], "quantity": "1"}])
    for path in (
        f"/sales/billing/invoice/{order['id']}",
        f"/sales/deliveries/from-order/{order['id']}",
    ):
        response = accountant.post(path)
        assert response.status_code == 409 and "draft" in response.json()["message"]


# --- the published reference and what the sandbox assumes -----------------------------------

PUBLISHED = {
    ("get", "/sales/orders"),
    ("post", "/sales/orders"),
    ("get", "/sales/orders/{order_id}"),
    ("patch", "/sales/orders/{order_id}"),
    ("post", "/sales/orders/{order_id}/confirm"),
    ("post", "/sales/orders/{order_id}/cancel"),
    ("post", "/sales/billing/invoice/{order_id}"),
    ("get", "/sales/billing/summary/{order_id}"),
    ("post", "/sales/billing/cogs/{delivery_id}"),
    ("post", "/sales/deliveries/from-order/{order_id}"),
    ("get", "/sales/deliveries"),
    ("post", "/sales/deliveries/{delivery_id}/confirm"),
    ("post", "/sales/deliveries/{delivery_id}/deliver"),
    ("get", "/sales/deliveries/atp/{product_id}"),
    ("post", "/sales/returns"),
    ("post", "/sales/returns/{return_id}/receive"),
    ("post", "/sales/returns/{return_id}/refund"),
    ("post", "/inventory/putaway/rules"),
    ("get", "/inventory/putaway/rules"),
    ("delete", "/inventory/putaway/rules/{rule_id}"),
    ("get", "/inventory/putaway/resolve"),
    ("post", "/inventory/routing"),
    ("get", "/inventory/routing"),
    ("get", "/inventory/routing/{route_id}"),
    ("patch", "/inventory/routing/{route_id}"),
    ("delete", "/inventory/routing/{route_id}"),
    ("get", "/inventory/routing/resolve/{warehouse_id}/{operation_type}"),
}
ASSUMED = {
    ("get", "/sales/deliveries/{delivery_id}"),
    ("post", "/sales/deliveries/{delivery_id}/cancel"),
    ("get", "/sales/returns"),
    ("get", "/sales/returns/{return_id}"),
    ("get", "/inventory/putaway/rules/{rule_id}"),
}


def test_openapi_marks_what_the_reference_does_not_publish(sandbox: SandboxServer) -> None:
    paths = httpx.get(f"{sandbox.api_url}/openapi.json", timeout=60).json()["paths"]
    served = {
        (method, path.removeprefix("/api/v1")): operation["tags"]
        for path, operations in paths.items()
        if path.startswith(
            ("/api/v1/sales", "/api/v1/inventory/putaway", "/api/v1/inventory/routing")
        )
        for method, operation in operations.items()
    }
    assert set(served) == PUBLISHED | ASSUMED
    assert {key for key, tags in served.items() if "assumed" in tags} == ASSUMED
