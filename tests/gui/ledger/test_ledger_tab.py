"""The Ledger tab against the sandbox: create a journal entry, post it and see it posted
in the list; the reports show the figures the server computes."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from pytestqt.qtbot import QtBot

from arkan_desktop.domain.money import format_amount
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.ledger.entry_editor import JournalEntryEditor
from arkan_desktop.gui.ledger.entry_lines import ACCOUNT, CREDIT, DEBIT, DESCRIPTION
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.models.record_table_model import LOCAL_ROLE
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import confirm_posting, sign_in
from tests.sandbox.conftest import Api

SLOW = 20_000


def open_editor(qtbot: QtBot, main: MainWindow) -> JournalEntryEditor:
    tab = main.tab(LedgerTab)
    main.tabs.setCurrentWidget(tab)
    main.new_action.trigger()  # Ctrl+N
    editor: JournalEntryEditor = tab.editors[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=10_000)
    return editor


def server_entry(api: Api, reference: str) -> dict[str, Any] | None:
    found = api.all("/accounting/journal-entries", reference=reference)
    return next((e for e in found if e.get("reference") == reference), None)


def state_shown(tab: LedgerTab, record_id: str) -> str | None:
    row = tab.journal.row_of(record_id)
    if row is None:
        return None
    return str(tab.journal.index(row, tab.journal.spec.column_index("state")).data())


def confirmed(tab: LedgerTab, record_id: str) -> bool:
    row = tab.journal.row_of(record_id)
    return row is not None and tab.journal.index(row, 0).data(LOCAL_ROLE) is False


def test_create_and_post_a_journal_entry(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    accounts = {a["code"]: a for a in admin.all("/accounting/accounts")}
    expense = next(a for a in accounts.values() if a["type"] == "expense")
    asset = next(a for a in accounts.values() if a["type"] == "asset")
    before = Decimal(expense["balance"])

    editor = open_editor(qtbot, main)
    reference = f"JE-{uuid.uuid4().hex[:10]}"
    lines = editor.lines
    lines.setData(lines.index(0, ACCOUNT), expense["code"])
    lines.setData(lines.index(0, DESCRIPTION), "Office supplies")
    lines.setData(lines.index(0, DEBIT), "123.45")
    lines.setData(lines.index(1, ACCOUNT), asset["code"])
    lines.setData(lines.index(1, CREDIT), "123.40")
    assert editor.save_button is not None and not editor.save_button.isEnabled()
    lines.setData(lines.index(1, CREDIT), "123.45")
    assert editor.save_button.isEnabled()
    editor.memo_edit.setText("Supplies bought with cash")
    editor.reference_edit.setText(reference)

    tab: LedgerTab = main.tab(LedgerTab)
    editor.save()  # Ctrl+S
    qtbot.waitUntil(lambda: editor not in tab.editors, timeout=SLOW)
    qtbot.waitUntil(lambda: server_entry(admin, reference) is not None, timeout=SLOW)
    entry = server_entry(admin, reference)
    assert entry is not None and entry["state"] == "draft"
    assert Decimal(entry["totalDebit"]) == Decimal("123.45")
    qtbot.waitUntil(lambda: confirmed(tab, entry["id"]), timeout=SLOW)
    assert state_shown(tab, entry["id"]) == "Draft"

    assert tab.journal_list.select_id(entry["id"])
    main.post_action.trigger()  # Ctrl+Shift+Enter
    confirm_posting(qtbot, tab)
    qtbot.waitUntil(
        lambda: state_shown(tab, entry["id"]) == "Posted" and confirmed(tab, entry["id"]),
        timeout=SLOW,
    )
    assert server_entry(admin, reference)["state"] == "posted"  # type: ignore[index]
    after = next(a for a in admin.all("/accounting/accounts") if a["id"] == expense["id"])
    assert Decimal(after["balance"]) == before + Decimal("123.45")


def test_reports_show_the_servers_figures(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab: LedgerTab = main.tab(LedgerTab)
    main.tabs.setCurrentWidget(tab)
    tab.show_reports()  # the first show loads
    view = tab.reports
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=SLOW)
    assert view.profit_loss is not None and view.balance_sheet is not None
    period = {"from": view.from_edit.date().toString("yyyy-MM-dd"), "to": view._iso(view.to_edit)}
    expected = admin.ok(admin.get("/accounting/reports/profit-loss", **period))
    assert view.figure(view.pl_table, "Net profit") == format_amount(
        Decimal(expected["netProfit"]), "AED"
    )
    assert view.figure(view.pl_table, "Total revenue") == format_amount(
        Decimal(expected["totalRevenue"]), "AED"
    )
    sheet = admin.ok(
        admin.get("/accounting/reports/balance-sheet", asOf=view._iso(view.as_of_edit))
    )
    assert view.figure(view.bs_table, "Total assets") == format_amount(
        Decimal(sheet["totalAssets"]), "AED"
    )
    assert [bar.amount for bar in view.pl_chart.bars] == [
        Decimal(expected["totalRevenue"]),
        Decimal(expected["totalExpenses"]),
        Decimal(expected["netProfit"]),
    ]
    assert "NOT" not in view.trial_summary.text()
    assert "from the server" in view.status_label.text()
