"""Notification endpoints (assumed), who is online, and the refused-write notifier.

`GET /notifications` lists the caller's own notifications in the company, newest first,
with `meta.unreadCount`; `?unread=true` lists only the unread. `POST /notifications/:id/read`
and `POST /notifications/read-all` mark them read. `GET /presence` lists who of the
company is connected to the events socket now.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.auth import identity_from_token
from arkan_desktop.sandbox.context import Ctx, company_ctx, company_role
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.notifications import notify, public, store
from arkan_desktop.sandbox.pagination import list_records, list_response
from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send
from arkan_desktop.sandbox.state import SandboxState
from arkan_desktop.sandbox.storage import records
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

log = logging.getLogger("arkan_desktop.sandbox.notifications")
router = APIRouter(tags=["notifications", "assumed"])
Member = Depends(company_ctx(None))

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
NOT_TOLD = frozenset({401, 429})  # the client signs in again or waits, on its own
# /api/v1/<path> of a document -> its documentType
DOCUMENT_PATHS = [
    (re.compile(r"^/accounting/invoices(?:/([^/]+))?"), "invoice"),
    (re.compile(r"^/accounting/payments(?:/([^/]+))?"), "payment"),
    (re.compile(r"^/accounting/journal-entries(?:/([^/]+))?"), "journal_entry"),
    (re.compile(r"^/inventory/purchase-orders(?:/([^/]+))?"), "purchase_order"),
    (re.compile(r"^/crm/clients(?:/([^/]+))?"), "client"),
    (re.compile(r"^/inventory/vendors(?:/([^/]+))?"), "vendor"),
    (re.compile(r"^/inventory/products(?:/([^/]+))?"), "product"),
    (re.compile(r"^/projects(?:/([^/]+))?"), "project"),
]


def _mine(ctx: Ctx) -> dict[str, str]:
    return {"userId": ctx.identity.user_id}


def _unread_count(ctx: Ctx) -> int:
    with ctx.read() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(records)
                .where(
                    records.c.company_id == ctx.company_id,
                    records.c.kind == "notification",
                    func.json_extract(records.c.body, "$.userId") == ctx.identity.user_id,
                    func.json_extract(records.c.body, "$.read") == 0,
                )
            ).scalar_one()
        )


@router.get("/notifications", summary="List my notifications (with the unread count)")
def list_notifications(request: Request, ctx: Ctx = Member) -> Response:
    params = dict(request.query_params)
    unread = params.pop("unread", "").lower()
    if unread not in ("", "true", "false"):
        raise ApiError.field("unread", "must be true or false")
    extra = [func.json_extract(records.c.body, "$.read") == 0] if unread == "true" else []
    with ctx.read() as conn:
        page = list_records(conn, ctx.company_id, "notification", params, _mine(ctx), extra)
    body = json.loads(bytes(page.body))
    body["data"] = [public(n) for n in body["data"]]
    body["meta"]["unreadCount"] = _unread_count(ctx)
    return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")


def _mark_read(uow: UnitOfWork, notice: dict[str, Any]) -> None:
    if not notice["read"]:
        notice["read"], notice["readAt"] = True, clock.now_iso()
        uow.save("notification", notice, "notification.read")


@router.post("/notifications/{notification_id}/read", summary="Mark a notification read")
def read_one(notification_id: str, ctx: Ctx = Member) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        notice = uow.require("notification", notification_id, "Notification")
        if notice["userId"] != ctx.identity.user_id:
            raise ApiError(404, f"Notification {notification_id} not found")
        _mark_read(uow, notice)
        return public(notice)

    return ctx.write(change)


@router.post("/notifications/read-all", summary="Mark all my notifications read")
def read_all(ctx: Ctx = Member) -> Response:
    def change(uow: UnitOfWork) -> dict[str, Any]:
        count = 0
        for notice in uow.find("notification", userId=ctx.identity.user_id):
            if not notice["read"]:
                _mark_read(uow, notice)
                count += 1
        return {"marked": count}

    return ctx.write(change)


@router.get("/presence", summary="Who of the company is online now")
async def online(request: Request, ctx: Ctx = Member) -> dict[str, Any]:
    # async: it reads the hub on the event loop's thread, where the hub changes.
    return list_response(request.app.state.sandbox.hub.presence.online(ctx.company_id))


def _document(path: str) -> tuple[str | None, str | None]:
    for pattern, document_type in DOCUMENT_PATHS:
        match = pattern.match(path)
        if match:
            return document_type, match.group(1)
    return None, None


def record_refusal(
    state: SandboxState,
    token: str,
    company_id: str,
    method: str,
    path: str,
    status: int,
    answer: bytes,
) -> None:
    """Tell a user that a write of theirs was refused (no-op unless they are a member)."""
    try:
        identity = identity_from_token(state, token)
    except ApiError:
        return
    if company_role(state, identity, company_id) is None:
        return
    try:
        error = json.loads(answer)
        message = str(error.get("message") or "")
        details = "; ".join(f"{e['field']}: {e['message']}" for e in error.get("errors") or [])
    except (ValueError, AttributeError, KeyError, TypeError):
        message, details = "", ""
    body = f"{method} {path} answered {status}: {message}" + (f" ({details})" if details else "")
    document_type, document_id = _document(path)
    if document_id in ("post", "cancel"):
        document_id = None

    def make(uow: UnitOfWork) -> list[dict[str, Any]]:
        title = "Your change was refused"
        return notify(
            uow,
            [identity.user_id],
            "write_refused",
            title,
            body[:1000],
            (document_type, document_id),
        )

    store(state, company_id, make)


class RefusedWrites:
    """After a write answers 4xx, notify its user (the answer itself is not held up)."""

    def __init__(self, app: ASGIApp, prefix: str, state: SandboxState) -> None:
        self.app = app
        self.prefix = prefix
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if (
            scope["type"] != "http"
            or scope.get("method") not in WRITES
            or not path.startswith(self.prefix)
            or path.startswith((f"{self.prefix}/auth", f"{self.prefix}/notifications"))
        ):
            await self.app(scope, receive, send)
            return
        status = 0
        chunks: list[bytes] = []

        async def watching_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            elif message["type"] == "http.response.body" and 400 <= status < 500:
                chunks.append(bytes(message.get("body", b"")))
            await send(message)

        await self.app(scope, receive, watching_send)
        if not 400 <= status < 500 or status in NOT_TOLD:
            return
        headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
        scheme, _, token = headers.get("authorization", "").partition(" ")
        company_id = headers.get("x-company-id", "").strip()
        if scheme.lower() != "bearer" or not token or not company_id:
            return
        method, where = str(scope["method"]), path[len(self.prefix) :]
        try:
            await asyncio.to_thread(
                record_refusal,
                self.state,
                token.strip(),
                company_id,
                method,
                where,
                status,
                b"".join(chunks),
            )
        except Exception:  # the answer is sent; a failed notice must not turn into a 500
            log.exception("could not record the refused %s %s", method, where)
