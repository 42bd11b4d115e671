"""The one exception for talking to a server, and how answers and failures become it.

`ApiError` carries a kind, the HTTP status, a sentence a person can read, per-field
messages and whether the request may have reached the server. Error bodies are read
tolerantly (Arkan, Arvalox, FastAPI, plain text, binary garbage, nothing at all). Every
message and field error goes through `server_text` as the error is built, so whoever
shows it gets plain text (no escape sequences or control characters, at most 500
characters) with no token, password, key or Authorization header value in it.
"""

from __future__ import annotations

import enum
import json
import re
import ssl
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import httpx

from arkan_desktop.api.text import binary_summary, duration, looks_binary, redact, server_text

__all__ = [
    "ApiError",
    "ApiErrorKind",
    "FieldError",
    "InvalidServerUrl",
    "error_from_exception",
    "error_from_response",
    "no_answer",
    "origin_of",
    "redact",
    "server_text",
]

_MAX_FIELD_TEXT = 200


class ApiErrorKind(enum.StrEnum):
    NETWORK = "network"
    TIMEOUT = "timeout"
    TLS = "tls"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    RATE_LIMITED = "rate_limited"
    SERVER = "server"
    MALFORMED = "malformed"


@dataclass(frozen=True)
class FieldError:
    """What the server said about one field of the request (`lines[0].quantity`)."""

    field: str
    message: str


class InvalidServerUrl(ValueError):
    """A server address that cannot be used; the message says why in plain words."""


class ApiError(Exception):
    """Something went wrong talking to a server; `message` is for the person at the desk."""

    def __init__(
        self,
        kind: ApiErrorKind,
        message: str,
        *,
        status: int | None = None,
        field_errors: list[FieldError] | tuple[FieldError, ...] = (),
        body: Any = None,
        ambiguous: bool = False,
    ) -> None:
        self.kind = kind
        self.message = server_text(message)
        self.status = status
        self.field_errors = [
            FieldError(server_text(f.field, _MAX_FIELD_TEXT), server_text(f.message))
            for f in field_errors
        ]
        self.body = body
        self.ambiguous = ambiguous
        super().__init__(self.message)

    @property
    def is_rejection(self) -> bool:
        """The server refused this request as sent: fix it or discard it, do not retry."""
        return (
            self.status is not None
            and 400 <= self.status < 500
            and self.status
            not in (
                401,
                408,
                409,
                429,
            )
        )

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        kind, status = self.kind.value, self.status
        return f"ApiError(kind={kind!r}, status={status!r}, message={self.message!r})"


def origin_of(url: str) -> str:
    """`https://host:port` of a URL: what a message may show (no path, no query)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "the server"
    if ":" in host:
        host = f"[{host}]"
    return f"{parts.scheme}://{host}{port}" if parts.scheme and host else "the server"


# --- error answers --------------------------------------------------------------------

_STATUS_KINDS = {
    401: ApiErrorKind.UNAUTHORIZED,
    403: ApiErrorKind.FORBIDDEN,
    404: ApiErrorKind.NOT_FOUND,
    408: ApiErrorKind.TIMEOUT,
    409: ApiErrorKind.CONFLICT,
    429: ApiErrorKind.RATE_LIMITED,
}
_DEFAULT_MESSAGES = {
    400: "The server refused the request as sent",
    401: "The server did not accept the sign-in; please sign in again",
    403: "You do not have permission to do this",
    404: "The server does not have what was asked for",
    408: "The server gave up waiting for the request",
    409: "This conflicts with the record as it is now on the server",
    413: "The request is too large for the server",
    422: "The server refused the request as sent",
    429: "The server is busy; please try again shortly",
    500: "The server ran into an error",
    502: "The server is not reachable through its gateway",
    503: "The server is unavailable for the moment",
    504: "The server did not answer its gateway in time",
}


# Reason phrases that say no more than the status: our own sentence is better.
_BARE_REASONS = frozenset({"error", "bad request", "not found", "internal server error"})


def kind_for_status(status: int) -> ApiErrorKind:
    if status in _STATUS_KINDS:
        return _STATUS_KINDS[status]
    return ApiErrorKind.SERVER if status >= 500 else ApiErrorKind.REJECTED


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list | tuple):
        return "; ".join(t for t in (_text(v) for v in value) if t)
    if value is None or isinstance(value, dict):
        return ""
    return str(value)


def _short(text: str) -> str:
    return server_text(text)


def _field_errors(raw: Any) -> Iterator[FieldError]:
    """Arkan `[{field, message}]`, Arvalox `{field: msg | [msgs]}`, FastAPI `[{loc, msg}]`."""
    if isinstance(raw, Mapping):
        for field, messages in raw.items():
            text = _text(messages)
            yield FieldError(_short(str(field)), _short(text or "is not valid"))
        return
    if not isinstance(raw, list):
        return
    for item in raw:
        if isinstance(item, Mapping):
            field = item.get("field")
            if field is None and isinstance(item.get("loc"), list | tuple):
                parts = [str(p) for p in item["loc"] if p not in ("body", "query", "path")]
                field = ".".join(parts)
            message = _text(item.get("message", item.get("msg")))
            yield FieldError(_short(str(field or "")), _short(message or "is not valid"))
        elif isinstance(item, str) and item.strip():
            yield FieldError("", _short(item))


def _message_and_fields(body: Any) -> tuple[str, list[FieldError]]:
    if isinstance(body, str):
        return body, []
    if not isinstance(body, Mapping):
        return "", []
    fields: list[FieldError] = []
    for key in ("errors", "field_errors"):
        fields.extend(_field_errors(body.get(key)))
    detail = body.get("detail")
    if isinstance(detail, Mapping):  # FastAPI HTTPException(detail={detail, error_code, …})
        inner, inner_fields = _message_and_fields(detail)
        fields.extend(inner_fields)
        detail = inner
    if isinstance(detail, list):  # FastAPI validation: detail is the field list
        fields.extend(_field_errors(detail))
        detail = None
    message = _text(body.get("message")) or _text(detail) or _text(body.get("error"))
    if isinstance(body.get("message"), list) and not fields:  # NestJS: a list of sentences
        fields = [FieldError("", _short(m)) for m in body["message"] if isinstance(m, str)]
    return message, fields


def _decode_error_body(content: bytes, content_type: str) -> Any:
    if not content.strip() or looks_binary(content):
        return None
    text = content.decode("utf-8", errors="replace")
    looks_like_json = text.lstrip()[:1] in ("{", "[")
    if "json" in content_type or looks_like_json:
        try:
            return json.loads(text, parse_float=Decimal)
        except (ValueError, RecursionError):
            if looks_like_json:
                return None  # broken JSON is no sentence for a person either
    if "html" in content_type or text.lstrip()[:1] == "<":
        return None  # a proxy's or web server's page: nothing a person should read
    return text


def error_from_response(status: int, content: bytes, content_type: str = "") -> ApiError:
    """An `ApiError` for an error answer, with the server's own words when it gave some."""
    body = _decode_error_body(content, content_type.lower())
    message, fields = _message_and_fields(body)
    message = _short(message)
    default = _DEFAULT_MESSAGES.get(status) or (
        "The server ran into an error" if status >= 500 else "The server refused the request"
    )
    if looks_binary(content):
        message = binary_summary(status, content)
    elif not message or message.lower() in _BARE_REASONS:
        message = default
    return ApiError(
        kind_for_status(status),
        message,
        status=status,
        field_errors=fields,
        body=body,
        ambiguous=status in (502, 504),
    )


