"""The journal entry editor without a server: live Decimal balance, line-by-line errors,
Enter adds a line, Save disabled until the entry balances."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.ledger.entry_editor import JournalEntryEditor
from arkan_desktop.gui.ledger.entry_lines import (
    ACCOUNT,
    CREDIT,
    DEBIT,
    DESCRIPTION,
    EntryLinesModel,
)
from arkan_desktop.store.outbox import OutboxRow
from tests.gui.ledger.stubs import ACCOUNTS, stub_live


def lines_with_accounts() -> EntryLinesModel:
    model = EntryLinesModel("AED")
    model.set_accounts(ACCOUNTS)
    return model


def test_balance_is_exact_decimal(qtmodeltester: ModelTester) -> None:
    model = lines_with_accounts()
    for _ in range(3):
        model.add_line()
    model.setData(model.index(0, ACCOUNT), "1000")
    model.setData(model.index(0, DEBIT), "0.10")
    model.setData(model.index(1, ACCOUNT), "acc-bank")
    model.setData(model.index(1, DEBIT), "0.20")
    model.setData(model.index(2, ACCOUNT), "Rent")
    model.setData(model.index(2, CREDIT), "0.30")
    balance = model.balance()
    assert balance.debit == Decimal("0.30") and balance.credit == Decimal("0.30")
    assert balance.balanced and balance.difference == 0
    assert model.line_problems() == []
    assert model.wire_lines()[2] == {
        "accountId": "acc-rent",
        "description": "",
        "debit": "0",
        "credit": "0.30",
    }
    qtmodeltester.check(model)


def test_each_line_says_what_is_wrong() -> None:
    model = lines_with_accounts()
    for _ in range(5):
        model.add_line()
    model.setData(model.index(0, ACCOUNT), "1000")
    model.setData(model.index(0, DEBIT), "5")
    model.setData(model.index(0, CREDIT), "5")  # both
    model.setData(model.index(1, ACCOUNT), "1010")  # neither
    model.setData(model.index(2, ACCOUNT), "9999 Nowhere")  # unknown
    model.setData(model.index(2, DEBIT), "1")
    model.setData(model.index(3, DESCRIPTION), "no account")
    model.setData(model.index(3, CREDIT), "abc")  # not a number
    # line 5 stays blank: ignored
    problems = {(row, column): text for row, column, text in model.line_problems()}
    assert problems[(0, DEBIT)] == "Enter a debit or a credit, not both"
    assert problems[(1, DEBIT)] == "Enter a debit or a credit"
    assert problems[(2, ACCOUNT)].startswith("Unknown account")
    assert problems[(3, ACCOUNT)] == "Choose an account"
    assert problems[(3, CREDIT)].startswith("Not a valid amount")
    assert not any(row == 4 for row, _ in problems)
    assert model.index(2, ACCOUNT).data(Qt.ItemDataRole.ToolTipRole).startswith("Unknown")
    assert model.index(2, ACCOUNT).data(Qt.ItemDataRole.BackgroundRole) is not None

    model.set_server_errors({(1, "debit"): "Debit or credit required"})
    assert model.cell_problem(1, DEBIT) == "Debit or credit required"
    model.setData(model.index(1, DEBIT), "2")  # editing clears the server's error
    assert model.cell_problem(1, DEBIT) == ""


def test_editor_saves_only_a_balanced_entry(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> None:
    editor = JournalEntryEditor(stub_live(ACCOUNTS))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isEnabled)
    assert editor.save_button is not None
    lines = editor.lines
    assert lines.rowCount() == 2 and not editor.save_button.isEnabled()
    lines.setData(lines.index(0, ACCOUNT), "1000")
    lines.setData(lines.index(0, DEBIT), "150.25")
    lines.setData(lines.index(1, ACCOUNT), "6100")
    lines.setData(lines.index(1, CREDIT), "150")
    assert editor.debit_value.text() == "150.25 AED"
    assert editor.credit_value.text() == "150.00 AED"
    assert editor.difference_value.text() == "0.25 AED"
    assert not editor.save_button.isEnabled()
    editor.save()  # Ctrl+S on an unbalanced entry queues nothing
    assert "Debits must equal credits" in editor.message_label.text()
    assert editor.isVisible()

    lines.setData(lines.index(1, CREDIT), "150.25")
    assert editor.difference_value.text() == "0.00 AED"
    assert editor.save_button.isEnabled()
    lines.setData(lines.index(1, DEBIT), "1")
    assert not editor.save_button.isEnabled()
    assert editor.lines_error.isVisibleTo(editor)
    assert "Line 2" in editor.lines_error.text() and "not both" in editor.lines_error.text()
    lines.setData(lines.index(1, DEBIT), "")

    editor.lines_view.setFocus()
    editor.lines_view.setCurrentIndex(lines.index(1, DESCRIPTION))
    qtbot.keyClick(editor.lines_view, Qt.Key.Key_Return)  # Enter on the last line adds one
    assert lines.rowCount() == 3
    assert editor.save_button.isEnabled()  # a blank line is ignored
    editor.memo_edit.setText("Rent for May")
    draft = editor.draft()
    assert draft["memo"] == "Rent for May" and len(draft["lines"]) == 2


def test_a_rejected_entry_shows_the_servers_errors_beside_its_fields(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    body = {
        "date": "2026-05-01",
        "memo": "Rent",
        "reference": "RENT-5",
        "lines": [
            {"accountId": "acc-rent", "description": "", "debit": "100", "credit": "0"},
            {"accountId": "acc-bank", "description": "", "debit": "0", "credit": "100"},
        ],
    }
    errors = [
        {"field": "reference", "message": "Reference already used"},
        {"field": "lines[1].accountId", "message": "Account is archived"},
    ]
    row = OutboxRow(
        body=json.dumps(body),
        field_errors=json.dumps(errors),
        rejection_message="The entry was refused",
    )
    editor = JournalEntryEditor(stub_live(ACCOUNTS), rejected=row)
    qtbot.addWidget(editor)
    qtbot.waitUntil(editor.isEnabled)
    assert editor.memo_edit.text() == "Rent" and editor.date_edit.date().toString("yyyy-MM-dd") == (
        "2026-05-01"
    )
    assert editor.reference_error.text() == "Reference already used"
    assert editor.lines.cell_problem(1, ACCOUNT) == "Account is archived"
    assert "Account is archived" in editor.lines_error.text()
    assert editor.message_label.text() == "The entry was refused"
    assert editor.lines.balance().balanced
