"""Aged receivables from the cache: the view end to end, and agreement with the server's
own report on the demo data (the bucketing itself: tests/domain/test_receivables.py)."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.receivables import AgeBucket
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.aged_view import AgedReceivablesView
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.printing.export import ExportKind
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run, sign_in
from tests.gui.invoices_helpers import confirmed
from tests.gui.reports.helpers import pdf_text, save_through_dialog, xlsx_rows
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice

SLOW = 20_000
D = Decimal


def test_aged_receivables_view_end_to_end(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    today = datetime.now().astimezone().date()  # the user's day, as the view's default
    client = new_client(admin)
    made = []
    for late, price in ((-5, "100"), (10, "200"), (45, "300"), (100, "400")):
        due = today - timedelta(days=late)
        issued = min(due, today) - timedelta(days=30)
        made.append(posted_invoice(admin, client, unit_price=price, date=issued.isoformat(),
                                   dueDate=due.isoformat()))  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    wanted = [i["id"] for i in made]
    qtbot.waitUntil(lambda: all(confirmed(tab, i) for i in wanted), timeout=SLOW)

    tab.aged_action.trigger()  # Ctrl+Shift+G
    view = tab.aged_view
    assert isinstance(view, AgedReceivablesView)
    qtbot.waitUntil(lambda: view.report is not None and view.select_partner(client["id"]),
                    timeout=SLOW)  # fmt: skip
    assert view.report is not None
    mine = next(r for r in view.report.rows if r.partner_id == client["id"])
    assert mine.buckets == [D("105.00"), D("210.00"), D("315.00"), 0, D("420.00")]
    assert mine.total == D("1050.00")
    total = view.report.total("AED")
    assert total is not None and total.is_total
    assert view.table.rowCount() == len(view.report.rows)
    last = view.table.item(view.table.rowCount() - 1, 1)
    assert last is not None and last.text() == "Total AED"

    # The server's report, as of the same day, says the same for every customer.
    live = desktop.live
    assert live is not None
    run(qtbot, live.sync_now())
    as_of = today.isoformat()
    view.as_of_edit.setDate(QDate(today.year, today.month, today.day))
    view.refresh()
    server = admin.ok(admin.get("/accounting/reports/aged-receivables", asOf=as_of))
    qtbot.waitUntil(lambda: view.report is not None and view.report.as_of == today)
    ours = {r.partner_id: r for r in view.report.customers(server["currency"])}
    assert len(server["partners"]) == len(ours) > 1
    for partner in server["partners"]:
        row = ours[partner["partnerId"]]
        assert row.buckets == [D(partner[b.key]) for b in AgeBucket], partner["partnerName"]
        assert row.total == D(partner["total"])
    ours_total = view.report.total(server["currency"])
    assert ours_total is not None and ours_total.total == D(server["totals"]["total"])

    # CSV export: one line per row, plain decimals.
    path = tmp_path / "aged.csv"
    written = run(qtbot, view.export_to(path))
    with path.open(encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    assert written == len(view.report.rows) == len(lines) - 1
    assert lines[0][:2] == ["Currency", "Customer"]
    assert [client["name"], "105.00", "210.00", "315.00", "0.00", "420.00", "1050.00"] in [
        line[1:] for line in lines]  # fmt: skip

    # The Export menu: Excel with the window's words and exact amounts, PDF in both languages.
    path = tmp_path / "aged.xlsx"
    save_through_dialog(qtbot, view.exports, ExportKind.XLSX, path)
    sheet = xlsx_rows(path)
    assert sheet[0] == ["Aged receivables"]
    found = next(row for row in sheet if len(row) > 1 and row[1] == client["name"])
    assert [Decimal(a) for a in found[2:]] == [
        D(a) for a in ("105", "210", "315", "0", "420", "1050")
    ]
    path = tmp_path / "aged.pdf"
    assert save_through_dialog(qtbot, view.exports, ExportKind.PDF, path) == len(
        [row for row in view.report.rows if not row.is_total]
    )
    text = pdf_text(path)
    assert "AGED RECEIVABLES" in text and client["name"] in text and "1,050.00" in text

    view.resize(980, 460)
    view.select_partner(client["id"])
    screenshot(view, "aged-receivables.png")

    item = view.table.item(view.table.currentRow(), 1)
    assert item is not None and item.text() == client["name"]
    spot = view.table.visualItemRect(item).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert tab.partner_filter == (client["id"], client["name"])
    qtbot.waitUntil(lambda: set(tab.model.ids()) == {i["id"] for i in made}, timeout=SLOW)
    assert tab.state_combo.currentData() == "posted"
    tab.show_customer(None)
    assert not tab.partner_button.isVisible()
