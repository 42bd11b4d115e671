"""The station window: one scan input, the step and what it expects, big clear feedback.

Full screen, large type, touch-sized buttons that never take the focus from the scan
input. Each scan is classified (domain.barcodes), answered by the current workflow from
the catalog snapshot, shown green or red with a tone, and listed with its outcome. A
confirmed operation is queued in the outbox and shown as queued until the server accepts
it, then done (or refused, with the server's reason). After a receipt the station offers
its receiving labels (Enter prints, Esc skips). F10 opens the station's settings. The
window never waits on the network; the snapshot is reloaded on the database worker when
the cache changes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QListWidgetItem, QWidget

from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.scanner_input import CodeEntry
from arkan_desktop.domain.warehouse.catalog import CATALOG_RESOURCES, Catalog
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.counting import CycleCount
from arkan_desktop.gui.station.label_reprint import LabelReprint, print_labels, received_labels
from arkan_desktop.gui.station.layout import StationLayout
from arkan_desktop.gui.station.operations import OperationLog
from arkan_desktop.gui.station.receiving import ReceiveOrder
from arkan_desktop.gui.station.scrapping import (
    Scrap,
    ScrapReasons,
    kept_reasons,
    server_reasons,
    standard_reasons,
)
from arkan_desktop.gui.station.settings_dialog import StationSettingsDialog
from arkan_desktop.gui.station.station_settings import (
    StationSettings,
    load_station_settings,
    save_station_settings,
    station_printer,
)
from arkan_desktop.gui.station.style import ACCEPTED_TEXT, GREEN, NEUTRAL, RED, REFUSED_TEXT
from arkan_desktop.gui.station.workflows import (
    Outcome,
    QuickMove,
    Workflow,
    refused,
    translate,
)
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.labels import Label
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.sync.company import Company

RECENT_SCANS = 8
WORKFLOWS: dict[str, type[Workflow]] = {
    flow.name: flow for flow in (QuickMove, ReceiveOrder, LabelReprint, CycleCount, Scrap)
}
FLASH_MS = 700
PRINT, SKIP = "print", "skip"


@dataclass(frozen=True)
class LabelOffer:
    """Labels the station offers to print (after a receipt): one key to print, Esc to skip."""

    job: str
    labels: list[Label]


class StationWindow(StationLayout):
    sig_closed = Signal()
    """The storekeeper closed the station."""
    sig_scan_answered = Signal(bool, str)
    """A scan or pad press was answered: accepted?, the message shown."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        self.company_id = company.id
        self.settings = load_station_settings(self.company_id)
        super().__init__(list(WORKFLOWS), parent)
        self.company = company
        self.live = live
        self.catalog: Catalog | None = None
        self.workflow: Workflow | None = None
        self.operation_log = OperationLog(self.operations_list)
        self.printed: list[str] = []  # label jobs sent to the printer
        self.offer: LabelOffer | None = None
        self.scrap_reasons: ScrapReasons = standard_reasons()
        self.settings_dialog: StationSettingsDialog | None = None
        self.setWindowTitle(
            translate("Station", "Arkan station — {name}").format(name=company.name)
        )
        self.tones.set_enabled(self.settings.sound)
        self._connect()
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(60)
        self._reload.timeout.connect(lambda: self.live.spawn(self.reload_catalog(), "catalog"))
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(lambda: self.paint(NEUTRAL))
        live.sig_changes.connect(self._changed)
        live.sig_connection_changed.connect(self._connection_changed)
        self._show_offered()
        self.start_workflow(self.offered()[0])
        self.live.spawn(self.reload_catalog(), "catalog")
        self.live.spawn(self.load_scrap_reasons(), "scrap-reasons")

    def _connect(self) -> None:
        self.workflow_buttons: QButtonGroup = self.workflow_group
        for name, button in self.workflow_button_of.items():
            button.clicked.connect(lambda _=False, n=name: self.start_workflow(n))
        self.scan_input.sig_entered.connect(self.handle_entry)
        self.scan_input.sig_command.connect(self.handle_command)
        self.pad.sig_quantity_set.connect(self.apply_quantity)
        self.pad.sig_adjusted.connect(lambda delta: self._answer(self._current().adjust(delta)))
        self.pad.sig_confirmed.connect(self.confirm)
        self.pad.sig_cancelled.connect(self.cancel)
        self.choice_row.sig_chosen.connect(self.choose)
        self.sound_button.clicked.connect(self._toggle_sound)
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        self.settings_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.settings_shortcut.activated.connect(self.open_settings)

    # --- workflows ---------------------------------------------------------------------

    def _current(self) -> Workflow:
        assert self.workflow is not None
        return self.workflow

    def offered(self) -> list[str]:
        """The workflows this station offers (its settings), in their usual order."""
        chosen = [name for name in WORKFLOWS if name in self.settings.workflows]
        return chosen or list(WORKFLOWS)

    def start_workflow(self, name: str) -> None:
        if name not in self.offered():
            name = self.offered()[0]
        flow = WORKFLOWS[name](self.catalog or Catalog(), self.settings.warehouse_id or None)
        if isinstance(flow, Scrap):
            flow.reasons = self.scrap_reasons
        self.workflow = flow
        for key, button in self.workflow_button_of.items():
            button.setChecked(key == name)
        self.message_label.setText(self.scrap_reasons.note if isinstance(flow, Scrap) else "")
        self.pad.clear()
        self._show_step()

    def handle_entry(self, entry: CodeEntry) -> None:
        """One finished entry from the scan input (scanned or typed)."""
        if not entry.text.strip():
            return
        self.offer = None  # a new scan is the answer to an offer, too: no labels
        code = classify(entry.text)
        if self.catalog is None:
            outcome = refused(
                translate("Station", "The station is still loading the catalogue; scan again")
            )
        else:
            outcome = self._current().scan(code)
        shown = code.value if code.usable else entry.text.strip()
        how = "" if entry.is_scan else translate("Station", " (typed)")
        self._answer(outcome, f"{shown}{how}")
        if isinstance(self.workflow, LabelReprint):
            jobs, self.workflow.to_print = self.workflow.to_print, []
            for job, labels in jobs:
                self.live.spawn(self._print(job, labels), "station-label")

    def handle_command(self, key: str) -> None:
        """Enter on an empty scan field accepts the offer shown; Esc skips it."""
        if self.offer is None:
            return
        self.choose(PRINT if key == "enter" else SKIP)

    def choose(self, key: str) -> None:
        """A choice button (or its key) was pressed: the offer's, or the step's."""
        offer = self.offer
        if offer is not None:
            self.offer = None
            if key == PRINT:
                self.live.spawn(self._print(offer.job, offer.labels), "station-label")
                message = translate("Station", "Printing {n} receiving label(s)")
                self._answer(Outcome(True, message.format(n=len(offer.labels))), sound=False)
            else:
                self._answer(Outcome(True, translate("Station", "No labels printed")), sound=False)
            return
        self._answer(self._current().choose(key))

    async def _print(self, job: str, labels: list[Label]) -> None:
        settings = load_station_settings(self.company_id)  # what the settings say now
        try:
            printer = station_printer(settings, self.company.home)
        except PrintingError as error:
            problem, name = str(error), ""
        else:
            problem, name = (
                await print_labels(self.company, printer, labels, settings.template, job),
                printer.name,
            )
        if problem:
            message = translate("Station", "The label was not printed: {why}")
            self._answer(refused(message.format(why=problem)), job)
        else:
            self.printed.append(job)
            message = translate("Station", "Label printed ({printer})").format(printer=name)
            self._answer(Outcome(True, message), job, sound=False)

    def apply_quantity(self, quantity: object) -> None:
        what = translate("Station", "Quantity {n}").format(n=quantity)
        self._answer(self._current().set_quantity(quantity), what)  # type: ignore[arg-type]

    def cancel(self) -> None:
        workflow = self._current()
        self.offer = None
        self.start_workflow(workflow.name)
        message = translate("Station", "{name} cancelled; nothing was sent")
        self._answer(Outcome(True, message.format(name=translate("Station", workflow.name))))

    def confirm(self) -> None:
        workflow = self._current()
        if not workflow.ready():
            message = translate("Station", "Not ready: {step}").format(step=workflow.expects())
            self._answer(refused(message))
            return
        step = workflow.before_write()
        if step is not None:
            self._answer(step)
            return
        write = workflow.write()
        description = describe(write.entry.description)
        self.operation_log.add(write.entry.id, description)
        self.live.spawn(self.company.queue(write), "station-queue")
        offer = None
        if isinstance(workflow, ReceiveOrder) and workflow.order is not None:
            lines = list(workflow.lines.values())
            try:
                offer = LabelOffer(
                    f"receiving-{workflow.order.get('number')}",
                    received_labels(workflow.order, lines),
                )
            except PrintingError:
                offer = None  # nothing printable; the receipt itself is queued
        self.start_workflow(workflow.name)
        self.offer = offer
        self._answer(Outcome(True, translate("Station", "Queued: {what}").format(what=description)))

    # --- answering ---------------------------------------------------------------------

    def _answer(self, outcome: Outcome, what: str = "", *, sound: bool = True) -> None:
        self.message_label.setText(outcome.message)
        self.paint(GREEN if outcome.accepted else RED)
        if sound:
            self.tones.play(outcome.accepted)
        self._flash.start(FLASH_MS)
        if what:
            mark = "✔" if outcome.accepted else "✘"
            item = QListWidgetItem(f"{mark} {what}\n{outcome.message}")
            item.setForeground(QColor(ACCEPTED_TEXT if outcome.accepted else REFUSED_TEXT))
            self.recent_list.insertItem(0, item)
            while self.recent_list.count() > RECENT_SCANS:
                self.recent_list.takeItem(self.recent_list.count() - 1)
        self._show_step()
        self.sig_scan_answered.emit(outcome.accepted, outcome.message)
        self.scan_input.setFocus()

    def _show_step(self) -> None:
        workflow = self._current()
        self.title_label.setText(workflow.heading())
        self.lines_list.clear()
        self.lines_list.addItems(workflow.display_lines())
        if self.offer is not None:
            count = len(self.offer.labels)
            self.expects_label.setText(
                translate(
                    "Station", "Print {n} receiving label(s)? Enter: print · Esc: skip"
                ).format(n=count)
            )
            choices = [
                (PRINT, translate("Station", "Print labels (Enter)")),
                (SKIP, translate("Station", "Skip (Esc)")),
            ]
            self.choice_row.show_choices(choices, role="offer")
        else:
            self.expects_label.setText(workflow.expects())
            chosen = getattr(workflow, "reason", None)
            self.choice_row.show_choices(workflow.choices(), chosen[0] if chosen else "")
        self.pad.confirm_button.setEnabled(workflow.ready())
        self._show_status()

    def _show_status(self) -> None:
        self.show_status(self.live.connection, self.operation_log.waiting())

    def release(self) -> None:
        """Stop listening to the company (before its sync stops and the window goes)."""
        for timer in (self._reload, self._flash):
            timer.stop()
        self.live.sig_changes.disconnect(self._changed)
        self.live.sig_connection_changed.disconnect(self._connection_changed)

    def _connection_changed(self, _state: str) -> None:
        self._show_status()

    # --- the cache ---------------------------------------------------------------------

    async def reload_catalog(self) -> None:
        catalog = await self.company.station.catalog()
        self.catalog = catalog
        if self.workflow is not None:
            self.workflow.catalog = catalog
            self._show_step()

    async def load_scrap_reasons(self) -> None:
        """The cached reasons at once, then the server's when it answers (kept for offline)."""
        station = self.company.station
        self._use_reasons(kept_reasons(await station.kept_scrap_reasons()))
        fetched = server_reasons(await station.fetch_scrap_reasons())
        if fetched is not None:
            self._use_reasons(fetched)

    def _use_reasons(self, reasons: ScrapReasons) -> None:
        self.scrap_reasons = reasons
        workflow = self.workflow
        if isinstance(workflow, Scrap) and workflow.reason is None:
            workflow.reasons = reasons
            if not workflow.lines:
                self.message_label.setText(reasons.note)
            self._show_step()

    def _changed(self, changes: ChangeSet) -> None:
        if any(changes.concerns(resource) for resource in CATALOG_RESOURCES):
            self._reload.start()
        if changes.concerns(OUTBOX):
            self.live.spawn(self._refresh_operations(), "station-operations")

    async def _refresh_operations(self) -> None:
        await self.operation_log.refresh(self.company.outbox)
        self._show_status()

    def operation_states(self) -> list[str]:
        """The operations list as shown, newest first (for tests and the status)."""
        return self.operation_log.states()

    # --- settings, focus and sound -----------------------------------------------------

    def open_settings(self) -> StationSettingsDialog:
        """The settings screen (F10), modal over the station; saved settings apply at once."""
        if self.settings_dialog is not None:
            return self.settings_dialog
        warehouses = sorted(
            (str(w["id"]), f"{w.get('code') or ''} {w.get('name') or ''}".strip())
            for w in (self.catalog.warehouses.values() if self.catalog else ())
        )
        flows = [(name, translate("Station", name)) for name in WORKFLOWS]
        dialog = StationSettingsDialog(self.settings, warehouses, flows, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings))
        dialog.finished.connect(lambda _result: self._settings_closed())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None
        self.scan_input.setFocus()

    def apply_settings(self, settings: StationSettings) -> None:
        save_station_settings(settings, self.company_id)
        self.settings = settings
        self.tones.set_enabled(settings.sound)
        self._show_offered()
        workflow = self._current()
        if workflow.name not in self.offered():
            self.start_workflow(self.offered()[0])
        else:
            workflow.warehouse_id = settings.warehouse_id or None
            self._show_step()

    def _show_offered(self) -> None:
        for name, button in self.workflow_button_of.items():
            button.setVisible(name in self.offered())
        self.show_sound(self.tones.enabled)

    def _toggle_sound(self) -> None:
        self.apply_settings(replace(self.settings, sound=not self.tones.enabled))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_input.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sig_closed.emit()
        super().closeEvent(event)
