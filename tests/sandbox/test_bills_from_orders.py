"""Bills made from a received purchase order (the three-way match on the server), the
vendor's own reference on a bill, and assumed endpoints a real deployment lacks."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.sandbox.conftest import Api
from tests.sandbox.test_inventory_catalog import new_product
from tests.sandbox.test_purchasing import confirmed_order, receive


def received_order(accountant: Api, storekeeper: Api, admin: Api) -> dict[str, Any]:
    """10 ordered, 8 received of one product; 4 ordered and received of another."""
    a, b = new_product(admin), new_product(admin)
    order = confirmed_order(
        accountant,
        [
            {"productId": a["id"], "quantity": "10", "unitPrice": "12.50"},
            {"productId": b["id"], "quantity": "4", "unitPrice": "3"},
        ],
    )
    first, second = order["lines"]
    lines = [{"lineId": first["id"], "quantity": "8"}, {"lineId": second["id"], "quantity": "4"}]
    return storekeeper.ok(receive(storekeeper, order["id"], lines))


def bill_body(order: dict[str, Any], quantities: list[str], **fields: Any) -> dict[str, Any]:
    return {
        "type": "in_invoice",
        "partnerId": order["vendorId"],
        "purchaseOrderId": order["id"],
        "lines": [
            {
                "productId": line["productId"],
                "purchaseOrderLineId": line["id"],
                "quantity": quantity,
                "unitPrice": line["unitPrice"],
            }
            for line, quantity in zip(order["lines"], quantities, strict=True)
            if quantity
        ],
        **fields,
    }


def test_a_bill_bills_no_more_than_was_received_and_not_billed(
    accountant: Api, storekeeper: Api, admin: Api
) -> None:
    order = received_order(accountant, storekeeper, admin)
    reference = f"INV-{uuid.uuid4().hex[:8]}"
    bill = accountant.ok(
        accountant.post(
            "/accounting/invoices", bill_body(order, ["5", "4"], vendorReference=reference)
        )
    )
    assert (bill["purchaseOrderId"], bill["purchaseOrderNumber"]) == (order["id"], order["number"])
    assert bill["vendorReference"] == reference
    assert [x["purchaseOrderLineId"] for x in bill["lines"]] == [x["id"] for x in order["lines"]]
    listed = accountant.ok(accountant.get("/accounting/invoices", purchaseOrderId=order["id"]))
    assert [x["id"] for x in listed["data"]] == [bill["id"]]

    # 8 received, 5 billed: a second bill of 4 is refused on its line, naming the numbers.
    over = accountant.post("/accounting/invoices", bill_body(order, ["4", ""]))
    assert over.status_code == 400
    [error] = over.json()["errors"]
    assert error["field"] == "lines[0].quantity"
    assert "only 8 were received" in error["message"] and "5 are billed already" in error["message"]
    accountant.ok(accountant.post("/accounting/invoices", bill_body(order, ["3", ""])))

    # Cancelling a posted bill gives its quantities back to bill again.
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/post"))
    accountant.ok(accountant.post(f"/accounting/invoices/{bill['id']}/cancel", {"reason": "x"}))
    accountant.ok(accountant.post("/accounting/invoices", bill_body(order, ["5", "4"])))


def test_a_bill_names_a_received_order_of_its_own_vendor(
    accountant: Api, storekeeper: Api, admin: Api
) -> None:
    order = received_order(accountant, storekeeper, admin)
    vendors = accountant.ok(accountant.get("/inventory/vendors", limit=5))["data"]
    other = next(v for v in vendors if v["id"] != order["vendorId"])
    wrong_vendor = accountant.post(
        "/accounting/invoices", {**bill_body(order, ["1", ""]), "partnerId": other["id"]}
    )
    assert wrong_vendor.json()["errors"][0]["field"] == "purchaseOrderId"
    assert order["number"] in wrong_vendor.json()["errors"][0]["message"]

    not_received = confirmed_order(
        accountant,
        [{"productId": order["lines"][0]["productId"], "quantity": "1", "unitPrice": "1"}],
    )
    refused = accountant.post("/accounting/invoices", bill_body(not_received, ["1"]))
    assert "bills are made from goods received" in refused.json()["errors"][0]["message"]

    stray = bill_body(order, ["1", ""])
    stray["lines"][0]["purchaseOrderLineId"] = str(uuid.uuid4())
    assert accountant.post("/accounting/invoices", stray).json()["errors"][0]["field"] == (
        "lines[0].purchaseOrderLineId"
    )
    unlinked = bill_body(order, ["1", ""])
    del unlinked["purchaseOrderId"]
    assert accountant.post("/accounting/invoices", unlinked).status_code == 400


@pytest.fixture(scope="module")
def without_patch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """A deployment without the assumed PATCH of vendors and clients."""
    data: Path = tmp_path_factory.mktemp("without-patch")
    server = start_sandbox(
        data, without=("PATCH /inventory/vendors/*", "PATCH /crm/clients/*"), without_status=405
    )
    yield server
    server.stop()


def test_a_deployment_can_lack_assumed_endpoints(without_patch: SandboxServer) -> None:
    api = Api(without_patch, "accountant@demo.local")
    vendor = api.ok(api.get("/inventory/vendors", limit=1))["data"][0]
    answer = api.patch(f"/inventory/vendors/{vendor['id']}", {"name": "New name"})
    assert answer.status_code == 405
    assert answer.json()["message"].startswith("Cannot PATCH /api/v1/inventory/vendors/")
    assert api.ok(api.get(f"/inventory/vendors/{vendor['id']}"))["name"] == vendor["name"]
    assert api.post("/inventory/vendors", {"name": f"V {uuid.uuid4().hex[:6]}"}).status_code == 201
