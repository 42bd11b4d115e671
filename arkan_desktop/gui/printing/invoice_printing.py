"""What the Invoices tab's Print…, Print selected… and Branding… buttons do.

Reads on the database thread, renders on the printing thread (both through the company),
shows and prints on the UI thread. The tab owns one InvoicePrinting and calls it;
nothing here touches the list.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from arkan_desktop.sync.company import Company

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from arkan_desktop.gui.printing.batch_print import BatchPrint
    from arkan_desktop.gui.printing.branding_dialog import BrandingDialog
    from arkan_desktop.gui.printing.invoice_source import InvoicePrint
    from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog

# reportlab, QtPdf and QtPrintSupport load on the first print, not at start-up (they
# cost a few hundred milliseconds of a cold start).


class InvoicePrinting(QObject):
    sig_message = Signal(str)
    """A line for the status bar."""

    def __init__(self, company: Company, parent: QWidget) -> None:
        super().__init__(parent)
        self.company = company
        self.window = parent
        self.preview: PrintPreviewDialog | None = None
        self.batch: BatchPrint | None = None
        self.branding_dialog: BrandingDialog | None = None

    async def _prints(self, invoice_ids: list[str]) -> list[InvoicePrint]:
        from arkan_desktop.gui.printing.invoice_source import invoice_prints

        inputs = await self.company.printing.invoice_inputs(invoice_ids)
        return invoice_prints(inputs, await self.company.printing.branding())

    async def open_preview(self, invoice_id: str) -> PrintPreviewDialog | None:
        """Render the invoice off the UI thread and show it in the print preview."""
        from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog
        from arkan_desktop.printing import PrintingError

        try:
            prints = await self._prints([invoice_id])
            data = await self.company.printing.off_the_loop(prints[0].render)
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

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.tr("Invoices"))
            if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
                return 0
        prints = await self._prints(invoice_ids)
        self.batch = BatchPrint(self.company, self.window)
        result = await self.batch.run(prints, printer)
        self.sig_message.emit(
            self.tr("Printed %1 invoices; %2 failed")
            .replace("%1", str(len(result.done)))
            .replace("%2", str(len(result.failed)))
        )
        return len(result.done)

    async def edit_branding(self) -> None:
        from arkan_desktop.gui.printing.branding_dialog import BrandingDialog
        from arkan_desktop.printing import Branding

        branding = Branding.from_dict(await self.company.printing.branding())
        dialog = BrandingDialog(branding, self.window)
        self.branding_dialog = dialog
        answer: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not answer.done():
                answer.set_result(code)

        dialog.finished.connect(finished)
        dialog.open()
        if await answer == QDialog.DialogCode.Accepted:
            await self.company.printing.keep_branding(dialog.value().to_dict())
            self.sig_message.emit(self.tr("Invoice branding saved"))
        dialog.deleteLater()
        self.branding_dialog = None
