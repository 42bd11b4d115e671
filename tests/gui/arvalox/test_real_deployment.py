"""The window against a real Arvalox deployment (the sandbox's "real" flavour: the
open-source backend's root, bearer sign-in, no tax on invoices, five payment methods,
customers that can be inactive or suspended, a dashboard that can fail).

What the server would not keep is refused in the form before anything is queued; a
customer the server has set aside is shown as such and not offered; the payment forms
offer the methods the server takes; one failing report does not hide the other."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.customers.customers_tab import CustomersTab
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.invoice_lines import DESCRIPTION, QUANTITY, TAX, UNIT_PRICE
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.receivables.reports_tab import ReportsTab
from arkan_desktop.gui.signin.profiles import PASSWORD
from arkan_desktop.sandbox.config import parse_chaos
from tests.api.conftest import MemoryKeyring
from tests.gui.arvalox.helpers import open_signin
from tests.gui.conftest import run, wait_live
from tests.support.arvalox_flavours import Deployment, start_deployment


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    deployment = start_deployment(tmp_path_factory.mktemp("real-gui"), "real")
    yield deployment
    deployment.stop()


def sign_in_by_email(qtbot: QtBot, desktop: ArkanDesktopApp, deployment: Deployment) -> MainWindow:
    """The address the user was given (not the API root), email and password."""
    signin = open_signin(qtbot, desktop)
    signin.fill(deployment.server.url, deployment.email, deployment.password, remember=False)
    signin.kind_combo.setCurrentIndex(signin.kind_combo.findData("arvalox"))
    signin.method_combo.setCurrentIndex(signin.method_combo.findData(PASSWORD))
    qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
    wait_live(qtbot, desktop)
    assert desktop.main is not None
    return desktop.main


def _editor(qtbot: QtBot, main: MainWindow) -> InvoiceEditor:
    tab: InvoicesTab = main.tab(InvoicesTab)
    main.tabs.setCurrentWidget(tab)
    editor = tab.open_editor()
    assert isinstance(editor, InvoiceEditor)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.client_combo.count() > 1, timeout=20_000)
    return editor


def _line(editor: InvoiceEditor, tax: str) -> None:
    lines = editor.lines
    lines.setData(lines.index(0, DESCRIPTION), "Consulting")
    lines.setData(lines.index(0, QUANTITY), "2")
    lines.setData(lines.index(0, UNIT_PRICE), "150.00")
    lines.setData(lines.index(0, TAX), tax)


def test_a_taxed_invoice_is_refused_in_the_form_and_nothing_is_queued(
    qtbot: QtBot, desktop: ArkanDesktopApp, memory_keyring: MemoryKeyring, real: Deployment
) -> None:
    main = sign_in_by_email(qtbot, desktop, real)
    editor = _editor(qtbot, main)
    assert editor.lines.default_tax_rate in ("0", "0.00", "")  # no tax where none is kept
    active = next(c for c in editor.clients if c.offered)
    assert editor.choose_client(active.id)
    _line(editor, "5")
    editor.save()
    qtbot.waitUntil(lambda: "does not store tax" in editor.message_label.text(), timeout=10_000)
    assert editor.isVisible() and editor.isEnabled()  # the form stays, with what was typed
    assert "keeps no tax" in editor.lines_error.text()
    company = main.company
    assert company is not None
    assert run(qtbot, company.outbox.counts()).get("waiting", 0) == 0  # nothing queued
    editor.lines.setData(editor.lines.index(0, TAX), "0")
    editor.save()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 0, timeout=30_000)


def test_inactive_and_suspended_customers_show_as_such_and_are_not_offered(
    qtbot: QtBot, desktop: ArkanDesktopApp, memory_keyring: MemoryKeyring, real: Deployment
) -> None:
    main = sign_in_by_email(qtbot, desktop, real)
    editor = _editor(qtbot, main)
    set_aside = [c for c in editor.clients if not c.offered]
    assert {c.status for c in set_aside} == {"inactive", "suspended"}
    model = editor.client_combo.model()
    for client in set_aside:
        index = editor.client_combo.findData(client.id)
        assert editor.client_combo.itemText(index).endswith(f"({client.status.capitalize()})")
        assert not model.flags(model.index(index, 0)) & Qt.ItemFlag.ItemIsEnabled
    editor.close()
    tab: CustomersTab = main.tab(CustomersTab)
    main.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20_000)
    column = tab.model.spec.column_index("status")
    shown = {str(tab.model.index(r, column).data()) for r in range(tab.model.rowCount())}
    assert {"Active", "Inactive", "Suspended"} <= shown


def test_the_payment_form_offers_the_servers_methods(
    qtbot: QtBot, desktop: ArkanDesktopApp, memory_keyring: MemoryKeyring, real: Deployment
) -> None:
    main = sign_in_by_email(qtbot, desktop, real)
    tab: PaymentsTab = main.tab(PaymentsTab)
    main.tabs.setCurrentWidget(tab)
    form = run(qtbot, tab.ask_payment())
    assert form is not None
    offered = [form.method_combo.itemData(i) for i in range(form.method_combo.count())]
    assert offered == ["bank", "cash", "card", "cheque", "online"]
    assert form.method_combo.itemText(4) == "Online"
    form.close()


def test_a_failing_dashboard_does_not_hide_the_aging(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    deployment = start_deployment(tmp_path / "server", "real", chaos=parse_chaos("dashboard-500"))
    try:
        main = sign_in_by_email(qtbot, desktop, deployment)
        tab: ReportsTab = main.tab(ReportsTab)
        main.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda: tab.loads > 0 and tab.report is not None, timeout=20_000)
        report = tab.report
        assert report is not None and report.buckets  # the aging is there
        assert report.total_outstanding > Decimal(0)
        assert "dashboard" in report.failures
        said = tab.figures_box.findChild(type(tab.status_label), "dashboardFailed")
        assert said is not None and said.text().startswith("Not available: the server failed")
        assert tab.figure("open_invoices") == ""  # not shown as 0
    finally:
        deployment.stop()
