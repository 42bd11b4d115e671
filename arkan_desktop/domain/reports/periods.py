"""The periods a report is asked for: this month, last quarter, this year …

`period(choice, today)` gives the first and last day (both included). Pure: the caller
passes today.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta


class Period(enum.Enum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"


def _month_end(year: int, month: int) -> date:
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def period(choice: Period, today: date) -> tuple[date, date]:
    """The first and last day of `choice` as seen on `today`; "this …" ends today."""
    year, month = today.year, today.month
    quarter_start = 3 * ((month - 1) // 3) + 1
    if choice is Period.THIS_MONTH:
        return date(year, month, 1), today
    if choice is Period.LAST_MONTH:
        last = date(year, month, 1) - timedelta(days=1)
        return date(last.year, last.month, 1), last
    if choice is Period.THIS_QUARTER:
        return date(year, quarter_start, 1), today
    if choice is Period.LAST_QUARTER:
        end = date(year, quarter_start, 1) - timedelta(days=1)
        return date(end.year, end.month - 2, 1), _month_end(end.year, end.month)
    if choice is Period.THIS_YEAR:
        return date(year, 1, 1), today
    return date(year - 1, 1, 1), date(year - 1, 12, 31)
