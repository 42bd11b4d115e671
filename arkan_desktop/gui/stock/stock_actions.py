"""The Stock tab's actions: open a move, transfer, adjustment or scrap dialog and queue it.

Choices (products, locations, stock per location) are read through the company (on the
database thread) before a dialog opens; scrap reasons come from the server when it
answers, else from the standard codes the API also accepts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.stock.stock_dialogs import MoveDialog, ScrapDialog, StockDialog
from arkan_desktop.gui.stock.stock_line_dialogs import AdjustmentDialog, TransferDialog
from arkan_desktop.sync.commands.stock import STANDARD_SCRAP_REASONS
from arkan_desktop.sync.commands.wire import Write

if TYPE_CHECKING:
    from arkan_desktop.gui.stock.stock_tab import StockTab


class StockActions(QObject):
    def __init__(self, tab: StockTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.dialog: StockDialog | None = None

    def new_move(self) -> None:
        self.tab.live.spawn(self._open("move"), "stock-move-dialog")

    def new_transfer(self) -> None:
        self.tab.live.spawn(self._open("transfer"), "stock-transfer-dialog")

    def new_adjustment(self) -> None:
        self.tab.live.spawn(self._open("adjustment"), "stock-adjustment-dialog")

    def new_scrap(self) -> None:
        self.tab.live.spawn(self._open("scrap"), "stock-scrap-dialog")

    async def _open(self, kind: str) -> StockDialog:
        choices = await self.tab.company.stock.choices()
        parent = self.tab.window()
        product_id = self.tab.product_id
        dialog: StockDialog
        if kind == "move":
            dialog = MoveDialog(choices, product_id, parent)
        elif kind == "transfer":
            dialog = TransferDialog(choices, parent)
        elif kind == "adjustment":
            dialog = AdjustmentDialog(choices, parent)
        else:
            dialog = ScrapDialog(choices, await self.scrap_reasons(), product_id, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.tab.live.spawn(self._queue(dialog.write()), "stock-queue")
        )
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: StockDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    async def _queue(self, write: Write) -> None:
        await self.tab.company.queue(write)
        what = describe(write.entry.description)
        self.tab.sig_message.emit(self.tr("Queued: %1").replace("%1", what))

    async def scrap_reasons(self) -> list[tuple[str, str]]:
        """(id, name) of the server's scrap reasons; the standard codes when it cannot say."""
        found = await self.tab.company.stock.scrap_reasons()
        if found:
            return list(found)
        return [(code, code_label(code)) for code in STANDARD_SCRAP_REASONS]

    def close_dialogs(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
