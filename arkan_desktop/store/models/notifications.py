"""The signed-in user's notifications, kept so that they show offline and after a restart.

Not a cached resource: notifications belong to the user, not the company's records, and
are caught up by reading the newest page rather than pulled by watermark. The texts are
stored as the client read them (already plain and bounded). `read_unsent` marks a
notification read here that the server has not been told of yet (read offline).
"""

from __future__ import annotations

from sqlalchemy import String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base


class StoredNotification(Base):
    __tablename__ = "notifications"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    type: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    document_type: Mapped[str | None] = mapped_column(String)
    document_id: Mapped[str | None] = mapped_column(String)
    created_at: Mapped[str] = mapped_column(String, index=True)
    read: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
    read_unsent: Mapped[bool] = mapped_column(default=False, server_default=text("0"))
