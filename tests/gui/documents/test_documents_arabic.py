"""The opened documents and the general ledger in Arabic, right to left: the ledger's
headings and summary, a payment's window with its allocations. With `ARKAN_SCREENSHOTS=DIR`
it saves them as docs/images/*-ar.png."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.ledger.general_ledger_view import SOURCE
from arkan_desktop.gui.receivables.payment_document import PaymentDocument
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import sign_in
from tests.gui.documents.helpers import SLOW, on_server, open_with_enter
from tests.gui.documents.test_ledger_drill import account_index, accounts_by_code, ledger_tab
from tests.gui.documents.test_payment_documents import payment, payments_tab
from tests.gui.screenshots import screenshot
from tests.sandbox.conftest import Api
from tests.sandbox.test_invoices import new_client, posted_invoice


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def test_the_ledger_and_a_payment_read_in_arabic(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, arabic: None
) -> None:
    client = new_client(admin)
    invoices = [posted_invoice(admin, client, unit_price=price) for price in ("100", "200")]
    made = payment(admin, client, "315.00", [(i["id"], i["total"]) for i in invoices])
    main = sign_in(qtbot, desktop, sandbox)
    assert main.layoutDirection() == Qt.LayoutDirection.RightToLeft

    tab = ledger_tab(qtbot, main)
    tab.tree.setCurrentIndex(account_index(tab.accounts, accounts_by_code(admin)["1200"]["id"]))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    view = tab.general_ledger
    qtbot.waitUntil(lambda: view.loads >= 1, timeout=SLOW)
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(3)]  # type: ignore[union-attr]
    assert headers == ["التاريخ", "القيد", "الوصف"]
    assert view.back_button.text() == "→ &رجوع"
    assert " سطر · مدين " in view.summary_label.text()
    sources = {view.table.item(r, SOURCE).text() for r in range(1, view.table.rowCount() - 1)}  # type: ignore[union-attr]
    assert {"فاتورة", "دفعة"} <= sources  # what each entry was made from, in Arabic
    main.resize(1280, 720)
    screenshot(main, "ledger-drill-down-ar.png")

    payments = payments_tab(qtbot, main, client)
    qtbot.waitUntil(lambda: on_server(payments.model, made["id"]), timeout=SLOW)
    document = open_with_enter(qtbot, payments.list, payments.opener, made["id"])
    assert isinstance(document, PaymentDocument)
    assert document.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert document.summary_label.text().startswith("٢ فاتورة · مخصّص ٣١٥٫٠٠ AED")
    assert document.post_button.text() == "&ترحيل"
    screenshot(document, "payment-document-ar.png")
    payments.opener.close_all()
