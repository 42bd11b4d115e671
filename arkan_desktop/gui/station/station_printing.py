"""What the station prints, and how it says where it went: labels, shipping labels and
delivery notes.

Labels go to the station's label printer with its template (station_settings); a
delivery note is an A4 PDF, so it goes to the system's default printer when the station
prints through the system, else into a folder (the label folder, or `<home>/documents`).
"Printed" is said only when a printer took the job; a job written to a folder is said to
be saved there, with its path. Rendering and sending run on the printing thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinterInfo

from arkan_desktop.gui.station.guided import PrintJob
from arkan_desktop.gui.station.label_reprint import print_labels
from arkan_desktop.gui.station.station_settings import (
    FILE,
    SYSTEM,
    StationSettings,
    load_station_settings,
    station_printer,
)
from arkan_desktop.gui.station.workflows import Outcome, refused, translate
from arkan_desktop.printing.branding import Branding
from arkan_desktop.printing.delivery_note import render_delivery_note_pdf, shipping_labels
from arkan_desktop.printing.dispatch import Content, FolderPrinter, Printer, SpoolerPrinter
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.labels import Label
from arkan_desktop.printing.templates import get_template
from arkan_desktop.sync.company import Company


def document_printer(settings: StationSettings, home: Path) -> Printer:
    """Where a page document goes: the system's default printer (when the station prints
    through the system and there is one), else a folder."""
    if settings.printer_kind == SYSTEM:
        queue = QPrinterInfo.defaultPrinterName()
        if queue:
            return SpoolerPrinter(queue, queue)
    folder = Path(settings.printer) if settings.printer_kind == FILE and settings.printer else None
    folder = folder or home / "documents"
    return FolderPrinter(translate("Station", "folder {path}").format(path=folder), folder)


def saved_as(printer: Printer, job: str, content: Content) -> Path | None:
    """The file a job went to when the "printer" is a folder (None: it went to paper)."""
    return printer.path_for(job, content) if isinstance(printer, FolderPrinter) else None


async def print_label_job(company: Company, job: str, labels: list[Label]) -> Outcome:
    """Labels to the station's label printer; the answer says printed, saved, or why not."""
    settings = load_station_settings(company.id)  # what the settings say now
    try:
        printer = station_printer(settings, company.home)
    except PrintingError as error:
        problem = str(error)
    else:
        problem = await print_labels(company, printer, labels, settings.template, job)
    if problem:
        return refused(translate("Station", "The label was not printed: {why}").format(why=problem))
    content: Content = "zpl" if get_template(settings.template).kind == "thermal" else "pdf"
    path = saved_as(printer, job, content)
    if path is not None:
        return Outcome(
            True, translate("Station", "Label saved as {path} (not printed)").format(path=path)
        )
    return Outcome(
        True, translate("Station", "Label printed ({printer})").format(printer=printer.name)
    )


async def print_offered(company: Company, job: PrintJob) -> Outcome:
    """One job of an offer: receiving labels, a shipping label or a delivery note."""
    if job.kind == "labels":
        return await print_label_job(company, job.name, job.labels)
    partner = str(job.delivery.get("partnerId") or "")
    client = await company.sales.client(partner) if partner else None
    if job.kind == "shipping":
        try:
            labels = shipping_labels(job.delivery, client)
        except PrintingError as error:
            return refused(
                translate("Station", "The label was not printed: {why}").format(why=error)
            )
        return await print_label_job(company, job.name, labels)
    return await print_note(company, job, client)


async def print_note(company: Company, job: PrintJob, client: dict[str, object] | None) -> Outcome:
    settings = load_station_settings(company.id)
    printer = document_printer(settings, company.home)
    branding = Branding.from_dict(await company.printing.branding())

    def render_and_print() -> None:
        data = render_delivery_note_pdf(
            job.delivery, job.shipped, dict(company.record), client, branding, "both"
        )
        printer.print_document(data, "pdf", job.name)

    try:
        await company.printing.off_the_loop(render_and_print)
    except (PrintingError, OSError) as error:
        return refused(
            translate("Station", "The delivery note was not printed: {why}").format(why=error)
        )
    path = saved_as(printer, job.name, "pdf")
    if path is not None:
        return Outcome(
            True, translate("Station", "Delivery note saved as {path}").format(path=path)
        )
    return Outcome(
        True, translate("Station", "Delivery note printed ({printer})").format(printer=printer.name)
    )
