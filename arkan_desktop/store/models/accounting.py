"""Cache tables of the accounting module: accounts, journal entries, invoices, payments.

Amounts are `*_minor` integers in the record's `currency`; child rows (lines,
allocations) belong to their parent and are deleted with it.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base, CachedRecord, ChildLine, DecimalText, Quantity


class Account(CachedRecord, Base):
    __tablename__ = "accounts"

    code: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String)
    type: Mapped[str | None] = mapped_column(String, index=True)
    parent_id: Mapped[str | None] = mapped_column(String, index=True)
    currency: Mapped[str] = mapped_column(String)
    balance_minor: Mapped[int | None]


class JournalEntry(CachedRecord, Base):
    __tablename__ = "journal_entries"

    number: Mapped[str | None] = mapped_column(String, index=True)
    date: Mapped[str | None] = mapped_column(String, index=True)
    state: Mapped[str | None] = mapped_column(String, index=True)
    reference: Mapped[str | None] = mapped_column(String, index=True)
    source_type: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    total_debit_minor: Mapped[int | None]


class JournalLine(ChildLine, Base):
    __tablename__ = "journal_lines"

    entry_id: Mapped[str] = mapped_column(
        ForeignKey("journal_entries.id", ondelete="CASCADE"), index=True
    )
    account_id: Mapped[str | None] = mapped_column(String, index=True)
    partner_id: Mapped[str | None] = mapped_column(String)
    description: Mapped[str | None] = mapped_column(String)
    debit_minor: Mapped[int | None]
    credit_minor: Mapped[int | None]


class Invoice(CachedRecord, Base):
    __tablename__ = "invoices"
    __table_args__ = (Index("ix_invoices_state_date", "state", "date"),)

    number: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String)
    partner_id: Mapped[str | None] = mapped_column(String, index=True)
    partner_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    due_date: Mapped[str | None] = mapped_column(String, index=True)
    state: Mapped[str | None] = mapped_column(String)
    payment_state: Mapped[str | None] = mapped_column(String, index=True)
    currency: Mapped[str] = mapped_column(String)
    subtotal_minor: Mapped[int | None]
    tax_minor: Mapped[int | None]
    total_minor: Mapped[int | None]
    amount_due_minor: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String, index=True)


class InvoiceLine(ChildLine, Base):
    __tablename__ = "invoice_lines"

    invoice_id: Mapped[str] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[str | None] = mapped_column(String, index=True)
    sku: Mapped[str | None] = mapped_column(String)
    description: Mapped[str | None] = mapped_column(String)
    account_id: Mapped[str | None] = mapped_column(String)
    quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    unit_price: Mapped[Decimal | None] = mapped_column(DecimalText)
    tax_rate: Mapped[Decimal | None] = mapped_column(DecimalText)
    subtotal_minor: Mapped[int | None]
    tax_minor: Mapped[int | None]
    total_minor: Mapped[int | None]


class Payment(CachedRecord, Base):
    __tablename__ = "payments"

    number: Mapped[str | None] = mapped_column(String, index=True)
    type: Mapped[str | None] = mapped_column(String)
    partner_id: Mapped[str | None] = mapped_column(String, index=True)
    partner_name: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    state: Mapped[str | None] = mapped_column(String, index=True)
    method: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    amount_minor: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String, index=True)


class PaymentAllocation(ChildLine, Base):
    __tablename__ = "payment_allocations"

    payment_id: Mapped[str] = mapped_column(
        ForeignKey("payments.id", ondelete="CASCADE"), index=True
    )
    invoice_id: Mapped[str | None] = mapped_column(String, index=True)
    invoice_number: Mapped[str | None] = mapped_column(String)
    amount_minor: Mapped[int | None]
