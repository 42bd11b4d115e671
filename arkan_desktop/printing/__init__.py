"""Invoice PDFs, label sheets, ZPL and printer dispatch. Rendering imports no Qt.

Everything takes the cached records' raw JSON (plain dicts) and returns bytes, so the GUI,
the warehouse station and the CLI print the same thing with no network.
"""

from arkan_desktop.printing.branding import Branding
from arkan_desktop.printing.dispatch import (
    FolderPrinter,
    NetworkLabelPrinter,
    Printer,
    PrinterRegistry,
    RenderJob,
    SpoolerPrinter,
    render_batch,
)
from arkan_desktop.printing.document import invoice_document, receipt_document
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.invoice_pdf import render_invoice_pdf
from arkan_desktop.printing.label_sheet import render_labels_pdf
from arkan_desktop.printing.labels import (
    find_locations,
    find_products,
    find_purchase_order,
    location_labels,
    product_labels,
    receiving_labels,
)
from arkan_desktop.printing.receipt_pdf import render_receipt_pdf
from arkan_desktop.printing.templates import Calibration, get_template, template_names
from arkan_desktop.printing.zpl import render_labels_zpl, send_raw, write_zpl

__all__ = [
    "Branding",
    "Calibration",
    "FolderPrinter",
    "NetworkLabelPrinter",
    "Printer",
    "PrinterRegistry",
    "PrintingError",
    "RenderJob",
    "SpoolerPrinter",
    "find_locations",
    "find_products",
    "find_purchase_order",
    "get_template",
    "invoice_document",
    "location_labels",
    "product_labels",
    "receipt_document",
    "receiving_labels",
    "render_batch",
    "render_invoice_pdf",
    "render_labels_pdf",
    "render_labels_zpl",
    "render_receipt_pdf",
    "send_raw",
    "template_names",
    "write_zpl",
]
