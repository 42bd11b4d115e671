"""Scrap at the station: location, product, reason, confirm; offline with or without the
server's reasons; refusals queue nothing."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.scrapping import (
    CACHED,
    SERVER,
    STANDARD,
    Scrap,
    kept_reasons,
)
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.queries.station import SCRAP_REASONS_KEY
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Station, close_station, open_station
from tests.gui.station.helpers import (
    last_answer,
    products_by_id,
    screenshot,
    server_stock,
    workflow_button,
)
from tests.sandbox.conftest import COMPANY_1, Api

Record = dict[str, Any]


def scrappable(catalog: Catalog, at_least: int, skip: int = 0) -> tuple[Record, Record, Record]:
    """(product, its bin with `at_least`+, a product with none there), from the end of the
    list so that other tests' stock is left alone."""
    products = products_by_id(catalog)
    locations = {str(x["id"]): x for x in catalog.locations.values()}
    found = []
    for (product_id, location_id), quantity in sorted(catalog.stock.items(), reverse=True):
        product, where = products.get(product_id), locations.get(location_id)
        if not product or not where or not product.get("barcode") or quantity < at_least:
            continue
        if where.get("type") == "internal" and not catalog.pending_stock.get(
            (product_id, location_id)
        ):
            found.append((product, where))
    product, where = found[skip]
    here = catalog.location_stock(str(where["id"]))
    absent = next(
        p
        for p in products.values()
        if p["id"] not in here and p.get("barcode") and p.get("type") != "service"
    )
    return product, where, absent


def test_a_scrap_from_the_first_scan_to_the_servers_stock(
    qtbot: QtBot, station: Station, admin: Api
) -> None:
    window, scanner = station.window, station.scanner
    qtbot.waitUntil(lambda: window.scrap_reasons.source == SERVER, timeout=SLOW)
    workflow_button(window, "Scrap").click()
    assert isinstance(window.workflow, Scrap) and window.message_label.text() == ""
    assert window.catalog is not None
    product, where, absent = scrappable(window.catalog, 3)
    before = server_stock(admin, product["id"], where["id"])

    scanner.scan(where["barcode"])
    scanner.scan(absent["barcode"])
    assert "Wrong location: there is no" in last_answer(window)[1]
    scanner.scan(product["barcode"])
    scanner.scan(product["barcode"])
    assert not window.choice_row.isHidden()  # the reasons are offered once there is a product
    scanner.type("9")
    assert "There is no reason 9" in last_answer(window)[1]
    for digit in str(int(before) + 1):
        window.digit_buttons[digit].click()
    window.set_button.click()
    assert "Only" in window.message_label.text()
    assert not window.confirm_button.isEnabled()  # no reason yet
    scanner.type("2")  # the second reason, typed in the scan field
    flow = window.workflow
    assert isinstance(flow, Scrap) and flow.reason is not None
    assert flow.reason[1] == "Expired"
    screenshot(window, "station-scrap")
    window.choice_row.buttons[flow.reasons.reasons[0][0]].click()  # changed: Damaged
    assert flow.reason[1] == "Damaged"
    window.confirm_button.click()

    qtbot.waitUntil(lambda: "done" in window.operation_states()[0], timeout=SLOW)
    [row] = run(qtbot, station.company.outbox.rows())
    assert row.response_resource == ""
    scrapped = admin.all("/inventory/scrap", reference=row.id)
    assert [(s["reasonCode"], Decimal(s["quantity"])) for s in scrapped] == [
        ("damaged", Decimal(2))
    ]
    assert server_stock(admin, product["id"], where["id"]) == before - 2
    qtbot.waitUntil(
        lambda: (
            window.catalog is not None
            and window.catalog.on_hand(product["id"], where["id"]) == before - 2
        ),
        timeout=SLOW,
    )
    assert window.tones.played.count("refused") == 3


def test_scrap_offline_with_cached_reasons_or_the_standard_ones(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    station = open_station(qtbot, own_sandbox, tmp_path / "home")
    admin = Api(own_sandbox, "admin@demo.local", COMPANY_1)
    window, scanner, context = station.window, station.scanner, station.company
    try:
        qtbot.waitUntil(lambda: window.scrap_reasons.source == SERVER, timeout=SLOW)
        assert window.catalog is not None
        product, where, _ = scrappable(window.catalog, 2, skip=1)
        before = server_stock(admin, product["id"], where["id"])
        own_sandbox.stop()
        try:
            qtbot.waitUntil(lambda: station.live.connection != "online", timeout=SLOW)
            kept = kept_reasons(run(qtbot, context.station.kept_scrap_reasons()))
            assert kept.source == CACHED and kept.reasons == window.scrap_reasons.reasons
            # A station that never saw the server's list: the standard reasons, and it says so.
            cache = context.workspace.cache
            run(qtbot, context.threads.database.run(cache.set_meta, SCRAP_REASONS_KEY, None))
            run(qtbot, window.load_scrap_reasons(), timeout=SLOW / 1000)
            assert window.scrap_reasons.source == STANDARD
            workflow_button(window, "Scrap").click()
            assert "standard reasons" in window.message_label.text()

            scanner.scan(where["barcode"])
            scanner.scan(product["barcode"])
            scanner.type("1")
            assert last_answer(window)[0] and "Damaged" in last_answer(window)[1]
            window.confirm_button.click()
            qtbot.waitUntil(lambda: bool(window.operation_states()), timeout=SLOW)
            assert window.operation_states()[0].endswith("queued")
            # The station counts the scrap that waits.
            qtbot.waitUntil(
                lambda: (
                    window.catalog is not None
                    and window.catalog.on_hand(product["id"], where["id"]) == before - 1
                ),
                timeout=SLOW,
            )
        finally:
            own_sandbox.start()
        qtbot.waitUntil(lambda: "done" in window.operation_states()[0], timeout=SLOW)
        [row] = run(qtbot, context.outbox.rows())
        [scrapped] = admin.all("/inventory/scrap", reference=row.id)
        assert scrapped["reasonCode"] == "damaged"
        assert server_stock(admin, product["id"], where["id"]) == before - 1
    finally:
        admin.close()
        close_station(qtbot, station)
