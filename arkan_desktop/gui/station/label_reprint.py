"""Label reprint at the station: scan a product or a location, its label goes to the printer.

The station's label printer and template are its settings (station_settings): a system
queue (printed silently through the spooler), a ZPL printer on the network, or a folder
the jobs are written to (`<home>/labels` by default). Rendering and sending run in a
thread, never on the UI thread. No outbox: a label changes nothing on the server.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from arkan_desktop.domain.barcodes import CodeKind, ScannedCode
from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.station_settings import PRINTER_KEY, TEMPLATE_KEY
from arkan_desktop.gui.station.workflows import (
    Outcome,
    Workflow,
    accepted,
    refused,
    translate,
    unusable,
)
from arkan_desktop.printing.dispatch import Printer
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.label_sheet import render_labels_pdf
from arkan_desktop.printing.labels import (
    Label,
    location_labels,
    product_labels,
    receiving_labels,
)
from arkan_desktop.printing.templates import get_template
from arkan_desktop.printing.zpl import render_labels_zpl
from arkan_desktop.sync.commands.station import Line
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company

__all__ = ["PRINTER_KEY", "TEMPLATE_KEY", "LabelReprint", "print_labels", "received_labels"]


def _print(printer: Printer, labels: list[Label], template: str, job_name: str) -> None:
    layout = get_template(template)
    content = "zpl" if layout.kind == "thermal" else "pdf"
    if content not in printer.accepts:
        raise PrintingError(
            translate(
                "Station", "{printer} does not take {content}: choose another template"
            ).format(printer=printer.name, content=content.upper())
        )
    if content == "zpl":
        printer.print_document(render_labels_zpl(labels, layout), "zpl", job_name)
    else:
        printer.print_document(render_labels_pdf(labels, layout), "pdf", job_name)


async def print_labels(
    company: Company, printer: Printer, labels: list[Label], template: str, job: str
) -> str:
    """Print on the company's printing thread; "" when it went, else why not (in plain
    words)."""
    try:
        await company.printing.off_the_loop(_print, printer, labels, template, job)
    except (PrintingError, OSError) as error:
        return str(error)
    return ""


class LabelReprint(Workflow):
    """Scan → its label is printed; nothing to confirm."""

    name = str(QT_TRANSLATE_NOOP("Station", "Label reprint"))

    def __init__(self, catalog: Catalog, warehouse_id: str | None = None) -> None:
        super().__init__(catalog, warehouse_id)
        self.to_print: list[tuple[str, list[Label]]] = []  # (job name, labels) to send
        # job name -> (barcode, location id): a location label without a barcode of its
        # own carries its code, which the station learns once the label is printed
        self.to_learn: dict[str, tuple[str, str]] = {}

    def expects(self) -> str:
        return translate("Station", "Scan a product or a location to print its label")

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
                return refused(
                    translate("Station", "Unknown location: {code}").format(code=code.value)
                )
            job = f"location-{location.get('code')}"
            self.to_print.append((job, location_labels([location])))
            if not location.get("barcode") and location.get("code"):
                self.to_learn[job] = (str(location["code"]), str(location["id"]))
            return accepted(
                translate("Station", "Printing the label of {code}").format(
                    code=location.get("code")
                )
            )
        if code.kind is CodeKind.PURCHASE_ORDER:
            return refused(
                translate("Station", "Scan a product or a location (not a purchase order)")
            )
        product = self.catalog.product_for(code)
        if product is None:
            return refused(
                translate("Station", "Unknown product: {code} is not in the catalogue").format(
                    code=code.value
                )
            )
        try:
            labels = product_labels([(product, 1)])
        except PrintingError as error:
            return refused(str(error))
        self.to_print.append((f"product-{product.get('sku')}", labels))
        return accepted(
            translate("Station", "Printing the label of {sku} {name}").format(
                sku=product.get("sku"), name=product.get("name", "")
            )
        )


def received_labels(order: dict[str, Any], lines: list[Line]) -> list[Label]:
    """One receiving label per unit received (per line for fractional quantities)."""
    received = {
        **order,
        "lines": [
            {
                "productId": line.product_id,
                "sku": line.sku,
                "productName": line.product.get("name") or line.sku,
                "uom": line.product.get("uom") or "unit",
                "quantity": str(line.quantity),
                "quantityReceived": "0",
            }
            for line in lines
        ],
    }
    return receiving_labels(received, {line.product_id: line.product for line in lines}, "unit")
