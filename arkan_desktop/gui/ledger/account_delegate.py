"""Choosing a journal line's account by typing part of its code or name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from arkan_desktop.gui.invoices.product_delegate import searchable_combo
from arkan_desktop.gui.ledger.entry_lines import AccountChoice

AnyIndex = QModelIndex | QPersistentModelIndex


class AccountDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[AccountChoice] = []

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = searchable_combo(parent)
        combo.setObjectName("accountPicker")
        combo.addItem("", "")
        for account in self.accounts:
            combo.addItem(account.label, account.id)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findText(str(index.data() or ""))
            editor.setCurrentIndex(max(found, 0))
            line_edit = editor.lineEdit()
            if line_edit is not None:
                line_edit.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, QComboBox):
            return
        text = editor.currentText().strip()
        found = editor.findText(text) if text else -1
        if found > 0:
            model.setData(index, editor.itemData(found))
            return
        matches = [a for a in self.accounts if text and text.lower() in a.label.lower()]
        model.setData(index, matches[0].id if len(matches) == 1 else text)
