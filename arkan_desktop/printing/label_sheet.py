"""Labels as PDF: vector barcodes with quiet zones and readable text, on sheets or rolls.

Sheet templates place labels row by row from any start position of a partly used sheet;
thermal templates make one page per label, the size of the label. A calibration shifts
everything by the printer's measured offset. Imports no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.colors import HexColor, black
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.fonts import (
    BOLD,
    REGULAR,
    Align,
    FontFamily,
    draw_text,
    register_fonts,
    text_width,
)
from arkan_desktop.printing.labels import Barcode, Label
from arkan_desktop.printing.templates import Calibration, LabelTemplate, get_template

MAX_MODULE = 0.5 * mm  # wider bars scan no better and waste the label
MIN_MODULE = 0.13 * mm  # below this a laser printer cannot print bars that scan
MAX_BAR_HEIGHT = 25 * mm
OUTLINE = HexColor("#BBBBBB")


def fit_line(text: str, family: FontFamily, size: float, width: float) -> str:
    """The text, shortened with an ellipsis if it is wider than `width`."""
    if text_width(text, family, size) <= width:
        return text
    while text and text_width(text + "…", family, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_barcode(
    canvas: Canvas,
    barcode: Barcode,
    x: float,
    y: float,
    width: float,
    height: float,
    text_size: float,
) -> None:
    """The symbol centred in the box, quiet zones inside it, readable text underneath."""
    modules = barcode.modules()
    left_quiet, right_quiet = barcode.quiet_zones
    module = min(width / (len(modules) + left_quiet + right_quiet), MAX_MODULE)
    if module < MIN_MODULE:
        raise PrintingError(
            f"barcode '{barcode.value}' is too long for this label ({module / mm:.2f} mm bars)"
        )
    symbol_width = len(modules) * module
    start = x + (width - symbol_width - (right_quiet - left_quiet) * module) / 2
    text_height = text_size * 1.15
    # On big labels the bars stop at a sensible height, just under the texts.
    tallest = max(MAX_BAR_HEIGHT, symbol_width * 0.6) + text_height
    if height > tallest:
        y, height = y + height - tallest, tallest
    bars_bottom = y + text_height
    guards = {0, 1, 2, 45, 46, 47, 48, 49, 92, 93, 94} if barcode.symbology == "ean13" else set()
    path = canvas.beginPath()
    run_start: int | None = None
    for index, bit in enumerate(modules + "0"):
        if bit == "1" and run_start is None:
            run_start = index
        elif bit != "1" and run_start is not None:
            long = run_start in guards
            bottom = bars_bottom - (text_height * 0.55 if long else 0)
            path.rect(
                start + run_start * module,
                bottom,
                (index - run_start) * module,
                y + height - bottom,
            )
            run_start = None
    canvas.setFillColor(black)
    canvas.drawPath(path, stroke=0, fill=1)
    baseline = y + text_size * 0.22
    if barcode.symbology == "ean13":
        value = barcode.value
        draw_text(
            canvas, start - 9 * module, baseline, value[0], REGULAR, text_size, "center", 7 * module
        )
        draw_text(
            canvas,
            start + 3 * module,
            baseline,
            value[1:7],
            REGULAR,
            text_size,
            "center",
            42 * module,
        )
        draw_text(
            canvas,
            start + 50 * module,
            baseline,
            value[7:],
            REGULAR,
            text_size,
            "center",
            42 * module,
        )
    else:
        shown = fit_line(barcode.value, REGULAR, text_size, width)
        draw_text(canvas, x, baseline, shown, REGULAR, text_size, "center", width)


def draw_label(
    canvas: Canvas, label: Label, x: float, y: float, width: float, height: float
) -> None:
    """Lay one label out in the box: texts from the top, the barcode filling the rest."""
    pad = max(1.5 * mm, min(width, height) * 0.05)
    left, inner_width = x + pad, width - 2 * pad
    top, bottom = y + height - pad, y + pad
    size = min(max(height / mm * 0.25, 5.5), 18.0)
    texts: list[tuple[str, FontFamily, float]] = []
    if label.kind == "location":
        texts.append((label.title, BOLD, size * 1.7))
    else:
        texts.append((label.title, BOLD, size * 1.05))
    if label.emphasis:
        texts.append((label.emphasis, BOLD, size * 1.15))
    texts += [(line, REGULAR, size * 0.85) for line in label.lines]
    bar_text = size * 0.9
    min_bars = max(5 * mm, height * 0.3)
    cursor = top
    for text, family, text_size in texts:
        line_height = text_size * 1.2
        if cursor - line_height - bar_text * 1.15 - min_bars < bottom:
            break
        cursor -= line_height
        canvas.setFillColor(black)
        shown = fit_line(text, family, text_size, inner_width)
        align: Align = "center" if label.kind == "location" else "left"
        draw_text(
            canvas, left, cursor + text_size * 0.25, shown, family, text_size, align, inner_width
        )
    gap = 0.8 * mm
    draw_barcode(canvas, label.barcode, left, bottom, inner_width, cursor - gap - bottom, bar_text)


def render_labels_pdf(
    labels: Sequence[Label],
    template: str | LabelTemplate,
    start: int = 1,
    calibration: Calibration | None = None,
    outline: bool = False,
) -> bytes:
    """Labels on sheets (from slot `start`, 1-based) or one per page on a thermal roll.

    `outline` draws each label's edge, for checking a calibration on plain paper.
    """
    if not labels:
        raise PrintingError("there are no labels to print")
    layout = template if isinstance(template, LabelTemplate) else get_template(template)
    calibration = calibration or Calibration()
    if not 1 <= start <= layout.per_sheet:
        raise PrintingError(
            f"start position {start} is off the sheet: {layout.name} has {layout.per_sheet} labels"
        )
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=layout.page_size, invariant=True, pageCompression=1)
    canvas.setTitle(f"Labels ({layout.description})")
    canvas.setCreator("Arkan Desktop")
    width, height = layout.label_size
    slot = start - 1
    for index, label in enumerate(labels):
        if index and slot % layout.per_sheet == 0:
            canvas.showPage()
        x, y = layout.label_origin(slot % layout.per_sheet, calibration)
        if outline:
            canvas.setStrokeColor(OUTLINE)
            canvas.setLineWidth(0.3)
            canvas.roundRect(x, y, width, height, layout.corner_mm * mm, stroke=1, fill=0)
        draw_label(canvas, label, x, y, width, height)
        slot += 1
    canvas.showPage()
    canvas.save()
    return out.getvalue()
