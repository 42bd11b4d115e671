"""The Bank tab's reads for reconciling and for fixed assets, from the cache.

Bank accounts (chart accounts of subtype `bank`), a bank account's statements, the open
items a statement line can be matched to (every open journal item on that bank account,
a payment's as the payment, and open invoices and bills), the CSV column mapping kept
per bank account, and an asset's journal entries. Plain values and the server's record
dicts out; the rules live in domain/bank and domain/assets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from arkan_desktop.domain.bank.books import BookItem, bank_items, invoice_item
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import (
    Account,
    BankStatement,
    Invoice,
    JournalEntry,
    JournalLine,
    Payment,
)
from arkan_desktop.store.records import load_json

CSV_MAPPING_KEY = "bank.csv_mapping:"


@dataclass(frozen=True)
class BankAccount:
    id: str
    code: str
    name: str
    iban: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}" if self.code else self.name


def bank_accounts(cache: Cache) -> list[BankAccount]:
    """The chart's bank accounts, by code (what a statement belongs to)."""
    subtype = func.json_extract(Account.raw, "$.subtype")
    iban = func.json_extract(Account.raw, "$.iban")
    query = (
        select(Account.id, Account.code, Account.name, iban)
        .where(subtype == "bank")
        .order_by(Account.code)
    )
    with cache.reading() as session:
        return [
            BankAccount(str(i), code or "", name or "", str(found or ""))
            for i, code, name, found in session.execute(query)
        ]


@dataclass(frozen=True)
class StatementChoice:
    id: str
    number: str
    reference: str
    date_from: str
    date_to: str
    state: str
    local: bool  # imported here, not confirmed by the server yet


def statements(cache: Cache, bank_account_id: str) -> list[StatementChoice]:
    """A bank account's statements, newest first."""
    st = BankStatement
    query = (
        select(st.id, st.number, st.reference, st.date_from, st.date_to, st.state, st.local_pending)
        .where(st.bank_account_id == bank_account_id)
        .order_by(st.date_to.desc(), st.number.desc())
    )
    with cache.reading() as session:
        return [
            StatementChoice(str(i), n or "", ref or "", a or "", b or "", state or "", bool(local))
            for i, n, ref, a, b, state, local in session.execute(query)
        ]


def book_items(cache: Cache, bank_account_id: str) -> list[BookItem]:
    """What a line of this bank account's statements can be matched to, still open."""
    entries = (
        select(JournalEntry.raw, JournalEntry.source_type)
        .where(
            JournalEntry.state == "posted",
            JournalEntry.id.in_(
                select(JournalLine.entry_id).where(JournalLine.account_id == bank_account_id)
            ),
        )
        .order_by(JournalEntry.date)
    )
    open_invoices = select(Invoice.raw).where(
        Invoice.state == "posted",
        Invoice.amount_due_minor > 0,
        Invoice.type.in_(("out_invoice", "in_invoice")),
    )
    found: list[BookItem] = []
    with cache.reading() as session:
        rows = [(load_json(raw), source) for raw, source in session.execute(entries)]
        payment_ids = [str(entry.get("sourceId")) for entry, source in rows if source == "payment"]
        payments = {
            str(record["id"]): record
            for record in (
                load_json(raw)
                for (raw,) in session.execute(
                    select(Payment.raw).where(Payment.id.in_(payment_ids))
                )
            )
        }
        for entry, source in rows:
            payment = payments.get(str(entry.get("sourceId"))) if source == "payment" else None
            found += bank_items(entry, bank_account_id, payment)
        for (raw,) in session.execute(open_invoices):
            invoice = invoice_item(load_json(raw))
            if invoice is not None:
                found.append(invoice)
    return found


def records(cache: Cache, resource: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Cached records by id (those the cache has), for a write's optimistic effect."""
    return {i: record for i in ids if (record := cache.get(resource, i)) is not None}


def csv_mapping(cache: Cache, bank_account_id: str) -> dict[str, Any] | None:
    """The CSV column mapping confirmed for this bank account's files (None: never)."""
    raw = cache.meta(CSV_MAPPING_KEY + bank_account_id)
    try:
        found = json.loads(raw) if raw else None
    except ValueError:
        return None
    return found if isinstance(found, dict) else None


def keep_csv_mapping(cache: Cache, bank_account_id: str, mapping: dict[str, Any]) -> None:
    cache.set_meta(CSV_MAPPING_KEY + bank_account_id, json.dumps(mapping))


def entries_referencing(cache: Cache, reference: str) -> list[dict[str, Any]]:
    """Journal entries that name a document in their reference (an asset's), by date."""
    query = (
        select(JournalEntry.raw)
        .where(JournalEntry.reference == reference)
        .order_by(JournalEntry.date, JournalEntry.number)
    )
    with cache.reading() as session:
        return [load_json(raw) for (raw,) in session.execute(query)]


def account_codes(cache: Cache) -> dict[str, tuple[str, str]]:
    """Every cached account: id → (code, name), to show an entry's lines."""
    with cache.reading() as session:
        return {
            str(i): (code or "", name or "")
            for i, code, name in session.execute(select(Account.id, Account.code, Account.name))
        }
