"""The one Export menu of every list and report: PDF…, CSV…, Excel…, Print….

A view hands the menu what to export as a `Sheet` (sheet.py; a list may also stream its
CSV itself) and a file name (the report's name and period). The save dialog opens in
the user's Documents folder with that name; the PDF is rendered on the printing thread
in the branding's language (English, Arabic or both), CSV and XLSX are written in the
window's language on the files thread (never the database thread, never the event loop);
Print renders the same PDF into the print preview. Anything that goes wrong is said in
one sentence on `sig_message`.
"""

from __future__ import annotations

import asyncio
import enum
import re
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from arkan_desktop.gui.printing.bilingual import window_language
from arkan_desktop.gui.printing.sheet import Sheet, to_tabular
from arkan_desktop.gui.tasks import spawn

if TYPE_CHECKING:
    from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog
    from arkan_desktop.sync.company import Company

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def path_words(path: Path | str) -> str:
    """A path inside a sentence, kept left to right in an Arabic one ("/tmp/a.csv", not
    "tmp/a.csv/"): wrapped in Unicode's left-to-right isolate."""
    return f"\u2066{path}\u2069"


class ExportRefused(Exception):
    """Nothing to export now; the message says why in one sentence."""


class ExportKind(enum.Enum):
    PDF = "pdf"
    CSV = "csv"
    XLSX = "xlsx"
    PRINT = "print"


def documents_folder() -> Path:
    """The user's Documents folder (the home folder where there is none)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_name(stem: str, kind: ExportKind) -> str:
    """A file name from a report's name and period, safe on every system."""
    safe = _UNSAFE.sub("-", stem).strip(" .-") or "export"
    return f"{safe}.{kind.value}"


def period_stem(name: str, start: str, end: str) -> str:
    """'VAT return 2026-01-01 to 2026-03-31'."""
    if start and end:
        return f"{name} {start} to {end}"
    return f"{name} {datetime.now().astimezone().date().isoformat()}"


async def _off_loop(company: Company | None, printing: bool, fn: Any, *args: Any) -> Any:
    if company is None:  # a view shown without a company (tests of the widget alone)
        return await asyncio.to_thread(fn, *args)
    if printing:
        return await company.printing.off_the_loop(fn, *args)
    return await company.reports.in_files(fn, *args)


