"""The print preview: exactly the PDF that will print, with Print… and Save as PDF….

It is handed PDF bytes (rendered off the UI thread by the caller) and shows them with
QtPdf; printing paints those same pages onto the printer the user picks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.printing.pdf_pages import PdfBytesDocument, paint_pdf


class PrintPreviewDialog(QDialog):
    sig_printed = Signal(int)
    """The document went to a printer: the number of pages painted."""
    sig_saved = Signal(str)
    """The PDF was saved: its path."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        self.title = title
        self.document = PdfBytesDocument(data, self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(
            self.tr("Pages: %1").replace("%1", str(self.document.pageCount())), self
        )
        buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button = QPushButton(self.tr("Save as &PDF…"), self)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.ask_and_print)
        self.save_button.clicked.connect(self.ask_and_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages_label)
        layout.addWidget(buttons)
        self.resize(820, 980)

    @property
    def data(self) -> bytes:
        return self.document.data

    def page_count(self) -> int:
        return self.document.pageCount()

    def ask_and_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the pages onto `printer` (any system printer, or PDF output)."""
        pages = paint_pdf([self.document], printer)
        self.sig_printed.emit(pages)
        return pages

    def ask_and_save(self) -> None:
        from arkan_desktop.gui.printing.export import ExportKind, documents_folder, file_name

        suggested = documents_folder() / file_name(self.title, ExportKind.PDF)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the previewed bytes unchanged."""
        path.write_bytes(self.data)
        self.sig_saved.emit(str(path))
