"""Notifications: who is told what, stored per user, and pushed on their sockets.

The rules, as a real ERP would send them (never to the user whose action caused them):
- `payment_received`: an inbound payment is posted → users who may write accounting.
- `purchase_order_approval`: a purchase order is created (a draft awaits approval) →
  users who may approve purchases.
- `purchase_order_confirmation`: a purchase order is approved (it awaits confirmation to
  the vendor) → users who may write purchases.
- `invoice_overdue`: a posted customer invoice is past its due date with money still
  due → users who may write accounting; once per invoice, found by a sweep at start-up
  and then periodically (see `watch_overdue`).
- `write_refused`: a write of yours was refused with a 4xx (other than 401 and 429,
  which a client retries on its own) → you (see `notifications_api.RefusedWrites`).
Each is a record (kind `notification`) of its recipient, so a client that was offline
catches up with `GET /notifications`; a connected one hears `notification` at once.
"""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, text

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.auth import allowed
from arkan_desktop.sandbox.pagination import changed_kinds
from arkan_desktop.sandbox.storage import companies, memberships, write_lock
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from arkan_desktop.sandbox.state import SandboxState

log = logging.getLogger("arkan_desktop.sandbox.notifications")

FIELDS = ("id", "type", "title", "body", "documentType", "documentId", "createdAt", "read")

_OVERDUE_SQL = text(
    """
    SELECT r.body FROM records AS r
    WHERE r.company_id = :company AND r.kind = 'invoice' AND r.state = 'posted'
      AND json_extract(r.body, '$.type') = 'out_invoice'
      AND json_extract(r.body, '$.dueDate') < :today
      AND NOT EXISTS (
        SELECT 1 FROM records AS n
        WHERE n.company_id = r.company_id AND n.kind = 'notification'
          AND json_extract(n.body, '$.type') = 'invoice_overdue'
          AND json_extract(n.body, '$.documentId') = r.id)
    ORDER BY r.date, r.id
    """
)


def public(notice: dict[str, Any]) -> dict[str, Any]:
    """The notification object as the socket sends it."""
    return {name: notice.get(name) for name in FIELDS} | {"companyId": notice.get("companyId")}


def users_allowed(uow: UnitOfWork, permission: str) -> list[str]:
    """Ids of the company's members whose role holds `permission` (cached per unit of work)."""
    key = f"notify:{permission}"
    if key not in uow.memo:
        rows = uow.conn.execute(
            select(memberships.c.user_id, memberships.c.role).where(
                memberships.c.company_id == uow.company_id
            )
        )
        uow.memo[key] = sorted(user for user, role in rows if allowed(role, permission))
    found: list[str] = uow.memo[key]
    return found


def notify(
    uow: UnitOfWork,
    user_ids: list[str],
    kind: str,
    title: str,
    body: str,
    document: tuple[str | None, str | None] = (None, None),
    *,
    at: str | None = None,
    read: bool = False,
) -> list[dict[str, Any]]:
    """Store one notification per recipient; the records, to push after commit."""
    out = []
    for user_id in user_ids:
        notice = {
            "userId": user_id,
            "companyId": uow.company_id,
            "type": kind,
            "title": title,
            "body": body,
            "documentType": document[0],
            "documentId": document[1],
            "read": read,
            "readAt": at if read else None,
        }
        out.append(uow.add("notification", notice, created_at=at))
    return out


def _others(uow: UnitOfWork, permission: str, actor: str | None) -> list[str]:
    return [user for user in users_allowed(uow, permission) if user != actor]


def payment_received(
    uow: UnitOfWork, payment: dict[str, Any], actor: str | None, at: str | None = None
) -> list[dict[str, Any]]:
    title = f"Payment received from {payment['partnerName']}"
    body = (
        f"{payment['number']}: {payment['amount']} {payment['currency']} by "
        f"{payment['method']} on {payment['date']}"
    )
    users = _others(uow, "accounting.write", actor)
    return notify(uow, users, "payment_received", title, body, ("payment", payment["id"]), at=at)


