"""A reportlab flowable for bilingual text: wrapped in reading order, drawn line by line.

reportlab's Paragraph would wrap already-reordered Arabic from the wrong end; `BidiText`
wraps each logical paragraph first and shapes/reorders every printed line on its own (see
`fonts.py`). Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from arkan_desktop.printing.fonts import BOLD, REGULAR, Align, FontFamily, draw_visual, layout_lines


@dataclass(frozen=True)
class TextStyle:
    size: float = 8.5
    bold: bool = False
    color: Color = black
    align: Align = "auto"
    leading_ratio: float = 1.3

    @property
    def family(self) -> FontFamily:
        return BOLD if self.bold else REGULAR

    @property
    def leading(self) -> float:
        return self.size * self.leading_ratio

    def but(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class BidiText(Flowable):
    """One or more paragraphs (English, Arabic or mixed) that wrap to the width given."""

    def __init__(self, paragraphs: str | Sequence[str], style: TextStyle | None = None) -> None:
        super().__init__()
        texts = [paragraphs] if isinstance(paragraphs, str) else list(paragraphs)
        self.paragraphs = [t for t in texts if t]
        self.style = style or TextStyle()
        self.lines: list[tuple[str, bool]] = []
        self.width = 0.0
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = [
            line
            for text in self.paragraphs
            for line in layout_lines(text, self.style.family, self.style.size, avail_width)
        ]
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self.lines):
            return [] if fits <= 0 else [self]
        head, tail = _Lines(self.lines[:fits], self.style), _Lines(self.lines[fits:], self.style)
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.color)
        # The baseline sits so that Arabic descenders stay inside the line box.
        descent = style.leading - style.size * 0.98
        for index, (visual, rtl) in enumerate(self.lines):
            y = self.height - (index + 1) * style.leading + descent
            draw_visual(
                canvas, 0, y, visual, style.family, style.size, style.align, self.width, rtl
            )


class _Lines(BidiText):
    """Lines already laid out (the halves of a split paragraph)."""

    def __init__(self, lines: list[tuple[str, bool]], style: TextStyle) -> None:
        super().__init__([], style)
        self.lines = lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height


class BidiPair(Flowable):
    """English on the left and Arabic on the right of the same line(s), as Gulf forms do."""

    def __init__(self, english: str, arabic: str, style: TextStyle | None = None) -> None:
        super().__init__()
        self.style = style or TextStyle()
        self.left = BidiText(english, self.style.but(align="left"))
        self.right = BidiText(arabic, self.style.but(align="right"))
        self.width = 0.0
        self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        gap = self.style.size
        _, left_height = self.left.wrap(avail_width * 0.62 - gap / 2, avail_height)
        _, right_height = self.right.wrap(avail_width * 0.38 - gap / 2, avail_height)
        self.width, self.height = avail_width, max(left_height, right_height)
        return self.width, self.height

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, self.height - self.left.height)
        self.right.drawOn(self.canv, self.width - self.right.width, self.height - self.right.height)
