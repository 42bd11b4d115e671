"""Small pieces every endpoint module shares: the request model base and list plumbing."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict

from arkan_desktop.sandbox.context import Ctx
from arkan_desktop.sandbox.pagination import list_records


class Payload(BaseModel):
    """A request body: unknown fields are refused, so typos surface as field errors."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def list_kind(ctx: Ctx, request: Request, kind: str, **fixed: str) -> Response:
    with ctx.read() as conn:
        return list_records(conn, ctx.company_id, kind, dict(request.query_params), fixed)


def get_record(ctx: Ctx, kind: str, record_id: str, what: str) -> dict[str, Any]:
    with ctx.read_uow() as uow:
        return uow.require(kind, record_id, what)
