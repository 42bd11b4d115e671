"""The column mapping of one bank's CSV export: chosen once per bank account, then kept.

A small frozen value the caller stores per bank account as plain JSON
(`to_dict`/`from_dict`); a damaged saved mapping is refused with a plain reason.
"""

from __future__ import annotations

import codecs
from dataclasses import asdict, dataclass, fields
from typing import Any

_COLUMNS = (
    "date_column",
    "value_date_column",
    "amount_column",
    "debit_column",
    "credit_column",
    "sign_column",
    "balance_column",
    "reference_column",
    "counterparty_column",
    "counterparty_account_column",
    "bank_reference_column",
)


@dataclass(frozen=True)
class CsvMapping:
    """Which column is what in one bank's CSV export; column numbers count from 0."""

    date_column: int
    date_format: str = "%d/%m/%Y"  # strptime layout
    amount_column: int | None = None  # one signed column ...
    debit_column: int | None = None  # ... or a debit/credit pair
    credit_column: int | None = None
    sign_column: int | None = None  # "DR"/"CR" beside an unsigned amount column
    decimal_mark: str = "."
    balance_column: int | None = None
    value_date_column: int | None = None
    reference_column: int | None = None
    memo_columns: tuple[int, ...] = ()
    counterparty_column: int | None = None
    counterparty_account_column: int | None = None
    bank_reference_column: int | None = None
    delimiter: str = ","
    encoding: str = "utf-8-sig"
    skip_rows: int = 0  # rows of account details above the header
    has_header: bool = True
    account: str = ""
    currency: str = ""

    def __post_init__(self) -> None:
        if self.amount_column is None and self.debit_column is None and self.credit_column is None:
            raise ValueError("choose an amount column or a debit and credit column")
        if self.amount_column is not None and (
            self.debit_column is not None or self.credit_column is not None
        ):
            raise ValueError("choose either one amount column or debit and credit columns")
        if self.sign_column is not None and self.amount_column is None:
            raise ValueError("a debit/credit indicator column goes with one amount column")
        if len(self.delimiter) != 1 or self.delimiter in '"\r\n':
            raise ValueError("the delimiter must be one character other than a quote")
        if self.decimal_mark not in (".", ","):
            raise ValueError("the decimal mark must be '.' or ','")
        if self.skip_rows < 0:
            raise ValueError("rows to skip cannot be negative")
        columns = [getattr(self, n) for n in _COLUMNS if getattr(self, n) is not None]
        if any(c < 0 for c in [*columns, *self.memo_columns]):
            raise ValueError("column numbers cannot be negative")
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ValueError(f"'{self.encoding}' is not a known text encoding") from None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["memo_columns"] = list(self.memo_columns)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CsvMapping:
        """A saved mapping back; ValueError with a plain reason when it is damaged."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if "memo_columns" in values:
            values["memo_columns"] = tuple(values["memo_columns"])
        for name in (*_COLUMNS, "skip_rows"):
            value = values.get(name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise ValueError(f"the saved CSV mapping has a bad {name.replace('_', ' ')}")
        if not all(isinstance(c, int) for c in values.get("memo_columns", ())):
            raise ValueError("the saved CSV mapping has bad memo columns")
        try:
            return cls(**values)
        except TypeError:
            raise ValueError("the saved CSV mapping is missing its date column") from None
