"""Company branding for printed documents: a plain value the GUI edits and stores locally.

Imports no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Literal

from reportlab.lib.colors import Color, HexColor

from arkan_desktop.printing.errors import PrintingError

Language = Literal["en", "ar", "both"]
Paper = Literal["A4", "Letter"]
LANGUAGES: tuple[Language, ...] = ("en", "ar", "both")
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def check_language(value: str) -> Language:
    if value not in LANGUAGES:
        raise PrintingError(f"unknown language '{value}': use en, ar or both")
    return value


@dataclass(frozen=True)
class Branding:
    """How this company's documents look; stored as `to_dict()` in the local settings."""

    language: Language = "both"
    logo_path: str | None = None
    primary_color: str = "#1F3A5F"  # title bar, table header
    accent_color: str = "#EEF2F7"  # shaded rows and boxes
    footer: str = ""
    show_qr: bool = False  # the e-invoice QR code (seller, VAT number, time, totals)
    paper: Paper = "A4"

    def __post_init__(self) -> None:
        check_language(self.language)
        for name in ("primary_color", "accent_color"):
            value = getattr(self, name)
            if not _HEX.match(value):
                raise PrintingError(f"{name} '{value}' is not a colour like #1F3A5F")
        if self.paper not in ("A4", "Letter"):
            raise PrintingError(f"unknown paper '{self.paper}': use A4 or Letter")

    @property
    def primary(self) -> Color:
        return HexColor(self.primary_color)

    @property
    def accent(self) -> Color:
        return HexColor(self.accent_color)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Branding:
        """Tolerant of keys it does not know (settings written by a newer version)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]
