"""What a server keeps of a write (issue 15): a draft it would not keep as meant is named
field by field, in the app's names, before it is queued."""

from __future__ import annotations

import pytest

from arkan_desktop.api.write_rules import (
    WriteRefused,
    WriteRules,
    check_customer,
    check_invoice,
    check_payment,
    invoice_problems,
)

OPEN_SOURCE = WriteRules(
    stores_invoice_tax=False,
    unit_price_decimals=2,
    quantity_decimals=2,
    payment_methods=frozenset({"bank", "cash", "card", "cheque", "online"}),
)


def line(**fields: str) -> dict[str, str]:
    return {"description": "Work", "quantity": "1", "unitPrice": "100", **fields}


def test_a_server_that_keeps_everything_refuses_nothing() -> None:
    lines = [line(taxRate="5", unitPrice="12.34567", quantity="0.125")]
    assert invoice_problems(lines, WriteRules()) == []
    check_payment("anything", WriteRules())
    check_customer(None)


@pytest.mark.parametrize(
    ("fields", "where", "message"),
    [
        ({"taxRate": "5"}, "lines[0].taxRate", "This server keeps no tax on invoices"),
        ({"unitPrice": "12.345"}, "lines[0].unitPrice", "at most 2 decimals (12.345)"),
        (
            {"unitPrice": "99.95", "discountPercent": "10"},
            "lines[0].unitPrice",
            "(89.955 after the discount)",
        ),
        ({"quantity": "2.125"}, "lines[0].quantity", "Quantities on this server have at most 2"),
    ],
)
def test_what_the_open_source_backend_would_not_keep(
    fields: dict[str, str], where: str, message: str
) -> None:
    with pytest.raises(WriteRefused) as refused:
        check_invoice([line(), line(**fields)][1:], OPEN_SOURCE)
    [problem] = refused.value.field_errors
    assert problem.field == where and message in problem.message
    rejection = refused.value.as_rejection()
    assert rejection.is_rejection and rejection.field_errors == refused.value.field_errors


def test_what_it_keeps_goes_through() -> None:
    kept = [
        line(taxRate="0", unitPrice="150.00", quantity="2.50"),
        line(unitPrice="100", discountPercent="10"),  # 90: fits
        line(unitPrice="1.5E+2"),
    ]
    check_invoice(kept, OPEN_SOURCE)


def test_a_taxed_invoice_is_refused_saying_why_and_where() -> None:
    with pytest.raises(WriteRefused) as refused:
        check_invoice([line(taxRate="5"), line(), line(taxRate="8")], OPEN_SOURCE)
    assert refused.value.message.startswith(
        "This server does not store tax on invoices, so this invoice would be kept without its tax"
    )
    assert [f.field for f in refused.value.field_errors] == ["lines[0].taxRate", "lines[2].taxRate"]


def test_payment_methods_and_customers_the_server_would_not_take() -> None:
    rules = WriteRules(payment_methods=frozenset({"cash", "bank"}))
    with pytest.raises(WriteRefused) as method:
        check_payment("card", rules)
    assert method.value.message == (
        "This server does not record card payments (only bank transfer, cash)"
    )
    for status in ("inactive", "suspended"):
        with pytest.raises(WriteRefused, match=f"This customer is {status}"):
            check_customer({"id": "7", "status": status})
    check_customer({"id": "7", "status": "active"})
