"""Closing the Invoices tab while its totals query is still on the database worker: the
answer arrives for a label that no longer exists and is dropped quietly (no error)."""

from __future__ import annotations

import asyncio
import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in

SLOW = 20_000


def test_closing_the_tab_while_totals_are_counted(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: tab.totals_label.text().startswith("Invoices:"), timeout=SLOW)
    context = desktop.company
    assert context is not None
    gate = threading.Event()
    started = threading.Event()

    def hold_the_worker() -> None:  # the one database thread is busy until the gate opens
        started.set()
        gate.wait(timeout=30)

    holder = asyncio.ensure_future(context.threads.database.run(hold_the_worker))
    qtbot.waitUntil(started.is_set, timeout=SLOW)
    label = tab.totals_label
    tab.model.sig_reloaded.emit(tab.model.rowCount())  # what a reload does: count the totals

    def counting() -> list[asyncio.Task[object]]:
        return [t for t in asyncio.all_tasks() if t.get_name() == "invoice-totals"]

    waiting = counting()
    assert waiting and not any(t.done() for t in waiting)

    main.release_company()  # the tab closes (a company switch, sign-out, quitting)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=SLOW)

    gate.set()
    qtbot.waitUntil(lambda: holder.done() and all(t.done() for t in waiting), timeout=SLOW)
    for task in waiting:
        assert task.cancelled() or task.exception() is None
    assert any(not t.cancelled() for t in waiting)  # it really ran to the end
