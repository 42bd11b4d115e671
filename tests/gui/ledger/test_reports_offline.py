"""The reports view without a server: every report from the local copy, and a plain
message (not a frozen window) when offline or when the server cannot be reached."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.domain.ledger import trial_balance_row
from arkan_desktop.gui.ledger.reports_view import ReportsView
from tests.gui.ledger.stubs import stub_live

ROWS = [
    trial_balance_row("1000", "Cash", "asset", 150_00),
    trial_balance_row("2000", "Payables", "liability", 100_00),
    trial_balance_row("3000", "Capital", "equity", 80_00),
    trial_balance_row("6100", "Rent", "expense", 30_00),
]


def test_offline_shows_a_clear_message(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    view = ReportsView(stub_live(ROWS, online=False))
    qtbot.addWidget(view)
    view.show()  # the first show loads
    qtbot.waitUntil(lambda: view.loads == 1)
    assert view.status_label.text().startswith("Offline.")
    assert "this computer's copy" in view.status_label.text()
    assert view.figure(view.trial_table, "Total") == "180.00"
    assert "balanced" in view.trial_summary.text() and "NOT" not in view.trial_summary.text()
    assert not view.from_server
    assert view.figure(view.pl_table, "Net profit") == "-30.00"  # rent, no revenue
    assert view.figure(view.bs_table, "Total liabilities and equity") == "150.00"
    assert view.refresh_button.isEnabled()


def test_unreachable_server_is_said_plainly(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    error = ApiError(ApiErrorKind.NETWORK, "The server at http://x cannot be reached")
    view = ReportsView(stub_live(ROWS, error=error))
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: view.loads == 1)
    assert "could not be loaded" in view.status_label.text()
    assert "cannot be reached" in view.status_label.text()
    assert "this computer's copy" in view.status_label.text()
    assert view.figure(view.pl_table, "Net profit") == "-30.00"
