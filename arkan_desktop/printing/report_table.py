"""A report's table on the page: column widths, wrapped cells, the header row on every page.

Drawn straight onto the canvas, one text object a page (reportlab's Table with bidi cells
costs about a millisecond a row; this a fraction of that). Numbers are right-aligned on
their decimal point in both directions, so that an AED 2-decimal and a KWD 3-decimal
amount line up on the point; in Arabic the columns are mirrored (the first on the right)
and text starts at the right. Every printed line is shaped and reordered on its own
(`fonts.layout_lines`). Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from arkan_desktop.printing.branding import Branding, Language
from arkan_desktop.printing.fonts import (
    BOLD,
    REGULAR,
    Align,
    FontFamily,
    is_rtl,
    layout_lines,
    measured_runs,
    text_width,
)
from arkan_desktop.printing.report import (
    Amount,
    CheckedRow,
    TabularReport,
    Value,
    cell_text,
    column_title,
)

RULE = HexColor("#C9D1DB")
GROUP_TINT = HexColor("#DCE3EC")
BODY_SIZE = 8.0
HEAD_RATIO = 7.0 / 8.0  # the header row's type against the body's
SMALLEST = 5.5  # below this a report is unreadable: it wraps instead of shrinking more
PAD = 2.5
VPAD = 2.0
EDGE = 2 * PAD + 1.0  # a cell's padding, and a point so that rounding never wraps a word
LEADING = 1.25
MAX_LINES = 30  # a cell taller than this is cut with "…": a row must fit on one page
TEXT_MIN = 22 * mm
TEXT_CAP = 90 * mm
CODE_CAP = 45 * mm
NUMBER_GAP = 3 * mm  # between two columns of figures, so that they never read as one

Runs = tuple[tuple[str, str, float], ...]  # (face, text, width) from fonts.measured_runs


@dataclass
class LaidRow:
    """One row ready to draw: its height and each run's (x, baseline below the top, runs)."""

    role: str
    height: float = 0.0
    texts: list[tuple[float, float, Runs]] = field(default_factory=list)
    shaded: bool = False


@dataclass(frozen=True)
class Grid:
    """Column widths (logical order), each column's left edge on the page, the type size."""

    widths: tuple[float, ...]
    lefts: tuple[float, ...]
    size: float
    landscape: bool


def _fraction(text: str) -> str:
    point = text.rfind(".")
    return text[point:] if point >= 0 else ""


def _pieces(value: Value, language: Language) -> list[tuple[str, Align | None]]:
    """A cell's paragraphs; in both languages a pair prints English, then Arabic at the
    right, as Gulf bilingual forms do (None: the column's own alignment)."""
    if language == "both" and isinstance(value, tuple) and not isinstance(value, Amount):
        english, arabic = value
        if english and arabic and english != arabic:
            return [(english, "left"), (arabic, "right")]
    return [(cell_text(value, language), None)]


class _Measure:
    """The widths a report's cells need, measured once at the body size (they scale)."""

    def __init__(self, report: TabularReport, rows: Sequence[CheckedRow], language: Language):
        self.language = language
        self.columns = report.columns
        self.currencies = [report.currency_of(c) for c in report.columns]
        texts: list[set[tuple[str, bool]]] = [set() for _ in report.columns]
        for row in rows:
            if row.role == "group":
                continue
            bold = row.role != "line"
            for index, value in enumerate(row.values):
                for text, _align in _pieces(value, language):
                    texts[index].add((text, bold))
        self.wants: list[tuple[float, float]] = []
        self.fractions: list[float] = []
        for index, column in enumerate(self.columns):
            head = max(
                (
                    text_width(word, BOLD, BODY_SIZE * HEAD_RATIO)
                    for line in column_title(column, language, report.currency_of(column))
                    for word in line.split()
                ),
                default=0.0,
            )
            whole = fraction = 0.0
            for text, bold in texts[index]:
                family = BOLD if bold else REGULAR
                tail = text_width(_fraction(text), family, BODY_SIZE) if column.numeric else 0.0
                whole = max(whole, text_width(text, family, BODY_SIZE) - tail)
                fraction = max(fraction, tail)
            self.fractions.append(fraction)
            if column.numeric:
                wanted = max(whole + fraction + NUMBER_GAP, head) + EDGE
                self.wants.append((wanted, wanted))
            elif column.kind == "date":
                self.wants.append((max(whole, head) + EDGE,) * 2)
            elif column.kind == "code":
                self.wants.append((min(max(whole, head) + EDGE, CODE_CAP),) * 2)
            else:
                wanted = min(max(whole, head) + EDGE, TEXT_CAP)
                self.wants.append((wanted, min(wanted, TEXT_MIN)))

    def natural(self, size: float) -> list[tuple[float, float]]:
        """(width wanted, width it can shrink to) per column at a type size."""
        scale = size / BODY_SIZE
        return [(want * scale, low * scale) for want, low in self.wants]


