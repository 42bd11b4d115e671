"""The station's settings: warehouse, label printer and template, sound, workflows offered.

Kept in the GUI preferences (`<home>/gui.ini`, QSettings), not in the cache: they belong
to this PC and what is plugged into it (its printer, its speaker), they must survive a
cache being rebuilt or the company being switched, and the station reads them before any
cache is open. Only the warehouse differs per company (ids are the company's), so it is
kept under the company's id. `station_printer` turns the printer setting into a Printer
that prints silently: a system queue, a ZPL label printer on the network, or a folder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo

from arkan_desktop.gui.preferences import preferences
from arkan_desktop.printing.dispatch import (
    FolderPrinter,
    NetworkLabelPrinter,
    Printer,
    SpoolerPrinter,
)
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.templates import get_template, template_names

translate = QCoreApplication.translate

SOUND_KEY = "station/sound"
PRINTER_KEY = "station/label_printer"
PRINTER_KIND_KEY = "station/printer_kind"
TEMPLATE_KEY = "station/label_template"
WORKFLOWS_KEY = "station/workflows"
WAREHOUSE_KEY = "station/warehouse/{company}"
DEFAULT_TEMPLATE = "zebra-2x1-203"
SYSTEM, ZPL, FILE = "system", "zpl", "file"
PRINTER_KINDS = (SYSTEM, ZPL, FILE)
NETWORK_ADDRESS = re.compile(r"[A-Za-z0-9.-]+:\d{1,5}")


@dataclass(frozen=True)
class StationSettings:
    warehouse_id: str = ""  # "" : any warehouse
    printer_kind: str = FILE
    printer: str = ""  # system queue ("" = the system default), host:port, or a folder
    template: str = DEFAULT_TEMPLATE
    sound: bool = True
    workflows: tuple[str, ...] = ()  # the names offered; () : all of them

    def problem(self, known_workflows: tuple[str, ...] = ()) -> str:
        """Why these settings cannot be saved, in plain words ("" when they can)."""
        if self.printer_kind not in PRINTER_KINDS:
            return translate("Station", "Unknown kind of printer: {kind}").format(
                kind=self.printer_kind
            )
        if self.template not in template_names():
            return translate("Station", "Unknown label template: {name}").format(name=self.template)
        if self.printer_kind == ZPL:
            if not NETWORK_ADDRESS.fullmatch(self.printer):
                return translate(
                    "Station", "A network label printer is HOST:PORT (e.g. 10.0.0.7:9100)"
                )
            if get_template(self.template).kind != "thermal":
                return translate(
                    "Station",
                    "A network label printer takes ZPL: choose a thermal (zebra-…) template",
                )
        if known_workflows and not any(name in known_workflows for name in self.workflows):
            return translate("Station", "Offer at least one workflow")
        return ""


def _flag(value: object, default: bool) -> bool:
    if value is None or value == "":
        return default
    return str(value).lower() in ("true", "1", "yes")


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, (list, tuple)):
        return tuple(str(x) for x in value if str(x))
    text = str(value or "")
    return tuple(x for x in text.split("|") if x)


def load_station_settings(company_id: str = "") -> StationSettings:
    store = preferences()
    printer = str(store.value(PRINTER_KEY, "") or "")
    kind = str(store.value(PRINTER_KIND_KEY, "") or "")
    if kind not in PRINTER_KINDS:  # set before the kind was a setting of its own
        kind = ZPL if NETWORK_ADDRESS.fullmatch(printer) else FILE
    warehouse = store.value(WAREHOUSE_KEY.format(company=company_id), "") if company_id else ""
    return StationSettings(
        warehouse_id=str(warehouse or ""),
        printer_kind=kind,
        printer=printer,
        template=str(store.value(TEMPLATE_KEY, DEFAULT_TEMPLATE) or DEFAULT_TEMPLATE),
        sound=_flag(store.value(SOUND_KEY, "true"), True),
        workflows=_names(store.value(WORKFLOWS_KEY, "")),
    )


def warehouse_chosen(company_id: str) -> bool:
    """Whether this station has been told which warehouse it works in (or "any") for the
    company; a new station has not, and takes the company's main warehouse."""
    return bool(company_id) and preferences().contains(WAREHOUSE_KEY.format(company=company_id))


def save_station_settings(settings: StationSettings, company_id: str = "") -> None:
    store = preferences()
    store.setValue(PRINTER_KIND_KEY, settings.printer_kind)
    store.setValue(PRINTER_KEY, settings.printer)
    store.setValue(TEMPLATE_KEY, settings.template)
    store.setValue(SOUND_KEY, "true" if settings.sound else "false")
    store.setValue(WORKFLOWS_KEY, "|".join(settings.workflows))
    if company_id:
        store.setValue(WAREHOUSE_KEY.format(company=company_id), settings.warehouse_id)
    store.sync()


def system_printers() -> tuple[list[str], str]:
    """The system's printer queues and its default one ("" when there is none)."""
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def station_printer(settings: StationSettings, home: Path) -> Printer:
    """Where the station's labels go, without a dialog."""
    if settings.printer_kind == SYSTEM:
        queue = settings.printer or QPrinterInfo.defaultPrinterName()
        if not queue:
            raise PrintingError(
                translate("Station", "no system printer is chosen and the system has no default")
            )
        return SpoolerPrinter(queue, queue)
    if settings.printer_kind == ZPL:
        return NetworkLabelPrinter(
            translate("Station", "label printer {address}").format(address=settings.printer),
            settings.printer,
        )
    folder = Path(settings.printer) if settings.printer else home / "labels"
    return FolderPrinter(translate("Station", "folder {path}").format(path=folder), folder)
