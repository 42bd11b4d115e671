"""Offline with an Arvalox server: an invoice made while the server is down waits in the
outbox and goes once when it is back (the poller notices both); the next start without
the server opens the last Arvalox account from its cache, marked offline, Reports too.
These use a sandbox of their own, stopped and restarted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.customers.customers_tab import CustomersTab
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from arkan_desktop.gui.receivables.reports_tab import ReportsTab
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.arvalox.seed import CUSTOMERS
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.commands.invoices import create_invoice
from tests.gui.arvalox.helpers import DEMO_KEY, cell, sign_in_with_key, start_arvalox, titles
from tests.gui.conftest import run

SLOW = 45_000


@pytest.fixture(scope="module")
def own_arvalox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_arvalox(tmp_path_factory.mktemp("arvalox-offline"))
    yield server
    server.stop()


def _invoices_numbered(server: SandboxServer, number: str) -> list[dict[str, Any]]:
    with httpx.Client(base_url=server.api_url, headers={"x-arvalox-api-key": DEMO_KEY}) as http:
        answer = http.get("/invoices/", params={"invoice_number": number})
        answer.raise_for_status()
        return list(answer.json()["invoices"])


def test_an_invoice_made_offline_is_sent_once_when_the_server_is_back(
    qtbot: QtBot, desktop: ArkanDesktopApp, own_arvalox: SandboxServer
) -> None:
    main = sign_in_with_key(qtbot, desktop, own_arvalox)
    context, live = desktop.company, desktop.live
    assert context is not None and live is not None
    context.workspace.connector.retry_interval = 1.0  # type: ignore[attr-defined]
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "online")
    customer = run(qtbot, context.customers.get("4"))
    assert customer is not None

    own_arvalox.stop()
    try:
        line = {"description": "Site visit", "quantity": "2", "unitPrice": "150", "taxRate": "5"}
        draft = {"partnerId": customer["id"], "lines": [line]}
        # what the invoice editor queues when it saves
        write = create_invoice(draft, context.currency, str(customer["name"]))
        run(qtbot, live.company.queue(write))
        temp_id = write.entry.temp_id or ""
        qtbot.waitUntil(lambda: main.status.connection_label.property("state") == "offline",
                        timeout=SLOW)  # fmt: skip
        qtbot.waitUntil(lambda: tab.model.row_of(temp_id) is not None, timeout=10_000)
        row = tab.model.row_of(temp_id)
        assert row is not None and tab.model.index(row, 0).data(LOCAL_ROLE)  # italics
        assert main.status.outbox_counts["waiting"] == 1
    finally:
        own_arvalox.start()

    qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 0, timeout=SLOW)
    qtbot.waitUntil(
        lambda: main.status.connection_label.property("state") == "online", timeout=SLOW
    )
    reference = str(write.entry.body["reference"])
    number = f"DSK-{reference.replace('-', '')[:10].upper()}"
    sent = _invoices_numbered(own_arvalox, number)
    assert len(sent) == 1 and sent[0]["total_amount"] == "315.00"
    server_id = str(sent[0]["id"])
    qtbot.waitUntil(lambda: tab.model.row_of(server_id) is not None, timeout=10_000)
    assert tab.model.row_of(temp_id) is None
    main.sync_now()  # another sync sends nothing again
    qtbot.waitUntil(lambda: main.sync_action.isEnabled() and not live.syncing, timeout=SLOW)
    assert len(_invoices_numbered(own_arvalox, number)) == 1


def test_starting_without_the_server_opens_the_last_arvalox_account_offline(
    qtbot: QtBot, qloop: object, tmp_path: Path, own_arvalox: SandboxServer
) -> None:
    home = tmp_path / "home"
    first = ArkanDesktopApp(home)
    main = sign_in_with_key(qtbot, first, own_arvalox)  # "remember me" is on
    reports: ReportsTab = main.tab(ReportsTab)
    main.tabs.setCurrentWidget(reports)
    qtbot.waitUntil(lambda: reports.report is not None and reports.loads > 0, timeout=20_000)
    online_total = cell(reports.aging_table, reports.aging_table.rowCount() - 1, 2)
    run(qtbot, first.shutdown())

    own_arvalox.stop()
    second = ArkanDesktopApp(home)
    try:
        spawn(second.start(), "test-offline-start")
        qtbot.waitUntil(lambda: second.main is not None and second.main.isVisible(), timeout=SLOW)
        context, main = second.company, second.main
        assert context is not None and not context.online and main is not None
        assert titles(main) == ["Invoices", "Customers", "Payments", "Reports"]
        assert main.status.connection_label.property("state") == "cache"
        customers: CustomersTab = main.tab(CustomersTab)
        main.tabs.setCurrentWidget(customers)
        qtbot.waitUntil(lambda: customers.model.rowCount() == CUSTOMERS, timeout=10_000)
        reports = main.tab(ReportsTab)
        main.tabs.setCurrentWidget(reports)
        qtbot.waitUntil(lambda: reports.loads > 0 and reports.report is not None)
        assert reports.status_label.text().startswith("Offline: showing the figures as of")
        last = reports.aging_table.rowCount() - 1
        assert cell(reports.aging_table, last, 2) == online_total
    finally:
        run(qtbot, second.shutdown())
        own_arvalox.start()
