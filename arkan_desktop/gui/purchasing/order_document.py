"""A purchase order opened from a list: a draft to correct, or the order with its next step.

A draft opens in the order editor with its vendor, warehouse, dates, reference and lines;
saving queues a change of the fields that differ (a PATCH the server may not offer: the
connector then refuses it in one sentence), or rewrites a draft never sent where it waits
in the Outbox. Any other order opens read-only with its lines (ordered and received) and
the step it is at: approve a draft, confirm an approved order, receive a confirmed one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.documents import EditRefusal, EditWay, edit_way
from arkan_desktop.domain.money import MoneyError
from arkan_desktop.gui.documents.words import refusal_text, way_text
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.purchasing.order_editor import PurchaseOrderEditor
from arkan_desktop.gui.purchasing.receive_dialog import ReceiveDialog
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow, OutboxStateError
from arkan_desktop.store.queries.purchasing import OrderChoices
from arkan_desktop.sync.commands.purchasing import (
    approve_purchase_order,
    confirm_purchase_order,
    edited_create,
    update_purchase_order,
)
from arkan_desktop.sync.commands.wire import Write

ACTION = QDialogButtonBox.ButtonRole.ActionRole
RECEIVABLE = ("confirmed", "partially_received")


class PurchaseOrderDocument(PurchaseOrderEditor):
    def __init__(
        self,
        live: LiveSync,
        choices: OrderChoices,
        order: dict[str, Any],
        *,
        refusal: EditRefusal | None,
        queued: OutboxRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(choices, live.company.currency, parent)
        self.live = live
        self.company = live.company
        self.order = order
        self.record_id = str(order["id"])
        self.refusal = refusal
        self.queued = queued
        self.receive_dialog: ReceiveDialog | None = None
        self.setObjectName("purchaseOrderDocument")
        state = str(order.get("state") or "")
        self.setWindowTitle(
            self.tr("Purchase order %1 — %2")
            .replace("%1", str(order.get("number") or self.tr("(not numbered yet)")))
            .replace("%2", code_label(state))
        )
        self.note_label = QLabel(self)
        self.note_label.setObjectName("documentNote")
        self.note_label.setWordWrap(True)
        layout = self.layout()
        if layout is not None:
            layout.insertWidget(0, self.note_label)  # type: ignore[attr-defined]
        self.fill_from(order)
        self.approve_button = self._button(self.tr("A&pprove"), "approve")
        self.confirm_button = self._button(self.tr("&Confirm"), "confirm")
        self.receive_button = self._button(self.tr("&Receive…"), "receive")
        self.approve_button.setVisible(state == "draft")
        self.confirm_button.setVisible(state == "approved")
        self.receive_button.setVisible(state in RECEIVABLE)
        if refusal is None:
            self.note_label.setText(way_text(edit_way(order)))
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            if save is not None:
                save.setText(self.tr("&Save changes"))
        else:
            self._read_only()

    def _button(self, text: str, step: str) -> QPushButton:
        button = self.buttons.addButton(text, ACTION)
        assert button is not None
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.take_step(step))
        return button

    def _read_only(self) -> None:
        assert self.refusal is not None
        self.note_label.setText(refusal_text(self.refusal, self.order))
        for combo in (self.vendor_combo, self.warehouse_combo, self.product_combo):
            combo.setEnabled(False)
        for edit in (self.date_edit, self.expected_edit):
            edit.setReadOnly(True)
        self.reference_edit.setReadOnly(True)
        for index in range(self.picker.count()):
            item = self.picker.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if close is not None:
            close.setText(self.tr("&Close"))

    def remove_current_line(self) -> None:
        if self.refusal is None:  # Delete does nothing to an order that cannot change
            super().remove_current_line()

    # --- the next step ---------------------------------------------------------------

    def take_step(self, step: str) -> None:
        if step == "receive":
            dialog = ReceiveDialog(self.order, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._queue(dialog.write()))
            self.receive_dialog = dialog
            dialog.open()
            return
        build = approve_purchase_order if step == "approve" else confirm_purchase_order
        self._queue(build(self.order))

    def _queue(self, write: Write) -> None:
        self.live.spawn(self._send(write), "purchase-order-step")

    async def _send(self, write: Write) -> None:
        await self.company.queue(write)
        self.done(self.DialogCode.Accepted)

    # --- correcting a draft ------------------------------------------------------------

    def accept(self) -> None:
        """Save: the draft's corrections (checked as a new order is) are queued."""
        if self.refusal is not None:
            return
        if self.quantity_edit.text().strip() and not self.add_current_line():
            return
        problem = self.problem()
        if problem:
            self._say(problem)
            return
        self.live.spawn(self._save(self.draft()), "save-purchase-order")

    async def _save(self, draft: dict[str, Any]) -> None:
        vendor = self.vendor_combo.currentData()
        name = vendor.label if vendor is not None else ""
        self.setEnabled(False)
        try:
            if edit_way(self.order) is EditWay.IN_OUTBOX and self.queued is not None:
                body, effect = edited_create(
                    self.queued.body_data() or {}, self.record_id, draft, self.currency, name
                )
                await self.company.documents.edit_queued(self.queued.id, body, effect)
            else:
                write = update_purchase_order(self.order, draft, name)
                if write is not None:
                    await self.company.queue(write)
        except OutboxStateError:
            self.setEnabled(True)
            self._say(self.tr("This order was sent meanwhile; open it again to correct it"))
            return
        except (ApiError, MoneyError, ValueError) as error:
            self.setEnabled(True)
            self._say(str(error))
            return
        self.done(self.DialogCode.Accepted)
