"""Reading a cached list without Qt: the filter's words, a small list's planned change, a
big list read by position in every order, the rows a file gets."""

from __future__ import annotations

from typing import Any

import pytest

from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists import keyset
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.columns import ListQuery
from arkan_desktop.store.lists.export import export_rows
from arkan_desktop.store.lists.loads import load_list, position_of, probe_list, read_block
from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from tests.store.conftest import invoice, uid

SPEC = invoice_list_spec()


def _records() -> list[dict[str, Any]]:
    records = [
        invoice(
            n,
            total=f"{n % 37}.{n % 100:02d}",
            date=f"2026-11-{1 + n % 28:02d}",
            partnerName=f"Client {n}",
            reference=None if n % 5 == 0 else f"REF-{n}",
        )
        for n in range(1, 301)
    ]
    records[0]["reference"] = "50%_off"
    return records


@pytest.fixture
def listed(cache: Cache) -> Cache:
    cache.upsert("invoices", _records())
    return cache


def _query(key: str = "date", descending: bool = True, text: str = "") -> ListQuery:
    return ListQuery(text=text, sort_column=SPEC.column_index(key), descending=descending)


def _ids(cache: Cache, query: ListQuery) -> list[str]:
    return CachedList(SPEC, cache, ListReader()).ids(query)


def test_each_filter_word_must_appear_in_a_searchable_column_and_like_signs_are_literal(
    listed: Cache,
) -> None:
    def shown(text: str) -> set[str]:
        return set(_ids(listed, _query(text=text)))

    def expected(words: list[str]) -> set[str]:
        found = set()
        for record in _records():
            fields = [record["number"], record["partnerName"], record["reference"] or ""]
            if all(any(w.lower() in f.lower() for f in fields) for w in words):
                found.add(record["id"])
        return found

    assert shown("client 12") == expected(["client", "12"]) != set()
    assert shown("CLIENT 12") == shown("client 12")  # the case of a letter does not matter
    assert shown("50%") == {uid(1)}  # % is a character to find, not a wildcard
    assert shown("_") == {uid(1)}
    assert shown("client nobody") == set()


def test_the_filter_finds_what_later_writes_say_and_not_what_they_took_away(
    listed: Cache,
) -> None:
    def shown(text: str) -> set[str]:
        return set(_ids(listed, _query(text=text)))

    assert shown("Client 7") >= {uid(7)} and shown("Sandstone") == set()
    listed.upsert("invoices", [invoice(7, partnerName="Sandstone Works", reference="PO-Q7")])
    listed.upsert("customers", [{"id": uid(10_003), "name": "Dune Supplies"}])  # a rename
    listed.remove("invoices", [uid(14)])
    listed.upsert("invoices", [invoice(401, partnerName="Sandstone Works")])  # a new one
    assert shown("sandstone") == {uid(7), uid(401)}
    assert shown("PO-Q7") == {uid(7)} and uid(7) not in shown("REF-7")
    assert uid(14) not in shown("Client 14")  # removed
    assert shown("dune supplies") == {  # the customer's new name is on its invoices
        uid(n) for n in [*range(1, 301), 401] if n != 14 and (10_000 + n % 7) == 10_003
    }
    with listed.writing() as session:  # the index equals the table it indexes
        session.connection().exec_driver_sql(
            "INSERT INTO invoices_text (invoices_text) VALUES ('integrity-check')"
        )


def test_a_small_list_reload_plans_its_change_from_the_ids_it_held(listed: Cache) -> None:
    query = _query()
    old = _ids(listed, query)
    changes = listed.upsert("invoices", [invoice(900, date="2026-12-31", partnerName="New")])
    changes = changes.merge(listed.remove("invoices", [old[10]]))
    changed = set(changes.resources["invoices"])
    loaded = load_list(listed, SPEC, query, old, changed, (), ids_limit=1000, window=20)
    assert loaded.ids is not None and loaded.ids[0] == uid(900) and old[10] not in loaded.ids
    assert loaded.update is not None and loaded.update.removed == [(10, 10)]
    assert loaded.update.inserted == [(0, 0)] and loaded.positions == [0]


