"""The words shown for the server's codes (document states, payment states, move types).

One place, so that every list and form says "Partly paid" for `partial` and a
translator finds each word once (context "Codes").
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WORDS: dict[str, object] = {  # QT_TRANSLATE_NOOP marks the words for lupdate
    "draft": QT_TRANSLATE_NOOP("Codes", "Draft"),
    "posted": QT_TRANSLATE_NOOP("Codes", "Posted"),
    "paid": QT_TRANSLATE_NOOP("Codes", "Paid"),
    "cancelled": QT_TRANSLATE_NOOP("Codes", "Cancelled"),
    "not_paid": QT_TRANSLATE_NOOP("Codes", "Not paid"),
    "partial": QT_TRANSLATE_NOOP("Codes", "Partly paid"),
    "in_payment": QT_TRANSLATE_NOOP("Codes", "In payment"),
    "reversed": QT_TRANSLATE_NOOP("Codes", "Reversed"),
    "approved": QT_TRANSLATE_NOOP("Codes", "Approved"),
    "confirmed": QT_TRANSLATE_NOOP("Codes", "Confirmed"),
    "partially_received": QT_TRANSLATE_NOOP("Codes", "Partly received"),
    "received": QT_TRANSLATE_NOOP("Codes", "Received"),
    "done": QT_TRANSLATE_NOOP("Codes", "Done"),
    "out_invoice": QT_TRANSLATE_NOOP("Codes", "Invoice"),
    "in_invoice": QT_TRANSLATE_NOOP("Codes", "Bill"),
    "out_refund": QT_TRANSLATE_NOOP("Codes", "Credit note"),
    "in_refund": QT_TRANSLATE_NOOP("Codes", "Vendor credit"),
    "inbound": QT_TRANSLATE_NOOP("Codes", "Received"),
    "outbound": QT_TRANSLATE_NOOP("Codes", "Paid out"),
    "receipt": QT_TRANSLATE_NOOP("Codes", "Receipt"),
    "delivery": QT_TRANSLATE_NOOP("Codes", "Delivery"),
    "internal": QT_TRANSLATE_NOOP("Codes", "Transfer"),
    "adjustment": QT_TRANSLATE_NOOP("Codes", "Adjustment"),
    "scrap": QT_TRANSLATE_NOOP("Codes", "Scrap"),
    "asset": QT_TRANSLATE_NOOP("Codes", "Asset"),
    "liability": QT_TRANSLATE_NOOP("Codes", "Liability"),
    "equity": QT_TRANSLATE_NOOP("Codes", "Equity"),
    "revenue": QT_TRANSLATE_NOOP("Codes", "Revenue"),
    "income": QT_TRANSLATE_NOOP("Codes", "Income"),
    "expense": QT_TRANSLATE_NOOP("Codes", "Expense"),
    "storable": QT_TRANSLATE_NOOP("Codes", "Storable"),
    "consumable": QT_TRANSLATE_NOOP("Codes", "Consumable"),
    "service": QT_TRANSLATE_NOOP("Codes", "Service"),
    "bank": QT_TRANSLATE_NOOP("Codes", "Bank transfer"),
    "cash": QT_TRANSLATE_NOOP("Codes", "Cash"),
    "card": QT_TRANSLATE_NOOP("Codes", "Card"),
    "cheque": QT_TRANSLATE_NOOP("Codes", "Cheque"),
    "online": QT_TRANSLATE_NOOP("Codes", "Online"),
    # a customer's standing on the server (Arvalox keeps active, inactive, suspended)
    "inactive": QT_TRANSLATE_NOOP("Codes", "Inactive"),
    "suspended": QT_TRANSLATE_NOOP("Codes", "Suspended"),
    # the standard scrap reasons (sync.commands.stock.STANDARD_SCRAP_REASONS)
    "damaged": QT_TRANSLATE_NOOP("Codes", "Damaged"),
    "expired": QT_TRANSLATE_NOOP("Codes", "Expired"),
    "defective": QT_TRANSLATE_NOOP("Codes", "Defective"),
    "lost": QT_TRANSLATE_NOOP("Codes", "Lost"),
    "quality_failure": QT_TRANSLATE_NOOP("Codes", "Quality failure"),
    "other": QT_TRANSLATE_NOOP("Codes", "Other"),
    # what a journal entry was made from (its sourceType), shown in the general ledger
    "invoice": QT_TRANSLATE_NOOP("Codes", "Invoice"),
    "payment": QT_TRANSLATE_NOOP("Codes", "Payment"),
    "manual": QT_TRANSLATE_NOOP("Codes", "Manual"),
    "payroll_run": QT_TRANSLATE_NOOP("Codes", "Payroll run"),
    "purchase_order": QT_TRANSLATE_NOOP("Codes", "Purchase order"),
    "purchase_receipt": QT_TRANSLATE_NOOP("Codes", "Goods receipt"),
    "bank_statement": QT_TRANSLATE_NOOP("Codes", "Bank statement"),
    "sales_return": QT_TRANSLATE_NOOP("Codes", "Sales return"),
    "transfer": QT_TRANSLATE_NOOP("Codes", "Transfer"),
    "stock_adjustment": QT_TRANSLATE_NOOP("Codes", "Stock adjustment"),
    "cycle_count": QT_TRANSLATE_NOOP("Codes", "Cycle count"),
    # fixed assets and bank statements
    "straight_line": QT_TRANSLATE_NOOP("Codes", "Straight line"),
    "declining_balance": QT_TRANSLATE_NOOP("Codes", "Declining balance"),
    "active": QT_TRANSLATE_NOOP("Codes", "Active"),
    "fully_depreciated": QT_TRANSLATE_NOOP("Codes", "Fully depreciated"),
    "disposed": QT_TRANSLATE_NOOP("Codes", "Disposed"),
    "open": QT_TRANSLATE_NOOP("Codes", "Open"),
    "reconciled": QT_TRANSLATE_NOOP("Codes", "Reconciled"),
    # sales orders, deliveries and returns
    "delivered": QT_TRANSLATE_NOOP("Codes", "Delivered"),
    "not_delivered": QT_TRANSLATE_NOOP("Codes", "Not delivered"),
    "partially_delivered": QT_TRANSLATE_NOOP("Codes", "Partly delivered"),
    "nothing_to_deliver": QT_TRANSLATE_NOOP("Codes", "Nothing to deliver"),
    "invoiced": QT_TRANSLATE_NOOP("Codes", "Invoiced"),
    "not_invoiced": QT_TRANSLATE_NOOP("Codes", "Not invoiced"),
    "partially_invoiced": QT_TRANSLATE_NOOP("Codes", "Partly invoiced"),
    "reserved": QT_TRANSLATE_NOOP("Codes", "Reserved"),
    "partially_reserved": QT_TRANSLATE_NOOP("Codes", "Partly reserved"),
    "waiting": QT_TRANSLATE_NOOP("Codes", "Waiting for stock"),
    "none": QT_TRANSLATE_NOOP("Codes", "None"),
    "refunded": QT_TRANSLATE_NOOP("Codes", "Refunded"),
    "not_refunded": QT_TRANSLATE_NOOP("Codes", "Left to finance"),
}


@cache
def code_label(code: str | None) -> str:
    """The user's word for a server code; an unknown code is shown tidied up."""
    if not code:
        return ""
    word = WORDS.get(code)
    if word is None:
        return code.replace("_", " ").capitalize()
    return QCoreApplication.translate("Codes", str(word))