def plan_grid(measure: _Measure, portrait: float, landscape: float) -> Grid:
    """Portrait when the columns fit it, else landscape; smaller type only as a last resort."""
    count = len(measure.columns)
    wants = measure.natural(BODY_SIZE)
    least = sum(low for _want, low in wants)
    width, turned, size = portrait, False, BODY_SIZE
    if least > portrait:
        width, turned = landscape, True
    if least > width:
        size = max(SMALLEST, BODY_SIZE * width / least)
        wants = measure.natural(size)
    widths = [low for _want, low in wants]
    spare = width - sum(widths)
    # Short columns get all they want first, so that "1100 Cash at bank" does not wrap
    # to give a long memo a few more millimetres; the long ones share what is left.
    growing = sorted(
        (i for i in range(count) if wants[i][0] > widths[i]), key=lambda i: wants[i][0]
    )
    for place, index in enumerate(growing):
        fair = max(spare, 0.0) / (len(growing) - place)
        grow = min(wants[index][0] - widths[index], fair)
        widths[index] += grow
        spare -= grow
    if spare > 0:
        texts = [i for i, c in enumerate(measure.columns) if c.kind == "text"]
        takers = texts or list(range(count))
        weight = sum(widths[i] for i in takers)
        for i in takers:
            widths[i] += spare * widths[i] / weight
    elif spare < 0:  # even the smallest type does not fit: squeeze all alike (text wraps)
        widths = [w * width / sum(widths) for w in widths]
    lefts: list[float] = []
    x = 0.0
    for w in widths:
        lefts.append(x)
        x += w
    if measure.language == "ar":
        lefts = [width - left - w for left, w in zip(lefts, widths, strict=True)]
    return Grid(tuple(widths), tuple(lefts), size, turned)


class RowPainter:
    """Lays each row's cells into lines placed on the grid."""

    def __init__(self, measure: _Measure, grid: Grid) -> None:
        self.measure = measure
        self.grid = grid
        self.currencies = measure.currencies
        self.start: Align = "right" if measure.language == "ar" else "left"
        self.scale = grid.size / BODY_SIZE
        self.leading = grid.size * LEADING

    @staticmethod
    def _lines(
        text: str, family: FontFamily, size: float, width: float, most: int
    ) -> tuple[tuple[str, bool], ...]:
        lines = layout_lines(text, family, size, max(width, size))
        if len(lines) > most:
            last, rtl = lines[most - 1]
            lines = (*lines[: most - 1], ("…" + last if rtl else last + "…", rtl))
        return lines

    @staticmethod
    def _place(
        row: LaidRow,
        visual: str,
        family: FontFamily,
        size: float,
        box: tuple[float, float],
        baseline: float,
        align: Align,
    ) -> None:
        runs, width = measured_runs(visual, family, size)
        left, room = box
        x = left + room - width if align == "right" else left
        row.texts.append((x, baseline, runs))

    def _paragraphs(
        self,
        row: LaidRow,
        pieces: list[tuple[str, Align | None]],
        family: FontFamily,
        size: float,
        box: tuple[float, float],
        stacked: bool = True,
    ) -> int:
        """Wrap and place paragraphs one under the other; return the lines used."""
        leading = size * LEADING
        count = 0
        most = MAX_LINES // len(pieces)
        for text, align in pieces:
            for visual, rtl in self._lines(text, family, size, box[1], most):
                chosen = align or ("right" if rtl and self.start == "right" else self.start)
                baseline = VPAD + count * leading + leading * 0.75
                self._place(row, visual, family, size, box, baseline, chosen)
                if stacked:
                    count += 1
        return max(count, 1)

    def header(self) -> LaidRow:
        size = self.grid.size * HEAD_RATIO
        row = LaidRow("header")
        tallest = 1
        for index, column in enumerate(self.measure.columns):
            box = (self.grid.lefts[index] + PAD, self.grid.widths[index] - 2 * PAD)
            pieces: list[tuple[str, Align | None]] = [
                (title, "right" if column.numeric or is_rtl(title) else None)
                for title in column_title(column, self.measure.language, self.currencies[index])
            ]
            tallest = max(tallest, self._paragraphs(row, pieces, BOLD, size, box))
        row.height = tallest * size * LEADING + 2 * VPAD
        return row

    def row(self, checked: CheckedRow) -> LaidRow:
        size, leading = self.grid.size, self.leading
        row = LaidRow(checked.role)
        family = REGULAR if checked.role == "line" else BOLD
        if checked.role == "group":
            room = sum(self.grid.widths) - 2 * PAD
            pieces = _pieces(checked.values[0], self.measure.language)
            # In both languages English left and Arabic right on one line when they fit.
            side_by_side = len(pieces) == 2 and (
                sum(text_width(text, BOLD, size) for text, _a in pieces) + 4 * PAD < room
            )
            count = self._paragraphs(row, pieces, BOLD, size, (PAD, room), not side_by_side)
            row.height = count * leading + 2 * VPAD
            return row
        tallest = 1
        for index, value in enumerate(checked.values):
            if value is None:
                continue
            column = self.measure.columns[index]
            box = (self.grid.lefts[index] + PAD, self.grid.widths[index] - 2 * PAD)
            if column.numeric:
                # The box ends where this number's fraction ends: the points line up.
                text = cell_text(value, self.measure.language)
                tail = measured_runs(_fraction(text), family, size)[1]
                room = box[1] - self.measure.fractions[index] * self.scale + tail
                self._place(row, text, family, size, (box[0], room), leading * 0.75 + VPAD, "right")
                continue
            pieces = _pieces(value, self.measure.language)
            tallest = max(tallest, self._paragraphs(row, pieces, family, size, box))
        row.height = tallest * leading + 2 * VPAD
        return row


