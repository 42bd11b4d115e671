"""Reading what servers send: Decimal-exact JSON, list pages, and refusing garbage plainly."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.api.connector import Page
from arkan_desktop.api.errors import ApiError, ApiErrorKind, error_from_response
from arkan_desktop.api.session import ApiSession
from arkan_desktop.api.wire import dumps, json_depth, parse_json, parse_page

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
page_like = st.fixed_dictionaries(
    {"data": st.lists(st.dictionaries(st.text(max_size=5), json_values, max_size=3), max_size=3)},
    optional={
        "meta": st.fixed_dictionaries(
            {},
            optional={
                "total": json_values,
                "limit": json_values,
                "cursor": json_values,
                "hasMore": json_values,
            },
        )
        | json_values
    },
)


def test_money_never_becomes_a_float() -> None:
    body = parse_json(b'{"total": 1234.567, "tax": 0.1, "qty": 3, "big": 1e400}')
    assert body == {
        "total": Decimal("1234.567"),
        "tax": Decimal("0.1"),
        "qty": 3,
        "big": Decimal("1e400"),
    }
    assert dumps({"amount": Decimal("10.005"), "n": 1}) == b'{"amount":"10.005","n":1}'


@pytest.mark.parametrize(
    ("amount", "wire"),
    [
        (Decimal("150.0000").normalize(), b'"150"'),  # Decimal("1.5E+2")
        (Decimal("1E+3"), b'"1000"'),
        (Decimal("-2.50E+1"), b'"-25.0"'),
        (Decimal("1E-7"), b'"0.0000001"'),
    ],
)
def test_amounts_go_in_plain_decimal_form_never_scientific(amount: Decimal, wire: bytes) -> None:
    # A server's decimal parser may refuse "1.5E+2" or read it as a float (issue 15).
    assert dumps(amount) == wire


@given(
    st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(
        lambda d: abs(d.adjusted()) < 30
    )
)
def test_every_amount_sent_reads_back_exactly(amount: Decimal) -> None:
    text = dumps({"amount": amount}).decode()
    assert "E" not in text and "e" not in text
    assert Decimal(json.loads(text)["amount"]) == amount


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"<html>Login</html>", b"\xff\xfe", b"NaN", b'{"a": Infinity}'],
)
def test_malformed_json_is_malformed(content: bytes) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json(content)
    assert caught.value.kind is ApiErrorKind.MALFORMED
    assert caught.value.message == "The server sent a response that is not valid JSON"


@pytest.mark.parametrize("content", [b"[" * 100_000, b'{"a": ' * 65 + b"1" + b"}" * 65])
def test_json_nested_too_deep_is_refused_before_parsing(content: bytes) -> None:
    with pytest.raises(ApiError) as caught:
        parse_json(content)
    assert caught.value.kind is ApiErrorKind.MALFORMED
    assert caught.value.message == "The server sent data nested more than 64 levels deep"


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = '{"note": "' + "[" * 500 + '\\"' + "{" * 500 + '", "data": [[1]]}'
    assert json_depth(text) == 3
    assert parse_json(text)["data"] == [[1]]


def test_a_huge_integer_is_malformed_not_a_crash() -> None:
    with pytest.raises(ApiError) as caught:
        parse_json(b'{"total": ' + b"9" * 5000 + b"}")
    assert caught.value.kind is ApiErrorKind.MALFORMED


@given(st.binary(max_size=200))
def test_any_bytes_parse_or_are_malformed(content: bytes) -> None:
    try:
        parse_json(content)
    except ApiError as error:
        assert error.kind is ApiErrorKind.MALFORMED


def test_page_from_the_published_shape() -> None:
    page = parse_page(
        parse_json(
            b'{"data": [{"id": "a"}], "meta": {"total": 142, "limit": 25,'
            b' "cursor": "eyJpZCI6IjEyMyJ9", "hasMore": true}}'
        )
    )
    assert page == Page([{"id": "a"}], total=142, has_more=True, cursor="eyJpZCI6IjEyMyJ9")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"data": []}, Page([], None, False)),
        ({"data": [{"id": 1}], "meta": {}}, Page([{"id": 1}], None, False)),
        ({"data": [], "meta": {"cursor": "c"}}, Page([], None, True, "c")),
        ({"data": [], "meta": {"total": Decimal("7.0")}}, Page([], 7, False)),
        ([{"id": "bare"}], Page([{"id": "bare"}], None, False)),
    ],
)
def test_missing_meta_fields_are_fine(body: Any, expected: Page) -> None:
    assert parse_page(body) == expected


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ("text", "not an object"),
        ({"items": []}, "no data"),
        ({"data": {"id": 1}}, "not a list"),
        ({"data": [1, 2]}, "not a record"),
        ({"data": [], "meta": []}, "meta"),
        ({"data": [], "meta": {"total": "many"}}, "total is str"),
        ({"data": [], "meta": {"total": -1}}, "impossible total"),
        ({"data": [], "meta": {"total": 10**40}}, "impossible total"),
        ({"data": [], "meta": {"total": Decimal("1e999999999")}}, "not a count"),
        ({"data": [], "meta": {"hasMore": "yes"}}, "hasMore"),
        ({"data": [], "meta": {"hasMore": True}}, "no cursor"),
        ({"data": [], "meta": {"cursor": 12}}, "cursor is not text"),
    ],
)
def test_wrong_types_are_malformed_with_a_clear_message(body: Any, says: str) -> None:
    with pytest.raises(ApiError) as caught:
        parse_page(body)
    assert caught.value.kind is ApiErrorKind.MALFORMED
    assert says in caught.value.message


@given(page_like)
@settings(max_examples=300)
def test_any_page_like_value_is_a_page_or_malformed(body: dict[str, Any]) -> None:
    try:
        page = parse_page(parse_json(json.dumps(body)))
    except ApiError as error:
        assert error.kind is ApiErrorKind.MALFORMED and error.message
    else:
        assert isinstance(page.records, list) and isinstance(page.has_more, bool)


@given(json_values)
def test_any_json_value_is_a_page_or_malformed(body: Any) -> None:
    try:
        parse_page(body)
    except ApiError as error:
        assert error.kind is ApiErrorKind.MALFORMED


@given(st.integers(min_value=100, max_value=599), st.binary(max_size=200), st.text(max_size=30))
def test_any_error_body_gives_an_api_error(status: int, content: bytes, kind: str) -> None:
    error = error_from_response(status, content, kind)
    assert isinstance(error, ApiError) and error.message


def _session_answering(status: int, content: bytes, content_type: str) -> ApiSession:
    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/auth/login"):
            tokens = {"accessToken": "a" * 20, "refreshToken": "r" * 20, "expiresIn": 3600}
            return httpx.Response(200, json=tokens)
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return ApiSession("https://erp.example.com/api/v1", transport=httpx.MockTransport(reply))


@pytest.mark.parametrize(
    ("content", "content_type", "says"),
    [
        (b'{"data": [', "application/json", "not valid JSON"),
        (b"<html>Sign in to the proxy</html>", "text/html", "web page instead of data"),
        (b"\x00\x01", "application/json", "not valid JSON"),
    ],
)
def test_a_malformed_answer_reaches_the_caller_as_malformed(
    content: bytes, content_type: str, says: str
) -> None:
    async def scenario() -> ApiError:
        session = _session_answering(200, content, content_type)
        await session.sign_in("someone@example.com", "pw")
        try:
            await session.request("GET", "/companies", params={"limit": 1})
        except ApiError as error:
            return error
        finally:
            await session.aclose()
        raise AssertionError("no error")

    error = asyncio.run(scenario())
    assert error.kind is ApiErrorKind.MALFORMED and says in error.message
    assert error.status == 200
