"""The Ledger's reports export through the same Export menu as every report: the trial
balance, profit & loss and balance sheet to CSV and Excel with the view's words and the
server's figures exactly, to a bilingual PDF, and to the print preview."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.printing.export import ExportKind
from arkan_desktop.printing.fonts import has_arabic
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.reports.helpers import (
    SLOW,
    csv_rows,
    pdf_bytes_text,
    pdf_text,
    save_through_dialog,
    xlsx_rows,
)
from tests.sandbox.conftest import Api


def test_the_ledger_reports_export_with_the_servers_figures(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, tmp_path: Path
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab: LedgerTab = main.tab(LedgerTab)
    main.tabs.setCurrentWidget(tab)
    tab.show_reports()
    view = tab.reports
    qtbot.waitUntil(lambda: view.loads >= 1 and view.balance_sheet is not None, timeout=SLOW)
    period = {"from": view._iso(view.from_edit), "to": view._iso(view.to_edit)}
    profit_loss = admin.ok(admin.get("/accounting/reports/profit-loss", **period))
    balance = admin.ok(
        admin.get("/accounting/reports/balance-sheet", asOf=view._iso(view.as_of_edit))
    )

    view.tabs.setCurrentIndex(1)  # profit & loss
    path = tmp_path / "pl.csv"
    assert save_through_dialog(qtbot, view.exports, ExportKind.CSV, path) == len(
        profit_loss["revenue"]
    ) + len(profit_loss["expenses"])
    rows = csv_rows(path)
    assert rows[0] == ["Code", "Account", "Amount (AED)"]
    figures = {row[1]: row[2] for row in rows[1:]}
    assert Decimal(figures["Net profit"]) == Decimal(profit_loss["netProfit"])
    assert Decimal(figures["Total revenue"]) == Decimal(profit_loss["totalRevenue"])
    first = profit_loss["revenue"][0]
    assert [first["code"], first["name"]] in [row[:2] for row in rows]

    view.tabs.setCurrentIndex(2)  # balance sheet
    path = tmp_path / "bs.xlsx"
    save_through_dialog(qtbot, view.exports, ExportKind.XLSX, path)
    sheet = xlsx_rows(path)
    assert sheet[0] == ["Balance sheet"]
    figures = {row[1]: row[2] for row in sheet if len(row) == 3}
    assert Decimal(figures["Total assets"]) == Decimal(balance["totalAssets"])
    assert Decimal(figures["Total liabilities and equity"]) == Decimal(
        balance["totalLiabilitiesAndEquity"]
    )

    view.tabs.setCurrentIndex(0)  # trial balance, from this computer's copy
    path = tmp_path / "tb.pdf"
    lines = save_through_dialog(qtbot, view.exports, ExportKind.PDF, path)
    assert lines == len(view.trial_rows or [])
    text = pdf_text(path)
    assert "TRIAL BALANCE" in text and has_arabic(text)
    total = view.trial_table.item(view.trial_table.rowCount() - 1, 2)
    assert total is not None and total.text() in text

    view.exports.entries[ExportKind.PRINT].trigger()
    qtbot.waitUntil(lambda: view.exports.preview is not None, timeout=SLOW)
    preview = view.exports.preview
    assert preview is not None and preview.page_count() >= 1
    assert total.text() in pdf_bytes_text(preview.data)
    preview.close()
