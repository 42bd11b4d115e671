"""The invoice list's "Due" total is what customers owe: posted invoices only, so on the
demo books it equals the server's aged receivables to the fil; a new draft adds to the
list's Total but not to what is due."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.conftest import start_sandbox
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, service_invoice

SLOW = 60_000
FIGURES = re.compile(r"Total ([\d,.\-]+) AED · Due ([\d,.\-]+) AED")


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("due-total"))
    yield server
    server.stop()


def figures(tab: InvoicesTab) -> tuple[Decimal, Decimal] | None:
    found = FIGURES.search(tab.totals_label.text())
    if found is None:
        return None
    total, due = (Decimal(part.replace(",", "")) for part in found.groups())
    return total, due


def test_due_counts_posted_invoices_only(
    qtbot: QtBot, qloop: object, tmp_path: Path, books: SandboxServer
) -> None:
    api = Api(books, "admin@demo.local")
    aged = api.ok(api.get("/accounting/reports/aged-receivables"))  # as of today
    owed = Decimal(aged["totals"]["total"])
    assert owed > 0
    desktop = ArkanDesktopApp(tmp_path / "home")
    try:
        main = sign_in(qtbot, desktop, books)
        tab: InvoicesTab = main.tab(InvoicesTab)
        main.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: figures(tab) is not None, timeout=SLOW)
        qtbot.waitUntil(lambda: (figures(tab) or (0, 0))[1] == owed, timeout=SLOW)
        before = figures(tab)
        assert before is not None

        # A draft of 105.00 (100.00 and 5% VAT): the list's Total grows, what is due not.
        client = new_client(api)
        service_invoice(api, client, unit_price="100.00")
        qtbot.waitUntil(lambda: figures(tab) == (before[0] + 105, owed), timeout=SLOW)
    finally:
        api.close()
        run(qtbot, desktop.shutdown())
