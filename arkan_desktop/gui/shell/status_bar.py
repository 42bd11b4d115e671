"""The status bar's permanent parts: connection, last sync, sync progress, the outbox count.

It shows what it is told; the main window feeds it from LiveSync and the outbox counts.
Clicking the outbox count asks for the Outbox panel.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from arkan_desktop.gui import theme
from arkan_desktop.store.models.outbox import CONFLICT, IN_FLIGHT, PENDING, REJECTED

PROGRESS_MS = 100


class StatusBar(QStatusBar):
    sig_outbox_requested = Signal()
    """The user clicked the outbox count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionState")
        self.last_sync_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setMaximumHeight(16)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self._progress: tuple[str, int, int] | None = None  # the latest, not yet shown
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        self.outbox_button = QToolButton(self)
        self.outbox_button.setObjectName("outboxButton")
        self.outbox_button.setAutoRaise(True)
        self.outbox_button.setToolTip(self.tr("Open the outbox: writes waiting for the server"))
        self.outbox_button.clicked.connect(self.sig_outbox_requested)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.last_sync_label)
        self.addPermanentWidget(self.connection_label)
        self.addPermanentWidget(self.outbox_button)
        self.set_connection("offline")
        self.set_last_sync(None)
        self.set_outbox_counts({})

    def set_connection(self, state: str, *, cache_only: bool = False) -> None:
        if cache_only:
            text, color = self.tr("Offline (cached data)"), theme.warning_color()
        elif state == "online":
            text, color = self.tr("Online"), theme.ok_color()
        elif state == "reconnecting":
            text, color = self.tr("Reconnecting…"), theme.warning_color()
        else:
            text, color = self.tr("Offline"), theme.warning_color()
        self.connection_label.setText(f"<span style='color:{color.name()}'>●</span> {text}")
        self.connection_label.setProperty("state", "cache" if cache_only else state)

    def set_last_sync(self, moment: datetime | None) -> None:
        if moment is None:
            self.last_sync_label.setText(self.tr("Never synced"))
            return
        local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
        locale = QLocale()
        if local.date() == QDateTime.currentDateTime().date():
            when = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        else:
            when = locale.toString(local, QLocale.FormatType.ShortFormat)
        self.last_sync_label.setText(self.tr("Last sync %1").replace("%1", when))

    def show_progress(self, resource: str, done: int, total: int) -> None:
        """Shown at most every PROGRESS_MS: a full sync reports thousands of pages, and
        repainting the bar for each one stalled the window (bench/gui_sync_stall.py)."""
        first = self._progress is None
        self._progress = (resource, done, total)
        if first:
            self._show_progress()
        elif not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        if self._progress is None:
            return
        resource, done, total = self._progress
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(f"{resource.replace('_', ' ')} %v/%m")
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(resource.replace("_", " "))

    def hide_progress(self) -> None:
        self._progress_timer.stop()
        self._progress = None
        self.progress.hide()

    def set_outbox_counts(self, counts: dict[str, int]) -> None:
        waiting = counts.get(PENDING, 0) + counts.get(IN_FLIGHT, 0)
        stuck = counts.get(REJECTED, 0) + counts.get(CONFLICT, 0)
        text = self.tr("Outbox: %1 queued").replace("%1", str(waiting))
        if stuck:
            text += " · " + self.tr("%1 need attention").replace("%1", str(stuck))
        self.outbox_button.setText(text)
        self.outbox_button.setProperty("attention", bool(stuck))
        self.outbox_button.setStyleSheet(
            f"color: {theme.error_color().name()}; font-weight: bold;" if stuck else ""
        )
        self.outbox_counts = {"waiting": waiting, "attention": stuck}
        self.outbox_button.setAccessibleName(text)
        self.outbox_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
