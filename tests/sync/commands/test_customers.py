"""Customer writes as outbox entries: what a new customer and a change send."""

from __future__ import annotations

from arkan_desktop.sync.commands.customers import create_customer, update_customer


def test_a_new_customer_carries_its_reference_and_shows_at_once() -> None:
    write = create_customer({"name": "Gulf Shade", "email": "", "paymentTerms": 30})
    body = write.entry.body
    assert (write.entry.resource, write.entry.action) == ("customers", "create")
    assert write.entry.command.record_id is None
    assert body["reference"] == write.entry.id and "email" not in body  # empty: not sent
    record = write.effect["customers"][0]
    assert record["id"] == write.entry.temp_id and record["name"] == "Gulf Shade"


def test_a_change_sends_only_what_differs() -> None:
    current = {"id": "7", "name": "Cedar", "email": "a@b.example", "taxId": None, "phone": "1"}
    fields = {"name": "Cedar", "email": "a@b.example", "taxId": "", "phone": "2"}
    write = update_customer(current, fields)
    assert (write.entry.action, write.entry.command.record_id) == ("update", "7")
    assert write.entry.body == {"phone": "2"}
    assert write.entry.records == {"customers": ["7"]}
    assert write.effect["customers"][0]["phone"] == "2"
