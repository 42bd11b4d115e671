"""The status bar's permanent parts: connection, last sync, sync progress, a rate limit's
wait, the outbox count, the colleagues online, and a warning while the copy on this
computer is incomplete.

It shows what it is told; the main window feeds it from LiveSync and the outbox counts.
While a sync runs before the events connection is up (the first sync) the connection
part says "Syncing… 12,400 of 437,903", not "Offline": the app is talking to the server.
Clicking the outbox count asks for the Outbox panel.
"""

from __future__ import annotations

import math
import time
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton, QWidget

from arkan_desktop.api.limits import SHOWN_WAIT
from arkan_desktop.gui import theme
from arkan_desktop.gui.shell.colleagues import ColleaguesLabel
from arkan_desktop.gui.shell.resource_names import resource_name
from arkan_desktop.store.models.outbox import CONFLICT, IN_FLIGHT, PENDING, REJECTED

PROGRESS_MS = 100


def count_text(number: int) -> str:
    """A count with the user's digit grouping ("437,903"; the bare C locale has none)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(number)


class StatusBar(QStatusBar):
    sig_outbox_requested = Signal()
    """The user clicked the outbox count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connectionState")
        self._state, self._cache_only = "offline", False
        self.copy_label = QLabel(self)
        self.copy_label.setObjectName("partialCopy")
        self.copy_label.hide()
        self.partial_lines: list[str] = []
        self._outbox_seen = False  # the first count of a company says what waits from before
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
        # "Waiting for the server's rate limit, 42 s", counted down while it lasts.
        self.wait_label = QLabel(self)
        self.wait_label.setObjectName("rateLimitWait")
        self.wait_label.hide()
        self._wait_ends = 0.0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._show_wait)
        self.outbox_button = QToolButton(self)
        self.outbox_button.setObjectName("outboxButton")
        self.outbox_button.setAutoRaise(True)
        self.outbox_button.setToolTip(self.tr("Open the outbox: writes waiting for the server"))
        self.outbox_button.clicked.connect(self.sig_outbox_requested)
        self.colleagues = ColleaguesLabel(self)
        self.addPermanentWidget(self.colleagues)
        self.addPermanentWidget(self.copy_label)
        self.addPermanentWidget(self.wait_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.last_sync_label)
        self.addPermanentWidget(self.connection_label)
        self.addPermanentWidget(self.outbox_button)
        self.set_connection("offline")
        self.set_last_sync(None)
        self.set_outbox_counts({})

    def begin_company(self) -> None:
        """A company is being shown: forget what the last one's bar said."""
        self.hide_progress()
        self.set_partial_copies([])
        self._outbox_seen = False

    def set_connection(self, state: str, *, cache_only: bool = False) -> None:
        self._state, self._cache_only = state, cache_only
        self._show_connection()

    def _show_connection(self) -> None:
        # While a sync runs it says how far it is; "incomplete" returns if it stops short.
        self.copy_label.setVisible(bool(self.partial_lines) and self._progress is None)
        state, cache_only = self._state, self._cache_only
        if cache_only:
            text, color = self.tr("Offline (cached data)"), theme.warning_color()
        elif self._progress is not None and state != "online":
            resource, done, total = self._progress
            if total >= 0:
                text = self.tr("Syncing… %1 of %2").replace("%2", count_text(total))
            elif resource:
                text = self.tr("Syncing… %1")
            else:
                text = self.tr("Syncing…")  # started; nothing counted yet
            text = text.replace("%1", count_text(done))
            color, state = self.palette().highlight().color(), "syncing"
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

    def sync_started(self) -> None:
        """A sync began: "Syncing…" until it has something to count."""
        self.show_progress("", 0, -1)

    def show_progress(self, resource: str, done: int, total: int) -> None:
        """A sync's progress: the resource being pulled, the records done of all of them,
        of how many (-1: not known). Shown at most every PROGRESS_MS: a full sync reports
        thousands of pages, and repainting for each one stalled the window
        (bench/gui_sync_stall.py)."""
        first = self._progress is None or not self._progress[0]  # nothing counted yet
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
            self.progress.setFormat(f"%p% · {resource_name(resource)}")  # of everything
        else:
            self.progress.setRange(0, 0)
            self.progress.setFormat(resource_name(resource))
        self._show_connection()

    def hide_progress(self) -> None:
        self._progress_timer.stop()
        self._progress = None
        self.progress.hide()
        self._show_connection()

    def set_partial_copies(self, lines: list[str]) -> None:
        """Resources whose copy here is incomplete, one line each ([]: all complete)."""
        self.partial_lines = lines
        self.copy_label.setVisible(bool(lines) and self._progress is None)
        color = theme.warning_color().name()
        self.copy_label.setText(
            f"<span style='color:{color}'>⚠</span> " + self.tr("Offline copy incomplete")
        )
        self.copy_label.setToolTip("\n".join(lines))

    def show_rate_limit_wait(self, seconds: float) -> None:
        """Say that the server's rate limit holds requests back, counting down; a short
        wait (or 0: it is over) hides it."""
        if seconds < SHOWN_WAIT:
            self._wait_ends = 0.0
            self._wait_timer.stop()
            self.wait_label.hide()
            return
        self._wait_ends = time.monotonic() + seconds
        self._show_wait()
        self._wait_timer.start()

    def _show_wait(self) -> None:
        left = math.ceil(self._wait_ends - time.monotonic())
        if left <= 0:
            self.show_rate_limit_wait(0.0)
            return
        text = self.tr("Waiting for the server's rate limit, %1 s").replace("%1", str(left))
        self.wait_label.setText(text)
        self.wait_label.show()

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
        if not self._outbox_seen:
            self._outbox_seen = True
            if waiting:
                self.showMessage(
                    self.tr("Writes from earlier wait in the outbox: %1. They go when the "
                            "server answers.").replace("%1", count_text(waiting)), 15000
                )  # fmt: skip
        self.outbox_button.setAccessibleName(text)
        self.outbox_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
