"""Returns at the station against the sandbox: a delivery's goods come back, one unit to
resell into a stock bin and one damaged into scrap, taken in while the server is down and
written exactly once when it is back."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.returns import TakeBack
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, close_station, open_station
from tests.gui.station.helpers import last_answer, screenshot, server_stock, workflow_button
from tests.sandbox.conftest import COMPANY_1, Api


def returnable(window: StationWindow, admin: Api) -> tuple[dict[str, Any], dict[str, Any]]:
    """A delivered delivery of the station's warehouse and a product (with a barcode) of
    which 2+ units can still come back on it."""
    assert window.catalog is not None
    products = {str(p["id"]): p for p in window.catalog.products.values()}
    returned: dict[tuple[str, str], Decimal] = {}
    for earlier in admin.all("/sales/returns"):
        for line in earlier.get("lines") or ():
            key = (str(earlier.get("deliveryId")), line["productId"])
            returned[key] = returned.get(key, Decimal(0)) + Decimal(line["quantity"])
    home = window.catalog.default_warehouse()
    for delivery in admin.all("/sales/deliveries", state="delivered"):
        if delivery.get("warehouseId") != home or delivery.get("state") != "delivered":
            continue
        for line in delivery["lines"]:
            product = products.get(line["productId"])
            back = returned.get((delivery["id"], line["productId"]), Decimal(0))
            left = Decimal(line["deliveredQuantity"]) - back
            if product and product.get("barcode") and left >= 2:
                return delivery, product
    raise AssertionError("no delivered delivery to take goods back from in the demo data")


def stock_bin(window: StationWindow) -> dict[str, Any]:
    assert window.catalog is not None
    home = window.catalog.default_warehouse()
    return next(
        x
        for x in sorted(window.catalog.locations.values(), key=lambda x: str(x["code"]))
        if x.get("warehouseId") == home
        and x.get("type") == "internal"
        and x.get("purpose") not in ("quarantine", "scrap")
        and x.get("barcode")
    )


def test_a_return_to_stock_and_to_scrap_is_written_once_after_the_server_is_back(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    station = open_station(qtbot, own_sandbox, tmp_path / "home")
    admin = Api(own_sandbox, "admin@demo.local", COMPANY_1)
    try:
        window, scanner = station.window, station.scanner
        workflow_button(window, TakeBack.name).click()
        delivery, product = returnable(window, admin)
        shelf = stock_bin(window)
        on_shelf = server_stock(admin, product["id"], shelf["id"])
        returns_before = {x["id"] for x in admin.all("/sales/returns")}

        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: station.live.connection != "online", timeout=SLOW)
            scanner.scan(delivery["number"])  # looked up in the station's own copy
            qtbot.waitUntil(lambda: "Looking up" not in window.message_label.text())
            assert "scan what came back" in window.message_label.text()
            scanner.scan(product["barcode"])  # resell, the default
            assert last_answer(window)[0], last_answer(window)
            scanner.scan(shelf["barcode"])
            assert last_answer(window)[0], last_answer(window)
            window.choose("condition:damaged")
            scanner.scan(product["barcode"])
            assert last_answer(window)[0], last_answer(window)
            window.choose("scrap")
            assert last_answer(window)[0], last_answer(window)
            screenshot(window, "station-return")
            window.confirm_button.click()
            assert "Queued" in window.message_label.text()

            def tried_and_waiting() -> bool:
                rows = station.company.workspace.cache.outbox_rows()
                return bool(rows) and rows[0].attempts >= 1 and rows[0].status == "pending"

            qtbot.waitUntil(tried_and_waiting, timeout=SLOW)
            assert all(state.endswith("queued") for state in window.operation_states())
        finally:
            own_sandbox.start()

        qtbot.waitUntil(
            lambda: not any("queued" in state for state in window.operation_states()),
            timeout=SLOW,
        )
        assert all("done" in state for state in window.operation_states())
        rows = run(qtbot, station.company.outbox.rows())
        assert [r.status for r in rows] == ["sent", "sent"]  # the return, then its receipt
        [taken] = [x for x in admin.all("/sales/returns") if x["id"] not in returns_before]
        assert taken["deliveryId"] == delivery["id"]  # written once, not twice
        assert taken["state"] == "received" and not taken.get("refunded")
        conditions = sorted((x["condition"], Decimal(x["quantity"])) for x in taken["lines"])
        assert conditions == [("damaged", Decimal(1)), ("resell", Decimal(1))]
        # the resold unit is back on the shelf; the damaged one went to scrap, not into stock
        assert server_stock(admin, product["id"], shelf["id"]) == on_shelf + 1
    finally:
        admin.close()
        close_station(qtbot, station)
