"""The bundled fonts and the Arabic text route: register, pick a face per glyph, shape, wrap.

Noto Sans (Latin) and Noto Sans Arabic ship in `resources/fonts/` (SIL OFL 1.1). reportlab
draws glyphs as given, so Arabic is prepared here: a paragraph is wrapped first, in
logical (reading) order, by the width of its shaped words; then each printed line is
shaped (`arabic_reshaper`: contextual forms, lam-alef) and reordered for display
(`python-bidi`). Each character is drawn with the first face of the family that has its
glyph, so nothing prints as a missing-glyph box. Imports no Qt.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from arabic_reshaper import ArabicReshaper
from bidi import get_display
from bidi.algorithm import get_display as get_display_mirrored
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.resources import resource_path

log = logging.getLogger(__name__)

Align = Literal["left", "right", "center", "auto"]

FONT_FILES: dict[str, str] = {
    "ArkanSans": "NotoSans-Regular.ttf",
    "ArkanSans-Bold": "NotoSans-Bold.ttf",
    "ArkanArabic": "NotoSansArabic-Regular.ttf",
    "ArkanArabic-Bold": "NotoSansArabic-Bold.ttf",
}
# Printed instead of a character no bundled face has: a visible "?" beats an empty box.
REPLACEMENT = "?"


@dataclass(frozen=True)
class FontFamily:
    """Faces tried in order for each character; the first is the Latin face."""

    faces: tuple[str, ...]

    @property
    def latin(self) -> str:
        return self.faces[0]

    @property
    def arabic(self) -> str:
        return self.faces[1]


REGULAR = FontFamily(("ArkanSans", "ArkanArabic"))
BOLD = FontFamily(("ArkanSans-Bold", "ArkanArabic-Bold"))

_lock = threading.Lock()
_glyphs: dict[str, frozenset[int]] = {}
# Arabic shaping; harakat (short-vowel marks) are dropped: reportlab cannot place marks.
_reshaper = ArabicReshaper({"delete_harakat": True, "support_ligatures": True})


def register_fonts() -> None:
    """Register the bundled faces with reportlab once per process (thread-safe)."""
    if _glyphs:
        return
    with _lock:
        if _glyphs:
            return
        found: dict[str, frozenset[int]] = {}
        for name, filename in FONT_FILES.items():
            path = resource_path("fonts", filename)
            if not path.is_file():
                raise PrintingError(f"font file {path} is missing from the installation")
            font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            found[name] = frozenset(font.face.charToGlyph)
        _glyphs.update(found)


def glyph_set(face: str) -> frozenset[int]:
    register_fonts()
    return _glyphs[face]


def font_path(face: str) -> str:
    return str(resource_path("fonts", FONT_FILES[face]))


def is_arabic(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def has_arabic(text: str) -> bool:
    return any(is_arabic(c) for c in text)


def is_rtl(text: str) -> bool:
    """True when the first strong character reads right to left (Unicode bidi P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=4096)
def shape(logical: str) -> str:
    """Contextual Arabic forms, still in logical order (the same width as printed)."""
    return _reshaper.reshape(logical) if has_arabic(logical) else logical


def to_visual(logical_line: str, rtl: bool | None = None) -> str:
    """One printed line: shaped, then reordered left to right for drawing."""
    if not has_arabic(logical_line):
        return logical_line
    base = None if rtl is None else ("R" if rtl else "L")
    shaped = shape(logical_line)
    if any(unicodedata.mirrored(char) for char in shaped):
        # python-bidi's fast (Rust) reordering leaves "(" as "(" in right-to-left runs
        # (it skips rule L4); its Python one mirrors them, so "مدين (KWD)" keeps its brackets.
        return str(get_display_mirrored(shaped, base_dir=base))
    return str(get_display(shaped, base_dir=base))


def _face_for(char: str, current: str | None, family: FontFamily) -> str | None:
    code = ord(char)
    if is_arabic(char):
        order: tuple[str, ...] = (family.arabic, family.latin)
    elif unicodedata.category(char)[0] in "LM":
        order = family.faces
    elif current is not None:
        # Spaces, digits and punctuation stay in the run they sit in when the face has them.
        order = (current, *family.faces)
    else:
        order = family.faces
    for face in order:
        if code in glyph_set(face):
            return face
    return None