def order_awaits(
    uow: UnitOfWork, order: dict[str, Any], step: str, actor: str | None, at: str | None = None
) -> list[dict[str, Any]]:
    """`step` is approval (a new draft) or confirmation (just approved)."""
    permission = "purchasing.approve" if step == "approval" else "purchasing.write"
    title = f"Purchase order {order['number']} awaits {step}"
    body = f"{order['vendorName']}: {order['total']} {order['currency']}"
    users = _others(uow, permission, actor)
    document = ("purchase_order", order["id"])
    return notify(uow, users, f"purchase_order_{step}", title, body, document, at=at)


def invoice_overdue(
    uow: UnitOfWork, invoice: dict[str, Any], at: str | None = None, read: bool = False
) -> list[dict[str, Any]]:
    title = f"Invoice {invoice['number']} is overdue"
    body = (
        f"{invoice['partnerName']} owes {invoice['amountDue']} {invoice['currency']}, "
        f"due {invoice['dueDate']}"
    )
    users = users_allowed(uow, "accounting.write")
    document = ("invoice", invoice["id"])
    return notify(uow, users, "invoice_overdue", title, body, document, at=at, read=read)


def from_changes(uow: UnitOfWork, actor: str) -> list[dict[str, Any]]:
    """The notifications what a unit of work did calls for (run before it commits)."""
    out: list[dict[str, Any]] = []
    done: set[tuple[str, str]] = set()
    for kind, record_id, event in list(uow.changes or ()):
        if (record_id, event) in done:
            continue
        done.add((record_id, event))
        record = uow.get(kind, record_id)
        if record is None:
            continue
        if event == "payment.posted" and record.get("type") == "inbound":
            out += payment_received(uow, record, actor)
        elif kind == "purchase_order" and event == "purchase_order.created":
            out += order_awaits(uow, record, "approval", actor)
        elif event == "purchase_order.approved":
            out += order_awaits(uow, record, "confirmation", actor)
    return out


def deliver(state: SandboxState, notices: list[dict[str, Any]]) -> None:
    """After commit: push each notification to its recipient's sockets."""
    for notice in notices:
        state.hub.presence.send(
            notice["companyId"], notice["userId"], "notification", public(notice)
        )


def store(state: SandboxState, company_id: str, make: Any) -> list[dict[str, Any]]:
    """Run `make(uow)` in a write transaction of its own, then deliver what it made."""
    with write_lock, state.engine.begin() as conn:
        uow = UnitOfWork(conn, company_id)
        made: list[dict[str, Any]] = make(uow)
        uow.flush()
    changed_kinds(str(state.engine.url), company_id, uow.touched)
    deliver(state, made)
    return made


def overdue_invoices(conn: Connection, company_id: str, today: str) -> list[dict[str, Any]]:
    """Posted customer invoices past due with no overdue notification yet."""
    rows = conn.execute(_OVERDUE_SQL, {"company": company_id, "today": today})
    found = [json.loads(body) for (body,) in rows]
    return [invoice for invoice in found if Decimal(invoice["amountDue"]) > 0]


def sweep_overdue(state: SandboxState, today: str | None = None) -> int:
    """Notify every invoice that has fallen overdue since the last sweep; how many."""
    day = today or clock.today()
    with state.engine.connect() as conn:
        company_ids = [row[0] for row in conn.execute(select(companies.c.id))]
    count = 0
    for company_id in company_ids:

        def make(uow: UnitOfWork) -> list[dict[str, Any]]:
            made = []
            for invoice in overdue_invoices(uow.conn, uow.company_id, day):
                made += invoice_overdue(uow, invoice)
            return made

        count += len(store(state, company_id, make))
    return count


def seconds_to_next_check(interval: float, now: datetime | None = None) -> float:
    """`interval` when set; otherwise until just after the next UTC midnight (daily)."""
    if interval > 0:
        return interval
    moment = now or datetime.now(UTC)
    tomorrow = (moment + timedelta(days=1)).replace(hour=0, minute=0, second=5, microsecond=0)
    return (tomorrow - moment).total_seconds()


async def watch_overdue(state: SandboxState) -> None:
    """Sweep at start-up, then daily (or every `overdue_check_seconds`), until cancelled."""
    while True:
        try:
            made = await asyncio.to_thread(sweep_overdue, state)
            if made:
                log.info("overdue invoices: %d notifications", made)
        except Exception:
            log.exception("the overdue-invoice sweep failed")
        await asyncio.sleep(seconds_to_next_check(state.config.overdue_check_seconds))
