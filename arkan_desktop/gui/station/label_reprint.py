"""Label reprint at the station: scan a product or a location, its label goes to the printer.

The station's label printer and template are settings (GUI preferences): a `host:port`
printer takes ZPL over the network, anything else is a folder the jobs are written to
(`<home>/labels` by default). Rendering and sending run in a thread, never on the UI
thread. No outbox: a label changes nothing on the server.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.gui.preferences import preferences
from arkan_desktop.gui.station.catalog import Catalog
from arkan_desktop.gui.station.workflows import Outcome, Workflow, accepted, refused, unusable
from arkan_desktop.printing.dispatch import FolderPrinter, NetworkLabelPrinter, Printer
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.label_sheet import render_labels_pdf
from arkan_desktop.printing.labels import Label, location_labels, product_labels
from arkan_desktop.printing.templates import get_template
from arkan_desktop.printing.zpl import render_labels_zpl
from arkan_desktop.sync.writes import Write

PRINTER_KEY = "station/label_printer"
TEMPLATE_KEY = "station/label_template"
DEFAULT_TEMPLATE = "zebra-2x1-203"
_NETWORK = re.compile(r"[A-Za-z0-9.-]+:\d{1,5}")


def station_printer(home: Path) -> Printer:
    address = str(preferences().value(PRINTER_KEY, "") or "")
    if _NETWORK.fullmatch(address):
        return NetworkLabelPrinter("Station label printer", address)
    return FolderPrinter("Station labels folder", Path(address) if address else home / "labels")


def station_template() -> str:
    return str(preferences().value(TEMPLATE_KEY, DEFAULT_TEMPLATE) or DEFAULT_TEMPLATE)


def _print(printer: Printer, labels: list[Label], template: str, job_name: str) -> None:
    layout = get_template(template)
    if layout.kind == "thermal":
        printer.print_document(render_labels_zpl(labels, layout), "zpl", job_name)
    else:
        printer.print_document(render_labels_pdf(labels, layout), "pdf", job_name)


async def print_labels(printer: Printer, labels: list[Label], template: str, job: str) -> str:
    """Print in a thread; "" when it went, else why not (in plain words)."""
    try:
        await asyncio.to_thread(_print, printer, labels, template, job)
    except (PrintingError, OSError) as error:
        return str(error)
    return ""


class LabelReprint(Workflow):
    """Scan → its label is printed; nothing to confirm."""

    name = "Label reprint"

    def __init__(self, catalog: Catalog) -> None:
        super().__init__(catalog)
        self.to_print: list[tuple[str, list[Label]]] = []  # (job name, labels) to send

    def expects(self) -> str:
        return "Scan a product or a location to print its label"

    def ready(self) -> bool:
        return False

    def write(self) -> Write:
        raise RuntimeError("a label reprint queues nothing")

    def allowed(self, product: dict[str, object], quantity: object) -> Outcome | None:
        return None

    def scan(self, code: ScannedCode) -> Outcome:
        if (problem := unusable(code)) is not None:
            return problem
        if code.kind is CodeKind.LOCATION:
            location = self.catalog.location_for(code)
            if location is None:
                return refused(f"Unknown location: {code.value}")
            self.to_print.append((f"location-{location.get('code')}", location_labels([location])))
            return accepted(f"Printing the label of {location.get('code')}")
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused("Scan a product or a location (not a purchase order)")
        product = self.catalog.product_for(code)
        if product is None:
            return refused(f"Unknown product: {code.value} is not in the catalogue")
        try:
            labels = product_labels([(product, 1)])
        except PrintingError as error:
            return refused(str(error))
        self.to_print.append((f"product-{product.get('sku')}", labels))
        return accepted(f"Printing the label of {product.get('sku')} {product.get('name', '')}")