class ExportMenu(QObject):
    sig_message = Signal(str)
    """A sentence for the status bar: written, or why not."""
    sig_exported = Signal(str, int)
    """A file was written: its path and the number of lines (not headings or totals)."""

    def __init__(
        self,
        parent: QWidget,
        sheet: Callable[[], Awaitable[Sheet]],
        stem: Callable[[], str],
        company: Callable[[], Company | None],
        stream_csv: Callable[[Path], Awaitable[int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self._sheet, self._stem, self._company, self._stream_csv = sheet, stem, company, stream_csv
        self.dialog: QFileDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.button = QToolButton(parent)
        self.button.setObjectName("exportButton")
        self.button.setText(self.tr("Export"))
        self.button.setToolTip(self.tr("Save what is shown as PDF, CSV or Excel, or print it"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.entries = {}
        for kind, text in (
            (ExportKind.PDF, self.tr("&PDF…")),
            (ExportKind.CSV, self.tr("&CSV…")),
            (ExportKind.XLSX, self.tr("&Excel…")),
            (ExportKind.PRINT, self.tr("P&rint…")),
        ):
            action = self.menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.start(k))
            self.entries[kind] = action
        self.button.setMenu(self.menu)

    def set_enabled(self, enabled: bool) -> None:
        self.button.setEnabled(enabled)

    def start(self, kind: ExportKind) -> None:
        """What a menu entry does: ask for the file (or show the print preview)."""
        if kind is ExportKind.PRINT:
            spawn(self.print_preview(), "export-print")
        else:
            self.choose_file(kind)

    # --- the save dialog -----------------------------------------------------------------

    def choose_file(self, kind: ExportKind) -> QFileDialog:
        titles = {
            ExportKind.PDF: (self.tr("Export to PDF"), self.tr("PDF files (*.pdf)")),
            ExportKind.CSV: (self.tr("Export to CSV"), self.tr("CSV files (*.csv)")),
            ExportKind.XLSX: (self.tr("Export to Excel"), self.tr("Excel workbooks (*.xlsx)")),
        }
        title, pattern = titles[kind]
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = QFileDialog(self.window, title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDirectory(str(documents_folder()))
        dialog.setNameFilter(pattern)
        dialog.setDefaultSuffix(kind.value)
        dialog.selectFile(file_name(self._stem(), kind))
        dialog.fileSelected.connect(
            lambda path: spawn(self.export_to(kind, Path(path)), f"export-{kind.value}")
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    # --- writing -------------------------------------------------------------------------

    async def export_to(self, kind: ExportKind, path: Path) -> int:
        """Write what is shown to `path`; the lines written (0 when it could not)."""
        from arkan_desktop.printing import PrintingError

        self.set_enabled(False)
        self.sig_message.emit(self.tr("Exporting to %1…").replace("%1", path.name))
        try:
            count = await self._write(kind, path)
        except ExportRefused as refused:
            self.sig_message.emit(str(refused))
            return 0
        except (OSError, PrintingError) as error:
            why = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.sig_message.emit(
                self.tr("Could not write %1: %2").replace("%1", path_words(path)).replace("%2", why)
            )
            return 0
        finally:
            self.set_enabled(True)
        self.sig_message.emit(
            self.tr("Exported %1 rows to %2")
            .replace("%1", f"{count:,}")
            .replace("%2", path_words(path))
        )
        self.sig_exported.emit(str(path), count)
        return count

    async def _write(self, kind: ExportKind, path: Path) -> int:
        company = self._company()
        if kind is ExportKind.CSV and self._stream_csv is not None:
            return await self._stream_csv(path)
        sheet = await self._sheet()
        lines = sum(1 for row in sheet.rows if row.role == "line")
        if kind is ExportKind.PDF:
            data = await self.render_pdf(sheet)
            await _off_loop(company, False, _write_bytes, path, data)
            return lines
        from arkan_desktop.printing.spreadsheet import write_csv, write_xlsx

        writer = write_csv if kind is ExportKind.CSV else write_xlsx
        await _off_loop(company, False, writer, to_tabular(sheet), path, window_language())
        return lines

    async def render_pdf(self, sheet: Sheet) -> bytes:
        """The sheet as PDF bytes, in the branding's language, rendered off the loop."""
        from arkan_desktop.printing import Branding, render_report_pdf

        company = self._company()
        kept = await company.printing.branding() if company is not None else {}
        branding = Branding.from_dict(dict(kept))
        record = dict(company.record) if company is not None else {}
        report = to_tabular(sheet)
        data: bytes = await _off_loop(company, True, render_report_pdf, report, record, branding)
        return data

    async def print_preview(self) -> PrintPreviewDialog | None:
        """Render what is shown and open it in the print preview (Print… and Save as PDF…)."""
        from arkan_desktop.gui.printing.print_preview import PrintPreviewDialog
        from arkan_desktop.printing import PrintingError

        try:
            data = await self.render_pdf(await self._sheet())
        except (ExportRefused, PrintingError) as error:
            self.sig_message.emit(self.tr("Cannot print: %1").replace("%1", str(error)))
            return None
        dialog = PrintPreviewDialog(self._stem(), data, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(
            lambda saved: self.sig_message.emit(
                self.tr("Saved %1").replace("%1", path_words(saved))
            )
        )
        self.preview = dialog
        dialog.show()
        return dialog


def _write_bytes(path: Path, data: bytes) -> None:
    path.write_bytes(data)
