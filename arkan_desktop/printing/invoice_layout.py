"""The page of an invoice, credit note or receipt: header, title bar, warning bands, footer.

Every page repeats the seller's header, the title bar with the document number, any
warning band (totals differ from the server, draft, cancelled) and the footer with
"Page X of Y", which is drawn once the page count is known. Imports no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from arkan_desktop.printing.branding import Branding, Language
from arkan_desktop.printing.document import Party
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.fonts import BOLD, REGULAR, draw_text, register_fonts
from arkan_desktop.printing.wording import both, joined

MARGIN = 14 * mm
BAND_HEIGHT = 6.5 * mm
GREY = HexColor("#5A6472")


@dataclass(frozen=True)
class Band:
    """A full-width warning strip under the title bar, on every page."""

    text: str
    color: Color


@dataclass(frozen=True)
class PageHeader:
    title: tuple[str, str]
    number: str
    seller: Party
    branding: Branding
    language: Language
    bands: Sequence[Band] = ()
    footnote: str = ""  # printed in every page's footer (a report's "as of ...")

    @property
    def height(self) -> float:
        return 35 * mm + BAND_HEIGHT * len(self.bands)


def page_size(branding: Branding, landscape: bool = False) -> tuple[float, float]:
    width, height = LETTER if branding.paper == "Letter" else A4
    return (height, width) if landscape else (width, height)


def _logo(canvas: Canvas, path: str, x: float, top: float) -> float:
    """Draw the logo in a 40×18 mm box at the top left; return the width it took."""
    if not Path(path).is_file():
        raise PrintingError(f"logo file '{path}' does not exist")
    try:
        image = ImageReader(path)
        width, height = image.getSize()
    except Exception as error:
        raise PrintingError(f"logo file '{path}' is not an image reportlab can read") from error
    scale = min(40 * mm / width, 18 * mm / height)
    canvas.drawImage(image, x, top - height * scale, width * scale, height * scale, mask="auto")
    return width * scale + 4 * mm


def draw_header(canvas: Canvas, header: PageHeader) -> None:
    page_width, page_height = canvas._pagesize
    left, right = MARGIN, page_width - MARGIN
    top = page_height - 10 * mm
    lang = header.language
    seller = header.seller
    x = left
    if header.branding.logo_path:
        x += _logo(canvas, header.branding.logo_path, left, top)
    canvas.setFillColor(header.branding.primary)
    trn = f"{both('trn')[0]}: {seller.tax_id}" if seller.tax_id else ""
    if lang in ("en", "both"):
        draw_text(canvas, x, top - 4.5 * mm, seller.name, BOLD, 12)
        canvas.setFillColor(GREY)
        details = [*seller.address, " · ".join(p for p in (seller.phone, seller.email) if p)]
        for index, line in enumerate([*details, trn]):
            draw_text(canvas, x, top - (9 + 3.4 * index) * mm, line, REGULAR, 7.5)
    if lang in ("ar", "both"):
        canvas.setFillColor(header.branding.primary)
        width = right - x
        draw_text(
            canvas, x, top - 4.5 * mm, seller.name_ar or seller.name, BOLD, 12, "right", width
        )
        canvas.setFillColor(GREY)
        details = list(seller.address) if lang == "ar" else []
        trn_ar = f"{both('trn')[1]}: {seller.tax_id}" if seller.tax_id else ""
        for index, line in enumerate([*details, trn_ar]):
            draw_text(canvas, x, top - (9 + 3.4 * index) * mm, line, REGULAR, 7.5, "right", width)
    bar_top = top - 25 * mm
    canvas.setFillColor(header.branding.primary)
    canvas.rect(left, bar_top - 9 * mm, right - left, 9 * mm, stroke=0, fill=1)
    canvas.setFillColor(white)
    baseline = bar_top - 6.2 * mm
    width = right - left - 6 * mm
    if lang == "both":
        draw_text(canvas, left + 3 * mm, baseline, header.title[0].upper(), BOLD, 13)
        draw_text(canvas, left + 3 * mm, baseline, header.title[1], BOLD, 13, "right", width)
        draw_text(canvas, left + 3 * mm, baseline, header.number, BOLD, 11, "center", width)
    else:
        title = header.title[0].upper() if lang == "en" else header.title[1]
        draw_text(
            canvas,
            left + 3 * mm,
            baseline,
            title,
            BOLD,
            13,
            "auto" if lang == "en" else "right",
            width,
        )
        draw_text(
            canvas,
            left + 3 * mm,
            baseline,
            header.number,
            BOLD,
            11,
            "right" if lang == "en" else "left",
            width,
        )
    band_top = bar_top - 9 * mm
    for band in header.bands:
        canvas.setFillColor(band.color)
        canvas.rect(left, band_top - BAND_HEIGHT, right - left, BAND_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(white)
        draw_text(canvas, left, band_top - 4.4 * mm, band.text, BOLD, 8.5, "center", right - left)
        band_top -= BAND_HEIGHT


def draw_footer(canvas: Canvas, header: PageHeader, page: int, pages: int) -> None:
    page_width, _ = canvas._pagesize
    left, right = MARGIN, page_width - MARGIN
    y = 9 * mm
    canvas.setStrokeColor(header.branding.primary)
    canvas.setLineWidth(0.6)
    canvas.line(left, y + 4 * mm, right, y + 4 * mm)
    canvas.setFillColor(GREY)
    note = "  ·  ".join(t for t in (header.footnote, header.branding.footer) if t)
    if note:
        draw_text(canvas, left, y, note, REGULAR, 7, "left", right - left)
    label = joined(both("page", page=page, pages=pages), header.language, "  ·  ")
    draw_text(canvas, left, y, label, REGULAR, 7, "right", right - left)


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the count is known, for "Page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                footer(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    flowables: list[Flowable],
    header: PageHeader,
    title: str,
    author: str,
    landscape: bool = False,
) -> bytes:
    """Lay the flowables out on pages with the header and footer; return the PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    page_width, page_height = page_size(header.branding, landscape)
    top = header.height + 10 * mm
    frame = Frame(
        MARGIN,
        16 * mm,
        page_width - 2 * MARGIN,
        page_height - top - 16 * mm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc = BaseDocTemplate(
        out,
        pagesize=(page_width, page_height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=top,
        bottomMargin=16 * mm,
        title=title,
        author=author,
        creator="Arkan Desktop",
        invariant=True,
    )
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: draw_header(c, header))]
    )
    doc.build(
        flowables,
        canvasmaker=_numbered_canvas(lambda c, page, pages: draw_footer(c, header, page, pages)),
    )
    return out.getvalue()


def content_width(branding: Branding, landscape: bool = False) -> float:
    return page_size(branding, landscape)[0] - 2 * MARGIN


def content_height(header: PageHeader, landscape: bool = False) -> float:
    """The height of the body frame that `build_pdf` lays the flowables into."""
    return page_size(header.branding, landscape)[1] - header.height - 10 * mm - 16 * mm
