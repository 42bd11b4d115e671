"""Reports the report tests print and export: the shapes the GUI hands over."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from arkan_desktop.printing.report import Amount, CellValue, ReportColumn, ReportRow, TabularReport

LEDGER_COLUMNS = (
    ReportColumn(("Date", "التاريخ"), "date"),
    ReportColumn(("Entry", "القيد"), "code"),
    ReportColumn(("Memo", "البيان"), "text"),
    ReportColumn(("State", "الحالة"), "text"),
    ReportColumn(("Debit", "مدين"), "money"),
    ReportColumn(("Credit", "دائن"), "money"),
    ReportColumn(("Balance", "الرصيد"), "money"),
)
LONG_MEMO = (
    "Payment received from Marina Trading FZE for invoices INV-2026-00315, INV-2026-00316"
    " and INV-2026-00317, bank transfer reference FT2611190042, less bank charges"
)


def ledger(rows: int = 120, per_account: int = 40) -> TabularReport:
    """A KWD general ledger: a group per account with a subtotal, a totals row.

    Entry JE-2026-0000n carries a debit of n.125 on odd n and a credit of n.5 on even n.
    """
    lines: list[ReportRow | tuple[CellValue, ...]] = []
    balance = debits = credits = Decimal(0)
    group_debits = group_credits = Decimal(0)
    for n in range(1, rows + 1):
        if n % per_account == 1:
            account = 1100 + n // per_account
            heading = (f"Account {account} Cash at bank", f"الحساب {account} النقد في البنك")
            lines.append(ReportRow.group(heading))
        debit = Decimal(n) + Decimal("0.125") if n % 2 else None
        credit = Decimal(n) + Decimal("0.5") if not n % 2 else None
        balance += (debit or 0) - (credit or 0)
        group_debits += debit or 0
        group_credits += credit or 0
        memo: CellValue = LONG_MEMO if n == 7 else ("Sale to Al Fajr", "بيع إلى الفجر")
        lines.append(
            (
                date(2026, 3, 1) + timedelta(days=n % 28),
                f"JE-2026-{n:05d}",
                memo,
                ("Posted", "مرحّل"),
                debit,
                credit,
                balance,
            )
        )
        if n % per_account == 0 or n == rows:
            lines.append(
                ReportRow.subtotal(
                    None, None, None, ("Subtotal", "المجموع"), group_debits, group_credits, None
                )
            )
            debits += group_debits
            credits += group_credits
            group_debits = group_credits = Decimal(0)
    return TabularReport(
        title=("General Ledger", "دفتر الأستاذ العام"),
        columns=LEDGER_COLUMNS,
        rows=lines,
        subtitle="1 Mar 2026 – 31 Mar 2026",
        totals=(None, None, None, ("Total", "الإجمالي"), debits, credits, balance),
        footnote=("As of 19 Nov 2026 14:05", "حتى 19 نوفمبر 2026 14:05"),
        currency="KWD",
    )


def mixed_currencies() -> TabularReport:
    """An invoice list whose rows differ in currency: AED (2 decimals) and KWD (3)."""
    return TabularReport(
        title=("Invoices", "الفواتير"),
        columns=(
            ReportColumn(("Number", "الرقم"), "code"),
            ReportColumn(("Customer", "العميل"), "text"),
            ReportColumn(("Quantity", "الكمية"), "quantity"),
            ReportColumn(("Total", "الإجمالي"), "money"),
        ),
        rows=[
            ("INV-1", "Al Fajr Trading FZCO", Decimal("2"), Amount(Decimal("1234.5"), "AED")),
            ("INV-2", "Marina Trading FZE", Decimal("12.75"), Amount(Decimal("-43.932"), "KWD")),
            ("INV-3", "Gulf Star", Decimal("1250"), Amount(Decimal("98765.43"), "AED")),
            ("INV-4", "=HYPERLINK(1)", Decimal("0.125"), Amount(Decimal("7"), "BHD")),
        ],
        currency="",
    )
