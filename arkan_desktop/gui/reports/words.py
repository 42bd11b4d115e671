"""The words of the period reports, in the window's language and in both at once.

Every heading, column title and line name a report prints is marked here for lupdate
(context "FinanceReports") and read back either in the window's language (`say`) or as
an (English, Arabic) pair for a bilingual printout (`pair`). The VAT 201 boxes are named
as the FTA's form names them; a box the form does not have keeps the server's words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.gui.printing.bilingual import both
from arkan_desktop.gui.printing.sheet import Pair

CONTEXT = "FinanceReports"


def _w(text: object) -> str:
    return str(text)


# Report names
VAT_RETURN = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT return"))
VAT_201 = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT 201 return"))
VAT_BY_RATE = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT by rate"))
BOX_DOCUMENTS = _w(QT_TRANSLATE_NOOP("FinanceReports", "Documents in box %1"))
CASH_FLOW = _w(QT_TRANSLATE_NOOP("FinanceReports", "Cash flow statement"))
BY_CLIENT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Revenue by client"))
BY_PROJECT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Revenue by project"))
BUDGET = _w(QT_TRANSLATE_NOOP("FinanceReports", "Budget vs actual"))
AS_OF = _w(QT_TRANSLATE_NOOP("FinanceReports", "As of %1, from the server"))

# Column titles
BOX = _w(QT_TRANSLATE_NOOP("FinanceReports", "Box"))
DESCRIPTION = _w(QT_TRANSLATE_NOOP("FinanceReports", "Description"))
AMOUNT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Amount"))
VAT_AMOUNT = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT amount"))
RATE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Rate (%)"))
SALES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Sales"))
OUTPUT_VAT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Output VAT"))
PURCHASES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Purchases"))
INPUT_VAT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Input VAT"))
NUMBER = _w(QT_TRANSLATE_NOOP("FinanceReports", "Number"))
TYPE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Type"))
DATE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Date"))
PARTNER = _w(QT_TRANSLATE_NOOP("FinanceReports", "Partner"))
ITEM = _w(QT_TRANSLATE_NOOP("FinanceReports", "Item"))
CLIENT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Client"))
PROJECT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Project"))
CODE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Code"))
INVOICES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Invoices"))
CREDIT_NOTES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Credit notes"))
REVENUE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Revenue"))
COST = _w(QT_TRANSLATE_NOOP("FinanceReports", "Cost of sales"))
GROSS_PROFIT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Gross profit"))
SHARE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Share (%)"))
ACCOUNT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Account"))
BUDGETED = _w(QT_TRANSLATE_NOOP("FinanceReports", "Budget"))
ACTUAL = _w(QT_TRANSLATE_NOOP("FinanceReports", "Actual"))
VARIANCE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Variance"))
VARIANCE_PERCENT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Variance (%)"))

# Lines and headings
TOTAL = _w(QT_TRANSLATE_NOOP("FinanceReports", "Total"))
NET_PAYABLE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net VAT payable"))
OUTPUTS = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT on sales and all other outputs"))
INPUTS = _w(QT_TRANSLATE_NOOP("FinanceReports", "VAT on expenses and all other inputs"))
NET = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net VAT due"))
OPERATING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Operating activities"))
INVESTING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Investing activities"))
FINANCING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Financing activities"))
NET_OPERATING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net cash from operating activities"))
NET_INVESTING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net cash from investing activities"))
NET_FINANCING = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net cash from financing activities"))
NET_CHANGE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net change in cash"))
OPENING_CASH = _w(QT_TRANSLATE_NOOP("FinanceReports", "Cash at the beginning of the period"))
CLOSING_CASH = _w(QT_TRANSLATE_NOOP("FinanceReports", "Cash at the end of the period"))
NET_PROFIT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Net profit"))
ASSET_PURCHASES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Purchase of fixed assets"))
ASSET_DISPOSALS = _w(QT_TRANSLATE_NOOP("FinanceReports", "Proceeds from disposal of fixed assets"))
INCREASE_IN = _w(QT_TRANSLATE_NOOP("FinanceReports", "Increase in %1"))
DECREASE_IN = _w(QT_TRANSLATE_NOOP("FinanceReports", "Decrease in %1"))
NON_CASH = _w(QT_TRANSLATE_NOOP("FinanceReports", "Non-cash: %1"))
NO_PROJECT = _w(QT_TRANSLATE_NOOP("FinanceReports", "No project"))
OTHER_REVENUE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Other revenue"))
TOTAL_REVENUE = _w(QT_TRANSLATE_NOOP("FinanceReports", "Total revenue"))
TOTAL_EXPENSES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Total expenses"))
EXPENSES = _w(QT_TRANSLATE_NOOP("FinanceReports", "Expenses"))
SALES_AT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Sales at %1 %"))
PURCHASES_AT = _w(QT_TRANSLATE_NOOP("FinanceReports", "Purchases at %1 %"))

REVERSE_CHARGE = _w(
    QT_TRANSLATE_NOOP("FinanceReports", "Supplies subject to the reverse charge provisions")
)
# Form VAT 201, box by box, as the FTA names them.
BOX_LABELS: dict[str, str] = {
    "1a": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Abu Dhabi")),
    "1b": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Dubai")),
    "1c": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Sharjah")),
    "1d": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Ajman")),
    "1e": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Umm Al Quwain")),
    "1f": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Ras Al Khaimah")),
    "1g": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated supplies in Fujairah")),
    "2": _w(
        QT_TRANSLATE_NOOP(
            "FinanceReports",
            "Tax refunds provided to tourists under the tax refunds for tourists scheme",
        )
    ),
    "3": REVERSE_CHARGE,
    "4": _w(QT_TRANSLATE_NOOP("FinanceReports", "Zero rated supplies")),
    "5": _w(QT_TRANSLATE_NOOP("FinanceReports", "Exempt supplies")),
    "6": _w(QT_TRANSLATE_NOOP("FinanceReports", "Goods imported into the UAE")),
    "7": _w(QT_TRANSLATE_NOOP("FinanceReports", "Adjustments to goods imported into the UAE")),
    "8": _w(QT_TRANSLATE_NOOP("FinanceReports", "Totals")),
    "9": _w(QT_TRANSLATE_NOOP("FinanceReports", "Standard rated expenses")),
    "10": REVERSE_CHARGE,
    "11": _w(QT_TRANSLATE_NOOP("FinanceReports", "Totals")),
    "12": _w(QT_TRANSLATE_NOOP("FinanceReports", "Total value of due tax for the period")),
    "13": _w(QT_TRANSLATE_NOOP("FinanceReports", "Total value of recoverable tax for the period")),
    "14": _w(QT_TRANSLATE_NOOP("FinanceReports", "Payable tax for the period")),
}


def say(source: str) -> str:
    """A report word in the window's language."""
    return QCoreApplication.translate(CONTEXT, source)


def pair(source: str, *values: str) -> Pair:
    """A report word in English and Arabic, with %1, %2 … filled in."""
    english, arabic = both(CONTEXT, source)
    for number, value in enumerate(values, start=1):
        english = english.replace(f"%{number}", value)
        arabic = arabic.replace(f"%{number}", value)
    return english, arabic
