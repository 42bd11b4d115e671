"""The VAT return: run for a period, the boxes show the server's figures to the fil, a box
drills to its documents and a document asks the window to open it; a company outside VAT
gets a sentence instead of the form."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.api.connector import FinanceReport
from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.reports.report_page import VatPage
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.reports.helpers import reports_tab, run_report
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import COMPANY_2, Api

TODAY = datetime.now(UTC).date()
QUARTER = (date(TODAY.year, 1, 1), date(TODAY.year, 3, 31))


def _shown(amount: str | None) -> str:
    return "" if amount is None else format_amount(Decimal(amount), "AED")


def test_the_vat_return_shows_the_servers_boxes_and_drills_to_documents(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = reports_tab(main)
    page = run_report(qtbot, tab, FinanceReport.VAT, *QUARTER)
    assert isinstance(page, VatPage)
    period = {"from": QUARTER[0].isoformat(), "to": QUARTER[1].isoformat()}
    server = admin.ok(admin.get("/accounting/reports/tax", **period))["vat201"]
    table = page.table
    for box in server["boxes"]:
        row = table.row_of(box["box"])
        assert row is not None, box["box"]
        assert table.text(row, 0) == box["box"]
        assert table.text(row, 2) == _shown(box["amount"]), box["box"]
        assert table.text(row, 3) == _shown(box["vat"]), box["box"]
    assert table.figure("Payable tax for the period") == _shown(server["boxes"][-1]["vat"])
    assert page.sheet().subtitle == (f"{period['from']} – {period['to']}",) * 2  # type: ignore[union-attr]

    busiest = max(server["boxes"], key=lambda b: len(b["documents"]))
    assert table.select_key(busiest["box"])  # selecting a box lists its documents
    documents = page.documents
    listed = busiest["documents"]
    assert documents.rowCount() == len(listed) + 1  # and their total
    assert [documents.text(r, 0) for r in range(len(listed))] == [d["number"] for d in listed]
    assert documents.figure("Total", 4) == _shown(busiest["amount"])
    assert documents.figure("Total", 5) == _shown(busiest["vat"])
    screenshot(main, "reports-vat201")

    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on a box: into its documents
    assert documents.hasFocus() and documents.currentRow() == 0
    with qtbot.waitSignal(tab.sig_open_document, timeout=5000) as opened:
        qtbot.keyClick(documents, Qt.Key.Key_Return)
    assert opened.args == ["invoices", listed[0]["documentId"]]


def test_a_company_outside_vat_gets_a_sentence_instead_of_the_form(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox, company=COMPANY_2)  # Kuwait: no VAT
    tab = reports_tab(main)
    page = run_report(qtbot, tab, FinanceReport.VAT, *QUARTER)
    assert page.notice.isVisible()
    assert "Arkan Demo Kuwait W.L.L. is not registered for VAT" in page.notice.text()
    assert page.body.isHidden() and page.sheet() is None
    assert not tab.exports.button.isEnabled()
