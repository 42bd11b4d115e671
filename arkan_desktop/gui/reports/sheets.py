"""The period reports as sheets: the VAT 201 return and its boxes' documents, the cash
flow statement, revenue by client and by project, budget vs actual.

Each builder turns a report's values (domain/reports) into a `Sheet` with its words in
both languages, so the view and every export show the same rows. No widgets here.
"""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.reports.budget import BudgetFigures, BudgetReport
from arkan_desktop.domain.reports.cash_flow import CashFlowLine, CashFlowStatement
from arkan_desktop.domain.reports.revenue import RevenueReport
from arkan_desktop.domain.reports.vat import VatBox, VatPart, VatReport
from arkan_desktop.gui.printing.bilingual import code_words
from arkan_desktop.gui.printing.sheet import Pair, Role, Sheet, SheetColumn, SheetRow
from arkan_desktop.gui.reports import words as w

ZERO = Decimal(0)
PART_HEADINGS = {VatPart.OUTPUTS: w.OUTPUTS, VatPart.INPUTS: w.INPUTS, VatPart.NET: w.NET}
# The boxes that total their part of the form.
TOTAL_BOXES = frozenset({"8", "11", "14"})


def period(start: str, end: str) -> Pair:
    """The period as a title bar shows it: short, and the same in both languages."""
    dates = f"{start} – {end}"
    return dates, dates


def _joined(*pairs: Pair) -> Pair:
    english = " · ".join(p[0] for p in pairs if p[0])
    arabic = " · ".join(p[1] for p in pairs if p[1])
    return english, arabic


def _plain(text: str) -> Pair:
    return text, text


def _rate(rate: Decimal) -> str:
    normal = rate.normalize()
    return f"{normal:f}" if normal != normal.to_integral_value() else f"{normal:.0f}"


# --- the VAT report -----------------------------------------------------------------------


def box_label(box: VatBox) -> Pair:
    source = w.BOX_LABELS.get(box.box)
    return w.pair(source) if source else _plain(box.label)


def vat_sheet(report: VatReport) -> Sheet:
    """Form VAT 201 box by box (where the server gives it), then the tax by rate."""
    columns = (
        SheetColumn(w.pair(w.BOX), "code"),
        SheetColumn(w.pair(w.DESCRIPTION)),
        SheetColumn(w.pair(w.AMOUNT), "money"),
        SheetColumn(w.pair(w.VAT_AMOUNT), "money"),
    )
    rows: list[SheetRow] = []
    if report.form is not None:
        part = None
        for box in report.form.boxes:
            if box.part is not part:
                part = box.part
                rows.append(SheetRow((w.pair(PART_HEADINGS[part]),), "group"))
            role: Role = "subtotal" if box.box in TOTAL_BOXES else "line"
            cells = (box.box, box_label(box), box.amount, box.vat)
            rows.append(SheetRow(cells, role, key=box.box))
    rows.append(SheetRow((w.pair(w.VAT_BY_RATE),), "group"))
    for rate in report.rates:
        shown = _rate(rate.rate)
        rows.append(SheetRow(("", w.pair(w.SALES_AT, shown), rate.sales_base, rate.output_tax)))
        rows.append(
            SheetRow(("", w.pair(w.PURCHASES_AT, shown), rate.purchases_base, rate.input_tax))
        )
    rows.append(SheetRow(("", w.pair(w.OUTPUT_VAT), None, report.output_vat), "subtotal"))
    rows.append(SheetRow(("", w.pair(w.INPUT_VAT), None, report.input_vat), "subtotal"))
    rows.append(SheetRow(("", w.pair(w.NET_PAYABLE), None, report.net_payable), "total"))
    title = w.pair(w.VAT_201 if report.form is not None else w.VAT_RETURN)
    return Sheet(title, columns, rows, report.currency, period(report.start, report.end))


def box_documents_sheet(report: VatReport, box: VatBox) -> Sheet:
    """The documents counted in one box, with their amounts and VAT, and the box's total."""
    columns = (
        SheetColumn(w.pair(w.NUMBER), "code"),
        SheetColumn(w.pair(w.TYPE)),
        SheetColumn(w.pair(w.DATE), "date"),
        SheetColumn(w.pair(w.PARTNER)),
        SheetColumn(w.pair(w.AMOUNT), "money"),
        SheetColumn(w.pair(w.VAT_AMOUNT), "money"),
    )
    rows = [
        SheetRow(
            (d.number, code_words(d.document_type), d.date, d.partner_name, d.amount, d.vat),
            key=d.document_id,
        )
        for d in box.documents
    ]
    amount = sum((d.amount for d in box.documents), ZERO)
    vat = sum((d.vat for d in box.documents), ZERO)
    rows.append(SheetRow((w.pair(w.TOTAL), None, None, None, amount, vat), "total"))
    title = w.pair(w.BOX_DOCUMENTS, box.box)
    return Sheet(title, columns, rows, report.currency, period(report.start, report.end))


# --- cash flow ----------------------------------------------------------------------------

_SECTIONS = {
    "operating": (w.OPERATING, w.NET_OPERATING),
    "investing": (w.INVESTING, w.NET_INVESTING),
    "financing": (w.FINANCING, w.NET_FINANCING),
}
_FIXED_LINES = {
    "netProfit": w.NET_PROFIT,
    "assetPurchases": w.ASSET_PURCHASES,
    "assetDisposals": w.ASSET_DISPOSALS,
}
_ACCOUNT_LINES = (("Increase in ", w.INCREASE_IN), ("Decrease in ", w.DECREASE_IN),
                  ("Non-cash: ", w.NON_CASH))  # fmt: skip


