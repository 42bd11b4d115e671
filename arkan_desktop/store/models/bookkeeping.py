"""The cache's own tables: a watermark per resource and small key/value metadata."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base


class Watermark(Base):
    """The largest `updatedAt` pulled for a resource, written with the page that reached it."""

    __tablename__ = "watermarks"

    resource: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str | None] = mapped_column(String)


class Meta(Base):
    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
