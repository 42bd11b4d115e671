"""The station window: one scan input, the step and what it expects, big clear feedback.

Full screen, large type, touch-sized buttons that never take the focus from the scan
input. Each scan is classified (domain.barcodes), answered by the current workflow from
the catalog snapshot, shown green or red with a tone, and listed with its outcome. A
confirmed operation is queued in the outbox and shown as queued until the server accepts
it, then done (or refused, with the server's reason). The window never waits on the
network; the snapshot is reloaded on the database worker when the cache changes.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.barcodes import classify
from arkan_desktop.domain.scanner_input import CodeEntry
from arkan_desktop.gui.session import CompanyContext
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.catalog import CATALOG_RESOURCES, Catalog, load_catalog
from arkan_desktop.gui.station.feedback import ScanTones
from arkan_desktop.gui.station.label_reprint import (
    LabelReprint,
    print_labels,
    station_printer,
    station_template,
)
from arkan_desktop.gui.station.scan_input import ScanInput
from arkan_desktop.gui.station.style import (
    ACCEPTED_TEXT,
    GREEN,
    NEUTRAL,
    RED,
    REFUSED_TEXT,
    STATION_STYLE,
)
from arkan_desktop.gui.station.workflows import (
    Outcome,
    QuickMove,
    ReceiveOrder,
    Workflow,
    qty,
    refused,
)
from arkan_desktop.printing.labels import Label
from arkan_desktop.store.changes import OUTBOX, ChangeSet
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT

RECENT_SCANS = 8
WORKFLOWS: dict[str, type[Workflow]] = {
    flow.name: flow for flow in (QuickMove, ReceiveOrder, LabelReprint)
}
FLASH_MS = 700


class StationWindow(QWidget):
    sig_closed = Signal()
    """The storekeeper closed the station."""
    sig_scan_answered = Signal(bool, str)
    """A scan or pad press was answered: accepted?, the message shown."""

    def __init__(self, context: CompanyContext, live: LiveSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.live = live
        self.catalog: Catalog | None = None
        self.workflow: Workflow | None = None
        self.tones = ScanTones(self)
        self.operations: dict[str, QListWidgetItem] = {}  # outbox row id -> its line
        self.pad_text = ""
        self.printed: list[str] = []  # label jobs sent to the printer
        self.setObjectName("station")
        self.setWindowTitle(f"Arkan station — {context.name}")
        self.setStyleSheet(STATION_STYLE)
        self._build()
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(60)
        self._reload.timeout.connect(lambda: self.live.spawn(self.reload_catalog(), "catalog"))
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(lambda: self._paint(NEUTRAL))
        live.sig_changes.connect(self._changed)
        live.sig_connection_changed.connect(self._connection_changed)
        self.start_workflow(next(iter(WORKFLOWS)))
        self.live.spawn(self.reload_catalog(), "catalog")

    # --- building ----------------------------------------------------------------------

    def _button(self, text: str, role: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(96, 72)
        if role:
            button.setProperty("role", role)
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        self.workflow_buttons = QButtonGroup(self)
        for name in WORKFLOWS:
            button = self._button(name, "workflow")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=name: self.start_workflow(n))
            self.workflow_buttons.addButton(button)
            top.addWidget(button)
        top.addStretch(1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        top.addWidget(self.status_label)
        self.sound_button = self._button("", "toggle")
        self.sound_button.clicked.connect(self._toggle_sound)
        top.addWidget(self.sound_button)

        self.step_panel = QFrame(self)
        self.step_panel.setObjectName("stepPanel")
        panel = QVBoxLayout(self.step_panel)
        self.title_label = QLabel(self.step_panel)
        self.title_label.setObjectName("title")
        self.expects_label = QLabel(self.step_panel)
        self.expects_label.setObjectName("expects")
        self.message_label = QLabel(self.step_panel)
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        for label in (self.title_label, self.expects_label, self.message_label):
            panel.addWidget(label)
        self.scan_input = ScanInput(parent=self)
        self.scan_input.setObjectName("scanInput")
        self.scan_input.sig_entered.connect(self.handle_entry)

        self.lines_list = self._list("lines")
        self.recent_list = self._list("recent")
        self.operations_list = self._list("operations")
        lists = QHBoxLayout()
        for title, widget in (
            ("This operation", self.lines_list),
            ("Last scans", self.recent_list),
            ("Sent to the server", self.operations_list),
        ):
            column = QVBoxLayout()
            heading = QLabel(title, self)
            heading.setObjectName("heading")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            lists.addLayout(column, 4 if widget is self.recent_list else 3)

        pad = QGridLayout()
        self.pad_label = QLabel("", self)
        self.pad_label.setObjectName("pad")
        self.pad_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        pad.addWidget(self.pad_label, 0, 0, 1, 3)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("789456123"):
            button = self._button(digit, "digit")
            button.clicked.connect(lambda _=False, d=digit: self.press_digit(d))
            pad.addWidget(button, 1 + index // 3, index % 3)
            self.digit_buttons[digit] = button
        zero = self._button("0", "digit")
        zero.clicked.connect(lambda: self.press_digit("0"))
        self.digit_buttons["0"] = zero
        clear = self._button("C", "digit")
        clear.clicked.connect(self.clear_pad)
        self.set_button = self._button("Set", "digit")
        self.set_button.clicked.connect(self.apply_pad)
        pad.addWidget(clear, 4, 0)
        pad.addWidget(zero, 4, 1)
        pad.addWidget(self.set_button, 4, 2)
        self.minus_button = self._button("−1", "adjust")
        self.minus_button.clicked.connect(lambda: self._answer(self._current().adjust(-1)))
        self.plus_button = self._button("+1", "adjust")
        self.plus_button.clicked.connect(lambda: self._answer(self._current().adjust(1)))
        pad.addWidget(self.minus_button, 5, 0)
        pad.addWidget(self.plus_button, 5, 1, 1, 2)
        self.confirm_button = self._button("Confirm", "confirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = self._button("Cancel", "cancel")
        self.cancel_button.clicked.connect(self.cancel)
        pad.addWidget(self.cancel_button, 6, 0)
        pad.addWidget(self.confirm_button, 6, 1, 1, 2)

        middle = QHBoxLayout()
        middle.addLayout(lists, 3)
        middle.addLayout(pad, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.step_panel)
        layout.addWidget(self.scan_input)
        layout.addLayout(middle, 1)
        self._show_sound()
        self._paint(NEUTRAL)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setWordWrap(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setTextElideMode(Qt.TextElideMode.ElideNone)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return widget

    # --- workflows ---------------------------------------------------------------------

    def _current(self) -> Workflow:
        assert self.workflow is not None
        return self.workflow

    def start_workflow(self, name: str) -> None:
        self.workflow = WORKFLOWS[name](self.catalog or Catalog())
        for button in self.workflow_buttons.buttons():
            button.setChecked(button.text() == name)
        self.message_label.setText("")
        self.clear_pad()
        self._show_step()

    def handle_entry(self, entry: CodeEntry) -> None:
        """One finished entry from the scan input (scanned or typed)."""
        if not entry.text.strip():
            return
        code = classify(entry.text)
        if self.catalog is None:
            outcome = refused("The station is still loading the catalogue; scan again")
        else:
            outcome = self._current().scan(code)
        shown = code.value if code.usable else entry.text.strip()
        how = "" if entry.is_scan else " (typed)"
        self._answer(outcome, f"{shown}{how}")
        if isinstance(self.workflow, LabelReprint):
            jobs, self.workflow.to_print = self.workflow.to_print, []
            for job, labels in jobs:
                self.live.spawn(self._print(job, labels), "station-label")

    async def _print(self, job: str, labels: list[Label]) -> None:
        printer = station_printer(self.context.home)
        problem = await print_labels(printer, labels, station_template(), job)
        if problem:
            self._answer(refused(f"The label was not printed: {problem}"), job)
        else:
            self.printed.append(job)
            self._answer(Outcome(True, f"Label printed ({printer.name})"), job, sound=False)

    def press_digit(self, digit: str) -> None:
        self.pad_text = (self.pad_text + digit).lstrip("0")[:6]
        self.pad_label.setText(self.pad_text or "0")

    def clear_pad(self) -> None:
        self.pad_text = ""
        self.pad_label.setText("")

    def apply_pad(self) -> None:
        quantity = Decimal(self.pad_text or "0")
        self.clear_pad()
        self._answer(self._current().set_quantity(quantity), f"Quantity {quantity}")

    def cancel(self) -> None:
        workflow = self._current()
        self.start_workflow(workflow.name)
        self._answer(Outcome(True, f"{workflow.name} cancelled; nothing was sent"), sound=False)

    def confirm(self) -> None:
        workflow = self._current()
        if not workflow.ready():
            self._answer(refused(f"Not ready: {workflow.expects()}"))
            return
        write = workflow.write()
        item = QListWidgetItem(f"{write.entry.description} — queued")
        item.setData(Qt.ItemDataRole.UserRole, write.entry.description)
        self.operations_list.insertItem(0, item)
        if write.entry.id:
            self.operations[write.entry.id] = item
        self.live.spawn(self.live.queue(write), "station-queue")
        self.start_workflow(workflow.name)
        self._answer(Outcome(True, f"Queued: {write.entry.description}"))

    # --- answering ---------------------------------------------------------------------

    def _answer(self, outcome: Outcome, what: str = "", *, sound: bool = True) -> None:
        self.message_label.setText(outcome.message)
        self._paint(GREEN if outcome.accepted else RED)
        self._flash.start(FLASH_MS)
        if sound:
            self.tones.play(outcome.accepted)
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

    def _paint(self, state: str) -> None:
        self.step_panel.setProperty("state", state)
        self.step_panel.style().unpolish(self.step_panel)
        self.step_panel.style().polish(self.step_panel)

    def _show_step(self) -> None:
        workflow = self._current()
        self.title_label.setText(workflow.heading())
        self.expects_label.setText(workflow.expects())
        self.lines_list.clear()
        for line in workflow.lines.values():
            note = workflow.line_note(line)
            name = line.product.get("name", "")
            marker = "▶ " if line.product_id == workflow.current else ""
            self.lines_list.addItem(f"{marker}{line.sku}: {qty(line.quantity)} {note}\n{name}")
        self.confirm_button.setEnabled(workflow.ready())
        self._show_status()

    def _show_status(self) -> None:
        waiting = sum(1 for item in self.operations.values() if "queued" in item.text())
        connection = self.live.connection
        self.status_label.setText(f"{connection} · {waiting} waiting")
        self.status_label.setProperty("state", connection)
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

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
        catalog = await self.context.worker.run(load_catalog, self.context.cache)
        self.catalog = catalog
        if self.workflow is not None:
            self.workflow.catalog = catalog
            self._show_step()

    def _changed(self, changes: ChangeSet) -> None:
        if any(changes.concerns(resource) for resource in CATALOG_RESOURCES):
            self._reload.start()
        if changes.concerns(OUTBOX):
            self.live.spawn(self._refresh_operations(), "station-operations")

    async def _refresh_operations(self) -> None:
        for row_id, item in list(self.operations.items()):
            if not item.text().endswith("queued"):
                continue
            row = await self.context.service.outbox_row(row_id)
            if row is None:
                continue
            description = item.data(Qt.ItemDataRole.UserRole)
            if row.status == SENT:
                item.setText(f"✔ {description} — done")
                item.setForeground(QColor(ACCEPTED_TEXT))
            elif row.status in (REJECTED, CONFLICT):
                reason = row.rejection_message or row.last_error or "refused"
                item.setText(f"✘ {description} — refused by the server: {reason}")
                item.setForeground(QColor(REFUSED_TEXT))
        self._show_status()

    def operation_states(self) -> list[str]:
        """The operations list as shown, newest first (for tests and the status)."""
        return [self.operations_list.item(i).text() for i in range(self.operations_list.count())]

    # --- focus and sound ---------------------------------------------------------------

    def _toggle_sound(self) -> None:
        self.tones.set_enabled(not self.tones.enabled)
        self._show_sound()

    def _show_sound(self) -> None:
        self.sound_button.setText("Sound on" if self.tones.enabled else "Sound off")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_input.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sig_closed.emit()
        super().closeEvent(event)
