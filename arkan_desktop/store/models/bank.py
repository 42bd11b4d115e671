"""Cache tables of bank reconciliation and fixed assets: statements (+ their lines), assets.

A statement's lines are its child rows (their matches stay in the statement's raw JSON);
an asset's depreciation schedule stays in its raw JSON (the Bank tab reads it whole).
Amounts are `*_minor` integers in the record's `currency`.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from arkan_desktop.store.models.base import Base, CachedRecord, ChildLine


class BankStatement(CachedRecord, Base):
    __tablename__ = "bank_statements"

    number: Mapped[str | None] = mapped_column(String, index=True)
    reference: Mapped[str | None] = mapped_column(String, index=True)
    bank_account_id: Mapped[str | None] = mapped_column(String, index=True)
    bank_account_code: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    date_from: Mapped[str | None] = mapped_column(String)
    date_to: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    opening_minor: Mapped[int | None]
    closing_minor: Mapped[int | None]
    reconciled_minor: Mapped[int | None]
    line_count: Mapped[int | None] = mapped_column(Integer)
    reconciled_count: Mapped[int | None] = mapped_column(Integer)


class BankStatementLine(ChildLine, Base):
    __tablename__ = "bank_statement_lines"

    statement_id: Mapped[str] = mapped_column(
        ForeignKey("bank_statements.id", ondelete="CASCADE"), index=True
    )
    sequence: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String)
    amount_minor: Mapped[int | None]
    residual_minor: Mapped[int | None]
    reference: Mapped[str | None] = mapped_column(String)
    memo: Mapped[str | None] = mapped_column(String)
    counterparty: Mapped[str | None] = mapped_column(String)
    state: Mapped[str | None] = mapped_column(String, index=True)


class Asset(CachedRecord, Base):
    __tablename__ = "assets"

    number: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(String, index=True)
    category: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String, index=True)
    method: Mapped[str | None] = mapped_column(String)
    useful_life_months: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str | None] = mapped_column(String, index=True)
    last_period: Mapped[str | None] = mapped_column(String)
    currency: Mapped[str] = mapped_column(String)
    cost_minor: Mapped[int | None]
    accumulated_minor: Mapped[int | None]
    book_value_minor: Mapped[int | None]