@pytest.mark.parametrize("key", ["total", "reference", "client"])
@pytest.mark.parametrize("descending", [False, True])
def test_a_big_list_reads_each_block_in_list_order_from_the_top_or_the_end(
    listed: Cache, key: str, descending: bool
) -> None:
    query = _query(key, descending)
    ids = _ids(listed, query)  # what a small list of the same rows holds
    loaded = load_list(listed, SPEC, query, None, (), (ids[150],), ids_limit=50, window=20)
    assert loaded.ids is None and loaded.count == len(ids) == 300
    assert [row.record_id for row, _key in loaded.first] == ids[:20]
    assert loaded.moved == {ids[150]: 150}  # a row the view held, found again
    anchor = (0, loaded.first[0][1])
    with listed.reading() as session:
        conn = session.connection()
        for first in range(0, 300, 20):
            block = read_block(conn, SPEC, query, first, 20, 300, anchor)
            assert block is not None
            assert [row.record_id for row, _key in block] == ids[first : first + 20], first
        assert read_block(conn, SPEC, query, 140, 20, 300, anchor, max_skip=100) is None
        for row in (0, 99, 173, 299):
            assert position_of(conn, SPEC, query, ids[row]) == row


@pytest.mark.parametrize("way", ["scan", "index"])
def test_a_filtered_big_list_reads_the_same_rows_by_a_scan_or_by_the_index(
    listed: Cache, way: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if way == "index":
        monkeypatch.setattr(keyset, "_scan_first", lambda _query: False)
    else:
        monkeypatch.setattr(keyset, "SCAN_BUDGET", 10**9)
    query = _query("total", descending=False, text="client 1")
    ids = _ids(listed, query)  # the id list: the index drives it
    loaded = load_list(listed, SPEC, query, None, (), (), ids_limit=20, window=20)
    assert loaded.ids is None and loaded.count == len(ids) > 60
    anchor = (0, loaded.first[0][1])
    with listed.reading() as session:
        for first in range(0, len(ids), 20):
            size = min(20, len(ids) - first)
            block = read_block(session.connection(), SPEC, query, first, size, len(ids), anchor)
            assert block is not None and [row.record_id for row, _ in block] == ids[first:][:20]


def test_a_new_query_of_a_big_list_shows_its_first_rows_before_the_count(
    listed: Cache,
) -> None:
    query = _query("total", descending=False)
    probe = probe_list(listed, SPEC, query, 20)
    assert probe is not None and probe.ids is None and probe.count == 20
    assert [row.record_id for row, _key in probe.first] == _ids(listed, query)[:20]
    few = probe_list(listed, SPEC, _query("total", text="client 12"), 20)
    assert few is not None and few.ids == _ids(listed, _query("total", text="client 12"))


def test_a_file_gets_plain_amounts_and_the_servers_codes_in_chunks(listed: Cache) -> None:
    columns = [SPEC.column_index(k) for k in ("number", "type", "total")]
    chunks: list[list[list[str]]] = []

    def deliver(rows: list[list[str]]) -> bool:
        chunks.append(rows)
        return True

    listed.upsert("invoices", [invoice(1, total="1234567.50")])
    query = _query("number", descending=False)
    count = export_rows(listed, SPEC, query, columns, deliver, chunk=128)
    assert count == 300 and [len(c) for c in chunks] == [128, 128, 44]
    assert chunks[0][0] == ["INV-2026-00001", "out_invoice", "1234567.50"]

    refused: list[list[list[str]]] = []

    def file_failed(rows: list[list[str]]) -> bool:
        refused.append(rows)
        return False

    assert export_rows(listed, SPEC, query, columns, file_failed, chunk=128) == 0
    assert len(refused) == 1  # the file failed: nothing more is read
