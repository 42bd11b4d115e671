"""Products, locations and stock by location; also the helpers the other inventory tests use."""

from __future__ import annotations

import random
import uuid
from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import Api

_rng = random.Random()


def ean13(body12: str) -> str:
    """A 12-digit body with its EAN-13 check digit appended."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def fresh_barcode() -> str:
    """A valid EAN-13 in the in-store range (2…), unlikely to be taken."""
    return ean13("2" + "".join(str(_rng.randint(0, 9)) for _ in range(11)))


def new_product(api: Api, **fields: Any) -> dict[str, Any]:
    """A product of its own for one test (so other tests' stock cannot interfere)."""
    tag = uuid.uuid4().hex[:10].upper()
    body = {
        "sku": f"T-{tag}",
        "name": f"Test item {tag}",
        "barcode": fresh_barcode(),
        "cost": "12.50",
        "salePrice": "20",
        **fields,
    }
    response = api.post("/inventory/products", body)
    assert response.status_code == 201, response.text
    return response.json()


def location(api: Api, code: str) -> dict[str, Any]:
    """A location by its code, e.g. WH1-A-01-1 or WH2-RECV."""
    page = api.ok(api.get("/inventory/locations", code=code))
    assert page["data"], f"no location {code}"
    return page["data"][0]


def stock(api: Api, product_id: str) -> dict[str, Decimal]:
    """Location code -> quantity, as GET /inventory/products/:id/stock shows it."""
    body = api.ok(api.get(f"/inventory/products/{product_id}/stock"))
    return {row["locationCode"]: Decimal(row["quantity"]) for row in body["data"]}


def product(api: Api, product_id: str) -> dict[str, Any]:
    return api.ok(api.get(f"/inventory/products/{product_id}"))


def put_stock(api: Api, product_id: str, code: str, quantity: int | str) -> dict[str, Any]:
    """Make a bin hold exactly `quantity` of a product (an inventory adjustment)."""
    body = {
        "locationId": location(api, code)["id"],
        "reason": "Test set-up",
        "lines": [{"productId": product_id, "countedQuantity": str(quantity)}],
    }
    response = api.post("/inventory/adjustments", body)
    assert response.status_code == 201, response.text
    return response.json()


def moves_of(api: Api, product_id: str) -> list[dict[str, Any]]:
    return api.all("/inventory/moves", productId=product_id)


# --- tests ---------------------------------------------------------------------------------


def test_a_new_product_starts_with_nothing_on_hand(admin: Api) -> None:
    created = new_product(admin, cost="7.25", taxRate="5")
    assert created["onHand"] == created["available"] == "0"
    assert created["cost"] == "7.25"
    fetched = product(admin, created["id"])
    assert fetched["sku"] == created["sku"] and fetched["barcode"] == created["barcode"]
    assert admin.ok(admin.get(f"/inventory/products/{created['id']}/stock"))["data"] == []


def test_a_duplicate_sku_is_409(admin: Api) -> None:
    first = new_product(admin)
    again = admin.post("/inventory/products", {"sku": first["sku"], "name": "Copy"})
    assert again.status_code == 409
    assert again.json()["errors"][0]["field"] == "sku"


def test_a_duplicate_barcode_is_409(admin: Api) -> None:
    first = new_product(admin)
    again = admin.post(
        "/inventory/products",
        {"sku": f"T-{uuid.uuid4().hex[:10]}", "name": "Copy", "barcode": first["barcode"]},
    )
    assert again.status_code == 409
    assert again.json()["errors"][0]["field"] == "barcode"


def test_an_ean13_with_a_wrong_check_digit_is_400(admin: Api) -> None:
    good = fresh_barcode()
    bad = good[:12] + str((int(good[12]) + 1) % 10)
    response = admin.post(
        "/inventory/products", {"sku": f"T-{uuid.uuid4().hex[:10]}", "name": "X", "barcode": bad}
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "barcode", "message": "is not a valid EAN-13 (check digit)"}
    ]


def test_stock_by_location_lists_each_bin_and_adds_up_to_on_hand(admin: Api) -> None:
    item = new_product(admin)
    put_stock(admin, item["id"], "WH1-A-01-1", 12)
    put_stock(admin, item["id"], "WH2-B-02-3", "3.5")
    body = admin.ok(admin.get(f"/inventory/products/{item['id']}/stock"))
    assert stock(admin, item["id"]) == {"WH1-A-01-1": Decimal(12), "WH2-B-02-3": Decimal("3.5")}
    warehouses = {row["warehouseId"] for row in body["data"]}
    assert len(warehouses) == 2
    assert body["onHand"] == "15.5" == product(admin, item["id"])["onHand"]


def test_bins_carry_printable_barcodes(admin: Api) -> None:
    bin_ = location(admin, "WH1-A-01-1")
    assert bin_["barcode"] == "LOC-WH1-A-01-1"
    assert bin_["type"] == "internal"
    here = admin.ok(admin.get(f"/inventory/locations/{bin_['id']}/stock"))
    assert here["locationCode"] == "WH1-A-01-1"
