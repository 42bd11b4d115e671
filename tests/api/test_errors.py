"""Error answers and failures become ApiError with a sentence a person can read."""

from __future__ import annotations

import json
import ssl

import httpx
import pytest

from arkan_desktop.api.errors import (
    ApiError,
    ApiErrorKind,
    FieldError,
    error_from_exception,
    error_from_response,
    origin_of,
    redact,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZw"


def answer(status: int, body: object, content_type: str = "application/json") -> ApiError:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return error_from_response(status, content, content_type)


def test_arkan_error_shape() -> None:
    error = answer(
        400,
        {
            "statusCode": 400,
            "message": "Validation failed",
            "errors": [{"field": "lines[0].quantity", "message": "must be positive"}],
        },
    )
    assert error.kind is ApiErrorKind.REJECTED and error.status == 400
    assert error.message == "Validation failed"
    assert error.field_errors == [FieldError("lines[0].quantity", "must be positive")]
    assert error.is_rejection and not error.ambiguous


@pytest.mark.parametrize(
    "field_errors",
    [{"email": ["This field is required"]}, {"email": "This field is required"}],
)
def test_arvalox_error_shape(field_errors: object) -> None:
    error = answer(
        422,
        {
            "detail": "Error description",
            "error_code": "VALIDATION_ERROR",
            "field_errors": field_errors,
        },
    )
    assert error.message == "Error description"
    assert error.field_errors == [FieldError("email", "This field is required")]
    assert error.is_rejection


def test_arvalox_field_errors_as_a_list() -> None:
    error = answer(
        400, {"detail": "Bad", "field_errors": [{"field": "amount", "message": "too big"}]}
    )
    assert error.field_errors == [FieldError("amount", "too big")]


def test_fastapi_shapes() -> None:
    assert answer(404, {"detail": "Invoice not here"}).message == "Invoice not here"
    validation = answer(
        422, {"detail": [{"loc": ["body", "lines", 0, "price"], "msg": "field required"}]}
    )
    assert validation.field_errors == [FieldError("lines.0.price", "field required")]
    assert validation.message == "The server refused the request as sent"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, ApiErrorKind.UNAUTHORIZED),
        (403, ApiErrorKind.FORBIDDEN),
        (404, ApiErrorKind.NOT_FOUND),
        (408, ApiErrorKind.TIMEOUT),
        (409, ApiErrorKind.CONFLICT),
        (418, ApiErrorKind.REJECTED),
        (429, ApiErrorKind.RATE_LIMITED),
        (500, ApiErrorKind.SERVER),
        (503, ApiErrorKind.SERVER),
    ],
)
def test_plain_text_and_empty_bodies(status: int, kind: ApiErrorKind) -> None:
    empty = error_from_response(status, b"", "")
    assert empty.kind is kind and empty.message  # a sentence even with nothing to go on
    text = error_from_response(status, b"Database is down for maintenance", "text/plain")
    assert text.message == "Database is down for maintenance"
    assert empty.is_rejection is (status in (403, 404, 418))


def test_a_proxy_web_page_is_not_shown_to_people() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    error = error_from_response(502, page, "text/html")
    assert "<" not in error.message and error.kind is ApiErrorKind.SERVER
    assert error.ambiguous  # a gateway error: the server behind it may have acted


def test_broken_json_error_body_still_gives_a_message() -> None:
    error = error_from_response(500, b'{"statusCode": 500, "mess', "application/json")
    assert error.kind is ApiErrorKind.SERVER
    assert error.message == "The server ran into an error"


def test_secrets_in_server_messages_are_redacted() -> None:
    error = answer(400, {"message": f"bad token {JWT} for /ws?token=abc123&x=1"})
    assert JWT not in error.message and "abc123" not in error.message
    assert "token=***" in error.message


def test_redact() -> None:
    assert redact(f"Authorization: Bearer {JWT}") == "Authorization: Bearer ***"
    assert redact("ws://h/ws?token=s3cret&companyId=c1") == "ws://h/ws?token=***&companyId=c1"
    assert redact('{"refreshToken": "r-e-f"}') == '{"refreshToken": "***"}'
    assert redact("?x_arvalox_api_key=k3y") == "?x_arvalox_api_key=***"


def test_origin_shows_no_path_or_query() -> None:
    assert (
        origin_of("https://erp.example.com:8443/api/v1?token=x") == "https://erp.example.com:8443"
    )
    assert origin_of("nonsense") == "the server"


def _connect_error(cause: BaseException) -> httpx.ConnectError:
    try:
        try:
            raise cause
        except BaseException as inner:
            raise httpx.ConnectError(str(inner)) from inner
    except httpx.ConnectError as outer:
        return outer


def test_connection_refused_message() -> None:
    error = error_from_exception(
        _connect_error(ConnectionRefusedError(111, "Connection refused")),
        "https://erp.example.com/api/v1",
        30.0,
    )
    assert error.kind is ApiErrorKind.NETWORK and not error.ambiguous
    assert error.message == "Cannot reach https://erp.example.com: connection refused"


def test_certificate_failure_message() -> None:
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify")
    cause.verify_message = "self-signed certificate"
    error = error_from_exception(_connect_error(cause), "https://erp.example.com/api/v1", 30.0)
    assert error.kind is ApiErrorKind.TLS
    assert error.message.startswith(
        "The server's certificate could not be verified (self-signed certificate)"
    )


def test_timeouts_and_lost_connections() -> None:
    request = httpx.Request("POST", "https://h/api/v1/x")
    read = error_from_exception(httpx.ReadTimeout("timed out", request=request), "https://h", 30)
    assert read.kind is ApiErrorKind.TIMEOUT and read.ambiguous and "30 s" in read.message
    connect = error_from_exception(httpx.ConnectTimeout("t", request=request), "https://h", 30)
    assert connect.kind is ApiErrorKind.TIMEOUT and not connect.ambiguous
    lost = error_from_exception(
        httpx.RemoteProtocolError("peer closed", request=request), "https://h", 30
    )
    assert lost.kind is ApiErrorKind.NETWORK and lost.ambiguous


def test_repr_and_str_are_the_message() -> None:
    error = ApiError(ApiErrorKind.CONFLICT, "Changed meanwhile", status=409)
    assert str(error) == "Changed meanwhile"
    assert repr(error) == "ApiError(kind='conflict', status=409, message='Changed meanwhile')"
    assert not error.is_rejection
