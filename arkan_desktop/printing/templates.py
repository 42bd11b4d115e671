"""Label templates: Avery sheets with their published geometry and Zebra thermal sizes.

The geometry lives in `resources/labels/templates.json`. A per-printer calibration
shifts everything by a few millimetres, because sheets and printers differ.
Imports no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from reportlab.lib.units import mm

from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.resources import resource_path

TemplateKind = Literal["sheet", "thermal"]


@dataclass(frozen=True)
class Calibration:
    """Where this printer really puts (0, 0): + moves right / down, in millimetres."""

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0

    def __post_init__(self) -> None:
        if abs(self.offset_x_mm) > 20 or abs(self.offset_y_mm) > 20:
            raise PrintingError("a printer offset over 20 mm is surely a typing error")


@dataclass(frozen=True)
class LabelTemplate:
    name: str
    kind: TemplateKind
    description: str
    label_mm: tuple[float, float]
    page_mm: tuple[float, float]
    columns: int = 1
    rows: int = 1
    margin_left_mm: float = 0.0
    margin_top_mm: float = 0.0
    pitch_mm: tuple[float, float] = (0.0, 0.0)
    corner_mm: float = 0.0
    dpi: int = 0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        return self.page_mm[0] * mm, self.page_mm[1] * mm

    @property
    def label_size(self) -> tuple[float, float]:
        return self.label_mm[0] * mm, self.label_mm[1] * mm

    def label_origin(
        self, slot: int, calibration: Calibration = Calibration()
    ) -> tuple[float, float]:
        """Bottom-left corner (points, PDF coordinates) of the label at `slot` (0-based)."""
        column, row = slot % self.columns, slot // self.columns
        left = self.margin_left_mm + column * self.pitch_mm[0] + calibration.offset_x_mm
        top = self.margin_top_mm + row * self.pitch_mm[1] + calibration.offset_y_mm
        return left * mm, (self.page_mm[1] - top - self.label_mm[1]) * mm

    def dots(self, millimetres: float) -> int:
        return round(millimetres / 25.4 * self.dpi)


def _template(raw: dict[str, Any]) -> LabelTemplate:
    label = (float(raw["label_mm"][0]), float(raw["label_mm"][1]))
    page = raw.get("page_mm") or label
    pitch = raw.get("pitch_mm") or label
    return LabelTemplate(
        name=raw["name"],
        kind=raw["kind"],
        description=raw.get("description", ""),
        label_mm=label,
        page_mm=(float(page[0]), float(page[1])),
        columns=int(raw.get("columns", 1)),
        rows=int(raw.get("rows", 1)),
        margin_left_mm=float(raw.get("margin_left_mm", 0)),
        margin_top_mm=float(raw.get("margin_top_mm", 0)),
        pitch_mm=(float(pitch[0]), float(pitch[1])),
        corner_mm=float(raw.get("corner_mm", 0)),
        dpi=int(raw.get("dpi", 0)),
    )


@cache
def templates() -> dict[str, LabelTemplate]:
    data = json.loads(resource_path("labels", "templates.json").read_text(encoding="utf-8"))
    return {raw["name"]: _template(raw) for raw in data["templates"]}


def template_names() -> list[str]:
    return list(templates())


def get_template(name: str) -> LabelTemplate:
    try:
        return templates()[name]
    except KeyError:
        raise PrintingError(
            f"unknown template '{name}': use one of {', '.join(template_names())}"
        ) from None
