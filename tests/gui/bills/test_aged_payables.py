"""Aged payables from the local copy: equal to the server's report for every vendor, with
the drill-down from a vendor to their open bills to one bill, and CSV."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.receivables import AgeBucket
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.aged_payables import AMOUNT_DUE, BUCKET, AgedPayablesView
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, posted_bill, wait_listed
from tests.gui.conftest import run, sign_in
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor

D = Decimal


def test_aged_payables_agree_with_the_server_and_drill_down_to_a_bill(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    today = datetime.now().astimezone().date()
    vendor = new_vendor(admin)
    made = []
    for late, price in ((-5, "100"), (10, "200"), (45, "300"), (100, "400")):
        due = today - timedelta(days=late)
        issued = min(due, today) - timedelta(days=30)
        made.append(posted_bill(admin, vendor, price, date=issued.isoformat(),
                                dueDate=due.isoformat()))  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    wait_listed(qtbot, tab, [b["id"] for b in made])

    tab.aged_action.trigger()  # Ctrl+Shift+Y
    view = tab.aged_view
    assert isinstance(view, AgedPayablesView)
    assert view.windowTitle().startswith("Aged payables")
    assert view.headers()[1] == "Vendor"
    qtbot.waitUntil(lambda: view.report is not None and view.select_partner(vendor["id"]),
                    timeout=SLOW)  # fmt: skip
    assert view.report is not None
    mine = next(r for r in view.report.rows if r.partner_id == vendor["id"])
    assert mine.buckets == [D("105.00"), D("210.00"), D("315.00"), 0, D("420.00")]

    # The server's report as of the same day says the same for every vendor.
    live = desktop.live
    assert live is not None
    run(qtbot, live.sync_now())
    view.as_of_edit.setDate(QDate(today.year, today.month, today.day))
    view.refresh()
    server = admin.ok(admin.get("/accounting/reports/aged-payables", asOf=today.isoformat()))
    qtbot.waitUntil(lambda: view.report is not None and view.report.as_of == today)
    ours = {r.partner_id: r for r in view.report.customers(server["currency"])}
    assert len(server["partners"]) == len(ours) > 1
    for partner in server["partners"]:
        row = ours[partner["partnerId"]]
        assert row.buckets == [D(partner[b.key]) for b in AgeBucket], partner["partnerName"]
        assert (row.total, row.documents) == (D(partner["total"]), partner["documentCount"])
    total = view.report.total(server["currency"])
    assert total is not None and total.total == D(server["totals"]["total"])

    # CSV, one line per row.
    path = tmp_path / "aged-payables.csv"
    written = run(qtbot, view.export_to(path))
    with path.open(encoding="utf-8") as handle:
        lines = list(csv.reader(handle))
    assert written == len(view.report.rows) == len(lines) - 1
    assert lines[0][:2] == ["Currency", "Vendor"]
    assert [vendor["name"], "105.00", "210.00", "315.00", "0.00", "420.00", "1050.00"] in [
        line[1:] for line in lines]  # fmt: skip

    # Drill down: the vendor → their open bills → one bill.
    assert view.select_partner(vendor["id"])
    view.choose_current()  # Enter
    qtbot.waitUntil(lambda: view.bills_table.rowCount() == 4, timeout=SLOW)
    assert view.bills_label.text() == f"Open bills of {vendor['name']}"
    oldest = view.bills_table.item(0, BUCKET)
    assert oldest is not None and oldest.text() == "Over 90"
    amount = view.bills_table.item(0, AMOUNT_DUE)
    assert amount is not None and amount.text() == "420.00 AED"
    view.resize(980, 620)
    screenshot(view, "aged-payables.png")
    view.open_current_bill()
    qtbot.waitUntil(lambda: bool(tab.editors) and tab.editors[-1].isEnabled(), timeout=SLOW)
    shown = tab.editors[-1]
    assert shown.bill is not None and shown.bill["id"] == made[3]["id"]
    assert made[3]["number"] in shown.windowTitle()
    shown.close()
