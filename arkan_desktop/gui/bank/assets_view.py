"""Fixed assets: the register (a cached list), the chosen asset's book value and its
depreciation schedule, and registering, running depreciation for a month, disposing and
the journal entries behind them.

The schedule shown is domain/assets' (what Arkan computes), each month with the state
the server gives it (planned, posted, cancelled). A month that is posted already is not
queued again; the server posts each month once all the same.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.assets import run_problem
from arkan_desktop.domain.bank.books import number
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.bank.asking import Asking
from arkan_desktop.gui.bank.asset_dialogs import (
    DisposeDialog,
    EntriesDialog,
    RegisterAssetDialog,
    planned,
)
from arkan_desktop.gui.bank.table_model import PlainTableModel, Row
from arkan_desktop.gui.bank.words import state_word, word
from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.outbox.descriptions import describe
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.lists.specs.bank import asset_list_spec
from arkan_desktop.sync.commands.bank_assets import create_asset, depreciate_asset, dispose_asset
from arkan_desktop.sync.commands.wire import Write
from arkan_desktop.sync.company import Company


def this_month() -> str:
    return dt.datetime.now().astimezone().date().isoformat()[:7]


class AssetsView(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, company: Company, live: LiveSync, asking: Asking, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.company, self.live, self.asking = company, live, asking
        self.asset: dict[str, Any] | None = None
        self.model = RecordTableModel(company.rows(asset_list_spec()), self)
        self.list = RecordList(self.model, self)
        self.list.sig_message.connect(self.sig_message)
        self.summary = QLabel(self)
        self.summary.setObjectName("assetSummary")
        self.summary.setWordWrap(True)
        self.schedule = PlainTableModel(
            [self.tr("Month"), self.tr("Date"), self.tr("Charge"), self.tr("Accumulated"),
             self.tr("Book value"), self.tr("State")], self)  # fmt: skip
        self.schedule_view = QTableView(self)
        self.schedule_view.setObjectName("depreciationSchedule")
        self.schedule_view.setModel(self.schedule)
        self.schedule_view.verticalHeader().hide()
        self.schedule_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.schedule_view.activated.connect(self._open_month)
        self.month_edit = QDateEdit(QDate.currentDate(), self)
        self.month_edit.setObjectName("depreciationMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.register_button = QPushButton(self.tr("&Register asset…"), self)
        self.register_button.setToolTip(self.tr("A new fixed asset (Ctrl+N)"))
        self.depreciate_button = QPushButton(self.tr("Run &depreciation"), self)
        self.depreciate_button.setToolTip(
            self.tr("Post the chosen asset's depreciation through the month")
        )
        self.dispose_button = QPushButton(self.tr("Dis&pose…"), self)
        self.entries_button = QPushButton(self.tr("&Entries…"), self)
        self.entries_button.setToolTip(self.tr("The journal entries of the chosen asset"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_button)
        buttons.addWidget(QLabel(self.tr("Month:"), self))
        buttons.addWidget(self.month_edit)
        buttons.addWidget(self.depreciate_button)
        buttons.addWidget(self.dispose_button)
        buttons.addWidget(self.entries_button)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.schedule_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self.list.sig_current_changed.connect(self._chosen)
        self.register_button.clicked.connect(self.register)
        self.depreciate_button.clicked.connect(self.depreciate_chosen)
        self.dispose_button.clicked.connect(self.dispose_chosen)
        self.entries_button.clicked.connect(self.entries_chosen)

    # --- showing -------------------------------------------------------------------------

    def _chosen(self, asset_id: str) -> None:
        self.live.spawn(self.show_asset(asset_id), "asset")

    async def show_asset(self, asset_id: str) -> None:
        asset = await self.company.bank.asset(asset_id) if asset_id else None
        self.asset = asset
        if asset is None:
            self.summary.setText("")
            self.schedule.set_rows([])
            return
        currency = str(asset.get("currency") or self.company.currency)
        self.summary.setText(
            self.tr("%1 %2 · cost %3 · depreciated %4 · book value %5 %6 · %7, %8 months · %9")
            .replace("%1", str(asset.get("number") or ""))
            .replace("%2", str(asset.get("name") or ""))
            .replace("%3", amount_text(number(asset.get("cost")), 2))
            .replace("%4", amount_text(number(asset.get("accumulatedDepreciation")), 2))
            .replace("%5", amount_text(number(asset.get("bookValue")), 2))
            .replace("%6", currency)
            .replace("%7", state_word(str(asset.get("method") or "")))
            .replace("%8", str(asset.get("usefulLifeMonths") or ""))
            .replace("%9", state_word(str(asset.get("state") or "")))
        )
        states = {str(x.get("period")): x for x in asset.get("schedule") or ()}
        rows = []
        for charge in planned(asset):
            server = states.get(charge.period, {})
            rows.append(
                Row(
                    charge.period,
                    [charge.period, charge.date.isoformat(), charge.amount, charge.accumulated,
                     charge.book_value, state_word(str(server.get("state") or "planned"))],
                    data=server.get("journalEntryId"),
                )
            )  # fmt: skip
        self.schedule.set_rows(rows)
        last = asset.get("lastDepreciatedPeriod")
        at = self.schedule.row_of(str(last)) if last else None
        if at is not None:
            self.schedule_view.scrollTo(self.schedule.index(at, 0))

    def refresh(self) -> None:
        if self.asset is not None:
            self.live.spawn(self.show_asset(str(self.asset["id"])), "asset")

    # --- acting --------------------------------------------------------------------------

    async def _queue(self, write: Write) -> None:
        await self.company.queue(write)
        self.sig_message.emit(
            self.tr("Queued: %1").replace("%1", describe(write.entry.description))
        )

    def register(self) -> None:
        self.live.spawn(self.register_asset(), "register-asset")

    async def register_asset(self) -> bool:
        accounts = await self.company.ledger.account_choices()
        dialog = RegisterAssetDialog(accounts, self.company.currency, self)
        accepted = await self.asking.ask(dialog)
        draft = dialog.draft()
        dialog.deleteLater()
        if not accepted:
            return False
        write = create_asset(draft, self.company.currency)
        await self._queue(write)
        if write.entry.temp_id:
            self.list.select_id(write.entry.temp_id)
        return True

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def depreciate_chosen(self) -> None:
        self.live.spawn(self.depreciate(self.month()), "depreciate")

    async def depreciate(self, period: str) -> bool:
        """Post the chosen asset's depreciation through `period`, unless nothing would be."""
        asset = self.asset
        if asset is None:
            self.sig_message.emit(self.tr("Choose an asset first"))
            return False
        problem = run_problem(asset, period, this_month())
        if problem is not None:
            self.sig_message.emit(word(problem))
            return False
        write = depreciate_asset(asset, period)
        await self._queue(write)
        self.asset = write.effect["assets"][0]
        return True

    def dispose_chosen(self) -> None:
        self.live.spawn(self.dispose(), "dispose")

    async def dispose(self) -> bool:
        asset = self.asset
        if asset is None or asset.get("state") == "disposed":
            self.sig_message.emit(self.tr("Choose an asset that is not disposed of"))
            return False
        dialog = DisposeDialog(asset, self)
        accepted = await self.asking.ask(dialog)
        day, price = dialog.day(), dialog.price.value()
        dialog.deleteLater()
        if not accepted or price is None:
            return False
        await self._queue(dispose_asset(asset, day, price))
        return True

    def entries_chosen(self) -> None:
        if self.asset is not None:
            self.live.spawn(self.show_entries(str(self.asset.get("number") or "")), "entries")

    async def show_entries(self, reference: str, entry_id: str = "") -> EntriesDialog | None:
        """The journal entries of an asset (or one of them), with their lines."""
        if entry_id:
            found = await self.company.bank.entry(entry_id)
            entries = [found] if found else []
        else:
            entries = await self.company.bank.entries_referencing(reference)
        if not entries:
            self.sig_message.emit(self.tr("No journal entry of this asset is here yet"))
            return None
        accounts = await self.company.bank.account_codes()
        title = self.tr("Journal entries of %1").replace("%1", reference)
        dialog = EntriesDialog(title, entries, accounts, self)
        await self.asking.ask(dialog)
        dialog.deleteLater()
        return dialog

    def _open_month(self, index: Any) -> None:
        row = self.schedule.rows[index.row()] if index.isValid() else None
        if row is not None and row.data and self.asset is not None:
            reference = str(self.asset.get("number") or "")
            self.live.spawn(self.show_entries(reference, str(row.data)), "entry")
