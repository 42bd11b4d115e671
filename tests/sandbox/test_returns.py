"""Customer returns: against a delivery or an invoice, received by condition (resell into
stock, damaged into scrap or quarantine) with the goods valued back at cost, refunded with a
credit note that settles the invoice."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import location, moves_of, product, stock
from tests.sandbox.test_inventory_moves import amounts_by_account, journal_entry
from tests.sandbox.test_invoices import new_client
from tests.sandbox.test_sales_orders import (
    confirmed_order,
    deliver_as_suggested,
    order_of,
    ready_delivery,
    stocked_in,
)


def delivered(
    admin: Api, accountant: Api, bins: dict[str, int], quantity: int, **fields: Any
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(product, order, delivery) for an order of `quantity` shipped from `bins`."""
    item = stocked_in(admin, bins, **fields)
    order = confirmed_order(accountant, [{"productId": item["id"], "quantity": str(quantity)}])
    return item, order, deliver_as_suggested(admin, ready_delivery(admin, order))


def new_return(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    response = api.post("/sales/returns", body)
    assert response.status_code == 201, response.text
    return response.json()


def returned_moves(api: Api, product_id: str) -> list[tuple[str, str, str]]:
    return [
        (m["fromLocationCode"], m["toLocationCode"], m["quantity"])
        for m in moves_of(api, product_id)
        if m["sourceType"] == "sales_return"
    ]


def test_goods_returned_for_resale_go_back_into_stock_at_cost(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, order, shipped = delivered(admin, accountant, {"WH1-C-05-1": 5}, 5, cost="6.40")
    assert product(admin, item["id"])["onHand"] == "0"
    record = new_return(
        storekeeper,
        {
            "deliveryNumber": shipped["number"],
            "reason": "Client over-ordered",
            "lines": [
                {
                    "productId": item["id"],
                    "quantity": "2",
                    "condition": "resell",
                    "locationId": location(admin, "WH1-C-05-2")["id"],
                }
            ],
        },
    )
    assert record["number"].startswith("RET-") and record["state"] == "draft"
    assert (record["deliveryId"], record["orderNumber"], record["refunded"]) == (
        shipped["id"],
        order["number"],
        False,
    )
    assert product(admin, item["id"])["onHand"] == "0"  # nothing moves until received

    received = storekeeper.ok(storekeeper.post(f"/sales/returns/{record['id']}/receive"))
    assert received["state"] == "received" and received["receivedAt"]
    assert [(x["locationCode"], x["condition"]) for x in received["lines"]] == [
        ("WH1-C-05-2", "resell")
    ]
    assert stock(admin, item["id"]) == {"WH1-C-05-2": Decimal(2)}
    assert returned_moves(admin, item["id"]) == [("CUSTOMERS", "WH1-C-05-2", "2")]
    entry = journal_entry(accountant, received["journalEntryId"])
    assert amounts_by_account(entry) == {
        "1300": (Decimal("12.80"), 0),
        "5000": (0, Decimal("12.80")),
    }
    after = order_of(accountant, order["id"])
    assert after["lines"][0]["quantityReturned"] == "2" and record["id"] in after["returnIds"]
    again = storekeeper.post(f"/sales/returns/{record['id']}/receive")
    assert again.status_code == 409 and "received" in again.json()["message"]


def test_damaged_goods_into_scrap_do_not_come_back_into_stock(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, _, shipped = delivered(admin, accountant, {"WH1-C-05-3": 3}, 3, cost="10.00")
    record = new_return(
        storekeeper,
        {
            "deliveryId": shipped["id"],
            "lines": [{"productId": item["id"], "quantity": "1", "condition": "damaged"}],
        },
    )
    received = storekeeper.ok(storekeeper.post(f"/sales/returns/{record['id']}/receive"))
    assert received["lines"][0]["locationCode"] == "SCRAP"
    assert product(admin, item["id"])["onHand"] == "0"
    assert stock(admin, item["id"]) == {}
    assert returned_moves(admin, item["id"]) == [("CUSTOMERS", "SCRAP", "1")]
    entry = journal_entry(accountant, received["journalEntryId"])
    assert amounts_by_account(entry) == {
        "5910": (Decimal("10.00"), 0),
        "5000": (0, Decimal("10.00")),
    }


def test_the_counter_decides_the_condition_and_quarantine_is_for_damaged_goods(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, _, shipped = delivered(admin, accountant, {"WH1-D-05-3": 4}, 4)
    quarantine = location(admin, "WH1-QUAR")
    assert quarantine["purpose"] == "quarantine"
    record = new_return(
        storekeeper,
        {"deliveryId": shipped["id"], "lines": [{"productId": item["id"], "quantity": "3"}]},
    )
    resold_there = storekeeper.post(
        f"/sales/returns/{record['id']}/receive",
        {"lines": [{"productId": item["id"], "locationId": quarantine["id"]}]},
    )
    assert resold_there.status_code == 400
    assert resold_there.json()["errors"][0]["field"] == "lines[0].locationId"
    damaged_in_a_bin = storekeeper.post(
        f"/sales/returns/{record['id']}/receive",
        {
            "lines": [
                {
                    "productId": item["id"],
                    "condition": "damaged",
                    "locationId": location(admin, "WH1-D-05-3")["id"],
                }
            ]
        },
    )
    assert damaged_in_a_bin.status_code == 400
    assert stock(admin, item["id"]) == {}

    received = storekeeper.ok(
        storekeeper.post(
            f"/sales/returns/{record['id']}/receive",
            {
                "lines": [
                    {
                        "lineId": record["lines"][0]["id"],
                        "condition": "damaged",
                        "locationId": quarantine["id"],
                    }
                ]
            },
        )
    )
    assert [(x["condition"], x["locationCode"]) for x in received["lines"]] == [
        ("damaged", "WH1-QUAR")
    ]
    assert stock(admin, item["id"]) == {"WH1-QUAR": Decimal(3)}
    # Quarantined goods are not promised to anybody.
    report = accountant.ok(accountant.get(f"/sales/deliveries/atp/{item['id']}"))
    wh1 = next(w for w in report["warehouses"] if w["warehouseCode"] == "WH1")
    assert (wh1["onHand"], wh1["quarantined"], wh1["availableToPromise"]) == ("0", "3", "0")


def test_nothing_comes_back_that_was_not_shipped(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, _, shipped = delivered(admin, accountant, {"WH1-B-04-1": 4}, 4)
    stranger = stocked_in(admin, {"WH1-B-04-2": 1})

    def refused(lines: list[dict[str, Any]]) -> dict[str, str]:
        response = storekeeper.post("/sales/returns", {"deliveryId": shipped["id"], "lines": lines})
        assert response.status_code == 400, response.text
        return response.json()["errors"][0]  # type: ignore[no-any-return]

    assert refused([{"productId": stranger["id"], "quantity": "1"}])["field"] == (
        "lines[0].productId"
    )
    assert refused([{"productId": item["id"], "quantity": "5"}])["field"] == "lines[0].quantity"
    new_return(
        storekeeper,
        {"deliveryId": shipped["id"], "lines": [{"productId": item["id"], "quantity": "3"}]},
    )
    rest = refused([{"productId": item["id"], "quantity": "2"}])
    assert "only 1" in rest["message"] and shipped["number"] in rest["message"]
    nowhere = storekeeper.post(
        "/sales/returns", {"lines": [{"productId": item["id"], "quantity": "1"}]}
    )
    assert nowhere.status_code == 400 and nowhere.json()["errors"][0]["field"] == "invoiceId"
    unknown = storekeeper.post(
        "/sales/returns",
        {"deliveryNumber": "DO-1999-00001", "lines": [{"productId": item["id"], "quantity": "1"}]},
    )
    assert unknown.status_code == 400
    assert unknown.json()["errors"][0]["field"] == "deliveryNumber"


def test_a_refund_credits_the_invoice_and_flags_the_return(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    """A directly made invoice (it shipped its goods itself), scanned by its number."""
    item = stocked_in(admin, {"WH1-B-05-1": 6}, cost="8.00", salePrice="20", taxRate="5")
    client = new_client(accountant)
    draft = accountant.ok(
        accountant.post(
            "/accounting/invoices",
            {"partnerId": client["id"], "lines": [{"productId": item["id"], "quantity": "5"}]},
        )
    )
    invoice = accountant.ok(accountant.post(f"/accounting/invoices/{draft['id']}/post"))
    assert invoice["amountDue"] == "105.00" and product(admin, item["id"])["onHand"] == "1"

    record = new_return(
        storekeeper,
        {
            "invoiceNumber": invoice["number"],
            "lines": [
                {
                    "productId": item["id"],
                    "quantity": "2",
                    "locationId": location(admin, "WH1-B-05-1")["id"],
                }
            ],
        },
    )
    early = accountant.post(f"/sales/returns/{record['id']}/refund")
    assert early.status_code == 409 and "draft" in early.json()["message"]
    storekeeper.ok(storekeeper.post(f"/sales/returns/{record['id']}/receive"))
    assert product(admin, item["id"])["onHand"] == "3"
    assert storekeeper.post(f"/sales/returns/{record['id']}/refund").status_code == 403

    refunded = accountant.ok(accountant.post(f"/sales/returns/{record['id']}/refund"))
    assert refunded["refunded"] is True and refunded["refundState"] == "refunded"
    note = accountant.ok(accountant.get(f"/accounting/invoices/{refunded['creditNoteId']}"))
    assert note["type"] == "out_refund" and note["state"] == "posted"
    assert (note["originalInvoiceId"], note["returnId"]) == (invoice["id"], record["id"])
    assert [(x["quantity"], x["subtotal"], x["accountCode"]) for x in note["lines"]] == [
        ("2", "40.00", "4200")
    ]
    assert note["total"] == "42.00" and note["amountDue"] == "0.00"
    assert amounts_by_account(journal_entry(accountant, note["journalEntryId"])) == {
        "4200": (Decimal("40.00"), 0),
        "2200": (Decimal("2.00"), 0),
        "1200": (0, Decimal("42.00")),
    }
    credited = accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))
    assert (credited["amountDue"], credited["paymentState"]) == ("63.00", "partial")
    assert credited["payments"][-1]["creditNoteId"] == note["id"]

    twice = accountant.post(f"/sales/returns/{record['id']}/refund")
    assert twice.status_code == 409 and note["number"] in twice.json()["message"]
    # The goods came back through the return; cancelling would take them back twice.
    assert accountant.post(f"/accounting/invoices/{invoice['id']}/cancel").status_code == 409
    listed = accountant.all("/sales/returns", refundState="refunded", invoiceId=invoice["id"])
    assert [r["id"] for r in listed] == [record["id"]]


def test_a_return_on_a_delivery_is_credited_on_the_order_invoice(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, order, shipped = delivered(
        admin, accountant, {"WH1-B-05-2": 4}, 4, salePrice="30", taxRate="0"
    )
    record = new_return(
        storekeeper,
        {"deliveryId": shipped["id"], "lines": [{"productId": item["id"], "quantity": "1"}]},
    )
    early = storekeeper.ok(storekeeper.post(f"/sales/returns/{record['id']}/receive"))
    assert early["refundState"] == "not_invoiced"  # back before it was billed
    # Billing by delivery leaves out what came back, so there is nothing to refund for it.
    invoice = accountant.ok(
        accountant.post(f"/sales/billing/invoice/{order['id']}", {"post": True})
    )
    assert invoice["lines"][0]["quantity"] == "3"
    nothing = accountant.post(f"/sales/returns/{record['id']}/refund")
    assert nothing.status_code == 409 and "nothing to refund" in nothing.json()["message"]

    second = new_return(
        storekeeper,
        {"deliveryId": shipped["id"], "lines": [{"productId": item["id"], "quantity": "1"}]},
    )
    storekeeper.ok(storekeeper.post(f"/sales/returns/{second['id']}/receive"))
    refunded = accountant.ok(accountant.post(f"/sales/returns/{second['id']}/refund"))
    assert refunded["invoiceId"] == invoice["id"]
    after = order_of(accountant, order["id"])
    line = after["lines"][0]
    assert (line["quantityDelivered"], line["quantityReturned"], line["quantityInvoiced"]) == (
        "4",
        "2",
        "2",
    )
    assert after["invoiceState"] == "invoiced"
    assert (
        accountant.ok(accountant.get(f"/accounting/invoices/{invoice['id']}"))["amountDue"]
        == "60.00"
    )


def test_the_finance_desk_refunds_and_the_warehouse_receives(
    storekeeper: Api, accountant: Api, admin: Api
) -> None:
    item, _, shipped = delivered(admin, accountant, {"WH1-B-05-3": 2}, 2)
    record = new_return(
        accountant,
        {"deliveryId": shipped["id"], "lines": [{"productId": item["id"], "quantity": "1"}]},
    )
    assert accountant.post(f"/sales/returns/{record['id']}/receive").status_code == 403
    assert storekeeper.ok(storekeeper.get(f"/sales/returns/{record['id']}"))["id"] == record["id"]
