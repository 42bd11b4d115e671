"""What the status bar says about the company on show, fed from its LiveSync and cache.

The connection, the colleagues online, the sync's overall progress, a rate limit's wait,
the last sync, the outbox counts (re-read at most every 200 ms after changes, on the
database thread) and whether the copy here is complete: checked when the company opens
and after each sync, and said until a sync has brought every resource in full. The main
window owns one and points it at each company.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from arkan_desktop.domain.notifications import Colleague
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.resource_names import resource_name
from arkan_desktop.gui.shell.status_bar import StatusBar, count_text
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.completeness import PartialCopy

OUTBOX_RECOUNT_MS = 200


def partial_copy_line(copy: PartialCopy) -> str:
    """ "Invoices: offline copy incomplete — 781 of about 3,000"."""
    translate = QCoreApplication.translate
    if copy.server_total is None:
        text = translate("StatusFeed", "%1: offline copy incomplete — %2 so far")
    else:
        text = translate("StatusFeed", "%1: offline copy incomplete — %2 of about %3")
        text = text.replace("%3", count_text(copy.server_total))
    return text.replace("%2", count_text(copy.cached)).replace("%1", resource_name(copy.resource))


class StatusFeed(QObject):
    sig_partial_copies = Signal(list)
    """After each check: one line per resource whose copy is incomplete ([] when whole)."""

    def __init__(self, status: StatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.company: Company | None = None
        self.live: LiveSync | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(OUTBOX_RECOUNT_MS)
        self._recount.timeout.connect(self._refresh)

    def follow(self, company: Company, live: LiveSync) -> None:
        self.company, self.live = company, live
        self.status.begin_company()
        live.sig_connection_changed.connect(self._connection_changed)
        live.sig_sync_started.connect(self._sync_started)
        live.sig_sync_overall.connect(self._progress)
        live.sig_sync_finished.connect(self._sync_finished)
        live.sig_rate_limit_wait.connect(self._rate_limit_wait)
        live.sig_colleagues_changed.connect(self._colleagues_changed)
        self.status.set_connection(live.connection, cache_only=not company.online)
        self.status.colleagues.show_colleagues(company.notifications.colleagues)
        self._recount.start()
        live.spawn(self._check_copy(live), "partial-copies")

    def forget(self) -> None:
        self.company = self.live = None
        self._recount.stop()
        self.status.hide_progress()
        self.status.show_rate_limit_wait(0.0)
        self.status.colleagues.show_colleagues(None)

    def changed(self) -> None:
        """Records or the outbox changed: recount soon (many changes, one count)."""
        if not self._recount.isActive():
            self._recount.start()

    def _following(self) -> bool:
        return self.live is not None and self.sender() in (self.live, None)

    def _connection_changed(self, state: str) -> None:
        if self._following() and self.company is not None:
            self.status.set_connection(state, cache_only=not self.company.online)

    def _colleagues_changed(self, colleagues: tuple[Colleague, ...] | None) -> None:
        if self._following():
            self.status.colleagues.show_colleagues(colleagues)

    def _sync_started(self) -> None:
        if self._following():
            self.status.sync_started()

    def _progress(self, resource: str, done: int, total: int) -> None:
        if self._following():
            self.status.show_progress(resource, done, total)

    def _rate_limit_wait(self, seconds: float) -> None:
        if self._following():
            self.status.show_rate_limit_wait(seconds)

    def _sync_finished(self, _problem: str) -> None:
        if not self._following() or self.live is None:
            return
        self.status.hide_progress()
        self._recount.start()
        self.live.spawn(self._check_copy(self.live), "partial-copies")

    async def _check_copy(self, live: LiveSync) -> None:
        partial = await live.partial_copies()
        if self.live is live:
            lines = [partial_copy_line(copy) for copy in partial]
            self.status.set_partial_copies(lines)
            self.sig_partial_copies.emit(lines)

    def _refresh(self) -> None:
        live = self.live
        if live is not None:
            live.spawn(self._show_outbox_counts(live), "outbox-count")
            live.spawn(self._show_last_sync(live), "last-sync")

    async def _show_outbox_counts(self, live: LiveSync) -> None:
        counts = await live.company.outbox.counts()
        if self.live is live:
            self.status.set_outbox_counts(counts)

    async def _show_last_sync(self, live: LiveSync) -> None:
        moment = await live.last_sync()
        if self.live is live:
            self.status.set_last_sync(moment)