class ReportTable(Flowable):
    """The rows under a header row that repeats at the top of every page they run onto."""

    def __init__(self, header: LaidRow, rows: list[LaidRow], grid: Grid, branding: Branding):
        super().__init__()
        self.header = header
        self.rows = rows
        self.grid = grid
        self.branding = branding
        self.width = sum(grid.widths)
        self.height = header.height + sum(r.height for r in rows)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header.height
        fits = 0
        for row in self.rows:
            if row.height > room:
                break
            room -= row.height
            fits += 1
        # A group heading never ends a page, and the totals never start one alone.
        while fits and self.rows[fits - 1].role == "group":
            fits -= 1
        if fits == len(self.rows) - 1 and self.rows[-1].role == "total" and fits > 1:
            fits -= 1
        if fits == 0:
            return []
        head, tail = self.rows[:fits], self.rows[fits:]
        return [
            ReportTable(self.header, head, self.grid, self.branding),
            ReportTable(self.header, tail, self.grid, self.branding),
        ]

    def _bands(self) -> None:
        """Backgrounds and rules first: the text goes on top in one text object."""
        canvas = self.canv
        primary, accent = self.branding.primary, self.branding.accent
        fills: list[tuple[float, float, Color]] = [(self.height, self.header.height, primary)]
        top = self.height - self.header.height
        rules: list[tuple[float, Color, float]] = []
        for row in self.rows:
            if row.role == "group":
                fills.append((top, row.height, GROUP_TINT))
            elif row.role == "total" or row.shaded:
                fills.append((top, row.height, accent))
            if row.role == "total":
                rules.append((top, primary, 0.8))
            elif row.role == "subtotal":
                rules.append((top, black, 0.5))
            top -= row.height
            rules.append((top, RULE, 0.4))
        for top, height, color in fills:
            canvas.setFillColor(color)
            canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
        for y, color, width in rules:
            canvas.setStrokeColor(color)
            canvas.setLineWidth(width)
            canvas.line(0, y, self.width, y)

    def draw(self) -> None:
        self._bands()
        text = self.canv.beginText()
        current = ("", 0.0)
        top = self.height
        for row, color in [(self.header, white), *((r, black) for r in self.rows)]:
            text.setFillColor(color)
            size = self.grid.size * (HEAD_RATIO if row.role == "header" else 1.0)
            for left, baseline, runs in row.texts:
                x = left
                for face, run, width in runs:
                    text.setTextOrigin(x, top - baseline)
                    if current != (face, size):
                        text.setFont(face, size)
                        current = (face, size)
                    text.textOut(run)
                    x += width
            top -= row.height
        self.canv.drawText(text)


def report_table(
    report: TabularReport,
    rows: Sequence[CheckedRow],
    language: Language,
    branding: Branding,
    widths: tuple[float, float],
) -> ReportTable:
    """The table laid out for the page width (portrait, landscape) it chooses."""
    measure = _Measure(report, rows, language)
    grid = plan_grid(measure, *widths)
    painter = RowPainter(measure, grid)
    laid: list[LaidRow] = []
    shade = False
    for row in rows:
        placed = painter.row(row)
        if row.role == "line":
            placed.shaded = shade
            shade = not shade
        else:
            shade = False
        laid.append(placed)
    return ReportTable(painter.header(), laid, grid, branding)
