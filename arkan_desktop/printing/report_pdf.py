"""Any report or list as PDF bytes, on the same pages as the invoices, in en, ar or both.

`render_report_pdf(report, company, branding, lang)` is what the GUI's "Export to PDF"
and "Print" call with a `TabularReport`; it needs no network. Every page carries the
company's header, the report's title and period in the title bar, the table's header
row, the footnote ("As of …") and "Page X of Y". Portrait when the columns fit, else
landscape. Imports no Qt.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from arkan_desktop.printing.branding import Branding, check_language
from arkan_desktop.printing.document import Record, company_party
from arkan_desktop.printing.invoice_layout import PageHeader, build_pdf, content_width
from arkan_desktop.printing.report import TabularReport, checked_rows, pick_text
from arkan_desktop.printing.report_table import report_table
from arkan_desktop.printing.text import BidiText, TextStyle
from arkan_desktop.printing.wording import both, pick

NOTHING = TextStyle(size=9)


def render_report_pdf(
    report: TabularReport,
    company: Record,
    branding: Branding | None = None,
    lang: str | None = None,
) -> bytes:
    """The report as PDF bytes. `company` is the cached company dict (its name, address and,
    when registered for VAT, TRN head each page); `lang` overrides the branding's language.
    """
    branding = branding or Branding()
    language = check_language(lang or branding.language)
    rows = checked_rows(report)
    seller = company_party(company)
    widths = (content_width(branding), content_width(branding, landscape=True))
    table = report_table(report, rows, language, branding, widths)
    story: list[Flowable] = [table]
    if not rows:
        align = "right" if language == "ar" else "left"
        story += [
            Spacer(1, 4 * mm),
            BidiText(" | ".join(pick(both("no_rows"), language)), NOTHING.but(align=align)),
        ]
    english, arabic = report.title
    header = PageHeader(
        title=(english, arabic or english),
        number=pick_text(report.subtitle, language),
        seller=seller,
        branding=branding,
        language=language,
        footnote=pick_text(report.footnote, language),
    )
    return build_pdf(story, header, report.title[0], seller.name, table.grid.landscape)
