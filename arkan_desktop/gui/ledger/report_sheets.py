"""The Ledger's reports (trial balance, profit & loss, balance sheet) as `Sheet`s for the
shared Export menu: the figures shown, exactly, with the view's words in English and
Arabic, so PDF, CSV, Excel and Print hand over what the window shows."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.ledger import TrialBalanceRow
from arkan_desktop.domain.money import MoneyError, from_minor, to_decimal
from arkan_desktop.gui.printing.bilingual import Pair, both
from arkan_desktop.gui.printing.sheet import Cell, Sheet, SheetColumn, SheetRow

CONTEXT = "ReportsView"  # the view's own words, translated once
TRIAL_BALANCE = str(QT_TRANSLATE_NOOP("ReportsView", "Trial balance"))
PROFIT_LOSS = str(QT_TRANSLATE_NOOP("ReportsView", "Profit and loss"))
BALANCE_SHEET = str(QT_TRANSLATE_NOOP("ReportsView", "Balance sheet"))
AS_OF = str(QT_TRANSLATE_NOOP("ReportsView", "As of %1"))


def _words(source: str) -> Pair:
    return both(CONTEXT, source)


def _filled(source: str, value: str) -> Pair:
    english, arabic = _words(source)
    return english.replace("%1", value), arabic.replace("%1", value)


def _amount(value: object) -> Decimal:
    try:
        return to_decimal(value if value is not None else "0")
    except MoneyError:
        return Decimal(0)


def _columns(*titles: str) -> tuple[SheetColumn, ...]:
    return tuple(
        SheetColumn(_words(title), "money" if i >= 2 else "text") for i, title in enumerate(titles)
    )


def trial_balance_sheet(rows: Sequence[TrialBalanceRow], currency: str, as_of: str) -> Sheet:
    lines = [
        SheetRow(
            (
                r.code,
                r.name,
                from_minor(r.debit_minor, currency) if r.debit_minor else None,
                from_minor(r.credit_minor, currency) if r.credit_minor else None,
            ),
            key=r.code,
        )
        for r in rows
    ]
    debit = from_minor(sum(r.debit_minor for r in rows), currency)
    credit = from_minor(sum(r.credit_minor for r in rows), currency)
    lines.append(SheetRow(("", _words("Total"), debit, credit), role="total"))
    return Sheet(
        title=_words(TRIAL_BALANCE),
        columns=_columns("Code", "Account", "Debit", "Credit"),
        rows=lines,
        currency=currency,
        subtitle=_filled(AS_OF, as_of),
    )


def _section(title: str, lines: list[dict[str, Any]], total: object) -> list[SheetRow]:
    heading = _words(title)
    rows = [SheetRow((heading,), role="group")]
    rows += [
        SheetRow(
            (str(x.get("code") or ""), str(x.get("name") or ""), _amount(x.get("amount"))),
            key=str(x.get("code") or ""),
        )
        for x in lines
    ]
    english, arabic = _words("Total %1")
    words: Cell = (
        english.replace("%1", heading[0].lower()),
        arabic.replace("%1", heading[1]),
    )
    rows.append(SheetRow(("", words, _amount(total)), role="subtotal"))
    return rows


def profit_loss_sheet(report: dict[str, Any], currency: str) -> Sheet:
    rows = _section("Revenue", report.get("revenue") or [], report.get("totalRevenue"))
    rows += _section("Expenses", report.get("expenses") or [], report.get("totalExpenses"))
    rows.append(
        SheetRow(("", _words("Net profit"), _amount(report.get("netProfit"))), role="total")
    )
    period = f"{report.get('from') or ''} – {report.get('to') or ''}"
    return Sheet(
        title=_words(PROFIT_LOSS),
        columns=_columns("Code", "Account", "Amount"),
        rows=rows,
        currency=currency,
        subtitle=(period, period),
    )


def balance_sheet_sheet(report: dict[str, Any], currency: str) -> Sheet:
    rows = _section("Assets", report.get("assets") or [], report.get("totalAssets"))
    rows += _section("Liabilities", report.get("liabilities") or [], report.get("totalLiabilities"))
    rows += _section("Equity", report.get("equity") or [], report.get("totalEquity"))
    total = _amount(report.get("totalLiabilitiesAndEquity"))
    rows.append(SheetRow(("", _words("Total liabilities and equity"), total), role="total"))
    return Sheet(
        title=_words(BALANCE_SHEET),
        columns=_columns("Code", "Account", "Amount"),
        rows=rows,
        currency=currency,
        subtitle=_filled(AS_OF, str(report.get("asOf") or "")),
    )
