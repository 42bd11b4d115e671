"""Aged receivables as a `Sheet` for the shared Export menu: per currency its customers
and their total, with the view's words in English and Arabic, amounts exact."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.receivables import AgeBucket, AgedReport
from arkan_desktop.gui.printing.bilingual import Pair, both
from arkan_desktop.gui.printing.sheet import Money, Sheet, SheetColumn, SheetRow

CONTEXT = "AgedReceivablesView"  # the view's own words, translated once
TITLE = str(QT_TRANSLATE_NOOP("AgedReceivablesView", "Aged receivables"))
AS_OF = str(QT_TRANSLATE_NOOP("AgedReceivablesView", "As of %1"))
BUCKETS: dict[AgeBucket, str] = {
    AgeBucket.CURRENT: "Current",
    AgeBucket.DAYS_1_30: "1–30",
    AgeBucket.DAYS_31_60: "31–60",
    AgeBucket.DAYS_61_90: "61–90",
    AgeBucket.OVER_90: "Over 90",
}


def _words(source: str, value: str = "") -> Pair:
    english, arabic = both(CONTEXT, source)
    return english.replace("%1", value), arabic.replace("%1", value)


def aged_sheet(report: AgedReport) -> Sheet:
    columns = (
        SheetColumn(_words("Currency")),
        SheetColumn(_words("Customer")),
        *(SheetColumn(_words(BUCKETS[bucket]), "money") for bucket in AgeBucket),
        SheetColumn(_words("Total"), "money"),
    )
    rows = [
        SheetRow(
            (
                row.currency,
                _words("Total %1", row.currency) if row.is_total else row.partner_name,
                *(Money(amount, row.currency) for amount in [*row.buckets, row.total]),
            ),
            role="subtotal" if row.is_total else "line",
            key=row.partner_id,
        )
        for row in report.rows
    ]
    currencies = {row.currency for row in report.rows}
    return Sheet(
        title=_words(TITLE),
        columns=columns,
        rows=rows,
        currency=currencies.pop() if len(currencies) == 1 else "",
        subtitle=_words(AS_OF, report.as_of.isoformat()),
    )
