"""The Arvalox error shape `{detail, error_code, field_errors}` and the handlers that enforce it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

_CODES = {
    400: "BAD_REQUEST",
    401: "AUTHENTICATION_REQUIRED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    422: "VALIDATION_ERROR",
    429: "RATE_LIMIT_EXCEEDED",
    500: "INTERNAL_ERROR",
}


class ArvaloxError(Exception):
    """An error answer: status, a sentence, a machine code and per-field messages."""

    def __init__(
        self,
        status: int,
        detail: str,
        error_code: str | None = None,
        field_errors: Mapping[str, Sequence[str]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.error_code = error_code or _CODES.get(status, "ERROR")
        self.field_errors = {k: list(v) for k, v in (field_errors or {}).items()}
        self.headers = dict(headers or {})

    @classmethod
    def field(cls, field: str, message: str) -> ArvaloxError:
        """A business-rule refusal of one field (400 VALIDATION_ERROR)."""
        return cls(400, "Validation failed", "VALIDATION_ERROR", {field: [message]})

    def body(self) -> dict[str, Any]:
        return {
            "detail": self.detail,
            "error_code": self.error_code,
            "field_errors": self.field_errors or None,
        }


def error_body(status: int, detail: str, error_code: str | None = None) -> bytes:
    return json.dumps(ArvaloxError(status, detail, error_code).body()).encode()


def _response(error: ArvaloxError) -> Response:
    return Response(
        json.dumps(error.body()),
        status_code=error.status,
        media_type="application/json",
        headers=error.headers,
    )


def _field(loc: Sequence[Any]) -> str:
    # ("body", "items", 0, "quantity") -> "items.0.quantity", the way Arvalox names fields
    return ".".join(str(p) for p in loc if p not in ("body", "query", "path", "header")) or "body"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ArvaloxError)
    async def _arvalox(_request: Request, exc: ArvaloxError) -> Response:
        return _response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> Response:
        fields: dict[str, list[str]] = {}
        for error in exc.errors():
            kind = str(error.get("type", ""))
            message = "This field is required" if kind == "missing" else str(error.get("msg"))
            fields.setdefault(_field(error.get("loc", ())), []).append(message)
        return _response(ArvaloxError(422, "Validation failed", "VALIDATION_ERROR", fields))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else "Error"
        if exc.status_code == 404 and detail == "Not Found":
            detail = "No such endpoint"
        return _response(ArvaloxError(exc.status_code, detail, headers=exc.headers))
