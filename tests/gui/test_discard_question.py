"""Safe hands in a form: Escape or the close button asks before throwing away what was
entered ("Keep editing" is the default), and asks nothing when nothing was entered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.widgets.unsaved_changes import UnsavedChanges
from arkan_desktop.sandbox.server import SandboxServer
from tests.gui.conftest import run, sign_in
from tests.gui.invoices_helpers import open_editor

SLOW = 30_000


def _question(qtbot: QtBot, changes: UnsavedChanges) -> QMessageBox:
    qtbot.waitUntil(lambda: changes.question is not None and changes.question.isVisible())
    question = changes.question
    assert question is not None
    assert question.text() == "Discard your changes?"
    keep = question.defaultButton()
    assert keep is not None and keep.text() == "&Keep editing"  # Enter keeps them
    return question


def test_escape_and_close_ask_before_a_new_invoice_is_thrown_away(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab: InvoicesTab = main.tab(InvoicesTab)

    untouched = open_editor(qtbot, main)
    untouched.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is untouched)
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)  # nothing entered: it just closes
    qtbot.waitUntil(lambda: not untouched.isVisible())
    assert untouched.changes.question is None

    editor = open_editor(qtbot, main)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.reference_edit.setFocus()
    qtbot.keyClicks(editor.reference_edit, "Shade for the terrace")
    qtbot.keyClick(editor.reference_edit, Qt.Key.Key_Escape)
    question = _question(qtbot, editor.changes)
    qtbot.keyClick(question, Qt.Key.Key_Return)  # Enter: keep editing
    qtbot.waitUntil(lambda: editor.changes.question is None)
    assert editor.isVisible() and editor.reference_edit.text() == "Shade for the terrace"
    assert editor in tab.editors

    editor.close()  # the window's close button asks the same
    question = _question(qtbot, editor.changes)
    discard = next(b for b in question.buttons() if b.text() == "&Discard changes")
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    qtbot.waitUntil(lambda: editor not in tab.editors)
    assert main.status.outbox_counts["waiting"] == 0  # nothing was queued


def test_a_purchase_order_with_a_changed_reference_asks_and_undoing_it_asks_nothing(
    qtbot: QtBot, desktop: ArkanDesktopApp, sandbox: SandboxServer
) -> None:
    main = sign_in(qtbot, desktop, sandbox)
    tab = main.tab(PurchasingTab)
    editor = run(qtbot, tab.open_editor())
    assert isinstance(editor, PurchaseOrderEditor)
    qtbot.waitUntil(editor.isVisible)
    finished: list[int] = []
    editor.finished.connect(finished.append)
    editor.reference_edit.setFocus()
    qtbot.keyClicks(editor.reference_edit, "R-1")
    qtbot.keyClick(editor.reference_edit, Qt.Key.Key_Escape)
    question = _question(qtbot, editor.changes)
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape on the question keeps editing too
    qtbot.waitUntil(lambda: editor.changes.question is None)
    assert editor.isVisible() and finished == []

    editor.reference_edit.clear()  # back to what it started with: nothing to lose
    qtbot.keyClick(editor.reference_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert editor.changes.question is None and finished == [QDialog.DialogCode.Rejected]
