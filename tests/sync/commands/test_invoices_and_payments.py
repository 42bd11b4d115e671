"""Invoice and payment writes as queued: complete (the dates the user saw), and refused
before they are queued when the server would not keep them as meant (issue 15)."""

from __future__ import annotations

import pytest

from arkan_desktop.api.write_rules import WriteRefused, WriteRules
from arkan_desktop.sync.commands.invoices import create_invoice
from arkan_desktop.sync.commands.payments import record_payment
from arkan_desktop.sync.commands.wire import today

NO_TAX = WriteRules(stores_invoice_tax=False, unit_price_decimals=2)


def draft(**line: str) -> dict[str, object]:
    return {
        "partnerId": "7",
        "lines": [{"description": "Work", "quantity": "2", "unitPrice": "150", **line}],
    }


def test_an_invoice_carries_the_dates_the_user_saw() -> None:
    undated = create_invoice(draft(), "USD")
    assert undated.entry.command.payload["date"] == today()
    assert undated.entry.command.payload["dueDate"] == today()
    dated = create_invoice({**draft(), "date": "2026-01-05"}, "USD")
    assert dated.entry.command.payload["dueDate"] == "2026-01-05"
    [shown] = dated.effect["invoices"]
    assert (shown["date"], shown["dueDate"]) == ("2026-01-05", "2026-01-05")


def test_an_invoice_the_server_would_not_keep_is_never_queued() -> None:
    with pytest.raises(WriteRefused) as taxed:
        create_invoice(draft(taxRate="5"), "USD", rules=NO_TAX)
    assert taxed.value.field_errors[0].field == "lines[0].taxRate"
    with pytest.raises(WriteRefused, match="at most 2 decimals"):
        create_invoice(draft(unitPrice="0.125"), "USD", rules=NO_TAX)
    assert create_invoice(draft(taxRate="5"), "USD").entry.command.payload["lines"]  # elsewhere
    assert create_invoice(draft(taxRate="0"), "USD", rules=NO_TAX).entry.command.creates


def test_an_invoice_for_a_suspended_or_inactive_customer_is_refused() -> None:
    for status in ("suspended", "inactive"):
        with pytest.raises(WriteRefused) as refused:
            create_invoice(draft(), "USD", customer={"id": "7", "status": status})
        assert refused.value.message == f"This customer is {status}"
        assert refused.value.field_errors[0].field == "partnerId"
    create_invoice(draft(), "USD", customer={"id": "7", "status": "active"})


def test_a_payment_carries_its_date_and_a_method_the_server_takes() -> None:
    written = record_payment({"partnerId": "7", "amount": "10"}, "USD")
    assert written.entry.command.payload["date"] == today()
    assert written.entry.command.payload["method"] == "bank"
    rules = WriteRules(payment_methods=frozenset({"bank", "cash"}))
    with pytest.raises(WriteRefused, match="does not record cheque payments"):
        record_payment({"partnerId": "7", "amount": "10", "method": "cheque"}, "USD", rules=rules)
