"""Fixed assets in the Bank tab against the sandbox: an asset registered through its
dialog with a schedule preview, depreciation run through a month (a second run of the
same month refused before anything is queued), the entries behind it, then the asset
sold with its gain shown before it is booked."""

from __future__ import annotations

import time
import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bank.asset_dialogs import DisposeDialog, EntriesDialog, RegisterAssetDialog
from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bank.helpers import SLOW, bank_tab
from tests.gui.conftest import run, sign_in
from tests.sandbox.conftest import Api

ASSETS = "/accounting/assets"


def _server_asset(api: Api, name: str) -> dict[str, Any] | None:
    found = [a for a in api.all(ASSETS) if a["name"] == name]
    return found[0] if found else None


def _answer(qtbot: QtBot, tab: BankTab, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(tab.asking.current, kind), timeout=SLOW)
    return tab.asking.current


def test_an_asset_is_registered_depreciated_drilled_into_and_sold(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = bank_tab(qtbot, main)
    view = tab.assets
    tab.pages.setCurrentWidget(view)
    said: list[str] = []
    view.sig_message.connect(said.append)

    name = f"Delivery van {uuid.uuid4().hex[:6]}"
    task = tab.live.spawn(view.register_asset(), "register")
    dialog = _answer(qtbot, tab, RegisterAssetDialog)
    dialog.name_edit.setText(name)
    dialog.cost_edit.setText("12,000.00")
    dialog.date_edit.setDate(QDate(2026, 6, 15))
    dialog.life_spin.setValue(24)
    assert "500.00" in dialog.preview.text(), dialog.preview.text()  # 12,000 over 24 months
    dialog.accept()
    qtbot.waitUntil(task.done, timeout=SLOW)
    assert task.result() is True
    qtbot.waitUntil(lambda: _server_asset(admin, name) is not None, timeout=SLOW)
    asset = _server_asset(admin, name)
    assert asset is not None and Decimal(asset["cost"]) == Decimal("12000.00")
    qtbot.waitUntil(lambda: asset["id"] in view.model.ids(), timeout=SLOW)
    view.list.select_id(asset["id"])
    qtbot.waitUntil(lambda: (view.asset or {}).get("id") == asset["id"], timeout=SLOW)
    assert view.schedule.rowCount() == 24
    assert asset["number"] in view.summary.text() and "12,000.00" in view.summary.text()

    view.month_edit.setDate(QDate(2026, 10, 1))
    assert run(qtbot, view.depreciate("2026-10")) is True
    qtbot.waitUntil(
        lambda: (_server_asset(admin, name) or {}).get("lastDepreciatedPeriod") == "2026-10",
        timeout=SLOW,
    )
    ran = _server_asset(admin, name)
    assert ran is not None
    posted = [x["period"] for x in ran["schedule"] if x["state"] == "posted"]
    qtbot.waitUntil(
        lambda: [r.id for r in view.schedule.rows if r.cells[5] == "Posted"] == posted,
        timeout=SLOW,
    )
    assert posted and posted[-1] == "2026-10"
    assert Decimal(ran["bookValue"]) == Decimal("12000.00") - 500 * len(posted)
    before = run(qtbot, tab.company.outbox.counts())
    assert run(qtbot, view.depreciate("2026-10")) is False  # done already: said, not queued
    assert said[-1].startswith("Depreciation through that month is posted already"), said
    # Nothing queued: as many rows as before (one may have gone from in flight to sent).
    assert sum(run(qtbot, tab.company.outbox.counts()).values()) == sum(before.values())

    entries_here = tab.company.bank.entries_referencing
    deadline = time.monotonic() + SLOW / 1000
    while len(run(qtbot, entries_here(asset["number"]))) < len(posted):  # synced in
        assert time.monotonic() < deadline, "the depreciation entries never reached the cache"
        qtbot.wait(100)
    task = tab.live.spawn(view.show_entries(asset["number"]), "entries")
    entries = _answer(qtbot, tab, EntriesDialog)
    numbers = {entries.table.item(r, 0).text() for r in range(entries.table.rowCount())}
    assert len(numbers) == len(posted)  # one entry a month, with its lines
    accounts = {entries.table.item(r, 2).text()[:4] for r in range(entries.table.rowCount())}
    assert len(accounts) >= 2
    entries.reject()
    qtbot.waitUntil(task.done, timeout=SLOW)

    task = tab.live.spawn(view.dispose(), "dispose")
    sale = _answer(qtbot, tab, DisposeDialog)
    book = sale.book_value()
    sale.price_edit.setText(str(book + Decimal("750.00")))
    assert sale.result_label.text().endswith("gain 750.00"), sale.result_label.text()
    sale.accept()
    qtbot.waitUntil(task.done, timeout=SLOW)
    qtbot.waitUntil(
        lambda: (_server_asset(admin, name) or {}).get("state") == "disposed", timeout=SLOW
    )
    sold = _server_asset(admin, name)
    assert sold is not None and sold["disposal"]["gainOrLoss"] == "750.00"
    qtbot.waitUntil(lambda: (view.asset or {}).get("state") == "disposed", timeout=SLOW)
    assert "disposed" in view.summary.text().lower()