@lru_cache(maxsize=16384)
def font_runs(text: str, family: FontFamily = REGULAR) -> tuple[tuple[str, str], ...]:
    """Split text into (face, text) runs so that every glyph comes from a face that has it."""
    if text.isascii() and text.isprintable():
        return ((family.latin, text),)  # the Latin faces cover printable ASCII
    runs: list[tuple[str, str]] = []
    current: str | None = None
    chunk: list[str] = []
    for char in text:
        face = _face_for(char, current, family)
        shown = char
        if face is None:
            log.warning("no bundled font has U+%04X; printed as %r", ord(char), REPLACEMENT)
            face, shown = family.latin, REPLACEMENT
        if face != current and chunk:
            runs.append((current or family.latin, "".join(chunk)))
            chunk = []
        current = face
        chunk.append(shown)
    if chunk:
        runs.append((current or family.latin, "".join(chunk)))
    return tuple(runs)


@lru_cache(maxsize=16384)
def _run_width(text: str, face: str, size: float) -> float:
    register_fonts()
    return float(pdfmetrics.stringWidth(text, face, size))


@lru_cache(maxsize=16384)
def measured_runs(
    visual: str, family: FontFamily, size: float
) -> tuple[tuple[tuple[str, str, float], ...], float]:
    """An already-visual line's (face, text, width) runs and its whole width (cached: pure)."""
    runs = tuple(
        (face, run, _run_width(run, face, size)) for face, run in font_runs(visual, family)
    )
    return runs, sum(width for _face, _run, width in runs)


def text_width(text: str, family: FontFamily, size: float) -> float:
    """Printed width of a logical or visual string (shaping is applied for Arabic)."""
    shaped = shape(text)
    return sum(_run_width(run, face, size) for face, run in font_runs(shaped, family))


def _break_word(word: str, family: FontFamily, size: float, width: float) -> Iterator[str]:
    piece = ""
    for char in word:
        if piece and text_width(piece + char, family, size) > width:
            yield piece
            piece = ""
        piece += char
    if piece:
        yield piece


def wrap_logical(text: str, family: FontFamily, size: float, width: float) -> list[str]:
    """Lines in reading order that fit `width`; explicit newlines start new lines."""
    lines: list[str] = []
    space = text_width(" ", family, size)
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            word_width = text_width(word, family, size)
            if word_width > width:
                pieces = list(_break_word(word, family, size, width))
                if line:
                    lines.append(" ".join(line))
                lines.extend(pieces[:-1])
                line, used = [pieces[-1]], text_width(pieces[-1], family, size)
                continue
            needed = word_width + (space if line else 0.0)
            if line and used + needed > width:
                lines.append(" ".join(line))
                line, used = [word], word_width
            else:
                line.append(word)
                used += needed
        lines.append(" ".join(line))
    return lines


@lru_cache(maxsize=8192)
def layout_lines(
    text: str, family: FontFamily, size: float, width: float
) -> tuple[tuple[str, bool], ...]:
    """(visual line, right-to-left) for each printed line of a paragraph (cached: pure)."""
    rtl = is_rtl(text)
    return tuple((to_visual(line, rtl), rtl) for line in wrap_logical(text, family, size, width))


def draw_visual(
    canvas: Canvas,
    x: float,
    y: float,
    visual: str,
    family: FontFamily,
    size: float,
    align: Align = "left",
    width: float = 0.0,
    rtl: bool = False,
) -> None:
    """Draw one already-visual line; `x` is the left edge of a box `width` wide."""
    runs = font_runs(visual, family)
    total = sum(_run_width(run, face, size) for face, run in runs)
    if align == "auto":
        align = "right" if rtl else "left"
    if align == "right":
        x += width - total
    elif align == "center":
        x += (width - total) / 2
    for face, run in runs:
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += _run_width(run, face, size)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    family: FontFamily = REGULAR,
    size: float = 9.0,
    align: Align = "left",
    width: float = 0.0,
) -> None:
    """Draw one logical line (no wrapping) with shaping, reordering and face fallback."""
    rtl = is_rtl(text)
    draw_visual(canvas, x, y, to_visual(text, rtl), family, size, align, width, rtl)
