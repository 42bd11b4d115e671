"""The user's notifications as the cache keeps them: kept, listed, counted, marked read.

`keep` stores what the server said (a live notification, or a page caught up) and keeps
every unread one (up to `MAX_UNREAD`) and the newest `KEPT` read ones, so the unread
count is the server's; read stays read (the API has no "mark unread"), so a page read
before the user marked one cannot bring it back; `read_elsewhere` marks read what the
server no longer lists as unread (read in another window). `mark_read` / `mark_all_read` mark
them here at once (`read_unsent`) and `reads_sent` clears that once the server has been
told. Plain values in and out
(`domain.notifications.Notification`), on the database thread.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from arkan_desktop.domain.notifications import KEPT, MAX_UNREAD, Notification
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import StoredNotification as Row

CAUGHT_UP_KEY = "notifications.caught_up"  # set once a catch-up has filled the cache


def _value(row: Row) -> Notification:
    return Notification(
        id=row.id,
        type=row.type,
        title=row.title,
        body=row.body,
        document_type=row.document_type,
        document_id=row.document_id,
        created_at=row.created_at,
        read=bool(row.read),
    )


def keep(cache: Cache, notifications: Iterable[Notification]) -> list[str]:
    """Store notifications as the server has them; the ids the cache did not hold yet."""
    new: list[str] = []
    with cache.writing() as session:
        for notice in notifications:
            row = session.get(Row, notice.id)
            if row is None:
                session.add(
                    Row(
                        id=notice.id,
                        type=notice.type,
                        title=notice.title,
                        body=notice.body,
                        document_type=notice.document_type,
                        document_id=notice.document_id,
                        created_at=notice.created_at,
                        read=notice.read,
                        read_unsent=False,
                    )
                )
                new.append(notice.id)
                continue
            row.type, row.title, row.body = notice.type, notice.title, notice.body
            row.document_type, row.document_id = notice.document_type, notice.document_id
            row.created_at = notice.created_at
            if notice.read:  # read stays read: the API has no "mark unread"
                row.read, row.read_unsent = True, False
        session.flush()
        _drop_oldest(session)
    return new


def _drop_oldest(session: Session) -> None:
    """Keep the newest KEPT read ones, and the newest MAX_UNREAD unread ones."""
    order = (Row.created_at.desc(), Row.id.desc())
    newest = select(Row.id).order_by(*order).limit(KEPT)
    session.execute(
        delete(Row).where(Row.read.is_(True), Row.read_unsent.is_(False), Row.id.not_in(newest))
    )
    unread = select(Row.id).where(Row.read.is_(False)).order_by(*order).limit(MAX_UNREAD)
    session.execute(delete(Row).where(Row.read.is_(False), Row.id.not_in(unread)))


def read_elsewhere(cache: Cache, unread_on_server: Collection[str]) -> list[str]:
    """Mark read what is unread here but not on the server any more; those ids."""
    with cache.writing() as session:
        query = select(Row.id).where(Row.read.is_(False))
        ids = [i for i in session.scalars(query) if i not in unread_on_server]
        if ids:
            session.execute(update(Row).where(Row.id.in_(ids)).values(read=True))
        return ids


def recent(cache: Cache, limit: int = KEPT) -> list[Notification]:
    """The kept notifications, newest first."""
    with cache.reading() as session:
        rows = session.scalars(
            select(Row).order_by(Row.created_at.desc(), Row.id.desc()).limit(limit)
        )
        return [_value(row) for row in rows]


def unread_count(cache: Cache) -> int:
    with cache.reading() as session:
        query = select(func.count()).select_from(Row).where(Row.read.is_(False))
        return int(session.execute(query).scalar_one())


def mark_read(cache: Cache, notification_ids: Sequence[str]) -> list[str]:
    """Mark these read here, to tell the server; the ids that were unread."""
    with cache.writing() as session:
        ids = list(
            session.scalars(
                select(Row.id).where(Row.id.in_(list(notification_ids)), Row.read.is_(False))
            )
        )
        if ids:
            session.execute(update(Row).where(Row.id.in_(ids)).values(read=True, read_unsent=True))
        return ids


def mark_all_read(cache: Cache) -> list[str]:
    """Mark every kept notification read here; the ids that were unread."""
    with cache.writing() as session:
        ids = list(session.scalars(select(Row.id).where(Row.read.is_(False))))
        if ids:
            session.execute(update(Row).where(Row.id.in_(ids)).values(read=True, read_unsent=True))
        return ids


def unsent_reads(cache: Cache) -> list[str]:
    """Notifications read here that the server has not been told of, oldest first."""
    with cache.reading() as session:
        query = select(Row.id).where(Row.read_unsent.is_(True)).order_by(Row.created_at)
        return list(session.scalars(query))


def reads_sent(cache: Cache, notification_ids: Sequence[str]) -> None:
    with cache.writing() as session:
        session.execute(
            update(Row).where(Row.id.in_(list(notification_ids))).values(read_unsent=False)
        )


def caught_up_before(cache: Cache) -> bool:
    """Whether a catch-up has filled the cache before (what it finds is then news)."""
    return bool(cache.meta(CAUGHT_UP_KEY))


def note_caught_up(cache: Cache, moment: str) -> None:
    cache.set_meta(CAUGHT_UP_KEY, moment)
