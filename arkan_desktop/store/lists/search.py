"""Which rows a list holds: its table's own condition, the query's conditions, the filter text.

The one place the filter box's words become SQL. Today each word must appear (LIKE, `%`
and `_` taken literally) in one of the spec's searchable columns; a full-text index
(issue 19: FTS5) replaces `_text_matches` here without touching the readers.
"""

from __future__ import annotations

from sqlalchemy import and_, or_

from arkan_desktop.store.lists.columns import Condition, ListQuery, ListSpec


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_matches(spec: ListSpec, text: str) -> list[Condition]:
    """One condition per word of `text`: the word appears in a searchable column."""
    searchable = [c.expr for c in spec.columns if c.searchable]
    conditions: list[Condition] = []
    for word in text.split():
        pattern = f"%{_escape_like(word)}%"
        conditions.append(or_(*(expr.like(pattern, escape="\\") for expr in searchable)))
    return conditions


def where_clause(spec: ListSpec, query: ListQuery) -> Condition:
    """The rows of `spec`'s list that `query` shows."""
    return and_(spec.table.where(), *query.conditions, *_text_matches(spec, query.text))
