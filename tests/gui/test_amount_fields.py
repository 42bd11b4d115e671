"""Numbers typed by a person, in English and in Arabic: read as the window's language
writes them, refused when ambiguous (never a tenfold amount), letters refused as typed,
problems shown on leaving a field and cleared once fixed.

The invoice editor runs against the sandbox (what is queued and what the server stores);
the other dialogs are built with hand-made choices and checked without a server.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.gui.amount_field import AmountDelegate
from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.invoices.invoice_editor import InvoiceEditor
from arkan_desktop.gui.invoices.invoice_lines import DESCRIPTION, QUANTITY, UNIT_PRICE
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.invoices.payment_dialog import PaymentDialog
from arkan_desktop.gui.ledger.entry_lines import CREDIT, DEBIT, EntryLinesModel
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.receive_dialog import ReceiveDialog
from arkan_desktop.gui.receivables.payment_form import PaymentForm
from arkan_desktop.gui.station.controls import StationPad
from arkan_desktop.gui.stock.stock_dialogs import MoveDialog
from arkan_desktop.gui.stock.stock_line_dialogs import AdjustmentDialog
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.store.queries.purchasing import Named, OrderChoices, PurchasableProduct
from arkan_desktop.store.queries.receivables import DueInvoice
from arkan_desktop.store.queries.stock import LocationChoice, ProductChoice, StockChoices
from tests.gui.conftest import run, sign_in
from tests.gui.invoices_helpers import first_client, open_editor, server_invoice, stocked_product
from tests.sandbox.conftest import Api

SLOW = 20_000


@dataclass(frozen=True)
class Language:
    """What a clerk types and reads in one language of the window."""

    code: str
    twelve_and_a_half: str  # 12.5 typed the local way
    decimal_comma: str  # 12,5: a tenfold amount if comma were grouping
    decimal_comma_refused: str
    letters_refused: str
    letter: str  # a letter of the local keyboard
    grouped: str  # 1234.5 typed with grouping
    money: str  # 1234.5 shown as AED (two decimals, grouped)
    two_decimals: str  # 1234.5 shown with two decimals, no grouping
    line_too_large: str
    too_large: str


ENGLISH = Language(
    code="en",
    twelve_and_a_half="12.5",
    decimal_comma="12,5",
    decimal_comma_refused="Use . for decimals",
    letters_refused="A number cannot contain letters",
    letter="a",
    grouped="1,234.5",
    money="1,234.50",
    two_decimals="1234.50",
    line_too_large="The line amount is too large to store",
    too_large="Too large: at most 12 digits before the decimal point",
)
ARABIC = Language(
    code="ar",
    twelve_and_a_half="١٢٫٥",
    decimal_comma="١٢,٥",
    decimal_comma_refused="استخدم ٫ أو . للكسور العشرية",
    letters_refused="لا يمكن أن يحتوي الرقم على حروف",
    letter="ب",
    grouped="١٬٢٣٤٫٥",
    money="١٬٢٣٤٫٥٠",
    two_decimals="١٢٣٤٫٥٠",
    line_too_large="مبلغ البند أكبر من أن يُحفظ",
    too_large="الرقم كبير جدًا: ١٢ رقمًا على الأكثر قبل الفاصلة العشرية",
)


@pytest.fixture(params=[ENGLISH, ARABIC], ids=["en", "ar"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Language]:
    chosen: Language = request.param
    translators = install_translations(qapp, QLocale(chosen.code)) if chosen.code != "en" else []
    yield chosen
    remove_translations(qapp, translators)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[Language]:
    translators = install_translations(qapp, QLocale("ar"))
    yield ARABIC
    remove_translations(qapp, translators)


def type_in_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> QLineEdit:
    """Open the cell's editor as a keyboard user does and type `text` (not committed)."""
    index = view.model().index(row, column)
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, text)
    return editor


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses carrying `text`, as an Arabic keyboard sends them (QTest's keyClicks
    takes Latin-1 only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def enter_in_cell(qtbot: QtBot, view: QTableView, row: int, column: int, text: str) -> None:
    commit(qtbot, view, type_in_cell(qtbot, view, row, column, text))


def commit(qtbot: QtBot, view: QTableView, cell: QLineEdit) -> None:
    """Enter in a cell's editor: the view commits and closes it on its next turn."""
    index = view.currentIndex()
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(index) is None)


