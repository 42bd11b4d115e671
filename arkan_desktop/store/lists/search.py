"""Which rows a list holds: its table's own condition, the query's conditions, the filter text.

The one place the filter box's words become SQL. Each word must appear in one of the
spec's searchable columns, case aside (`%` and `_` taken literally). A list with a
full-text index (`ListSpec.text_index`: FTS5 with the trigram tokenizer over exactly its
searchable columns, kept current by triggers in the same transaction as every write)
finds the words of three characters or more there, as one MATCH of quoted phrases; a
shorter word, or a list without the index, is a LIKE over the columns (a scan).
"""

from __future__ import annotations

from sqlalchemy import Integer, and_, column, literal_column, or_, select, table

from arkan_desktop.store.lists.columns import Condition, ListQuery, ListSpec

TRIGRAM = 3  # the shortest word the trigram index can find


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(spec: ListSpec, word: str) -> Condition:
    pattern = f"%{_escape_like(word)}%"
    return or_(*(c.expr.like(pattern, escape="\\") for c in spec.columns if c.searchable))


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _indexed(spec: ListSpec, index: str, words: list[str]) -> Condition:
    """The rows whose index entry holds every word (each a substring of one column)."""
    fts = table(index, column("rowid", Integer))
    found = select(fts.c.rowid).where(
        literal_column(index).op("MATCH")(" ".join(_phrase(word) for word in words))
    )
    return literal_column(f"{spec.table.table.name}.rowid", Integer).in_(found)


def _text_matches(spec: ListSpec, text: str) -> list[Condition]:
    """The conditions that every word of `text` appears in a searchable column."""
    words = text.split()
    index = spec.text_index
    indexed = [w for w in words if len(w) >= TRIGRAM] if index is not None else []
    conditions = [_like(spec, word) for word in words if word not in indexed]
    if index is not None and indexed:
        conditions.insert(0, _indexed(spec, index, indexed))
    return conditions


def where_clause(spec: ListSpec, query: ListQuery) -> Condition:
    """The rows of `spec`'s list that `query` shows."""
    return and_(spec.table.where(), *query.conditions, *_text_matches(spec, query.text))
