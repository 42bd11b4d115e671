"""`BarChart`: a small bar chart drawn with QPainter (PySide6-Essentials has no QtCharts),
shared by the Ledger's reports and the receivables reports.

Bars are (label, Decimal amount, colour); negative amounts hang below the zero line. The
chart only paints what it is given; it reads nothing and computes no figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from arkan_desktop.domain.money import format_amount


@dataclass(frozen=True)
class Bar:
    label: str
    amount: Decimal
    color: QColor


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.currency = ""
        self.title = ""
        self.setMinimumSize(260, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 260)

    def set_bars(self, title: str, bars: list[Bar], currency: str) -> None:
        self.title, self.bars, self.currency = title, bars, currency
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {format_amount(b.amount, currency)}" for b in bars)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setPen(text_color)
        if self.title:
            bold = painter.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(area.adjusted(0, 0, 0, -(area.height() - line)), self.title)
            painter.setFont(self.font())
            area.adjust(0, line + 6, 0, 0)
        if not self.bars:
            painter.end()
            return
        plot = area.adjusted(0, line + 2, 0, -(line + 4))  # room for amounts and labels
        top = max([b.amount for b in self.bars] + [Decimal(0)])
        bottom = min([b.amount for b in self.bars] + [Decimal(0)])
        span = float(top - bottom) or 1.0
        zero_y = plot.top() + plot.height() * float(top) / span
        slot = plot.width() / len(self.bars)
        width = min(slot * 0.6, 90.0)
        for position, bar in enumerate(self.bars):
            x = plot.left() + slot * position + (slot - width) / 2
            height = plot.height() * float(abs(bar.amount)) / span
            y = zero_y - height if bar.amount >= 0 else zero_y
            painter.fillRect(QRectF(x, y, width, max(height, 1.0)), bar.color)
            amount = format_amount(bar.amount, self.currency)
            label_y = y - line - 2 if bar.amount >= 0 else y + height + 2
            painter.drawText(
                QRectF(x - slot * 0.2, label_y, width + slot * 0.4, line),
                Qt.AlignmentFlag.AlignCenter,
                amount,
            )
            painter.drawText(
                QRectF(plot.left() + slot * position, plot.bottom() + 4, slot, line),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot)),
            )
        painter.setPen(text_color)
        painter.drawLine(int(plot.left()), int(zero_y), int(plot.right()), int(zero_y))
        painter.end()
