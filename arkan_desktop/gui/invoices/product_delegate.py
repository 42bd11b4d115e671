"""Choosing a line's product by typing part of its SKU or name."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from arkan_desktop.store.queries.invoices import Product

AnyIndex = QModelIndex | QPersistentModelIndex


def searchable_combo(parent: QWidget | None = None) -> QComboBox:
    """An editable combo box that completes on any part of an item's text."""
    return make_searchable(QComboBox(parent))


def make_searchable(combo: QComboBox) -> QComboBox:
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return combo


class ProductDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.products: list[Product] = []

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = searchable_combo(parent)
        combo.addItem("", None)
        for position, product in enumerate(self.products):
            combo.addItem(product.label, position)
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
        if not text:
            model.setData(index, None)
            return
        found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            matches = [p for p in self.products if text.lower() in p.label.lower()]
            if len(matches) == 1:
                model.setData(index, matches[0])
            return
        position = editor.itemData(found)
        if isinstance(position, int):
            model.setData(index, self.products[position])