# --- failures before an answer --------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                stack.append(linked)


def _tls_reason(exc: BaseException) -> str | None:
    for item in _chain(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            return str(item.verify_message or "certificate verify failed")
        if isinstance(item, ssl.SSLError):
            return str(item.reason or "TLS handshake failed").replace("_", " ").lower()
    match = re.search(r"certificate verify failed:?\s*([^(\]]*)", str(exc))
    if match:
        return match.group(1).strip() or "certificate verify failed"
    return None


def _connect_reason(exc: BaseException) -> str:
    import socket

    for item in _chain(exc):
        if isinstance(item, ConnectionRefusedError):
            return "connection refused"
        if isinstance(item, socket.gaierror):
            return "the server name could not be found"
        if isinstance(item, ConnectionResetError):
            return "the connection was reset"
        if isinstance(item, OSError) and item.errno is not None:
            text = item.strerror or str(item)
            return _short(text[:1].lower() + text[1:]) if text else "the network failed"
    text = str(exc)
    if "refused" in text.lower():
        return "connection refused"
    if "name or service not known" in text.lower() or "getaddrinfo" in text.lower():
        return "the server name could not be found"
    return "the network failed"


def no_answer(server_url: str, seconds: float) -> ApiError:
    """The server did not answer in the `seconds` the client really waited."""
    return ApiError(
        ApiErrorKind.TIMEOUT,
        f"{origin_of(server_url)} did not answer within {duration(seconds)}; "
        "the request may or may not have taken effect",
        ambiguous=True,
    )


def error_from_exception(exc: Exception, server_url: str, waited: float | None) -> ApiError:
    """An `ApiError` for a request that got no answer; says whether it may have arrived.

    `waited` is how long the attempt really took (the message says it, not the timeout
    that was set).

    Raise the result outside the `except` block that caught `exc`: httpx exceptions hold
    the request, headers and all, and must not ride along as the error's context.
    """
    server = origin_of(server_url)
    if isinstance(exc, httpx.ConnectTimeout):
        return ApiError(
            ApiErrorKind.TIMEOUT, f"Cannot reach {server}: no answer to the connection attempt"
        )
    if isinstance(exc, httpx.PoolTimeout):
        return ApiError(ApiErrorKind.TIMEOUT, f"Too many requests to {server} are waiting")
    if isinstance(exc, httpx.TimeoutException):
        if waited:
            return no_answer(server_url, waited)
        return ApiError(
            ApiErrorKind.TIMEOUT,
            f"{server} did not answer in time; the request may or may not have taken effect",
            ambiguous=True,
        )
    tls = _tls_reason(exc)
    if tls is not None:
        return ApiError(
            ApiErrorKind.TLS,
            f"The server's certificate could not be verified ({tls}). If your company uses "
            "its own certificate authority, choose its CA bundle in the connection settings",
        )
    if isinstance(exc, httpx.ConnectError):
        return ApiError(ApiErrorKind.NETWORK, f"Cannot reach {server}: {_connect_reason(exc)}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ApiError(ApiErrorKind.NETWORK, f"Cannot talk to {server}: the address is not usable")
    return ApiError(
        ApiErrorKind.NETWORK,
        f"The connection to {server} was lost before the answer arrived; "
        "the request may or may not have taken effect",
        ambiguous=True,
    )
