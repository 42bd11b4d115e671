"""Posted journal lines of a period with their entry's source, for reports that group them.

The revenue, cash-flow and budget reports add up these lines (never document totals), so
each agrees with the ledger by construction. Amounts are Decimal.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, text

from arkan_desktop.sandbox.unit_of_work import iter_all

_LINES = text(
    """
    SELECT r.id, r.date, json_extract(r.body, '$.sourceType'), json_extract(r.body, '$.sourceId'),
           json_extract(l.value, '$.accountId'), json_extract(l.value, '$.debit'),
           json_extract(l.value, '$.credit')
    FROM records AS r, json_each(r.body, '$.lines') AS l
    WHERE r.company_id = :company AND r.kind = 'journal_entry' AND r.state = 'posted'
      AND r.date >= :date_from AND r.date <= :date_to
    ORDER BY r.date, r.id
    """
)
_INVOICES = text(
    """
    SELECT r.id, r.label, r.date, json_extract(r.body, '$.type'),
           json_extract(r.body, '$.partnerId'), json_extract(r.body, '$.partnerName'),
           json_extract(r.body, '$.projectId'), json_extract(r.body, '$.originalInvoiceId')
    FROM records AS r WHERE r.company_id = :company AND r.kind = 'invoice'
    """
)


@dataclass(frozen=True)
class Line:
    entry_id: str
    date: str
    source_type: str
    source_id: str | None
    account_id: str
    debit: Decimal
    credit: Decimal

    @property
    def credit_less_debit(self) -> Decimal:
        return self.credit - self.debit


def posted_lines(conn: Connection, company_id: str, date_from: str, date_to: str) -> Iterator[Line]:
    params = {"company": company_id, "date_from": date_from, "date_to": date_to}
    for entry_id, day, source_type, source_id, account_id, debit, credit in conn.execute(
        _LINES, params
    ):
        yield Line(
            entry_id,
            day,
            source_type or "manual",
            source_id,
            account_id,
            Decimal(debit or 0),
            Decimal(credit or 0),
        )


def accounts_by_id(conn: Connection, company_id: str) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in iter_all(conn, company_id, "account")}


def invoice_index(conn: Connection, company_id: str) -> dict[str, dict[str, Any]]:
    """Every invoice, bill and credit note by id: number, type, partner, project, original."""
    out = {}
    for row in conn.execute(_INVOICES, {"company": company_id}):
        out[row[0]] = {
            "id": row[0],
            "number": row[1],
            "date": row[2],
            "type": row[3],
            "partnerId": row[4],
            "partnerName": row[5],
            "projectId": row[6],
            "originalInvoiceId": row[7],
        }
    return out
