"""`DocumentOpener`: opens any document by resource and id, the way every list opens it.

It reads the record through the company, decides (domain.documents) whether it can be
corrected and how (a draft never sent: its waiting create; a draft on the server: a
change the server may not offer), and opens the document's own window: an invoice,
credit note or bill, a journal entry with its lines, a payment with all its allocations,
a purchase order. A window asking for another document (a payment's invoice, an entry's
source) is answered here too; an entry's line asks for its account's general ledger
(`sig_account_chosen`). A source document this computer does not hold opens the entry
itself, saying so. Each tab that opens documents has one; `close_all` closes its windows.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from arkan_desktop.domain.documents import (
    INVOICES,
    JOURNAL_ENTRIES,
    PAYMENTS,
    PURCHASE_ORDERS,
    EditRefusal,
    EditWay,
    edit_refusal,
    edit_way,
)
from arkan_desktop.gui.invoices.invoice_commands import InvoiceCommands
from arkan_desktop.gui.invoices.invoice_document import InvoiceDocument
from arkan_desktop.gui.ledger.entry_document import JournalEntryDocument
from arkan_desktop.gui.printing.invoice_printing import InvoicePrinting
from arkan_desktop.gui.purchasing.order_document import PurchaseOrderDocument
from arkan_desktop.gui.receivables.payment_document import PaymentDocument
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.store.outbox import OutboxRow


class DocumentOpener(QObject):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_account_chosen = Signal(str)
    """An entry's line was opened: show this account's general ledger (its id)."""
    sig_opened = Signal(object)
    """A document's window opened (the window)."""

    def __init__(
        self,
        live: LiveSync,
        host: QWidget,
        *,
        commands: InvoiceCommands | None = None,
        printing: InvoicePrinting | None = None,
    ) -> None:
        super().__init__(host)
        self.live = live
        self.company = live.company
        self.host = host
        self.commands = commands or InvoiceCommands(self.company, live, host)
        self.printing = printing or InvoicePrinting(self.company, host)
        if commands is None:
            self.commands.sig_message.connect(self.sig_message)
        if printing is None:
            self.printing.sig_message.connect(self.sig_message)
        self.windows: list[QDialog] = []

    def open(self, resource: str, record_id: str) -> None:
        """Open a document (Enter, a double-click, the context menu's Open)."""
        if record_id:
            self.live.spawn(self.open_document(resource, record_id), f"open-{resource}")

    @property
    def last(self) -> QDialog | None:
        """The document window opened last, while it is open."""
        alive = [w for w in self.windows if shiboken6.isValid(w)]
        return alive[-1] if alive else None

    async def open_document(self, resource: str, record_id: str) -> QDialog | None:
        record = await self.company.documents.get(resource, record_id)
        if record is None:
            self.sig_message.emit(self.tr("This document is not in this computer's copy"))
            return None
        refusal, queued = await self._how_editable(resource, record)
        window = await self._window(resource, record, refusal, queued)
        if window is None:
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda _result: self._forget(window))
        self.windows.append(window)
        window.show()
        window.raise_()
        self.sig_opened.emit(window)
        return window

    async def open_source(self, resource: str, record_id: str, entry_id: str) -> None:
        """Open the document a journal line came from; the entry itself when this computer
        does not hold that document."""
        if resource != JOURNAL_ENTRIES and await self.company.documents.get(resource, record_id):
            await self.open_document(resource, record_id)
            return
        if resource != JOURNAL_ENTRIES:
            self.sig_message.emit(
                self.tr("The source document is not in this computer's copy; its entry opens")
            )
        await self.open_document(JOURNAL_ENTRIES, entry_id)

    async def _how_editable(
        self, resource: str, record: dict[str, Any]
    ) -> tuple[EditRefusal | None, OutboxRow | None]:
        queued = None
        if edit_way(record) is EditWay.IN_OUTBOX:
            queued = await self.company.documents.queued_create(resource, str(record["id"]))
        server = self.company.documents.server_edits(resource)
        return edit_refusal(resource, record, server, queued is not None), queued

    async def _window(
        self,
        resource: str,
        record: dict[str, Any],
        refusal: EditRefusal | None,
        queued: OutboxRow | None,
    ) -> QDialog | None:
        parent = self.host.window()
        if resource == INVOICES:
            return InvoiceDocument(
                self.live,
                record,
                refusal=refusal,
                queued=queued,
                commands=self.commands,
                printing=self.printing,
                parent=parent,
            )
        if resource == JOURNAL_ENTRIES:
            entry = JournalEntryDocument(
                self.live, record, refusal=refusal, queued=queued, parent=parent
            )
            entry.sig_open_requested.connect(
                lambda kind, key: self.live.spawn(
                    self.open_source(kind, key, str(record["id"])), "open-source"
                )
            )
            entry.sig_account_chosen.connect(self.sig_account_chosen)
            return entry
        if resource == PAYMENTS:
            payment = PaymentDocument(
                self.live, record, refusal=refusal, queued=queued, parent=parent
            )
            payment.sig_open_requested.connect(self.open)
            payment.sig_message.connect(self.sig_message)
            return payment
        if resource == PURCHASE_ORDERS:
            choices = await self.company.purchasing.choices()
            return PurchaseOrderDocument(
                self.live, choices, record, refusal=refusal, queued=queued, parent=parent
            )
        self.sig_message.emit(self.tr("This kind of document cannot be opened here"))
        return None

    def _forget(self, window: QDialog) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def close_all(self) -> None:
        for window in list(self.windows):
            if shiboken6.isValid(window):
                window.close()
        self.windows.clear()
