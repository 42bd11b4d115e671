"""The user's notifications and the colleagues online, as the window shows them.

Reads run on the database thread (the cache keeps the newest notifications, so they show
offline and after a restart); marking read is done here at once and told to the server
when it can be (sync/notices.py). `listen` hears notifications as they arrive (for the
OS's notification) and who is online as it changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from arkan_desktop.domain.notifications import Colleague, Notification
from arkan_desktop.store.queries import notifications as queries
from arkan_desktop.sync.areas.base import Area
from arkan_desktop.sync.notices import ArrivalListener, ColleagueListener, Notices


class Notifications(Area):
    @property
    def _notices(self) -> Notices:
        return self._backing.service.notices

    @property
    def offered(self) -> bool:
        """Whether this server has notifications for its users."""
        return self._notices.source is not None

    async def recent(self) -> list[Notification]:
        """The kept notifications, newest first."""
        return await self._run(queries.recent)

    async def unread_count(self) -> int:
        return await self._run(queries.unread_count)

    async def mark_read(self, notification_ids: Sequence[str]) -> None:
        await self._notices.mark_read(notification_ids)

    async def mark_all_read(self) -> None:
        await self._notices.mark_all_read()

    @property
    def colleagues(self) -> tuple[Colleague, ...] | None:
        """Who of the company is online, by name; None while that is not known (offline)."""
        return self._notices.colleagues

    def listen(self, arrived: ArrivalListener, colleagues: ColleagueListener) -> None:
        notices = self._notices
        notices.arrival_listeners.append(arrived)
        notices.colleague_listeners.append(colleagues)

    def stop_listening(self, arrived: ArrivalListener, colleagues: ColleagueListener) -> None:
        notices = self._notices
        if arrived in notices.arrival_listeners:
            notices.arrival_listeners.remove(arrived)
        if colleagues in notices.colleague_listeners:
            notices.colleague_listeners.remove(colleagues)
