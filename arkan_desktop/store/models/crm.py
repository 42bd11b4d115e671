"""Cache tables of business partners: clients and vendors (one table, by role) and contacts."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base, CachedRecord


class Partner(CachedRecord, Base):
    """A client or a vendor. The key is (role, id): a server may number both from 1."""

    __tablename__ = "partners"
    __table_args__ = (Index("ix_partners_role_name", "role", "name"),)

    role: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str | None] = mapped_column(String)
    tax_id: Mapped[str | None] = mapped_column(String, index=True)
    email: Mapped[str | None] = mapped_column(String)
    phone: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str | None] = mapped_column(String)


class Contact(CachedRecord, Base):
    __tablename__ = "contacts"

    client_id: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String, index=True)
    email: Mapped[str | None] = mapped_column(String)
    phone: Mapped[str | None] = mapped_column(String)
    position: Mapped[str | None] = mapped_column(String)
