"""The Bank tab's reads for payment files: exportable payments, payees' bank details, and
the files an export is to be saved to once the server answers.

Exportable payments are posted bank payments out that no batch has taken (what the
server lists at `/batch-payment/exportable`, read here for offline use); a payee is the
vendor, employee or client a payment goes to, with the bank details its record holds.
An export waits in the outbox like every write: where its file goes is kept in the
cache's metadata by outbox row, until the file is saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Meta, OutboxRow, Partner, Payment
from arkan_desktop.store.models.outbox import SENT
from arkan_desktop.store.records import load_json

EXPORT_KEY = "bank.export:"
EXPORT_ACTIONS = ("export_uaefts", "export_wps", "export_csv")
# The partner roles a payment can go to, and the resource of each.
ROLES = {"vendor": "vendors", "employee": "employees", "client": "clients"}


def exportable(cache: Cache, category: str) -> list[dict[str, Any]]:
    """Posted bank payments out of a category ("vendor", "salary") not exported yet."""
    body = Payment.raw
    query = (
        select(Payment.raw)
        .where(
            Payment.type == "outbound",
            Payment.state == "posted",
            Payment.method == "bank",
            func.json_extract(body, "$.exportBatchId").is_(None),
            func.coalesce(func.json_extract(body, "$.category"), "vendor") == category,
        )
        .order_by(Payment.date, Payment.number)
    )
    with cache.reading() as session:
        return [load_json(raw) for (raw,) in session.execute(query)]


@dataclass(frozen=True)
class PayeeDetails:
    """A partner to be paid by bank file, and the bank details its record holds."""

    partner_id: str
    resource: str  # vendors, employees or clients: where its bank details are saved
    name: str
    details: dict[str, Any]

    @property
    def iban(self) -> str:
        return str(self.details.get("iban") or "")


def _details(record: dict[str, Any]) -> dict[str, Any]:
    saved = dict(record.get("bankDetails") or {})
    for key in ("iban", "bankName"):
        if not saved.get(key) and record.get(key):
            saved[key] = record[key]
    return saved


def payees(cache: Cache, partner_ids: list[str]) -> list[PayeeDetails]:
    """The partners with these ids that the cache knows, in the order asked."""
    wanted = list(dict.fromkeys(partner_ids))
    query = select(Partner.id, Partner.role, Partner.name, Partner.raw).where(
        Partner.id.in_(wanted), Partner.role.in_(list(ROLES))
    )
    with cache.reading() as session:
        found = {
            str(i): PayeeDetails(str(i), ROLES[role], name or "", _details(load_json(raw)))
            for i, role, name, raw in session.execute(query)
        }
    return [found[i] for i in wanted if i in found]


def remember_export(cache: Cache, row_id: str, path: str) -> None:
    """The file an export (outbox row) is saved to when the server answers it."""
    cache.set_meta(EXPORT_KEY + row_id, path)


def forget_export(cache: Cache, row_id: str) -> None:
    cache.set_meta(EXPORT_KEY + row_id, None)


@dataclass(frozen=True)
class AnsweredExport:
    row_id: str
    path: str
    answer: dict[str, Any]  # FileAnswer.record(): fileName, contentBase64, control totals


def answered_exports(cache: Cache) -> list[AnsweredExport]:
    """Exports the server has answered whose files are not saved yet."""
    with cache.reading() as session:
        waiting = {
            key.removeprefix(EXPORT_KEY): value
            for key, value in session.execute(
                select(Meta.key, Meta.value).where(Meta.key.like(f"{EXPORT_KEY}%"))
            )
            if value
        }
        if not waiting:
            return []
        rows = session.execute(
            select(OutboxRow.id, OutboxRow.response).where(
                OutboxRow.id.in_(list(waiting)),
                OutboxRow.status == SENT,
                OutboxRow.action.in_(EXPORT_ACTIONS),
            )
        )
        answered = []
        for row_id, response in rows:
            answer = json.loads(response) if response else None
            if isinstance(answer, dict):
                answered.append(AnsweredExport(row_id, waiting[row_id], answer))
    return answered
