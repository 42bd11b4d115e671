"""The supplier side in Arabic, right to left: the Bills tab and its editor, aged payables
drilled to a vendor, and the vendor form with its tax-number complaint.

With `ARKAN_SCREENSHOTS=DIR` it saves the README's Arabic screenshots of these screens.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.bills.aged_payables import AgedPayablesView
from arkan_desktop.gui.bills.bill_lines import ACCOUNT
from arkan_desktop.gui.partners.partners_tab import PartnersTab
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.bills.helpers import SLOW, bills_tab, posted_bill, wait_listed
from tests.gui.conftest import sign_in
from tests.gui.screenshots import screenshot
from tests.gui.test_arabic import arabic  # noqa: F401  (the fixture)
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_vendor


def test_bills_aged_payables_and_the_vendor_form_in_arabic(
    qtbot: QtBot,
    desktop: ArkanDesktopApp,
    sandbox: SandboxServer,
    admin: Api,
    arabic: None,  # noqa: F811
) -> None:
    vendor = new_vendor(admin)
    today = datetime.now().astimezone().date()
    late = posted_bill(admin, vendor, "300", date=(today - timedelta(days=75)).isoformat(),
                       dueDate=(today - timedelta(days=45)).isoformat())  # fmt: skip
    main = sign_in(qtbot, desktop, sandbox)
    tab = bills_tab(main)
    assert main.tabs.tabText(main.tabs.indexOf(tab)) == "فواتير الموردين"
    assert tab.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wait_listed(qtbot, tab, [late["id"]])
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert "مرجع المورّد" in [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ]
    assert "المورّد" in headers
    screenshot(main, "bills-ar.png")

    main.new_action.trigger()
    editor = tab.editors[-1]
    qtbot.waitUntil(editor.isEnabled, timeout=SLOW)
    assert editor.windowTitle() == "فاتورة مورد جديدة"
    assert editor.choose_client(vendor["id"])
    assert editor.lines.index(0, ACCOUNT).data() == "(المشتريات)"
    editor.resize(1100, 560)
    screenshot(editor, "bill-editor-ar.png")
    editor.close()

    tab.aged_action.trigger()
    view = tab.aged_view
    assert isinstance(view, AgedPayablesView)
    assert view.windowTitle().startswith("أعمار الذمم الدائنة")
    qtbot.waitUntil(lambda: view.report is not None and view.select_partner(vendor["id"]),
                    timeout=SLOW)  # fmt: skip
    view.choose_current()  # Enter on the vendor (right to left, where selectRow picks no row)
    qtbot.waitUntil(lambda: view.bills_table.rowCount() == 1, timeout=SLOW)
    assert view.bills_label.text() == f"الفواتير المفتوحة لـ {vendor['name']}"
    view.resize(980, 620)
    screenshot(view, "aged-payables-ar.png")
    qtbot.keyClick(view.bills_table, Qt.Key.Key_Return)  # Enter on the bill opens it
    qtbot.waitUntil(lambda: len(tab.editors) == 1 and tab.editors[0].isEnabled(), timeout=SLOW)
    opened = tab.editors[0]
    assert opened.bill is not None and opened.bill["id"] == late["id"]
    opened.close()
    view.close()

    partners: PartnersTab = main.tab(PartnersTab)
    main.tabs.setCurrentWidget(partners)
    assert partners.show_role("vendor")
    main.new_action.trigger()
    form = partners.forms[-1]
    assert form.windowTitle() == "مورّد جديد"
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    tax = form.edits["taxId"]
    tax.setFocus()
    qtbot.waitUntil(tax.hasFocus)
    qtbot.keyClicks(tax, "2001234")
    form.edits["phone"].setFocus()
    qtbot.waitUntil(form.errors["taxId"].isVisible)
    assert form.errors["taxId"].text() == (
        "رقم التسجيل الضريبي الإماراتي 15 رقمًا تبدأ بـ 100 (مثل \u2066100 1234 5678 9012\u2069)"
    )
    screenshot(form, "partner-form-ar.png")
    form.close()
