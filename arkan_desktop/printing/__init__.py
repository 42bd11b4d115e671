"""Invoice and report PDFs, CSV/XLSX, label sheets, ZPL, printer dispatch. Imports no Qt.

Everything takes the cached records' raw JSON (plain dicts) and returns bytes, so the GUI,
the warehouse station and the CLI print the same thing with no network.

The names below load their module on first use (PEP 562), so that importing one light
submodule (the template names for `--help`) does not pull in reportlab's PDF machinery.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from arkan_desktop.printing.report import Amount, ReportColumn, ReportRow, TabularReport
    from arkan_desktop.printing.report_pdf import render_report_pdf
    from arkan_desktop.printing.spreadsheet import write_csv, write_xlsx
    from arkan_desktop.printing.tax_registration import vat_registered
    from arkan_desktop.printing.templates import Calibration, get_template, template_names
    from arkan_desktop.printing.zpl import render_labels_zpl, send_raw, write_zpl

_HOMES = {
    "Amount": "arkan_desktop.printing.report",
    "Branding": "arkan_desktop.printing.branding",
    "Calibration": "arkan_desktop.printing.templates",
    "FolderPrinter": "arkan_desktop.printing.dispatch",
    "NetworkLabelPrinter": "arkan_desktop.printing.dispatch",
    "Printer": "arkan_desktop.printing.dispatch",
    "PrinterRegistry": "arkan_desktop.printing.dispatch",
    "PrintingError": "arkan_desktop.printing.errors",
    "RenderJob": "arkan_desktop.printing.dispatch",
    "ReportColumn": "arkan_desktop.printing.report",
    "ReportRow": "arkan_desktop.printing.report",
    "SpoolerPrinter": "arkan_desktop.printing.dispatch",
    "TabularReport": "arkan_desktop.printing.report",
    "find_locations": "arkan_desktop.printing.labels",
    "find_products": "arkan_desktop.printing.labels",
    "find_purchase_order": "arkan_desktop.printing.labels",
    "get_template": "arkan_desktop.printing.templates",
    "invoice_document": "arkan_desktop.printing.document",
    "location_labels": "arkan_desktop.printing.labels",
    "product_labels": "arkan_desktop.printing.labels",
    "receipt_document": "arkan_desktop.printing.document",
    "receiving_labels": "arkan_desktop.printing.labels",
    "render_batch": "arkan_desktop.printing.dispatch",
    "render_invoice_pdf": "arkan_desktop.printing.invoice_pdf",
    "render_labels_pdf": "arkan_desktop.printing.label_sheet",
    "render_labels_zpl": "arkan_desktop.printing.zpl",
    "render_receipt_pdf": "arkan_desktop.printing.receipt_pdf",
    "render_report_pdf": "arkan_desktop.printing.report_pdf",
    "send_raw": "arkan_desktop.printing.zpl",
    "template_names": "arkan_desktop.printing.templates",
    "vat_registered": "arkan_desktop.printing.tax_registration",
    "write_csv": "arkan_desktop.printing.spreadsheet",
    "write_xlsx": "arkan_desktop.printing.spreadsheet",
    "write_zpl": "arkan_desktop.printing.zpl",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


__all__ = [
    "Amount",
    "Branding",
    "Calibration",
    "FolderPrinter",
    "NetworkLabelPrinter",
    "Printer",
    "PrinterRegistry",
    "PrintingError",
    "RenderJob",
    "ReportColumn",
    "ReportRow",
    "SpoolerPrinter",
    "TabularReport",
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
    "render_report_pdf",
    "send_raw",
    "template_names",
    "vat_registered",
    "write_csv",
    "write_xlsx",
    "write_zpl",
]
