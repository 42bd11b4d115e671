"""Who is asking, for which company, with which role; and the one way handlers write.

`company_ctx("inventory.write")` is the FastAPI dependency every company-scoped endpoint
takes. `Ctx.write(fn)` runs a change in one serialised transaction with its
`Idempotency-Key` record, then announces the change on the events socket.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import Connection, insert, select

from arkan_desktop.sandbox import clock, notifications
from arkan_desktop.sandbox.auth import Identity, allowed, current_identity
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.pagination import changed_kinds
from arkan_desktop.sandbox.state import SandboxState
from arkan_desktop.sandbox.storage import companies, idempotency, memberships, write_lock
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, _is_uuid

MAX_KEY_LENGTH = 255


def company_role(state: SandboxState, identity: Identity, company_id: str) -> str | None:
    """The caller's role in a company of their own tenant, or None."""
    if not _is_uuid(company_id):
        return None
    with state.engine.connect() as conn:
        row = conn.execute(
            select(memberships.c.role)
            .join(companies, companies.c.id == memberships.c.company_id)
            .where(
                memberships.c.user_id == identity.user_id,
                memberships.c.company_id == company_id,
                companies.c.tenant_id == identity.tenant_id,
            )
        ).first()
    return row[0] if row else None


def _fingerprint(method: str, path: str, body: bytes) -> str:
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canonical = body
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + canonical).hexdigest()


@dataclass
class Ctx:
    """One company-scoped request."""

    state: SandboxState
    identity: Identity
    company_id: str
    role: str
    request: Request
    body: bytes

    def may(self, permission: str) -> bool:
        return allowed(self.role, permission)

    def require(self, permission: str) -> None:
        if not self.may(permission):
            raise ApiError(403, f"Your role ({self.role}) does not allow {permission}")

    @contextlib.contextmanager
    def read(self) -> Iterator[Connection]:
        with self.state.engine.connect() as conn:
            yield conn

    def read_uow(self) -> contextlib.AbstractContextManager[UnitOfWork]:
        """A unit of work that is never committed: for handlers that only look."""

        @contextlib.contextmanager
        def _uow() -> Iterator[UnitOfWork]:
            with self.state.engine.connect() as conn:
                yield UnitOfWork(conn, self.company_id)
                conn.rollback()

        return _uow()

    def write(self, change: Callable[[UnitOfWork], Any], status_code: int = 200) -> Response:
        """Apply a change once, however often the same `Idempotency-Key` is retried.

        Same key and same request: the first response is replayed, nothing happens again.
        Same key, different request: 409. Only successful answers are remembered, so a
        rejected request can be fixed and sent again under its key.
        """
        key = self.request.headers.get("idempotency-key", "").strip()
        if len(key) > MAX_KEY_LENGTH:
            raise ApiError.field("Idempotency-Key", f"must be at most {MAX_KEY_LENGTH} characters")
        fingerprint = _fingerprint(self.request.method, self.request.url.path, self.body)
        with write_lock, self.state.engine.begin() as conn:
            if key:
                stored = conn.execute(
                    select(
                        idempotency.c.fingerprint, idempotency.c.status_code, idempotency.c.response
                    ).where(
                        idempotency.c.user_id == self.identity.user_id, idempotency.c.key == key
                    )
                ).first()
                if stored is not None:
                    if stored.fingerprint != fingerprint:
                        raise ApiError(
                            409,
                            "This Idempotency-Key was already used for a different request",
                            [{"field": "Idempotency-Key", "message": "was used with another body"}],
                        )
                    return Response(
                        stored.response,
                        status_code=stored.status_code,
                        media_type="application/json",
                        headers={"Idempotent-Replayed": "true"},
                    )
            uow = UnitOfWork(conn, self.company_id)
            uow.changes = []
            result = change(uow)
            notices = notifications.from_changes(uow, self.identity.user_id)
            uow.flush()
            payload = json.dumps(result, separators=(",", ":"), ensure_ascii=False)
            if key:
                conn.execute(
                    insert(idempotency).values(
                        user_id=self.identity.user_id,
                        key=key,
                        fingerprint=fingerprint,
                        status_code=status_code,
                        response=payload,
                        created_at=clock.now_iso(),
                    )
                )
        changed_kinds(str(self.state.engine.url), self.company_id, uow.touched)
        for module, event_name in uow.events:
            self.state.hub.publish(self.company_id, module, event_name)
        notifications.deliver(self.state, notices)
        return Response(payload, status_code=status_code, media_type="application/json")


def company_ctx(permission: str | None) -> Callable[..., Any]:
    """A dependency: the caller is signed in, names a company of theirs, holds `permission`
    (None: any member of the company)."""

    async def dependency(request: Request) -> Ctx:
        state: SandboxState = request.app.state.sandbox
        identity = current_identity(request)
        company_id = request.headers.get("x-company-id", "").strip()
        if not company_id:
            raise ApiError(
                400,
                "X-Company-Id header is required",
                [{"field": "X-Company-Id", "message": "is required for this endpoint"}],
            )
        role = company_role(state, identity, company_id)
        if role is None:
            raise ApiError(403, f"You do not have access to company {company_id}")
        if permission is not None and not allowed(role, permission):
            raise ApiError(403, f"Your role ({role}) does not allow {permission}")
        body = await request.body() if request.method in ("POST", "PATCH", "PUT") else b""
        return Ctx(state, identity, company_id, role, request, body)

    return dependency
