"""The tables of an invoice: parties and details, the lines (header on every page), totals.

Labels follow the language setting: English, Arabic, or both side by side; in Arabic only
the lines table reads right to left. Numbers print with the currency's decimals.
Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TypeAlias

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Table, TableStyle

from arkan_desktop.domain.money import exponent, format_amount
from arkan_desktop.printing.branding import Branding, Language
from arkan_desktop.printing.document import Party, PrintableInvoice
from arkan_desktop.printing.fonts import Align
from arkan_desktop.printing.text import BidiPair, BidiText, TextStyle
from arkan_desktop.printing.wording import both, pick

GREY = HexColor("#5A6472")
RULE = HexColor("#C9D1DB")
BODY = TextStyle(size=8)
SMALL = TextStyle(size=6.8, color=GREY)
LABEL = TextStyle(size=7, color=GREY)
BOLD_BODY = TextStyle(size=8.5, bold=True)

Cell: TypeAlias = "str | Flowable | list[Flowable]"


def money(amount: Decimal, currency: str) -> str:
    return format_amount(amount, currency)


def quantity(value: Decimal) -> str:
    text = f"{value.normalize():,f}"
    return text


def unit_price(value: Decimal, currency: str) -> str:
    places = max(exponent(currency), -int(value.normalize().as_tuple().exponent))
    return f"{value:,.{places}f}"


def percent(value: Decimal) -> str:
    return f"{value.normalize():f}"


def labelled(
    rows: Sequence[tuple[tuple[str, str], Cell]],
    language: Language,
    width: float,
    label_style: TextStyle = LABEL,
    label_width: float = 27 * mm,
) -> Table:
    """Key/value rows: [English label | value | Arabic label], or one label per language."""
    data: list[list[Cell]] = []
    for pair, value in rows:
        english, arabic = pair
        if language == "both":
            data.append(
                [
                    BidiText(english, label_style),
                    value,
                    BidiText(arabic, label_style.but(align="right")),
                ]
            )
        elif language == "en":
            data.append([BidiText(english, label_style), value])
        else:
            data.append([value, BidiText(arabic, label_style.but(align="right"))])
    if language == "both":
        widths = [label_width, width - 2 * label_width, label_width]
    elif language == "en":
        widths = [label_width, width - label_width]
    else:
        widths = [width - label_width, label_width]
    table = Table(data, colWidths=widths, hAlign="RIGHT" if language == "ar" else "LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ]
        )
    )
    return table


def value(text: str, style: TextStyle = BODY, language: Language = "en") -> BidiText:
    return BidiText(text, style.but(align="right") if language == "ar" else style)


def party_block(heading: tuple[str, str], party: Party, language: Language) -> list[Flowable]:
    align: Align = "right" if language == "ar" else "left"
    out: list[Flowable] = [
        BidiText("  |  ".join(pick(heading, language)), LABEL.but(bold=True, align=align))
    ]
    if language == "both" and party.name_ar:
        out.append(BidiPair(party.name, party.name_ar, BOLD_BODY))
    else:
        name = party.name_ar or party.name if language == "ar" else party.name
        out.append(BidiText(name, BOLD_BODY.but(align=align)))
    out.append(BidiText(list(party.address), BODY.but(align=align)))
    if party.tax_id:
        english, arabic = both("trn")
        strong = BODY.but(bold=True)
        if language == "both":
            out.append(BidiPair(f"{english}: {party.tax_id}", arabic, strong))
        else:
            label = arabic if language == "ar" else english
            out.append(BidiText(f"{label}: {party.tax_id}", strong.but(align=align)))
    return out


def boxed(cells: list[Cell], widths: list[float], branding: Branding) -> Table:
    table = Table([cells], colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (0, 0), 0.6, RULE),
                ("BOX", (-1, 0), (-1, 0), 0.6, RULE),
                ("BACKGROUND", (0, 0), (0, 0), branding.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


COLUMNS: list[tuple[str, float]] = [
    ("position", 7 * mm),
    ("description", 0.0),
    ("quantity", 15 * mm),
    ("unit_price", 21 * mm),
    ("discount", 13 * mm),
    ("net", 23 * mm),
    ("tax_rate", 13 * mm),
    ("tax", 19 * mm),
    ("amount", 24 * mm),
]
VAT_COLUMNS = ("net", "tax_rate", "tax")


def lines_table(
    document: PrintableInvoice, branding: Branding, language: Language, width: float
) -> LongTable:
    """The lines; its header row repeats at the top of every page."""
    rtl = language == "ar"
    columns = [c for c in COLUMNS if document.shows_vat or c[0] not in VAT_COLUMNS]
    fixed = sum(w for _k, w in columns)
    widths = [w or width - fixed for _k, w in columns]
    head_style = TextStyle(size=6.8, bold=True, color=white, align="center", leading_ratio=1.2)
    header: list[Cell] = [BidiText(pick(both(key), language), head_style) for key, _w in columns]
    currency = document.currency
    rows: list[list[Cell]] = [header]
    text_align = "right" if rtl else "left"
    for line in document.lines:
        description: list[Flowable] = [BidiText(line.description, BODY.but(align=text_align))]
        if line.sku:
            description.append(BidiText(line.sku, SMALL.but(align=text_align)))
        qty = quantity(line.quantity)
        if line.uom and line.uom not in ("unit", "units", "pcs"):
            qty += f" {line.uom}"
        cells: dict[str, Cell] = {
            "position": str(line.position),
            "description": description,
            "quantity": qty,
            "unit_price": unit_price(line.unit_price, currency),
            "discount": percent(line.discount_percent),
            "net": money(line.net, currency),
            "tax_rate": percent(line.tax_rate),
            "tax": money(line.tax, currency),
            "amount": money(line.total, currency),
        }
        rows.append([cells[key] for key, _w in columns])
    if rtl:
        rows = [list(reversed(row)) for row in rows]
        widths = list(reversed(widths))
    table = LongTable(rows, colWidths=widths, repeatRows=1)
    number_align = "RIGHT"  # in both directions, so that decimal points line up
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 1), (-1, -1), "ArkanSans"),
        ("FONTSIZE", (0, 1), (-1, -1), 8),
        ("LEADING", (0, 1), (-1, -1), 10),
        ("ALIGN", (0, 1), (-1, -1), number_align),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), branding.primary),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    position_col = len(columns) - 1 if rtl else 0
    style.append(("ALIGN", (position_col, 1), (position_col, -1), "CENTER"))
    for index in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, index), (-1, index), branding.accent))
    table.setStyle(TableStyle(style))
    return table


def totals_table(
    document: PrintableInvoice, language: Language, width: float, highlight: Color
) -> Table:
    currency = document.currency
    credit = document.kind.name == "CREDIT_NOTE"
    rows: list[tuple[tuple[str, str], str, bool]] = []
    total_key = "credit_total" if credit else "total"
    if document.shows_vat:
        rows.append((both("subtotal"), money(document.subtotal, currency), False))
        for row in document.tax_rows:
            pair = both("vat_at", rate=percent(row.rate), base=money(row.base, currency))
            rows.append((pair, money(row.tax, currency), False))
    else:  # outside VAT: no subtotal "excl. VAT", no VAT lines, a plain total
        total_key += "_no_vat"
    rows.append((both(total_key), money(document.total, currency), True))
    if not credit:
        rows.append((both("paid"), money(document.paid, currency), False))
        rows.append((both("due"), money(document.due, currency), True))
    data: list[list[Cell]] = []
    strong: list[int] = []
    for index, (pair, amount, bold) in enumerate(rows):
        style = BODY.but(bold=bold, size=8.5 if bold else 8)
        label_cells: list[Cell] = [
            BidiText(text, style.but(align="right" if language != "en" else "left"))
            for text in pick(pair, language)
        ]
        figure: Cell = BidiText(f"{currency} {amount}", style.but(align="right"))
        data.append([*label_cells, figure] if language != "ar" else [figure, *label_cells])
        if bold:
            strong.append(index)
    value_width = 30 * mm
    label_count = 2 if language == "both" else 1
    label_width = (width - value_width) / label_count
    widths = [label_width] * label_count
    widths = [*widths, value_width] if language != "ar" else [value_width, *widths]
    table = Table(data, colWidths=widths)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    for index in strong:
        commands.append(("BACKGROUND", (0, index), (-1, index), highlight))
    table.setStyle(TableStyle(commands))
    return table
