"""A create refused as a duplicate may be this row's own earlier attempt (issue 15): the
sender looks the record up by the row's reference and settles the row as sent when it is
the same write, and only then. Against the published Arvalox sandbox (real HTTP): the
record is made on the server first, as an attempt whose answer was lost would have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from arkan_desktop.api.arvalox_bodies import derived_number
from arkan_desktop.api.errors import ApiError, ApiErrorKind, FieldError
from arkan_desktop.store.models.outbox import REJECTED, SENT
from arkan_desktop.sync.commands import invoices
from arkan_desktop.sync.outbox_sender import already_exists, same_write
from tests.arvalox.conftest import Truth, run, syncing
from tests.support.arvalox_flavours import start_deployment


@pytest.mark.parametrize(
    "error",
    [
        ApiError(ApiErrorKind.REJECTED, "Payment reference number already exists", status=400),
        ApiError(ApiErrorKind.CONFLICT, "A client with this reference already exists", status=409),
        ApiError(
            ApiErrorKind.REJECTED,
            "Validation failed",
            status=400,
            field_errors=[FieldError("customer_code", "Customer code D-1 is already used")],
        ),
        ApiError(ApiErrorKind.REJECTED, "Duplicate invoice number", status=422),
    ],
)
def test_the_forms_servers_refuse_a_duplicate_in(error: ApiError) -> None:
    assert already_exists(error)


def test_other_refusals_are_not_duplicates() -> None:
    assert not already_exists(ApiError(ApiErrorKind.REJECTED, "Customer not found", status=404))
    assert not already_exists(ApiError(ApiErrorKind.SERVER, "already exists", status=500))


def test_the_same_write_is_told_by_amount_invoice_and_customer() -> None:
    sent = {"partnerId": "4", "amount": "25.00", "allocations": [{"invoiceId": "9"}]}
    assert same_write(sent, {"amount": "25.0", "allocations": [{"invoiceId": "9"}]})
    assert not same_write(sent, {"amount": "26.00"})
    assert not same_write(sent, {"amount": "25", "allocations": [{"invoiceId": "10"}]})
    assert not same_write(sent, {"partnerId": "5"})


def test_a_duplicate_that_is_the_rows_own_write_is_settled_as_sent(tmp_path: Path) -> None:
    deployment = start_deployment(tmp_path / "server", "published")
    truth = Truth(deployment)
    customer, other = list(truth.all("customers").values())[:2]

    def made_before(reference: str, customer_id: Any) -> dict[str, Any]:
        """The invoice an earlier attempt of the row made (its answer lost)."""
        body = {
            "customer_id": customer_id,
            "invoice_number": derived_number("DSK", reference),
            "issue_date": "2026-01-05",
            "due_date": "2026-02-04",
            "items": [{"description": "Work", "quantity": "1", "unit_price": "100"}],
        }
        return truth.ok(truth.http.post("/invoices/", json=body))  # type: ignore[no-any-return]

    mine = made_before("row-aaaaaaaaaa-1", customer["id"])
    taken = made_before("row-bbbbbbbbbb-2", other["id"])

    async def body() -> list[Any]:
        async with syncing(deployment, tmp_path) as service:
            rows = []
            for reference, partner in (
                ("row-aaaaaaaaaa-1", customer),
                ("row-bbbbbbbbbb-2", customer),  # someone else's invoice has that number
            ):
                draft = {
                    "partnerId": str(partner["id"]),
                    "date": "2026-01-05",
                    "reference": reference,
                    "lines": [{"description": "Work", "quantity": "1", "unitPrice": "100"}],
                }
                write = invoices.create_invoice(draft, "USD")
                rows.append(await service.queue(write.entry, write.effect))
            await service.send_outbox()
            return [await service.outbox_row(row.id) for row in rows]

    try:
        settled, refused = run(body(), timeout=60)
        assert (settled.status, settled.server_id) == (SENT, str(mine["id"]))
        assert refused.status == REJECTED and "already exists" in str(refused.field_error_list())
        numbers = [i["invoice_number"] for i in truth.all("invoices").values()]
        assert numbers.count(mine["invoice_number"]) == 1  # nothing made twice
        assert numbers.count(taken["invoice_number"]) == 1
    finally:
        truth.close()
        deployment.stop()