def cash_flow_label(line: CashFlowLine) -> Pair:
    """The line's words: ours where we know the line, else the server's."""
    if line.key in _FIXED_LINES:
        return w.pair(_FIXED_LINES[line.key])
    for prefix, source in _ACCOUNT_LINES:
        if line.label.startswith(prefix) and line.account_name:
            return w.pair(source, line.account_name)
    return _plain(line.label)


def cash_flow_sheet(statement: CashFlowStatement) -> Sheet:
    columns = (SheetColumn(w.pair(w.ITEM)), SheetColumn(w.pair(w.AMOUNT), "money"))
    rows: list[SheetRow] = []
    for section in statement.sections:
        heading, total = _SECTIONS.get(section.key, (section.key, section.key))
        rows.append(SheetRow((w.pair(heading),), "group"))
        rows += [SheetRow((cash_flow_label(x), x.amount), key=x.code) for x in section.lines]
        rows.append(SheetRow((w.pair(total), section.total), "subtotal"))
    rows.append(SheetRow((w.pair(w.NET_CHANGE), statement.net_change), "subtotal"))
    rows.append(SheetRow((w.pair(w.OPENING_CASH), statement.opening_cash), "subtotal"))
    rows.append(SheetRow((w.pair(w.CLOSING_CASH), statement.closing_cash), "total"))
    subtitle = period(statement.start, statement.end)
    return Sheet(w.pair(w.CASH_FLOW), columns, rows, statement.currency, subtitle)


# --- revenue ------------------------------------------------------------------------------


def revenue_sheet(report: RevenueReport, by_project: bool) -> Sheet:
    figures = (
        SheetColumn(w.pair(w.INVOICES), "quantity"),
        SheetColumn(w.pair(w.CREDIT_NOTES), "quantity"),
        SheetColumn(w.pair(w.REVENUE), "money"),
        SheetColumn(w.pair(w.COST), "money"),
        SheetColumn(w.pair(w.GROSS_PROFIT), "money"),
        SheetColumn(w.pair(w.SHARE), "quantity"),
    )
    names = (
        (SheetColumn(w.pair(w.CODE), "code"), SheetColumn(w.pair(w.PROJECT)),
         SheetColumn(w.pair(w.CLIENT)))
        if by_project
        else (SheetColumn(w.pair(w.CLIENT)),)
    )  # fmt: skip
    rows: list[SheetRow] = []
    for row in report.rows:
        name = w.pair(w.NO_PROJECT) if by_project and not row.key else _plain(row.name)
        heading: tuple[object, ...] = (row.code, name, row.client_name) if by_project else (name,)
        numbers = (row.invoice_count, row.credit_note_count, row.revenue, row.cost)
        cells = (*heading, *numbers, row.gross_profit, row.share)
        rows.append(SheetRow(cells, key=row.key))  # type: ignore[arg-type]
    blanks = (None,) * (len(names) - 1)
    other = (w.pair(w.OTHER_REVENUE), *blanks, None, None, report.other_revenue, None, None, None)
    total = (w.pair(w.TOTAL_REVENUE), *blanks, None, None, report.total_revenue, None, None, None)
    rows.append(SheetRow(other, "subtotal"))
    rows.append(SheetRow(total, "total"))
    title = w.pair(w.BY_PROJECT if by_project else w.BY_CLIENT)
    subtitle = period(report.start, report.end)
    return Sheet(title, (*names, *figures), rows, report.currency, subtitle)


# --- budget vs actual ---------------------------------------------------------------------


def _figures(f: BudgetFigures) -> tuple[Decimal, Decimal, Decimal, Decimal | None]:
    return f.budget, f.actual, f.variance, f.variance_percent


def budget_sheet(report: BudgetReport) -> Sheet:
    columns = (
        SheetColumn(w.pair(w.CODE), "code"),
        SheetColumn(w.pair(w.ACCOUNT)),
        SheetColumn(w.pair(w.BUDGETED), "money"),
        SheetColumn(w.pair(w.ACTUAL), "money"),
        SheetColumn(w.pair(w.VARIANCE), "money"),
        SheetColumn(w.pair(w.VARIANCE_PERCENT), "quantity"),
    )
    rows: list[SheetRow] = []
    for kind, heading, total in (
        ("revenue", w.REVENUE, w.TOTAL_REVENUE),
        ("expense", w.EXPENSES, w.TOTAL_EXPENSES),
    ):
        rows.append(SheetRow((w.pair(heading),), "group"))
        for line in (x for x in report.lines if x.kind == kind):
            cells = (line.code, _plain(line.name), *_figures(line.figures))
            rows.append(SheetRow(cells, key=line.account_id, alert=not line.figures.favourable))
        if kind in report.totals:
            figures = report.totals[kind]
            cells = ("", w.pair(total), *_figures(figures))
            rows.append(SheetRow(cells, "subtotal", alert=not figures.favourable))
    if "netProfit" in report.totals:
        figures = report.totals["netProfit"]
        cells = ("", w.pair(w.NET_PROFIT), *_figures(figures))
        rows.append(SheetRow(cells, "total", alert=not figures.favourable))
    subtitle = _joined(_plain(report.budget_name), period(report.start, report.end))
    return Sheet(w.pair(w.BUDGET), columns, rows, report.currency, subtitle)
