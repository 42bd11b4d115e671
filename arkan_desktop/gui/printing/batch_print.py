"""Batch printing of invoices: render off the UI thread with a progress dialog, then print.

The PDFs are rendered by printing.render_batch on the company's printing thread (made by
gui/app.py; not the database thread, which the lists need); progress comes back through a
queued Qt signal. The pages
then go to one QPrinter job, or silently to a station's default printer (printing's
PrinterRegistry) when one is given.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from arkan_desktop.gui.printing.invoice_source import InvoicePrint, invoice_jobs
from arkan_desktop.gui.printing.pdf_pages import PdfBytesDocument, paint_pdf
from arkan_desktop.printing import Printer, render_batch
from arkan_desktop.printing.dispatch import BatchResult
from arkan_desktop.sync.company import Company


class BatchPrint(QObject):
    sig_progress = Signal(int, int, str)
    """(done, total, document name), emitted from the render thread."""
    sig_finished = Signal(int, int)
    """(printed, failed)."""

    def __init__(self, company: Company, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = company
        self._cancel = False
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Printing invoices"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel)
        self.sig_progress.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.result: BatchResult | None = None

    def cancel(self) -> None:
        self._cancel = True

    def _show_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(self.tr("Rendering %1…").replace("%1", name))

    async def run(
        self,
        prints: list[InvoicePrint],
        printer: QPrinter | None = None,
        station: Printer | None = None,
    ) -> BatchResult:
        """Render `prints` off the UI thread; paint onto `printer` or send to `station`."""
        self.progress.setMaximum(max(len(prints), 1))
        self.progress.setValue(0)
        jobs = invoice_jobs(prints)
        result = await self.company.printing.off_the_loop(
            lambda: render_batch(
                jobs,
                progress=self.sig_progress.emit,
                cancelled=lambda: self._cancel,
                printer=station,
            )
        )
        self.result = result
        if printer is not None and not result.cancelled and result.done:
            self.progress.setLabelText(self.tr("Sending to the printer…"))
            documents = [PdfBytesDocument(data, self) for _job, data in result.done]
            paint_pdf(documents, printer)
            for document in documents:
                document.deleteLater()
        self.progress.reset()
        self.sig_finished.emit(len(result.done), len(result.failed))
        return result
