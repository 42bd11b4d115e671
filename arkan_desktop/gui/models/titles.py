"""The column titles of the cached lists, in the window's language.

A list spec (store/lists/specs) names its columns by stable keys; the titles are looked up
here by (list key, column key), each with the translation context its list has always
had, so the Arabic catalogue keeps its words. Read when a model is made (after the
translator is installed), not at import.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from arkan_desktop.store.lists.columns import ListSpec

translate = QCoreApplication.translate


def _invoices() -> dict[str, str]:
    return {
        "number": translate("InvoiceList", "Number"),
        "type": translate("InvoiceList", "Type"),
        "client": translate("InvoiceList", "Client"),
        "date": translate("InvoiceList", "Date"),
        "due": translate("InvoiceList", "Due"),
        "state": translate("InvoiceList", "State"),
        "payment": translate("InvoiceList", "Payment"),
        "subtotal": translate("InvoiceList", "Subtotal"),
        "tax": translate("InvoiceList", "Tax"),
        "total": translate("InvoiceList", "Total"),
        "due_amount": translate("InvoiceList", "Amount due"),
        "currency": translate("InvoiceList", "Currency"),
        "reference": translate("InvoiceList", "Reference"),
        "linked": translate("InvoiceList", "Credit note / cancels"),
    }


def _customers() -> dict[str, str]:
    return {
        "code": translate("CustomerList", "Code"),
        "name": translate("CustomerList", "Name"),
        "email": translate("CustomerList", "Email"),
        "phone": translate("CustomerList", "Phone"),
        "tax": translate("CustomerList", "Tax number"),
        "terms": translate("CustomerList", "Terms (days)"),
        "limit": translate("CustomerList", "Credit limit"),
        "status": translate("CustomerList", "Status"),
        "outstanding": translate("CustomerList", "Outstanding"),
        "address": translate("CustomerList", "Address"),
    }


def _payments() -> dict[str, str]:
    return {
        "number": translate("PaymentList", "Number"),
        "customer": translate("PaymentList", "Customer"),
        "date": translate("PaymentList", "Date"),
        "method": translate("PaymentList", "Method"),
        "invoice": translate("PaymentList", "Invoices"),
        "amount": translate("PaymentList", "Amount"),
        "state": translate("PaymentList", "State"),
        "reference": translate("PaymentList", "Reference"),
        "currency": translate("PaymentList", "Currency"),
    }


def _journal_entries() -> dict[str, str]:
    return {
        "number": translate("JournalList", "Number"),
        "date": translate("JournalList", "Date"),
        "memo": translate("JournalList", "Memo"),
        "reference": translate("JournalList", "Reference"),
        "source": translate("JournalList", "Source"),
        "state": translate("JournalList", "State"),
        "amount": translate("JournalList", "Amount"),
    }


def _products() -> dict[str, str]:
    return {
        "sku": translate("StockLists", "SKU"),
        "name": translate("StockLists", "Product"),
        "barcode": translate("StockLists", "Barcode"),
        "category": translate("StockLists", "Category"),
        "type": translate("StockLists", "Type"),
        "on_hand": translate("StockLists", "On hand"),
        "available": translate("StockLists", "Available"),
        "uom": translate("StockLists", "Unit"),
        "price": translate("StockLists", "Sale price"),
    }


def _stock_moves() -> dict[str, str]:
    return {
        "number": translate("StockLists", "Number"),
        "date": translate("StockLists", "Date"),
        "type": translate("StockLists", "Type"),
        "state": translate("StockLists", "State"),
        "sku": translate("StockLists", "SKU"),
        "from": translate("StockLists", "From"),
        "to": translate("StockLists", "To"),
        "quantity": translate("StockLists", "Quantity"),
        "reference": translate("StockLists", "Reference"),
    }


def _purchase_orders() -> dict[str, str]:
    return {
        "number": translate("PurchaseOrderList", "Number"),
        "vendor": translate("PurchaseOrderList", "Vendor"),
        "date": translate("PurchaseOrderList", "Date"),
        "expected": translate("PurchaseOrderList", "Expected"),
        "state": translate("PurchaseOrderList", "State"),
        "total": translate("PurchaseOrderList", "Total"),
        "reference": translate("PurchaseOrderList", "Reference"),
    }


def _assets() -> dict[str, str]:
    return {
        "number": translate("AssetList", "Number"),
        "name": translate("AssetList", "Asset"),
        "category": translate("AssetList", "Category"),
        "acquired": translate("AssetList", "Acquired"),
        "method": translate("AssetList", "Method"),
        "life": translate("AssetList", "Life (months)"),
        "cost": translate("AssetList", "Cost"),
        "book_value": translate("AssetList", "Book value"),
        "depreciated_to": translate("AssetList", "Depreciated to"),
        "state": translate("AssetList", "State"),
    }


def _bank_statements() -> dict[str, str]:
    return {
        "number": translate("StatementList", "Number"),
        "reference": translate("StatementList", "Statement"),
        "account": translate("StatementList", "Account"),
        "from": translate("StatementList", "From"),
        "to": translate("StatementList", "To"),
        "opening": translate("StatementList", "Opening"),
        "closing": translate("StatementList", "Closing"),
        "reconciled": translate("StatementList", "Reconciled"),
        "state": translate("StatementList", "State"),
    }


def _bills() -> dict[str, str]:
    return {
        "number": translate("BillList", "Number"),
        "type": translate("BillList", "Type"),
        "vendor": translate("BillList", "Vendor"),
        "vendor_reference": translate("BillList", "Vendor reference"),
        "order": translate("BillList", "Purchase order"),
        "date": translate("BillList", "Date"),
        "due": translate("BillList", "Due"),
        "state": translate("BillList", "State"),
        "payment": translate("BillList", "Payment"),
        "subtotal": translate("BillList", "Subtotal"),
        "tax": translate("BillList", "Tax"),
        "total": translate("BillList", "Total"),
        "due_amount": translate("BillList", "Amount due"),
        "currency": translate("BillList", "Currency"),
        "linked": translate("BillList", "Credit note / cancels"),
    }


def _partners() -> dict[str, str]:
    return {
        "name": translate("PartnerList", "Name"),
        "name_ar": translate("PartnerList", "Arabic name"),
        "tax": translate("PartnerList", "Tax registration"),
        "email": translate("PartnerList", "Email"),
        "phone": translate("PartnerList", "Phone"),
        "city": translate("PartnerList", "City"),
        "country": translate("PartnerList", "Country"),
        "terms": translate("PartnerList", "Terms (days)"),
        "limit": translate("PartnerList", "Credit limit"),
        "open": translate("PartnerList", "Open"),
    }


def _sales_orders() -> dict[str, str]:
    return {
        "number": translate("SalesLists", "Number"),
        "client": translate("SalesLists", "Client"),
        "date": translate("SalesLists", "Date"),
        "expected": translate("SalesLists", "Expected"),
        "state": translate("SalesLists", "State"),
        "delivery": translate("SalesLists", "Delivery"),
        "invoice": translate("SalesLists", "Invoicing"),
        "total": translate("SalesLists", "Total"),
        "reference": translate("SalesLists", "Reference"),
    }


def _deliveries() -> dict[str, str]:
    return {
        "number": translate("SalesLists", "Number"),
        "order": translate("SalesLists", "Order"),
        "client": translate("SalesLists", "Client"),
        "scheduled": translate("SalesLists", "Scheduled"),
        "state": translate("SalesLists", "State"),
        "reservation": translate("SalesLists", "Stock reserved"),
        "reference": translate("SalesLists", "Reference"),
    }


def _sales_returns() -> dict[str, str]:
    return {
        "number": translate("SalesLists", "Number"),
        "client": translate("SalesLists", "Client"),
        "date": translate("SalesLists", "Date"),
        "invoice": translate("SalesLists", "Invoice"),
        "delivery": translate("SalesLists", "Delivery"),
        "state": translate("SalesLists", "State"),
        "refund": translate("SalesLists", "Refund"),
    }


_LISTS: dict[str, Callable[[], dict[str, str]]] = {
    "invoices": _invoices,
    "customers": _customers,
    "payments": _payments,
    "journal_entries": _journal_entries,
    "products": _products,
    "stock_moves": _stock_moves,
    "purchase_orders": _purchase_orders,
    "assets": _assets,
    "bank_statements": _bank_statements,
    "bills": _bills,
    "partners_clients": _partners,
    "partners_vendors": _partners,
    "sales_orders": _sales_orders,
    "deliveries": _deliveries,
    "sales_returns": _sales_returns,
}


def column_titles(spec: ListSpec) -> tuple[str, ...]:
    """The title of each of `spec`'s columns, in order. A list or column without one here
    is a programming error (a new spec needs its titles): it fails at once, by name."""
    titles = _LISTS[spec.key]()
    return tuple(titles[column.key] for column in spec.columns)


def _recording(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return f"{context}\x00{text}"


def column_sources(spec: ListSpec) -> tuple[tuple[str, str], ...]:
    """Each column title's (translation context, English source), in order: what a
    bilingual printout asks the Arabic catalogue for, whatever the window's language.
    The same lookups as `column_titles`, with a recording stand-in for the translator."""
    global translate
    shown = translate
    translate = _recording
    try:
        titles = column_titles(spec)
    finally:
        translate = shown
    return tuple((t.split("\x00", 1)[0], t.split("\x00", 1)[1]) for t in titles)
