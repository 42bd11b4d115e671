"""Commands the Arvalox way: what is translated, what is a no-op, what is refused."""

from __future__ import annotations

import pytest

from arkan_desktop.api.arvalox_commands import ArvaloxWrite, arvalox_request, lookup_field
from arkan_desktop.api.errors import ApiError
from arkan_desktop.domain.commands import Command
from arkan_desktop.sync.commands.customers import create_customer, update_customer

REFERENCE = "0b5e6c1e-0000-4000-8000-000000000001"


def test_a_new_customer_and_a_change_become_arvalox_requests() -> None:
    created = arvalox_request(
        create_customer({"name": "Gulf Shade", "taxId": "TRN-1"}).entry.command
    )
    assert (created.method, created.path) == ("POST", "/customers/")
    assert created.body is not None and created.body["tax_id"] == "TRN-1"
    assert created.body["customer_code"].startswith("D-")
    changed = update_customer({"id": "7", "name": "Cedar", "phone": "1"}, {"phone": "2"})
    sent = arvalox_request(changed.entry.command)
    assert (sent.method, sent.path, sent.body) == ("PUT", "/customers/7", {"phone": "2"})


def test_posting_sends_nothing_and_answers_the_record() -> None:
    assert arvalox_request(Command("invoices", "post", "12")) == ArvaloxWrite(
        "invoices", None, "", record_id="12"
    )


def test_an_arkan_client_is_an_arvalox_customer() -> None:
    assert arvalox_request(Command("clients", "create", None, {"name": "x"})).path == "/customers/"


@pytest.mark.parametrize(
    ("command", "status", "message"),
    [
        (
            Command("invoices", "cancel", "12", {"reason": "x"}),
            405,
            "An Arvalox server cannot do this (cancel invoices)",
        ),
        (Command("stock_moves", "scrap", None, {}), 405, "cannot do this (scrap stock moves)"),
        (
            Command("payments", "create", None, {"allocations": [{}, {}]}),
            422,
            "record one payment per invoice",
        ),
    ],
)
def test_what_arvalox_cannot_do_is_refused_in_words(
    command: Command, status: int, message: str
) -> None:
    with pytest.raises(ApiError) as refused:
        arvalox_request(command)
    assert refused.value.is_rejection and refused.value.status == status
    assert message in refused.value.message


def test_a_create_is_looked_up_by_the_number_its_reference_made() -> None:
    assert lookup_field("invoices", REFERENCE) == ("invoice_number", "DSK-0B5E6C1E00")
    assert lookup_field("payments", REFERENCE) == ("reference_number", REFERENCE)
    assert lookup_field("customers", REFERENCE) == ("customer_code", "D-0B5E6C1E00")
