"""Every list the tabs show has a title for each of its columns, in the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.models.titles import column_titles
from arkan_desktop.store.lists.columns import ListSpec
from arkan_desktop.store.lists.specs.bank import asset_list_spec, statement_list_spec
from arkan_desktop.store.lists.specs.customers import customer_list_spec
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from arkan_desktop.store.lists.specs.journal_entries import journal_list_spec
from arkan_desktop.store.lists.specs.payments import payment_list_spec
from arkan_desktop.store.lists.specs.products import product_list_spec
from arkan_desktop.store.lists.specs.purchase_orders import purchase_order_list_spec
from arkan_desktop.store.lists.specs.sales import (
    delivery_list_spec,
    return_list_spec,
    sales_order_list_spec,
)
from arkan_desktop.store.lists.specs.stock import stock_move_list_spec

SPECS = [
    invoice_list_spec(),
    customer_list_spec("AED"),
    payment_list_spec(),
    journal_list_spec(),
    product_list_spec(),
    stock_move_list_spec(),
    purchase_order_list_spec(),
    asset_list_spec(),
    statement_list_spec(),
    sales_order_list_spec(),
    delivery_list_spec(),
    return_list_spec(),
]


@pytest.mark.parametrize("spec", SPECS, ids=lambda spec: spec.key)
def test_each_column_has_a_title_in_english_and_in_arabic(
    qapp: QApplication, spec: ListSpec
) -> None:
    english = column_titles(spec)
    assert len(english) == len(spec.columns) and all(english)
    translators = install_translations(qapp, QLocale("ar"))
    try:
        arabic = column_titles(spec)
    finally:
        remove_translations(qapp, translators)
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in title) for title in arabic), arabic
