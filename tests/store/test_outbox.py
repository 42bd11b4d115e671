"""The outbox: order, dependencies, temp ids, retries and keys, discards, held records."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.domain.commands import Command
from arkan_desktop.store import Cache, OutboxEntry, OutboxStateError, RecordError, new_temp_id
from arkan_desktop.store.models.outbox import CONFLICT, DISCARDED, PENDING, REJECTED, SENT
from arkan_desktop.sync.commands.descriptions import describe
from tests.store.conftest import Clock, invoice, payment, uid


def move(n: int, **extra: Any) -> OutboxEntry:
    """An unrelated write: a scanned stock move."""
    return OutboxEntry(
        Command("stock_moves", "create", None, {"productId": uid(n), "quantity": "1"}),
        describe("stock.move", quantity=1, sku=f"SKU-{n}"),
        **extra,
    )


def create_invoice(cache: Cache, temp_id: str) -> tuple[str, dict[str, Any]]:
    local = invoice(1, id=temp_id, number=None, state="draft")
    row = cache.enqueue(
        OutboxEntry(
            Command(
                "invoices",
                "create",
                None,
                {"partnerId": local["partnerId"], "lines": local["lines"]},
            ),
            describe("invoice.create_for", partner="Lagoon", amount="1,050.00", currency="AED"),
            temp_id=temp_id,
        ),
        {"invoices": [local]},
    )
    return row.id, local


def send(cache: Cache, response: Any = None) -> str:
    row = cache.next_sendable()
    assert row is not None
    cache.mark_in_flight(row)
    cache.mark_sent(row, response)
    return row.id


def test_rows_go_in_order_one_at_a_time(cache: Cache) -> None:
    rows = [cache.enqueue(move(n)) for n in range(3)]
    assert [r.seq for r in rows] == [1, 2, 3]
    assert rows[0].idempotency_key == rows[0].id
    first = cache.next_sendable()
    assert first is not None and first.id == rows[0].id
    cache.mark_in_flight(first)
    second = cache.next_sendable()
    assert second is not None and second.id == rows[1].id
    cache.mark_sent(first, None)
    assert [send(cache), send(cache)] == [rows[1].id, rows[2].id]
    assert cache.next_sendable() is None
    assert [r.status for r in cache.outbox_rows()] == [SENT] * 3


def test_a_row_waiting_to_retry_lets_later_rows_go(cache: Cache, clock: Clock) -> None:
    a, b = cache.enqueue(move(1)), cache.enqueue(move(2))
    cache.mark_in_flight(a)
    cache.mark_retry(a, "timeout", clock.now + timedelta(seconds=30))
    nxt = cache.next_sendable()
    assert nxt is not None and nxt.id == b.id
    clock.now += timedelta(seconds=31)
    nxt = cache.next_sendable()
    assert nxt is not None and nxt.id == a.id
    row = cache.outbox_row(a.id)
    assert row is not None and row.last_error == "timeout" and row.attempts == 1
    assert row.idempotency_key == a.id


def test_dependent_row_waits_and_a_rejection_blocks_only_its_dependents(cache: Cache) -> None:
    temp = new_temp_id()
    create_id, _ = create_invoice(cache, temp)
    pay = cache.enqueue(
        OutboxEntry(
            Command(
                "payments",
                "create",
                None,
                {"amount": "1050.00", "allocations": [{"invoiceId": temp, "amount": "1050.00"}]},
            )
        )
    )
    unrelated = cache.enqueue(move(1))
    assert pay.dependency_ids() == [create_id]  # found through the temp id in the body
    first = cache.next_sendable()
    assert first is not None and first.id == create_id
    cache.mark_in_flight(first)
    nxt = cache.next_sendable()
    assert nxt is not None and nxt.id == unrelated.id  # not the payment: it waits
    cache.mark_rejected(
        first, 422, "Partner is blocked", [{"field": "partnerId", "message": "is blocked"}]
    )
    nxt = cache.next_sendable()
    assert nxt is not None and nxt.id == unrelated.id
    send(cache)
    assert cache.next_sendable() is None
    assert [r.id for r in cache.blocking_rows(pay.id)] == [create_id]
    rejected = cache.outbox_row(create_id)
    assert rejected is not None and rejected.status == REJECTED
    assert rejected.field_error_list() == [{"field": "partnerId", "message": "is blocked"}]
    assert cache.status()["outbox"] == {"pending": 1, "rejected": 1, "conflict": 0, "in_flight": 0}


def test_sent_row_rewrites_its_temp_id_in_later_rows_and_the_cache(cache: Cache) -> None:
    temp = new_temp_id()
    create_id, _ = create_invoice(cache, temp)
    local_payment = payment(1, temp, id=new_temp_id())
    pay = cache.enqueue(
        OutboxEntry(
            Command(
                "payments",
                "create",
                None,
                {"allocations": [{"invoiceId": temp, "amount": "1050.00"}]},
            ),
            describe("payment.create", amount="1,050.00", currency="AED"),
            temp_id=local_payment["id"],
        ),
        {"payments": [local_payment]},
    )
    post = cache.enqueue(
        OutboxEntry(Command("invoices", "post", temp), records={"invoices": [temp]})
    )
    server = invoice(7, state="draft")
    changes = cache.mark_sent(create_id, server)

    assert changes.resources["outbox"] >= {create_id, pay.id, post.id}
    later = {r.id: r for r in cache.outbox_rows(PENDING)}
    assert later[post.id].record_id == server["id"]
    assert later[pay.id].body_data()["allocations"][0]["invoiceId"] == server["id"]
    assert later[pay.id].idempotency_key == pay.id  # never sent: same key
    assert temp not in (later[pay.id].body or "")
    assert cache.get("invoices", temp) is None
    # the post row still holds the invoice: the optimistic version stays, renamed
    assert server["id"] in changes.deferred
    held = cache.get("invoices", server["id"])
    assert held is not None and held["state"] == "draft" and held["number"] is None
    stored_payment = cache.get("payments", local_payment["id"])
    assert stored_payment is not None
    assert stored_payment["allocations"][0]["invoiceId"] == server["id"]

    posted = {**server, "state": "posted", "updatedAt": "2026-11-21T11:00:00.000000Z"}
    nxt = cache.next_sendable()
    assert nxt is not None and nxt.id == pay.id
    cache.mark_in_flight(pay)
    cache.mark_sent(pay, payment(1, server["id"]))
    assert cache.get("payments", local_payment["id"]) is None
    assert send(cache, posted) == post.id
    assert cache.get("invoices", server["id"]) == posted


def test_pulls_do_not_overwrite_records_held_by_the_outbox(cache: Cache) -> None:
    server = invoice(1, state="draft")
    cache.upsert("invoices", [server])
    optimistic = {**server, "state": "posted"}
    row = cache.enqueue(
        OutboxEntry(Command("invoices", "post", server["id"])),
        {"invoices": [optimistic]},
    )
    pulled = {**server, "notes": "edited on the server", "updatedAt": "2026-11-21T12:00:00.000000Z"}
    changes = cache.upsert("invoices", [pulled, invoice(2)])
    assert changes.deferred == {server["id"]}
    assert changes.resources["invoices"] == {invoice(2)["id"]}
    held = cache.get("invoices", server["id"])
    assert held is not None and held["state"] == "posted"

    cache.mark_in_flight(row)
    accepted = {**pulled, "state": "posted", "updatedAt": "2026-11-21T12:01:00.000000Z"}
    changes = cache.mark_sent(row, accepted)
    assert cache.get("invoices", server["id"]) == accepted
    assert not changes.refetch
    # no longer held: the next pull writes it again, unless its page predates the answer
    assert cache.upsert("invoices", [pulled]).stale == {server["id"]}
    later = {**accepted, "notes": "edited again", "updatedAt": "2026-11-21T12:02:00.000000Z"}
    assert cache.upsert("invoices", [later]).resources == {"invoices": {server["id"]}}


def test_an_optimistic_side_effect_is_refetched_when_its_row_resolves(cache: Cache) -> None:
    target = invoice(1)
    cache.upsert("invoices", [target])
    row = cache.enqueue(
        OutboxEntry(Command("payments", "create", None, {"amount": "1550.00"})),
        {"invoices": [{**target, "amountDue": "0.00", "paymentState": "paid"}]},
    )
    cache.mark_in_flight(row)
    changes = cache.mark_sent(row, payment(1, target["id"], amount="1550.00"))
    assert changes.refetch == {"invoices": {target["id"]}}
    assert cache.get("payments", payment(1, target["id"])["id"]) is not None


def test_resume_in_flight_keeps_the_key(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    with Cache.open(path) as cache:
        row = cache.enqueue(move(1))
        cache.mark_in_flight(row)
        assert cache.next_sendable() is None
    with Cache.open(path) as cache:
        (resumed,) = cache.resume_in_flight()
        assert resumed.id == row.id and resumed.status == PENDING
        again = cache.next_sendable()
        assert again is not None
        assert again.idempotency_key == row.idempotency_key == row.id
        assert again.attempts == 1 and "may have reached" in (again.last_error or "")


def test_retry_keeps_the_key_unless_the_body_changes(cache: Cache) -> None:
    row = cache.enqueue(move(1))
    cache.mark_in_flight(row)
    cache.mark_rejected(row, 422, "Quantity exceeds stock", [])
    same = cache.retry(row.id)
    assert (same.status, same.idempotency_key, same.attempts) == (PENDING, row.id, 0)
    assert same.rejection_message is None
    cache.mark_in_flight(row)
    cache.mark_conflict(row, None, "Stock changed")
    edited = cache.retry(row.id, body={"productId": uid(1), "quantity": "0.5"})
    assert edited.id == row.id
    assert edited.idempotency_key not in (row.id, same.idempotency_key)
    assert edited.body_data() == {"productId": uid(1), "quantity": "0.5"}
    cache.mark_in_flight(edited)
    cache.mark_retry(edited, "connection reset")
    with pytest.raises(OutboxStateError, match="may already have reached"):
        cache.retry(row.id, body={"quantity": "2"})


def test_discard_undoes_an_offline_create(cache: Cache) -> None:
    temp = new_temp_id()
    create_id, _ = create_invoice(cache, temp)
    assert cache.get("invoices", temp) is not None
    changes = cache.discard(create_id)
    assert changes.resources["invoices"] == {temp}
    assert not changes.refetch
    assert cache.get("invoices", temp) is None
    (row,) = cache.outbox_rows()
    assert row.status == DISCARDED
    with pytest.raises(OutboxStateError):
        cache.discard(create_id)


def test_discard_restores_a_changed_record_and_asks_for_the_server_copy(cache: Cache) -> None:
    server = invoice(1, state="draft")
    cache.upsert("invoices", [server])
    first = cache.enqueue(
        OutboxEntry(Command("invoices", "post", "x")),
        {"invoices": [{**server, "state": "posted"}]},
    )
    second = cache.enqueue(
        OutboxEntry(Command("invoices", "cancel", "x")),
        {"invoices": [{**server, "state": "cancelled"}]},
    )
    assert not cache.discard(first.id).refetch  # the second row still holds it
    held = cache.get("invoices", server["id"])
    assert held is not None and held["state"] == "cancelled"
    cache.mark_in_flight(second)
    cache.mark_rejected(second, 400, "Cannot cancel", [])
    changes = cache.discard(second.id)
    assert changes.refetch == {"invoices": {server["id"]}}
    assert cache.get("invoices", server["id"]) == server


def test_discarding_a_conflict_shows_the_servers_record(cache: Cache) -> None:
    server = invoice(1, state="draft")
    cache.upsert("invoices", [server])
    row = cache.enqueue(
        OutboxEntry(Command("invoices", "post", "x")),
        {"invoices": [{**server, "state": "posted"}]},
    )
    current = {**server, "state": "cancelled", "updatedAt": "2026-11-21T13:00:00.000000Z"}
    cache.mark_in_flight(row)
    cache.mark_conflict(row, current, "The invoice changed")
    conflict = cache.outbox_row(row.id)
    assert conflict is not None and conflict.status == CONFLICT
    assert conflict.server_record_data() == current
    cache.discard(row.id)
    assert cache.get("invoices", server["id"]) == current


def test_states_are_checked_and_nothing_is_lost(cache: Cache) -> None:
    row = cache.enqueue(move(1))
    cache.mark_in_flight(row)
    with pytest.raises(OutboxStateError, match="in_flight; expected pending"):
        cache.mark_in_flight(row)
    with pytest.raises(OutboxStateError):
        cache.discard(row.id)
    cache.mark_sent(row, None)
    for change in (cache.mark_in_flight, lambda r: cache.mark_rejected(r, 400, "no")):
        with pytest.raises(OutboxStateError, match="is sent"):
            change(row)
    with pytest.raises(KeyError):
        cache.mark_in_flight("no-such-row")
    with pytest.raises(RecordError):
        cache.enqueue(move(3), {"invoices": [{"id": "x", "total": "lots"}]})
    assert [r.status for r in cache.outbox_rows()] == [SENT]
    with pytest.raises(ValueError, match="naive"):
        cache.next_sendable(datetime(2026, 11, 21, 10, 0))  # noqa: DTZ001


def test_a_stale_temp_id_is_resolved_when_queued(cache: Cache) -> None:
    temp = new_temp_id()
    create_id, _ = create_invoice(cache, temp)
    cache.mark_in_flight(create_id)
    cache.mark_sent(create_id, invoice(7))
    late = cache.enqueue(OutboxEntry(Command("invoices", "post", temp)))
    assert late.record_id == uid(7)
    assert late.dependency_ids() == []


def test_enqueue_reports_its_optimistic_changes_and_remove_spares_held_records(
    cache: Cache,
) -> None:
    server = invoice(1)
    cache.upsert("invoices", [server, invoice(2)])
    row, changes = cache.enqueue_with_changes(
        OutboxEntry(Command("invoices", "post", "x")),
        {"invoices": [{**server, "state": "posted"}]},
    )
    assert changes.resources == {"invoices": {server["id"]}, "outbox": {row.id}}
    removed = cache.remove("invoices", [server["id"], invoice(2)["id"]])
    assert removed.deferred == {server["id"]}
    assert removed.resources == {"invoices": {invoice(2)["id"]}}
    assert cache.ids("invoices") == {server["id"]}
