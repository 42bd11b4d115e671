"""The station on an Arkan server with only what the published reference lists (issue 15):
no warehouses, locations, stock or moves lists. It says so once, asks a scanned product's
stock of the server, learns a location label it printed and one the storekeeper names,
and a quick move between those two bins reaches the server.

Real HTTP over loopback to the sandbox, with the unlisted endpoints answering 404 through
the transport in front of it (`OnlyTheReference`), as such a server would.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot

from arkan_desktop.api.session import ApiSession
from arkan_desktop.gui.preferences import preferences
from arkan_desktop.gui.session import close_all, list_companies, open_company
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.label_reprint import PRINTER_KEY
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run
from tests.gui.station.conftest import SLOW, Scanner
from tests.gui.station.helpers import last_answer, server_stock
from tests.sandbox.conftest import COMPANY_1, Api
from tests.sync.conftest import location, new_product, put_stock
from tests.sync.test_unlisted_endpoints import OnlyTheReference

MISSING = (
    "This server lists no locations and no stock: a product's stock is asked when it is "
    "scanned, and locations are learnt from it and from labels"
)


async def _signed_in(server: SandboxServer) -> ApiSession:
    session = ApiSession(server.url, transport=OnlyTheReference())
    await session.sign_in("admin@demo.local", "demo")
    return session


def test_the_station_works_on_a_server_that_lists_no_locations_or_stock(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, tmp_path: Path, sandbox: SandboxServer
) -> None:
    admin = Api(sandbox, "admin@demo.local")
    product = new_product(admin, on_hand=7, location_code="WH1-A-01-1")
    put_stock(admin, product["id"], "WH1-A-01-2", 2)
    first, second = location(admin, "WH1-A-01-1"), location(admin, "WH1-A-01-2")
    folder = tmp_path / "printed"
    preferences().setValue(PRINTER_KEY, str(folder))

    session = run(qtbot, _signed_in(sandbox))
    companies = run(qtbot, list_companies(session))
    company = run(
        qtbot,
        open_company(
            tmp_path / "home", session, next(c for c in companies if c["id"] == COMPANY_1)
        ),
    )
    live = LiveSync(company)
    window = StationWindow(company, live)
    window.resize(1366, 768)
    window.show()
    scanner = Scanner(window)
    try:
        run(qtbot, live.start(), timeout=SLOW / 1000)
        run(qtbot, window.reload_catalog())
        assert window.server_note == MISSING
        assert window.message_label.text() == MISSING  # said once, in one sentence
        assert window.workflow is not None and window.workflow.name == "Quick move"

        # a product the catalog knows no stock of: asked of the server, then shown
        scanner.scan(product["sku"])
        assert "Asking the server where" in window.message_label.text()
        qtbot.waitUntil(lambda: window.recent_list.count() > 0, timeout=SLOW)
        accepted, text = last_answer(window)
        assert not accepted and "Scan the source location first" in text
        assert f"{product['sku']} is at WH1-A-01-1 (7), WH1-A-01-2 (2)" in text

        # a location label printed at the station is learnt ("printed")
        window.workflow_button_of["Label reprint"].click()
        scanner.type("LOC-WH1-A-01-2")
        qtbot.waitUntil(lambda: window.printed == ["location-WH1-A-01-2"], timeout=SLOW)
        assert (folder / "location-WH1-A-01-2.zpl").exists()
        qtbot.waitUntil(lambda: bool(window.catalog and window.catalog.learned))
        assert window.catalog is not None
        assert window.catalog.learned == {"WH1-A-01-2": second["id"]}

        # an unknown label where a location is expected: named by the storekeeper
        window.workflow_button_of["Quick move"].click()
        scanner.scan("BIN-7731X")
        assert window.question is not None
        assert "Which location is BIN-7731X?" in window.expects_label.text()
        window.choice_row.buttons[first["id"]].click()
        qtbot.waitUntil(
            lambda: window.question is None and "now the label" in last_answer(window)[1],
            timeout=SLOW,
        )
        accepted, text = last_answer(window)
        assert accepted and "BIN-7731X is now the label of WH1-A-01-1" in text
        assert "From WH1-A-01-1" in text

        # and the two learnt labels carry a move to the server
        scanner.scan(product["sku"])
        assert last_answer(window)[0]
        assert "of 7 here" in window.lines_list.item(0).text()
        scanner.scan("WH1-A-01-2")  # the printed label: its code, now a location
        accepted, text = last_answer(window)
        assert accepted and "To WH1-A-01-2" in text
        window.confirm_button.click()
        qtbot.waitUntil(lambda: server_stock(admin, product["id"], second["id"]) == 3, timeout=SLOW)
        assert server_stock(admin, product["id"], first["id"]) == 6
        learned = run(qtbot, company.station.learned_barcodes())
        assert learned == {"WH1-A-01-2": second["id"], "BIN-7731X": first["id"]}
    finally:
        window.release()
        window.hide()
        run(qtbot, live.stop())
        run(qtbot, close_all(company))
        window.deleteLater()
        admin.close()
