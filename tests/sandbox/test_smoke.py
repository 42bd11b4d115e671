from tests.sandbox.conftest import Api


def test_products_list_over_loopback(admin: Api) -> None:
    page = admin.ok(admin.get("/inventory/products", limit=5))
    assert len(page["data"]) == 5
    assert page["meta"]["total"] >= 300
