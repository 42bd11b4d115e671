"""Working from this computer's copy, with the server gone: a draft never sent is corrected
where it waits in the Outbox (and the server later gets the corrected one); the trial
balance, profit & loss and balance sheet are computed from the cached posted entries and
agree with the server's reports to the fil. A sandbox of this module's own (the demo
books), stopped and started again."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.ledger import trial_balance_row
from arkan_desktop.domain.money import format_amount, to_minor
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoice_document import InvoiceDocument
from arkan_desktop.gui.invoices.invoice_lines import QUANTITY
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.models.outbox import PENDING
from tests.conftest import start_sandbox
from tests.gui.conftest import run, sign_in, wait_live
from tests.gui.documents.helpers import closed, open_with_enter, shown
from tests.gui.invoices_helpers import fill_invoice, first_client, open_editor, stocked_product
from tests.sandbox.conftest import COMPANY_1, Api

SLOW = 60_000


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("offline-documents"))
    yield server
    server.stop()


def offline_app(qtbot: QtBot, home: Path, server: SandboxServer) -> ArkanDesktopApp:
    """Sign in once (remembered), stop the server, and start the app again: offline."""
    first = ArkanDesktopApp(home)
    sign_in(qtbot, first, server)
    run(qtbot, first.shutdown())
    server.stop()
    app = ArkanDesktopApp(home)
    spawn(app.start(), "test-offline-start")
    qtbot.waitUntil(lambda: app.main is not None and app.main.isVisible(), timeout=SLOW)
    assert app.company is not None and not app.company.online
    return app


def test_a_draft_never_sent_is_corrected_in_the_outbox(
    qtbot: QtBot, qloop: object, tmp_path: Path, books: SandboxServer
) -> None:
    api = Api(books, "admin@demo.local")
    client, product = first_client(api), stocked_product(api)
    api.close()
    app = offline_app(qtbot, tmp_path / "home", books)
    try:
        main = app.main
        assert main is not None
        editor = open_editor(qtbot, main)
        fill_invoice(editor, client["id"], product["id"], "2", "")
        editor.save()
        tab: InvoicesTab = main.tab(InvoicesTab)
        qtbot.waitUntil(lambda: not tab.editors, timeout=SLOW)
        company = tab.company
        rows = run(qtbot, company.outbox.rows(PENDING))
        assert len(rows) == 1 and rows[0].action == "create"
        queued = rows[0]
        temp_id = str(queued.temp_id)
        qtbot.waitUntil(lambda: tab.model.row_of(temp_id) is not None, timeout=SLOW)
        before = shown(tab.model, temp_id, "total")

        document = open_with_enter(qtbot, tab.list, tab.opener, temp_id)
        assert isinstance(document, InvoiceDocument) and document.editable
        assert "Not sent yet" in document.note_label.text()
        assert document.lines.index(0, QUANTITY).data() == "2"
        document.lines.setData(document.lines.index(0, QUANTITY), "5")
        document.save()
        qtbot.waitUntil(lambda: closed(document), timeout=SLOW)

        # The same waiting write, its command rewritten: one row, its reference kept.
        after = run(qtbot, company.outbox.rows(PENDING))
        assert [r.id for r in after] == [queued.id]
        body = after[0].body_data()
        assert [line["quantity"] for line in body["lines"]] == ["5"]
        assert body["reference"] == queued.lookup_reference and after[0].temp_id == temp_id
        assert after[0].idempotency_key != queued.idempotency_key  # a new body, a new key
        qtbot.waitUntil(lambda: shown(tab.model, temp_id, "total") not in (None, before))
        reference = str(body["reference"])
    finally:
        run(qtbot, app.shutdown())
        books.start()

    # Online again: the corrected draft is what reaches the server.
    online = ArkanDesktopApp(tmp_path / "home")
    try:
        spawn(online.start(), "test-online-again")
        wait_live(qtbot, online, timeout=60)
        api = Api(books, "admin@demo.local", COMPANY_1)

        def sent() -> list[dict[str, Any]]:
            return api.ok(api.get("/accounting/invoices", reference=reference))["data"]

        qtbot.waitUntil(lambda: bool(sent()), timeout=SLOW)
        [invoice] = sent()
        assert [Decimal(line["quantity"]) for line in invoice["lines"]] == [Decimal(5)]
        api.close()
    finally:
        run(qtbot, online.shutdown())


def server_trial_balance(api: Api) -> list[Any]:
    """The server's trial balance: every account's balance (all its posted entries, the
    demo's month-end payroll dated ahead of today included) in its column."""
    return [
        trial_balance_row(a["code"], a["name"], a["type"], to_minor(Decimal(a["balance"]), "AED"),
                          a["id"])
        for a in sorted(api.all("/accounting/accounts"), key=lambda a: a["code"])
        if Decimal(a["balance"]) != 0
    ]  # fmt: skip


def same_report(mine: dict[str, Any], theirs: dict[str, Any], sections: tuple[str, ...]) -> None:
    for section in sections:
        assert [(r["accountId"], r["code"], Decimal(r["amount"])) for r in mine[section]] == [
            (r["accountId"], r["code"], Decimal(r["amount"])) for r in theirs[section]
        ], section
    for key, value in theirs.items():
        if key.startswith("total") or key in ("netProfit", "currentPeriodEarnings"):
            assert Decimal(mine[key]) == Decimal(value), key


def test_offline_reports_agree_with_the_servers(
    qtbot: QtBot, qloop: object, tmp_path: Path, books: SandboxServer
) -> None:
    api = Api(books, "admin@demo.local")
    today = QDate.currentDate().toString(Qt.DateFormat.ISODate)  # the reports view's today
    periods = [("2000-01-01", today), (today[:4] + "-01-01", today)]
    profit_loss = {
        p: api.ok(api.get("/accounting/reports/profit-loss", **{"from": p[0], "to": p[1]}))
        for p in periods
    }
    sheet = api.ok(api.get("/accounting/reports/balance-sheet", asOf=today))
    trial = server_trial_balance(api)
    api.close()
    app = offline_app(qtbot, tmp_path / "home", books)
    try:
        company = app.company
        assert company is not None
        for period, theirs in profit_loss.items():
            mine = run(qtbot, company.ledger.kept_profit_and_loss(*period))
            same_report(mine, theirs, ("revenue", "expenses"))
        mine = run(qtbot, company.ledger.kept_balance_sheet(today))
        same_report(mine, sheet, ("assets", "liabilities"))
        assert mine["balanced"] is True
        assert run(qtbot, company.ledger.trial_balance_on()) == trial

        # The window: the reports tab, offline, shows the same figures and says where from.
        main = app.main
        assert main is not None
        tab: LedgerTab = main.tab(LedgerTab)
        main.tabs.setCurrentWidget(tab)
        tab.show_reports()
        view = tab.reports
        qtbot.waitUntil(lambda: view.loads >= 1, timeout=SLOW)
        assert view.status_label.text().startswith("Offline.") and not view.from_server
        theirs = profit_loss[periods[1]]
        assert view.figure(view.pl_table, "Net profit") == format_amount(
            Decimal(theirs["netProfit"]), "AED"
        )
        assert view.figure(view.bs_table, "Total assets") == format_amount(
            Decimal(sheet["totalAssets"]), "AED"
        )
        assert view.figure(view.bs_table, "Current period earnings") == format_amount(
            Decimal(sheet["currentPeriodEarnings"]), "AED"
        )
        # A line of the offline report drills to its account as online.
        row = view.row_of(view.bs_table, "1010")
        view.bs_table.setCurrentCell(row, 1)
        view.bs_table.setFocus()
        qtbot.keyClick(view.bs_table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: tab.general_ledger.loads >= 1, timeout=SLOW)
        ledger = tab.general_ledger.ledger
        assert ledger is not None and ledger.account is not None and ledger.account.code == "1010"
        bank = next(r for r in sheet["assets"] if r["code"] == "1010")
        assert Decimal(ledger.closing_minor) / 100 == Decimal(bank["amount"])
        # The trial balance on a day after every entry: the server's balances, to the fil.
        loads = view.loads
        view.as_of_edit.setDate(QDate.currentDate().addYears(1))
        view.refresh()
        qtbot.waitUntil(lambda: view.loads > loads, timeout=SLOW)
        debit = sum(r.debit_minor for r in trial)
        assert view.figure(view.trial_table, "Total") == format_amount(Decimal(debit) / 100, "AED")
    finally:
        run(qtbot, app.shutdown())
        books.start()
