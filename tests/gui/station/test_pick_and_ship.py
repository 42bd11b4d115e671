"""Pick & ship at the station against the sandbox: a two-location delivery picked with one
shortage while the server is down, shipped once it is back (exactly once, with a backorder)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.gui.station.station_settings import FILE, StationSettings
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station, close_station, open_station
from tests.gui.station.helpers import last_answer, screenshot, workflow_button
from tests.printing.conftest import pdf_text
from tests.sandbox.conftest import COMPANY_1, Api


def two_location_delivery(window: StationWindow, catalog: Catalog) -> dict[str, Any]:
    """A delivery ready to pick in the station's warehouse whose route has 2+ stops,
    every product of it with a barcode."""
    products = {str(p["id"]): p for p in catalog.products.values()}
    for delivery in sorted(catalog.deliveries.values(), key=lambda x: str(x["number"])):
        flow = PickShip(catalog, window.settings.warehouse_id or None)
        if delivery.get("state") != "confirmed" or not flow.start(delivery).accepted:
            continue
        assert flow.session is not None
        ids = {line["productId"] for line in delivery["lines"]}
        if len(flow.session.pick_list().stops) >= 2 and all(
            products.get(p, {}).get("barcode") for p in ids
        ):
            return delivery
    raise AssertionError("no two-location delivery ready to pick in the demo data")


def walk_with_one_short(window: StationWindow, scan: Any, *, short_one: bool = True) -> None:
    """Walk the route: at each stop scan the bin, then take each task; at the last stop
    the last product is one short on the shelf (the pad sets one less, then Short here)."""
    flow = window.workflow
    assert isinstance(flow, PickShip) and flow.session is not None and window.catalog
    session = flow.session
    products = {str(p["id"]): p for p in window.catalog.products.values()}
    locations = {str(x["id"]): x for x in window.catalog.locations.values()}
    while (stop := session.next_stop()) is not None:
        final_stop = len(session.pick_list().stops) == 1
        scan(locations[stop.id]["barcode"])
        assert last_answer(window)[0], last_answer(window)
        tasks = session.tasks_at(stop.id)
        for index, task in enumerate(tasks):
            short = short_one and final_stop and index == len(tasks) - 1
            wanted = task.quantity - (1 if short else 0)
            if wanted > 0:
                scan(products[task.product.id]["barcode"])
                assert last_answer(window)[0], last_answer(window)
            if wanted > 1:
                for digit in f"{wanted:f}":
                    window.digit_buttons[digit].click()
                window.set_button.click()
                assert last_answer(window)[0], last_answer(window)
            if short:
                window.choose("short")
                assert last_answer(window)[0], last_answer(window)


def test_a_two_location_pick_with_a_shortage_is_shipped_once_after_the_server_is_back(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    station = open_station(qtbot, own_sandbox, tmp_path / "home")
    admin = Api(own_sandbox, "admin@demo.local", COMPANY_1)
    try:
        window, scanner = station.window, station.scanner
        workflow_button(window, PickShip.name).click()
        assert window.catalog is not None
        delivery = two_location_delivery(window, window.catalog)
        asked = sum(Decimal(x["quantity"]) for x in delivery["lines"])

        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: station.live.connection != "online", timeout=SLOW)
            scanner.scan(delivery["number"])
            assert last_answer(window)[0], last_answer(window)
            assert "location(s) to visit" in last_answer(window)[1]
            walk_with_one_short(window, scanner.scan)
            flow = window.workflow
            assert isinstance(flow, PickShip) and flow.session is not None
            assert not flow.ready()  # the shortage has no reason yet
            window.confirm()
            assert "Why? Choose the reason" in window.message_label.text()
            window.choose("shortage:short_on_shelf")
            screenshot(window, "station-picking")
            assert flow.ready()
            window.confirm_button.click()
            assert window.offer is not None  # shipping label and delivery note offered
            scanner.press(Qt.Key.Key_Escape)
            assert window.offer is None

            def tried_and_waiting() -> bool:
                rows = station.company.workspace.cache.outbox_rows()
                return bool(rows) and rows[0].attempts >= 1 and rows[0].status == "pending"

            qtbot.waitUntil(tried_and_waiting, timeout=SLOW)
            assert window.operation_states()[0].endswith("queued")
        finally:
            own_sandbox.start()

        qtbot.waitUntil(
            lambda: not any("queued" in state for state in window.operation_states()),
            timeout=SLOW,
        )
        rows = run(qtbot, station.company.outbox.rows())
        assert all("done" in s for s in window.operation_states()), (
            window.operation_states(),
            [(r.status, r.last_error) for r in rows],
        )
        shipped = admin.ok(admin.get(f"/sales/deliveries/{delivery['id']}"))
        assert shipped["state"] == "delivered" and shipped["backorderNumber"]
        sent = sum(Decimal(x.get("deliveredQuantity") or 0) for x in shipped["lines"])
        assert sent == asked - 1
        backorder = admin.ok(admin.get(f"/sales/deliveries/{shipped['backorderId']}"))
        assert sum(Decimal(x["quantity"]) for x in backorder["lines"]) == 1
        rows = run(qtbot, station.company.outbox.rows())
        assert [r.status for r in rows] == ["sent"]  # shipped once, not twice
    finally:
        admin.close()
        close_station(qtbot, station)


def test_a_shipped_delivery_prints_its_shipping_label_and_its_delivery_note(
    qtbot: QtBot, station: Station, tmp_path: Path
) -> None:
    folder = tmp_path / "printed"
    window, scanner = station.window, station.scanner
    window.apply_settings(
        StationSettings(
            printer_kind=FILE, printer=str(folder), warehouse_id=window.settings.warehouse_id
        )
    )
    workflow_button(window, PickShip.name).click()
    assert window.catalog is not None
    delivery = two_location_delivery(window, window.catalog)
    scanner.scan(delivery["number"])
    walk_with_one_short(window, scanner.scan, short_one=False)
    window.confirm_button.click()
    assert "Enter: shipping label" in window.expects_label.text()
    scanner.press(Qt.Key.Key_Return, "\r")  # Enter on the empty scan field: the label
    label = folder / f"shipping-{delivery['number']}.zpl"
    qtbot.waitUntil(label.exists, timeout=SLOW)
    zpl = label.read_text(encoding="utf-8")
    assert f"^FD{delivery['number']}^FS" in zpl and delivery["partnerName"][:10] in zpl
    qtbot.waitUntil(lambda: f"Label saved as {label} (not printed)" in last_answer(window)[1])
    window.choose("note")
    qtbot.waitUntil(lambda: "Delivery note saved as" in last_answer(window)[1], timeout=SLOW)
    [note] = folder.glob(f"delivery-note-{delivery['number']}*.pdf")
    text = pdf_text(note.read_bytes())
    assert "DELIVERY NOTE" in text and delivery["number"] in text
