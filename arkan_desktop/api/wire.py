"""JSON on the wire: Decimal-exact parsing and encoding, and reading list pages (`Page`).

Money never becomes a float: JSON numbers with a fraction or exponent parse as `Decimal`
and `Decimal` values are sent as plain decimal strings ("150", never "1.5E+2"). Anything
a server sends that cannot be read becomes `ApiError(kind=malformed)` with a plain
message, never another exception.
JSON nested deeper than `MAX_JSON_DEPTH` is refused before it is parsed (the parser
would otherwise recurse until Python gives up), and a list record whose id is longer
than `MAX_ID_LENGTH` is left out of its page and reported (`Page.refused`).
"""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import json
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from arkan_desktop.api.errors import ApiError, ApiErrorKind
from arkan_desktop.api.limits import MAX_ID_LENGTH, MAX_JSON_DEPTH

NOT_JSON = "The server sent a response that is not valid JSON"
TOO_DEEP = f"The server sent data nested more than {MAX_JSON_DEPTH} levels deep"
# A list total beyond this is not a count a server could mean.
MAX_TOTAL = 10**15


@dataclass(frozen=True)
class Page:
    """One page of a list: its records (raw JSON objects) and whether more follow."""

    records: list[dict[str, Any]]
    total: int | None
    has_more: bool
    cursor: str | None = None
    limit: int | None = field(default=None, compare=False)
    # The server's clock when it answered (Unix time, from its `Date` header; else ours).
    server_time: float | None = field(default=None, compare=False)
    # Records left out of the page, one sentence each (an id too long to be one).
    refused: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class FileAnswer:
    """A file the server answered with (a payment file export): its name, bytes and the
    headers that describe it (control counts and totals)."""

    name: str
    content: bytes
    content_type: str
    headers: Mapping[str, str] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        """The answer as plain JSON values, to keep on the outbox row that asked for it."""
        return {
            "fileName": self.name,
            "contentType": self.content_type,
            "contentBase64": base64.b64encode(self.content).decode("ascii"),
            **{key: value for key, value in self.headers.items()},
        }


_FILE_NAME = re.compile(r"""filename\*?=(?:UTF-8'')?"?([^";]+)"?""", re.I)
# Headers worth keeping with a file, by the name a record gives them.
FILE_HEADERS = {
    "x-batch-id": "batchId",
    "x-batch-number": "batchNumber",
    "x-control-count": "controlCount",
    "x-control-total": "controlTotal",
}


def file_name(disposition: str, fallback: str = "download") -> str:
    """The bare file name a Content-Disposition gives (never a path), or `fallback`."""
    found = _FILE_NAME.search(disposition or "")
    name = found.group(1).strip() if found else ""
    name = re.split(r"[\\/]", name)[-1].strip(". ")
    name = "".join(ch for ch in name if ch.isprintable())[:120]
    return name or fallback


def malformed(message: str, *, status: int | None = None) -> ApiError:
    return ApiError(ApiErrorKind.MALFORMED, message, status=status)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


# A JSON string (escapes included), or one of the brackets that nest.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest (0 for a bare value).

    A scan, not a parse: strings are taken out (a bracket inside one does not count),
    then the brackets are counted; malformed text gives some number and fails later.
    """
    if text.count("[") + text.count("{") <= MAX_JSON_DEPTH:
        return 0  # too few brackets to be too deep: skip the scan (most small answers)
    brackets = _NOT_BRACKETS.sub("", _STRING.sub("", text))
    return max(itertools.accumulate(_STEP[c] for c in brackets), default=0)


def parse_json(content: bytes | str, *, status: int | None = None) -> Any:
    """The JSON value of a body, floats as Decimal; malformed or too deeply nested text →
    ApiError(malformed)."""
    try:
        text = content.decode("utf-8") if isinstance(content, bytes) else content
    except ValueError:
        raise malformed(NOT_JSON, status=status) from None
    if json_depth(text) > MAX_JSON_DEPTH:
        raise malformed(TOO_DEEP, status=status)
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        # ValueError covers bad JSON and integers too long to convert.
        raise malformed(NOT_JSON, status=status) from None


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("an amount that is not a finite number cannot be sent")
        # Positional, never scientific: str(Decimal("1.5E+2")) is "1.5E+2", which a
        # server's decimal parser may refuse or misread; format "f" gives "150".
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"{type(value).__name__} cannot be sent as JSON")


def dumps(value: Any) -> bytes:
    """JSON for a request body; Decimal amounts go as exact decimal strings."""
    return json.dumps(value, default=_encode, ensure_ascii=False, separators=(",", ":")).encode()


def _count(meta: Mapping[str, Any], key: str) -> int | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, Decimal):
        # Check the size before int(): int(Decimal("1e999999999")) would never finish.
        if not value.is_finite() or value.adjusted() > 15 or value != value.to_integral_value():
            raise malformed(f"The server's list says its {key} is {value:.3g}, not a count")
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise malformed(f"The server's list says its {key} is {type(value).__name__}, not a count")
    if not 0 <= value <= MAX_TOTAL:
        raise malformed(f"The server's list reports an impossible {key}")
    return value


def refuse_long_ids(
    records: list[dict[str, Any]], what: str = "records"
) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """The records whose id could be one, and a sentence for each one that could not."""
    kept: list[dict[str, Any]] = []
    refused: list[str] = []
    for record in records:
        record_id = record.get("id")
        if isinstance(record_id, str) and len(record_id) > MAX_ID_LENGTH:
            refused.append(
                f"{what} record with an id of {len(record_id):,} characters "
                f"(more than {MAX_ID_LENGTH}): not stored"
            )
            continue
        kept.append(record)
    return kept, tuple(refused)


def parse_page(body: Any, *, server_time: float | None = None, what: str = "records") -> Page:
    """A `Page` from `{data, meta: {total, limit, cursor, hasMore}}`.

    Missing meta (or meta fields) is fine; a bare JSON array is taken as one last page.
    Wrong types are refused with a message that says which part is wrong. A record whose
    id is too long to be one is left out and said in `Page.refused`.
    """
    meta: Any
    if isinstance(body, list):
        records, meta = body, {}
    elif isinstance(body, Mapping):
        if "data" not in body:
            raise malformed("The server's list answer has no data")
        records = body["data"]
        meta = body.get("meta")
        if meta is None:
            meta = {}
        if not isinstance(meta, Mapping):
            raise malformed("The server's list answer has meta that is not an object")
    else:
        raise malformed("The server's list answer is not an object")
    if not isinstance(records, list):
        raise malformed("The server's list data is not a list")
    for record in records:
        if not isinstance(record, dict):
            raise malformed("The server's list holds an entry that is not a record")
    total = _count(meta, "total")
    limit = _count(meta, "limit")
    cursor = meta.get("cursor")
    if cursor is not None and not isinstance(cursor, str):
        raise malformed("The server's list cursor is not text")
    has_more = meta.get("hasMore")
    if has_more is None:
        has_more = bool(cursor)
    elif not isinstance(has_more, bool):
        raise malformed("The server's list says hasMore is neither true nor false")
    if has_more and not cursor:
        raise malformed("The server's list says more records follow but gives no cursor")
    records, refused = refuse_long_ids(records, what)
    return Page(
        records=records,
        total=total,
        has_more=has_more,
        cursor=cursor or None,
        limit=limit,
        server_time=server_time,
        refused=refused,
    )
