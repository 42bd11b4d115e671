"""The station window: one scan input, the step and what it expects, big clear feedback.

Full screen, large type, touch-sized buttons that never take the focus from the scan
input. Each scan is classified (domain.barcodes), answered by the current workflow from
the catalog snapshot, shown green or red with a tone, and listed with its outcome. A
confirmed operation is queued in the outbox and shown as queued until the server accepts
it, then done (or refused, with the server's reason). After a receipt the station offers
its receiving labels, after a shipment the shipping label and the delivery note (Enter
prints the first, Esc skips). F10 opens the station's settings; Ctrl+Q (or closing the
window) quits, asking first when writes are still waiting. The window never waits on the
network; the snapshot is reloaded on the database worker when the cache changes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QButtonGroup, QListWidgetItem, QWidget

from arkan_desktop.domain.barcodes import ScannedCode, classify
from arkan_desktop.domain.scanner_input import CodeEntry
from arkan_desktop.domain.warehouse.catalog import CATALOG_RESOURCES, Catalog
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.counting import CycleCount
from arkan_desktop.gui.station.fallback import (
    LocationQuestion,
    location_question,
    missing_sentence,
    where_sentence,
)
from arkan_desktop.gui.station.guided import Guided, Offer, PrintJob
from arkan_desktop.gui.station.label_reprint import LabelReprint
from arkan_desktop.gui.station.operations import OperationLog
from arkan_desktop.gui.station.picking import PickShip
from arkan_desktop.gui.station.receiving import ReceiveOrder
from arkan_desktop.gui.station.returns import TakeBack
from arkan_desktop.gui.station.scrapping import (
    Scrap,
    ScrapReasons,
    kept_reasons,
    server_reasons,
    standard_reasons,
)
from arkan_desktop.gui.station.station_frame import StationFrame
from arkan_desktop.gui.station.station_printing import print_label_job, print_offered
from arkan_desktop.gui.station.station_settings import warehouse_chosen
from arkan_desktop.gui.station.style import ACCEPTED_TEXT, GREEN, NEUTRAL, RED, REFUSED_TEXT
from arkan_desktop.gui.station.workflows import (
    Outcome,
    QuickMove,
    Workflow,
    refused,
    translate,
)
from arkan_desktop.printing.labels import Label
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company

RECENT_SCANS = 8
WORKFLOWS: dict[str, type[Workflow]] = {
    flow.name: flow
    for flow in (QuickMove, ReceiveOrder, LabelReprint, CycleCount, Scrap, PickShip, TakeBack)
}
FLASH_MS = 700
SKIP = "skip"


class StationWindow(StationFrame):
    sig_scan_answered = Signal(bool, str)
    """A scan or pad press was answered: accepted?, the message shown."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(list(WORKFLOWS), company.id, parent)
        self.company = company
        self.live = live
        self.workflow: Workflow | None = None
        self.operation_log = OperationLog(self.operations_list)
        self.printed: list[str] = []  # jobs printed or saved
        self.offer: Offer | None = None
        self.scrap_reasons: ScrapReasons = standard_reasons()
        self.question: LocationQuestion | None = None  # which location is this label?
        self._asked: set[str] = set()  # products whose stock was asked of the server
        self.server_note = ""  # what the server lacks, said once
        self.setWindowTitle(
            translate("Station", "Arkan station — {name}").format(name=company.name)
        )
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
        self.live.spawn(self._refresh_operations(), "station-operations")

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

    # --- workflows ---------------------------------------------------------------------

    def _current(self) -> Workflow:
        assert self.workflow is not None
        return self.workflow

    def start_workflow(self, name: str) -> None:
        if name not in self.offered():
            name = self.offered()[0]
        flow = WORKFLOWS[name](self.catalog or Catalog(), self.settings.warehouse_id or None)
        if isinstance(flow, Scrap):
            flow.reasons = self.scrap_reasons
        if isinstance(flow, CycleCount) and isinstance(self.workflow, CycleCount):
            flow.mode, flow.blind = self.workflow.mode, self.workflow.blind  # as last chosen
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
        self.offer = self.question = None  # a new scan answers an offer or question too
        code = classify(entry.text)
        shown = code.value if code.usable else entry.text.strip()
        how = "" if entry.is_scan else translate("Station", " (typed)")
        workflow = self.workflow
        if self.catalog is None:
            outcome = refused(
                translate("Station", "The station is still loading the catalogue; scan again")
            )
        else:
            code = self.catalog.resolve(code)  # a location label the station learnt
            if self._ask_stock_first(code, f"{shown}{how}"):
                return
            outcome = self._current().scan(code)
            if not outcome.accepted and self._ask_which_location(code, f"{shown}{how}"):
                return
        if isinstance(workflow, TakeBack) and workflow.lookup:
            self.message_label.setText(outcome.message)  # the answer comes with the look-up
            self.live.spawn(self._look_up(workflow, workflow.lookup, f"{shown}{how}"), "lookup")
            return
        self._answer(outcome, f"{shown}{how}")
        if isinstance(workflow, LabelReprint):
            jobs, workflow.to_print = workflow.to_print, []
            learnt, workflow.to_learn = workflow.to_learn, {}
            for job, labels in jobs:
                self.live.spawn(self._print(job, labels, learnt.get(job)), "station-label")

    # --- a server without stock or location lists (fallback.py) ------------------------

    def _ask_stock_first(self, code: ScannedCode, what: str) -> bool:
        """A product whose stock the catalog does not know, on a server that lists none:
        ask the server first, then answer the scan (True: asked)."""
        assert self.catalog is not None
        product = self.catalog.product_for(code)
        if product is None or "stock_levels" not in self.company.station.missing_lists:
            return False
        product_id = str(product["id"])
        if product_id in self._asked or self.catalog.stock_of(product_id):
            return False
        self._asked.add(product_id)
        sku = str(product.get("sku") or product_id)
        self.message_label.setText(
            translate("Station", "Asking the server where {sku} is…").format(sku=sku)
        )
        self.live.spawn(self._scan_with_stock(self._current(), code, what, product_id, sku), "ask")
        return True

    async def _scan_with_stock(
        self, workflow: Workflow, code: ScannedCode, what: str, product_id: str, sku: str
    ) -> None:
        levels = await self.company.station.product_stock(product_id)
        if levels is None:
            self._asked.discard(product_id)  # ask again when the server can answer
        await self.reload_catalog()
        if self.workflow is not workflow or self.catalog is None:
            return
        outcome = workflow.scan(code)
        if levels is None:
            where = translate("Station", "The server could not say where {sku} is").format(sku=sku)
        else:
            where = where_sentence(self.catalog, product_id, sku)
        self._answer(Outcome(outcome.accepted, f"{outcome.message}\n{where}"), what)

    def _ask_which_location(self, code: ScannedCode, what: str) -> bool:
        """An unknown code where a location is expected, on a server that lists none: ask
        which location it is (True: asked)."""
        if self.catalog is None or not self._current().wants_location():
            return False
        if "locations" not in self.company.station.missing_lists:
            return False
        question = location_question(self.catalog, code, what, self.settings.warehouse_id)
        if question is None:
            return False
        self.question = question
        message = translate("Station", "Unknown location label: {code}").format(code=code.text)
        self._answer(refused(message), what)
        return True

    def _answer_question(self, question: LocationQuestion, key: str) -> None:
        self.question = None
        if key == SKIP:
            said = translate("Station", "{code} was not learnt").format(code=question.code.text)
            self._answer(Outcome(True, said), sound=False)
            return
        self.live.spawn(self._learn(question, key), "learn-location")

    async def _learn(self, question: LocationQuestion, location_id: str) -> None:
        label = question.code.text.strip()
        await self.company.station.learn_location_barcode(label, location_id, "scanned")
        await self.reload_catalog()
        assert self.catalog is not None
        location = self.catalog.location_by_id(location_id) or {}
        learnt = translate("Station", "{label} is now the label of {code}").format(
            label=label, code=location.get("code") or location_id
        )
        outcome = self._current().scan(self.catalog.resolve(question.code))
        self._answer(Outcome(outcome.accepted, f"{learnt}\n{outcome.message}"), question.what)

    async def _look_up(self, workflow: TakeBack, number: str, what: str) -> None:
        source = await self.company.station.return_source(number)
        if self.workflow is workflow:
            self._answer(workflow.found(number, source), what)

    def handle_command(self, key: str) -> None:
        """Enter on an empty scan field accepts the offer's first choice; Esc skips it (and
        leaves a location question unanswered)."""
        if self.question is not None and key != "enter":
            self._answer_question(self.question, SKIP)
            return
        if self.offer is None:
            return
        self.choose(self.offer.jobs[0][0] if key == "enter" else SKIP)

    def choose(self, key: str) -> None:
        """A choice button (or its key) was pressed: the offer's, or the step's."""
        if self.question is not None:
            self._answer_question(self.question, key)
            return
        offer = self.offer
        if offer is not None:
            self._take_offer(offer, key)
            return
        self._answer(self._current().choose(key))

    def _take_offer(self, offer: Offer, key: str) -> None:
        job = next((job for k, _text, job in offer.jobs if k == key), None)
        if job is None:
            self.offer = None
            if all(j.kind == "labels" for _k, _t, j in offer.jobs):
                said = translate("Station", "No labels printed")
            else:
                said = translate("Station", "Nothing printed")
            self._answer(Outcome(True, said), sound=False)
            return
        left = [choice for choice in offer.jobs if choice[0] != key]
        self.offer = replace(offer, jobs=left) if left else None
        self.live.spawn(self._print_offered(job), "station-print")
        self._answer(Outcome(True, translate("Station", "Printing…")), sound=False)

    async def _print_offered(self, job: PrintJob) -> None:
        outcome = await print_offered(self.company, job)
        if outcome.accepted:
            self.printed.append(job.name)
        self._answer(outcome, job.name, sound=not outcome.accepted)

    async def _print(self, job: str, labels: list[Label], learn: tuple[str, str] | None) -> None:
        outcome = await print_label_job(self.company, job, labels)
        if outcome.accepted:
            self.printed.append(job)
            if learn is not None:  # the label carries the location's code: now a barcode
                await self.company.station.learn_location_barcode(*learn, "printed")
                await self.reload_catalog()
        self._answer(outcome, job, sound=not outcome.accepted)

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
        writes = workflow.writes()
        offer = workflow.offer() if isinstance(workflow, Guided) else None
        said = []
        for write in writes:
            said.append(describe(write.entry.description))
            self.operation_log.add(write.entry.id, said[-1])
        self.waiting_writes += len(writes)
        self.live.spawn(self._queue(writes), "station-queue")
        self.start_workflow(workflow.name)
        self.offer = offer
        what = "; ".join(said)
        self._answer(Outcome(True, translate("Station", "Queued: {what}").format(what=what)))

    async def _queue(self, writes: list[Write]) -> None:
        for write in writes:  # in order: a return's receipt follows the return
            await self.company.queue(write)

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
        if self.question is not None:
            self.expects_label.setText(self.question.prompt)
            choices = [*self.question.choices, (SKIP, translate("Station", "Not a location (Esc)"))]
            self.choice_row.show_choices(choices, role="offer")
        elif self.offer is not None:
            self.expects_label.setText(self.offer.prompt)
            choices = [(key, text) for key, text, _job in self.offer.jobs]
            choices.append((SKIP, translate("Station", "Skip (Esc)")))
            self.choice_row.show_choices(choices, role="offer")
        else:
            self.expects_label.setText(workflow.expects())
            self.choice_row.show_choices(workflow.choices(), workflow.chosen())
        self.pad.show_purpose(workflow.pad_purpose())
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
        if (
            not self.settings.warehouse_id
            and not warehouse_chosen(self.company_id)
            and await self.company.sync.last_sync() is not None  # not from half a copy
        ):
            # a new station works in the company's main warehouse until told otherwise
            default = catalog.default_warehouse()
            if default:
                self.apply_settings(replace(self.settings, warehouse_id=default))
        if self.workflow is not None:
            self.workflow.catalog = catalog
            self._show_step()
        note = missing_sentence(self.company.station.missing_lists)
        if note != self.server_note:  # said once, when the station first knows (or more)
            self.server_note = note
            self.message_label.setText(note)

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
        self.waiting_writes = await self.company.outbox.waiting()
        self._show_status()

    def operation_states(self) -> list[str]:
        """The operations list as shown, newest first (for tests and the status)."""
        return self.operation_log.states()

    def settings_changed(self) -> None:
        workflow = self._current()
        if workflow.name not in self.offered():
            self.start_workflow(self.offered()[0])
        else:
            workflow.warehouse_id = self.settings.warehouse_id or None
            self._show_step()
