"""What the Invoices tab's Print…, Print selected… and Branding… buttons do.

Reads on the database worker, renders on the render thread, shows and prints on the UI
thread. The tab owns one InvoicePrinting and calls it; nothing here touches the list.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from arkan_desktop.gui.session import CompanyContext

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from arkan_desktop.gui.printing.batch_print import BatchPrint
    from arkan_desktop.gui.printing.branding_dialog import BrandingDialog
    from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog

# reportlab, QtPdf and QtPrintSupport load on the first print, not at start-up (they
# cost a few hundred milliseconds of a cold start).


class InvoicePrinting(QObject):
    sig_message = Signal(str)
    """A line for the status bar."""

    def __init__(self, context: CompanyContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.preview: PrintPreviewDialog | None = None
        self.batch: BatchPrint | None = None
        self.branding_dialog: BrandingDialog | None = None

    async def open_preview(self, invoice_id: str) -> PrintPreviewDialog | None:
        """Render the invoice off the UI thread and show it in the print preview."""
        from arkan_desktop.gui.printing.batch_print import render_thread
        from arkan_desktop.gui.printing.invoice_source import read_invoice_prints
        from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog
        from arkan_desktop.printing import PrintingError

        try:
            prints = await self.context.worker.run(
                read_invoice_prints, self.context.cache, [invoice_id]
            )
            data = await asyncio.get_running_loop().run_in_executor(render_thread, prints[0].render)
        except (LookupError, PrintingError) as error:
            self.sig_message.emit(self.tr("Cannot print: %1").replace("%1", str(error)))
            return None
        dialog = PrintPreviewDialog(prints[0].number, data, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(
            lambda path: self.sig_message.emit(self.tr("Saved %1").replace("%1", path))
        )
        self.preview = dialog
        dialog.show()
        return dialog

    async def print_batch(self, invoice_ids: list[str], printer: QPrinter | None = None) -> int:
        """Print many invoices as one job; asks for the printer unless one is given."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from arkan_desktop.gui.printing.batch_print import BatchPrint
        from arkan_desktop.gui.printing.invoice_source import read_invoice_prints

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.tr("Invoices"))
            if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
                return 0
        prints = await self.context.worker.run(read_invoice_prints, self.context.cache, invoice_ids)
        self.batch = BatchPrint(self.window)
        result = await self.batch.run(prints, printer)
        self.sig_message.emit(
            self.tr("Printed %1 invoices; %2 failed")
            .replace("%1", str(len(result.done)))
            .replace("%2", str(len(result.failed)))
        )
        return len(result.done)

    async def edit_branding(self) -> None:
        from arkan_desktop.gui.printing.branding_dialog import BrandingDialog
        from arkan_desktop.gui.printing.invoice_source import load_branding, save_branding

        branding = await self.context.worker.run(load_branding, self.context.cache)
        dialog = BrandingDialog(branding, self.window)
        self.branding_dialog = dialog
        answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not answer.done():
                answer.set_result(code)

        dialog.finished.connect(finished)
        dialog.open()
        if await answer == QDialog.DialogCode.Accepted:
            await self.context.worker.run(save_branding, self.context.cache, dialog.value())
            self.sig_message.emit(self.tr("Invoice branding saved"))
        dialog.deleteLater()
        self.branding_dialog = None
