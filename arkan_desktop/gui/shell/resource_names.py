"""The user's words for the kinds of records the cache keeps (sync progress, partial copies).

The connectors name resources for the code ("stock_levels"); the window says "Stock
levels", in the user's language (context "Resources"). An unknown name is tidied up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES: dict[str, object] = {  # QT_TRANSLATE_NOOP marks the words for lupdate
    "accounts": QT_TRANSLATE_NOOP("Resources", "Accounts"),
    "journal_entries": QT_TRANSLATE_NOOP("Resources", "Journal entries"),
    "invoices": QT_TRANSLATE_NOOP("Resources", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("Resources", "Payments"),
    "clients": QT_TRANSLATE_NOOP("Resources", "Customers"),
    "customers": QT_TRANSLATE_NOOP("Resources", "Customers"),
    "contacts": QT_TRANSLATE_NOOP("Resources", "Contacts"),
    "vendors": QT_TRANSLATE_NOOP("Resources", "Vendors"),
    "products": QT_TRANSLATE_NOOP("Resources", "Products"),
    "warehouses": QT_TRANSLATE_NOOP("Resources", "Warehouses"),
    "locations": QT_TRANSLATE_NOOP("Resources", "Locations"),
    "stock_levels": QT_TRANSLATE_NOOP("Resources", "Stock levels"),
    "stock_moves": QT_TRANSLATE_NOOP("Resources", "Stock moves"),
    "purchase_orders": QT_TRANSLATE_NOOP("Resources", "Purchase orders"),
}


def resource_name(resource: str) -> str:
    word = NAMES.get(resource)
    if word is None:
        return resource.replace("_", " ").capitalize()
    return QCoreApplication.translate("Resources", str(word))