def tip(editor: InvoiceEditor, row: int, column: int) -> object:
    return editor.lines.index(row, column).data(Qt.ItemDataRole.ToolTipRole)


def ready_editor(qtbot: QtBot, main: MainWindow, admin: Api, reference: str) -> InvoiceEditor:
    editor = open_editor(qtbot, main)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert editor.choose_client(first_client(admin)["id"])
    product = stocked_product(admin)
    editor.set_line_product(0, next(p for p in editor.products.products if p.id == product["id"]))
    editor.reference_edit.setText(reference)
    return editor


def test_english_price_with_a_decimal_comma_is_refused_and_nothing_is_queued(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    editor = ready_editor(qtbot, main, admin, reference)
    view = editor.lines_view

    cell = type_in_cell(qtbot, view, 0, UNIT_PRICE, "12")
    refusals: list[str] = []
    delegate = view.itemDelegateForColumn(UNIT_PRICE)
    assert isinstance(delegate, AmountDelegate)
    delegate.sig_refused.connect(refusals.append)
    qtbot.keyClick(cell, Qt.Key.Key_A)  # refused at once, with the reason beside the cell
    assert cell.text() == "12"
    assert refusals == [ENGLISH.letters_refused] and QToolTip.text() == ENGLISH.letters_refused
    qtbot.keyClicks(cell, ",5")
    commit(qtbot, view, cell)

    assert tip(editor, 0, UNIT_PRICE) == ENGLISH.decimal_comma_refused  # not 125.00
    assert editor.lines.index(0, UNIT_PRICE).data() == "12,5"  # what was typed stays
    editor.save()
    assert editor.message_label.text() == "Fix the marked fields, then save again."
    assert ENGLISH.decimal_comma_refused in editor.lines_error.text()
    tab: InvoicesTab = main.tab(InvoicesTab)
    assert editor in tab.editors
    context = tab.company
    assert run(qtbot, context.outbox.rows()) == []  # nothing queued

    enter_in_cell(qtbot, view, 0, UNIT_PRICE, "1,212.5")
    assert tip(editor, 0, UNIT_PRICE) is None  # fixed: the mark is gone at once
    enter_in_cell(qtbot, view, 0, QUANTITY, "2")
    view.setCurrentIndex(editor.lines.index(0, DESCRIPTION))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on the last line adds an empty one
    assert editor.lines.rowCount() == 2
    editor.save()  # the empty line at the end does not block saving
    qtbot.waitUntil(lambda: editor not in tab.editors, timeout=SLOW)
    qtbot.waitUntil(lambda: server_invoice(admin, reference) is not None, timeout=SLOW)
    invoice = server_invoice(admin, reference)
    assert invoice is not None and len(invoice["lines"]) == 1
    assert Decimal(invoice["lines"][0]["unitPrice"]) == Decimal("1212.5")
    assert Decimal(invoice["subtotal"]) == Decimal("2425.00")


def test_arabic_digits_and_separators_give_the_exact_amount(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api, arabic: Language
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    reference = f"T-{uuid.uuid4().hex[:10]}"
    editor = ready_editor(qtbot, main, admin, reference)
    view = editor.lines_view
    assert all("0" <= c <= "9" or c in "٫٬" or "٠" <= c <= "٩"
               for c in str(editor.lines.index(0, UNIT_PRICE).data()))  # fmt: skip
    assert editor.lines.index(0, QUANTITY).data() == "١"  # a new line's quantity, in Arabic

    cell = type_in_cell(qtbot, view, 0, UNIT_PRICE, "١٢")
    type_text(qtbot, cell, arabic.letter)
    assert cell.text() == "١٢"  # the letter was refused as it was typed
    assert QToolTip.text() == arabic.letters_refused
    commit(qtbot, view, cell)
    enter_in_cell(qtbot, view, 0, UNIT_PRICE, arabic.decimal_comma)
    assert tip(editor, 0, UNIT_PRICE) == arabic.decimal_comma_refused

    enter_in_cell(qtbot, view, 0, UNIT_PRICE, arabic.twelve_and_a_half)
    enter_in_cell(qtbot, view, 0, QUANTITY, "٣")
    assert tip(editor, 0, UNIT_PRICE) is None and tip(editor, 0, QUANTITY) is None
    editor.add_line()
    enter_in_cell(qtbot, view, 1, DESCRIPTION, "توصيل")
    enter_in_cell(qtbot, view, 1, UNIT_PRICE, arabic.grouped)
    assert editor.lines.index(1, UNIT_PRICE).data() == arabic.grouped  # shown back as typed
    assert editor.lines.index(1, 6).data() == arabic.money  # the line's amount, the same way
    wire = editor.lines.wire_lines()
    assert [(w["quantity"], w["unitPrice"]) for w in wire] == [("3", "12.5"), ("1", "1234.5")]

    editor.save()
    tab: InvoicesTab = main.tab(InvoicesTab)
    qtbot.waitUntil(lambda: editor not in tab.editors, timeout=SLOW)
    qtbot.waitUntil(lambda: server_invoice(admin, reference) is not None, timeout=SLOW)
    invoice = server_invoice(admin, reference)
    assert invoice is not None
    lines = [(Decimal(x["quantity"]), Decimal(x["unitPrice"])) for x in invoice["lines"]]
    assert lines == [(Decimal(3), Decimal("12.5")), (Decimal(1), Decimal("1234.5"))]


def test_a_number_too_large_gets_a_field_error_not_a_storage_error(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer, admin: Api
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    editor = ready_editor(qtbot, main, admin, f"T-{uuid.uuid4().hex[:10]}")
    view = editor.lines_view
    enter_in_cell(qtbot, view, 0, UNIT_PRICE, "1234567890123")
    assert tip(editor, 0, UNIT_PRICE) == ENGLISH.too_large
    enter_in_cell(qtbot, view, 0, UNIT_PRICE, "900,000,000,000")  # a price that fits ...
    assert tip(editor, 0, UNIT_PRICE) is None
    enter_in_cell(qtbot, view, 0, QUANTITY, "1000")  # ... times a thousand
    assert tip(editor, 0, UNIT_PRICE) == ENGLISH.line_too_large
    editor.save()
    assert ENGLISH.line_too_large in editor.lines_error.text()
    assert "subtotal" not in editor.message_label.text()
    tab: InvoicesTab = main.tab(InvoicesTab)
    context = tab.company
    assert editor in tab.editors
    assert run(qtbot, context.outbox.rows()) == []
    editor.close()


def _show(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def test_a_field_shows_its_problem_on_leaving_and_clears_it_once_fixed(
    qtbot: QtBot, language: Language
) -> None:
    open_invoice = OpenInvoice("i1", "INV-1", "2026-01-01", "2026-01-31", "AED",
                               Decimal("1234.5"), Decimal("1234.5"))  # fmt: skip
    dialog = PaymentDialog("Gulf Shade", [open_invoice], "AED", first="i1")
    _show(qtbot, dialog)
    edit, problem = dialog.amount_edit, dialog.amount_field.error_label
    assert edit.text() == language.two_decimals  # the open amount, as this language writes it
    assert dialog.amount() == Decimal("1234.5")

    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    type_text(qtbot, edit, language.decimal_comma)
    assert problem.isHidden()  # not while typing
    dialog.reference_edit.setFocus()  # leaving the field
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == language.decimal_comma_refused
    assert dialog.amount() is None and dialog.model.allocated() == 0  # never 125

    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_End)
    type_text(qtbot, edit, language.letter)
    assert problem.text() == language.letters_refused and problem.isVisible()  # at once
    assert edit.text() == language.decimal_comma
    edit.selectAll()
    type_text(qtbot, edit, language.twelve_and_a_half)
    assert problem.isHidden()  # cleared as soon as it is right, before leaving
    assert dialog.amount() == Decimal("12.5") and dialog.model.allocated() == Decimal("12.5")
    dialog.accept()
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    assert dialog.value().amount == Decimal("12.5")


def test_every_number_field_reads_the_language_of_the_window(
    qtbot: QtBot, language: Language
) -> None:
    """Stock, purchasing, receivables, the ledger and the station pad, one check each."""
    product = ProductChoice("p1", "SKU-1", "Tape")
    here = LocationChoice("a", "WH-A", "A", "internal")
    there = LocationChoice("b", "WH-B", "B", "internal")
    choices = StockChoices([product], [here, there], {("p1", "a"): Decimal(100)})
    move = MoveDialog(choices)
    _show(qtbot, move)
    move.quantity_edit.setText(language.decimal_comma)
    assert move.problem() == language.decimal_comma_refused
    assert move.quantity_field.error_label.isVisible()
    move.quantity_edit.setText(language.twelve_and_a_half)
    assert move.problem() == "" and move.quantity_field.error_label.isHidden()
    assert move.write().entry.body["quantity"] == "12.5"

    count = AdjustmentDialog(choices)
    _show(qtbot, count)
    count.quantity_edit.setText("٠" if language is ARABIC else "0")  # a count of nothing
    assert count.add_current_line() and count.lines == [(product, Decimal(0))]

    order = PurchaseOrderEditor(
        OrderChoices(
            [Named("v1", "Vendor")],
            [Named("w1", "WH")],
            [PurchasableProduct("p1", "SKU-1", "Tape", Decimal("1234.5"), Decimal(5))],
        ),
        "AED",
    )
    _show(qtbot, order)
    assert order.price_edit.text() == language.two_decimals  # the product's cost
    order.quantity_edit.setText(language.decimal_comma)
    assert not order.add_current_line()
    assert order.quantity_field.error_label.text() == language.decimal_comma_refused
    order.quantity_edit.setText(language.twelve_and_a_half)
    assert order.add_current_line()
    assert order.draft()["lines"][0]["quantity"] == "12.5"
    assert order.table.item(0, 1).text() == language.twelve_and_a_half  # shown as typed

    receive = ReceiveDialog(
        {"number": "PO-1", "vendorName": "Vendor",
         "lines": [{"id": "l1", "sku": "SKU-1", "quantity": "20", "quantityReceived": "0"}]}
    )  # fmt: skip
    _show(qtbot, receive)
    receive.set_receiving(0, language.decimal_comma)
    assert language.decimal_comma_refused in str(receive.receiving())
    receive.set_receiving(0, language.twelve_and_a_half)
    assert receive.receiving() == {"l1": Decimal("12.5")}

    due = DueInvoice("i1", "INV-1", "Client", "2026-01-31", "AED", Decimal("1234.5"))
    form = PaymentForm([due], "AED")
    _show(qtbot, form)
    assert form.amount_edit.text() == language.two_decimals
    form.amount_edit.setText(language.decimal_comma)
    assert form.check() is None and form.error_label.text() == language.decimal_comma_refused
    form.amount_edit.setText(language.grouped)
    entry = form.check()
    assert entry is not None and entry.amount == Decimal("1234.5")

    lines = EntryLinesModel("AED")
    lines.add_line()
    lines.setData(lines.index(0, DEBIT), language.grouped)
    assert lines.index(0, DEBIT).data() == language.money
    lines.setData(lines.index(0, CREDIT), language.decimal_comma)
    assert language.decimal_comma_refused in lines.cell_problem(0, CREDIT)

    pad = StationPad()
    qtbot.addWidget(pad)
    assert pad.digit_buttons["7"].text() == ("٧" if language is ARABIC else "7")
    pad.digit_buttons["1"].click()
    pad.digit_buttons["2"].click()
    assert pad.display.text() == ("١٢" if language is ARABIC else "12")
    with qtbot.waitSignal(pad.sig_quantity_set) as set_to:
        pad.set_button.click()
    assert set_to.args == [Decimal(12)]
