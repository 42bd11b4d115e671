"""Receiving a purchase order at the station: refusals, and a receipt made offline."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.station.receiving import ReceiveOrder
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station, close_station, open_station
from tests.gui.station.helpers import (
    last_answer,
    not_on,
    open_quantity,
    receivable_order,
    screenshot,
)
from tests.sandbox.conftest import COMPANY_1, Api


def test_products_not_on_the_order_and_over_receipts_are_refused(
    qtbot: QtBot, station: Station
) -> None:
    window, scanner = station.window, station.scanner
    window.workflow_buttons.buttons()[1].click()
    assert window.workflow is not None and window.workflow.name == "Receive PO"
    assert window.catalog is not None
    order, (first, second) = receivable_order(window.catalog)
    stranger = not_on(order, window.catalog)

    scanner.scan(first["barcode"])
    assert last_answer(window) == (False, f"✘ {first['barcode']}\nScan the purchase order first")
    scanner.scan("PO-1999-00001")
    accepted, text = last_answer(window)
    assert not accepted and "No open purchase order PO-1999-00001" in text

    scanner.scan(f"]C0{order['number']}")  # a Code 128 label with its symbology prefix
    assert last_answer(window)[0], last_answer(window)
    scanner.scan(first["barcode"])
    assert last_answer(window)[0], last_answer(window)
    assert "it goes to" in last_answer(window)[1]  # guided: where to put it away
    screenshot(window, "station")
    scanner.scan(stranger["barcode"])
    accepted, text = last_answer(window)
    assert not accepted and f"{stranger['sku']} is not on {order['number']}" in text

    still_open = open_quantity(order, second["id"])
    for digit in str(int(still_open) + 1):
        window.digit_buttons[digit].click()
    scanner.scan(second["barcode"])
    window.set_button.click()
    accepted, text = last_answer(window)
    assert not accepted and f"Over-receipt: only {still_open:f} of {second['sku']}" in text
    assert run(qtbot, station.company.outbox.rows()) == []


def test_a_receipt_made_with_the_server_down_is_replayed_once_when_it_is_back(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    station = open_station(qtbot, own_sandbox, tmp_path / "home")
    admin = Api(own_sandbox, "admin@demo.local", COMPANY_1)
    try:
        window, scanner = station.window, station.scanner
        window.workflow_buttons.buttons()[1].click()
        assert window.catalog is not None
        order, (first, second) = receivable_order(window.catalog)
        receipts_before = len(order["receipts"])

        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: station.live.connection != "online", timeout=SLOW)
            scanner.scan(order["number"])
            scanner.scan(first["barcode"])
            scanner.scan(first["barcode"])
            scanner.scan(second["barcode"])
            window.digit_buttons["3"].click()
            window.set_button.click()
            assert window.tones.played == ["accepted"] * 5, window.tones.played
            flow = window.workflow
            assert isinstance(flow, ReceiveOrder) and flow.session is not None
            bins = {flow.session.destinations[p["id"]].location for p in (first, second)}
            assert not window.confirm_button.isEnabled()  # not yet: nothing is put away
            window.confirm()
            assert "Not ready: Put" in window.message_label.text()
            assert "scan the bin" in window.message_label.text()
            for where in sorted(bins, key=lambda b: b.code):
                scanner.scan(where.barcode)
                assert last_answer(window)[0], last_answer(window)
            window.confirm_button.click()
            qtbot.waitUntil(lambda: bool(window.operation_states()), timeout=SLOW)

            def tried_and_waiting() -> bool:
                rows = station.company.workspace.cache.outbox_rows()
                return bool(rows) and rows[0].attempts >= 1 and rows[0].status == "pending"

            qtbot.waitUntil(tried_and_waiting, timeout=SLOW)  # tried, failed, backing off
            assert window.operation_states()[0].endswith("queued")
            rows = run(qtbot, station.company.outbox.rows())
            assert len(rows) == len(bins) and rows[0].status in ("pending", "in_flight")
            # The station counts what is waiting: 3 more of the second line would be too many.
            qtbot.waitUntil(
                lambda: (
                    window.catalog is not None
                    and window.catalog.open_quantity(order, second["id"])
                    == open_quantity(order, second["id"]) - 3
                )
            )
        finally:
            own_sandbox.start()

        qtbot.waitUntil(
            lambda: all("done" in state for state in window.operation_states()), timeout=SLOW
        )
        server_order = admin.ok(admin.get(f"/inventory/purchase-orders/{order['id']}"))
        assert len(server_order["receipts"]) == receipts_before + len(bins)
        for product, received in ((first, 2), (second, 3)):
            assert open_quantity(server_order, product["id"]) == (
                open_quantity(order, product["id"]) - Decimal(received)
            )
        rows = run(qtbot, station.company.outbox.rows())
        assert [r.status for r in rows] == ["sent"] * len(bins)
    finally:
        admin.close()
        close_station(qtbot, station)
