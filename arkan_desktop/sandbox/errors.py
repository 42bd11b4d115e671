"""The one error shape the sandbox answers with, and the handlers that enforce it.

Every error — validation, 404, 409, 429, 500, even an unknown route — answers
`{statusCode, message, errors: [{field, message}]}` as the API reference publishes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("arkan_desktop.sandbox")

_REASONS = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Payload too large",
    415: "Unsupported media type",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


class ApiError(Exception):
    """An error answer: status code, a sentence for people, and per-field messages."""

    def __init__(
        self,
        status_code: int,
        message: str,
        errors: Iterable[Mapping[str, str]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.message = message
        self.errors = [dict(e) for e in errors]
        self.headers = dict(headers or {})

    @classmethod
    def field(cls, field: str, message: str, status_code: int = 400) -> ApiError:
        """A validation error about one field."""
        return cls(status_code, "Validation failed", [{"field": field, "message": message}])

    def body(self) -> dict[str, Any]:
        return {"statusCode": self.status_code, "message": self.message, "errors": self.errors}


def error_body(status_code: int, message: str) -> bytes:
    """The error shape as bytes, for middleware that answers before the application runs."""
    return json.dumps(ApiError(status_code, message).body()).encode()


def error_response(
    status_code: int,
    message: str | None = None,
    errors: Iterable[Mapping[str, str]] = (),
    headers: Mapping[str, str] | None = None,
) -> Response:
    err = ApiError(status_code, message or _REASONS.get(status_code, "Error"), errors, headers)
    return Response(
        json.dumps(err.body()),
        status_code=status_code,
        media_type="application/json",
        headers=err.headers,
    )


def _field_name(loc: tuple[Any, ...]) -> str:
    # ("body", "lines", 0, "quantity") -> "lines[0].quantity"; ("query", "limit") -> "limit"
    parts = [p for p in loc if p not in ("body", "query", "path", "header")]
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else str(p)
    return out or "body"


def _validation_message(err: Mapping[str, Any]) -> str:
    kind = str(err.get("type", ""))
    if kind == "missing":
        return "is required"
    if kind == "json_invalid":
        return "is not valid JSON"
    msg = str(err.get("msg", "is invalid"))
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return msg[:1].lower() + msg[1:]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> Response:
        return error_response(exc.status_code, exc.message, exc.errors, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> Response:
        errors = [
            {"field": _field_name(tuple(e.get("loc", ()))), "message": _validation_message(e)}
            for e in exc.errors()
        ]
        return error_response(400, "Validation failed", errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else None
        if exc.status_code == 404 and message == "Not Found":
            message = "No such endpoint"
        return error_response(exc.status_code, message, headers=exc.headers)
