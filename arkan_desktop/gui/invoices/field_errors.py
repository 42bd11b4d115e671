"""Sorting a server's field errors (`partnerId`, `lines[2].quantity`) by where a form shows them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


@dataclass
class SortedErrors:
    header: dict[str, str] = field(default_factory=dict)  # field -> message
    lines: dict[tuple[int, str], str] = field(default_factory=dict)  # (line, field) -> message
    other: list[str] = field(default_factory=list)  # messages no field of the form shows


def sort_field_errors(
    errors: Iterable[Mapping[str, object]], header_fields: set[str]
) -> SortedErrors:
    result = SortedErrors()
    for error in errors:
        name = str(error.get("field") or "")
        message = str(error.get("message") or "")
        found = _LINE_FIELD.match(name)
        if found:
            result.lines[(int(found.group(1)), found.group(2))] = message
        elif name in header_fields:
            result.header[name] = message
        else:
            result.other.append(f"{name}: {message}" if name else message)
    return result
