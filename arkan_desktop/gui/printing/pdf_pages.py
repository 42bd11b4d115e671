"""PDF bytes as a QPdfDocument, and painting its pages onto a QPrinter.

What the preview shows and what goes to the printer are the same bytes, read by the same
QPdfDocument: the printer gets each page rasterised at its own resolution.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


class PdfBytesDocument(QPdfDocument):
    """A QPdfDocument loaded from bytes; keeps its buffer alive as long as itself."""

    def __init__(self, data: bytes, parent: QObject) -> None:
        super().__init__(parent)
        self.data = data
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.load(self._buffer)


def paint_pdf(documents: Sequence[QPdfDocument], printer: QPrinter) -> int:
    """Paint every page of `documents` onto `printer`, one sheet each; the pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    dpi = printer.resolution()
    painted = 0
    try:
        for document in documents:
            for page in range(document.pageCount()):
                if painted:
                    printer.newPage()
                size = document.pagePointSize(page)
                pixels = QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
                image = document.render(page, pixels)
                target = painter.viewport()
                scaled = pixels.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(target.topLeft(), scaled))
                painter.setWindow(image.rect())
                painter.drawImage(QPointF(0, 0), image)
                painter.setViewport(target)
                painter.setWindow(target)
                painted += 1
    finally:
        painter.end()
    return painted
