"""What every report reader needs: amounts, counts and texts out of a server's answer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import ZERO, MoneyError, to_decimal

Answer = Mapping[str, Any]


class UnreadableReport(ValueError):
    """A report answer this client cannot read; the message says what, in a sentence."""


def amount(body: Answer, key: str, report: str, *, default: Decimal | None = ZERO) -> Decimal:
    """`body[key]` as a Decimal (`default` when absent); a non-number is refused."""
    value = body.get(key)
    if value is None or value == "":
        if default is None:
            raise UnreadableReport(f"The server's {report} has no {key}")
        return default
    try:
        return to_decimal(value, key)
    except MoneyError as error:
        raise UnreadableReport(f"The server's {report} is not readable: {error}") from None


def optional_amount(body: Answer, key: str, report: str) -> Decimal | None:
    """`body[key]` as a Decimal, or None where the server sends none (a blank box)."""
    if body.get(key) is None or body.get(key) == "":
        return None
    return amount(body, key, report)


def count(body: Answer, key: str) -> int:
    value = body.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def text(body: Answer, key: str) -> str:
    value = body.get(key)
    return "" if value is None else str(value).strip()


def records(value: Any) -> Iterator[Answer]:
    """The mappings in a list (anything else in it is skipped)."""
    for item in value if isinstance(value, list) else ():
        if isinstance(item, Mapping):
            yield item


def section(body: Answer, key: str) -> Answer:
    value = body.get(key)
    return value if isinstance(value, Mapping) else {}
