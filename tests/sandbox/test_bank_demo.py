"""The demo statements, reconciled end to end: every line matched, balances that agree."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tests.sandbox.conftest import COMPANY_2, Api
from tests.sandbox.test_bank_reconciliation import (
    STATEMENTS,
    WRITE_OFF,
    bank_item,
    match,
    trial_balance_holds,
)
from tests.sandbox.test_invoices import by_code, entries_for


def _demo(books: Api, suffix: str) -> dict[str, Any]:
    return next(s for s in books.all(STATEMENTS) if s["reference"].endswith(suffix))


def _payments_by_line(books: Api) -> dict[tuple[str, str], dict[str, Any]]:
    """Posted payments by what a bank line shows of them: reference and counterparty."""
    return {
        (p["reference"], p["partnerName"].upper()): p
        for p in books.all("/accounting/payments", state="posted")
    }


def _key(line: dict[str, Any]) -> tuple[str, str]:
    return line["reference"], line["counterparty"]


def test_the_first_demo_statement_reconciles_end_to_end(books: Api) -> None:
    st = _demo(books, "-A")
    assert st["state"] == "open" and st["lineCount"] >= 8
    payments = _payments_by_line(books)
    entries_before = books.ok(books.get("/accounting/journal-entries", limit=1))["meta"]["total"]
    for line in st["lines"]:
        books.ok(match(books, line, {"paymentId": payments[_key(line)]["id"]}))
    done = books.ok(books.get(f"{STATEMENTS}/{st['id']}"))
    assert done["state"] == "reconciled" and done["reconciledCount"] == done["lineCount"]
    assert done["reconciledBalance"] == done["closingBalance"] and done["difference"] == "0.00"
    assert books.ok(books.get("/accounting/journal-entries", limit=1))["meta"]["total"] == (
        entries_before
    )  # the payments were already booked
    for line in done["lines"]:
        payment = payments[_key(line)]
        assert bank_item(books, payment)["reconciled"] is True
        assert Decimal(line["amount"]) == Decimal(payment["amount"]) * (
            1 if payment["type"] == "inbound" else -1
        )
    assert trial_balance_holds(books)
    assert books.ok(books.get("/accounting/reports/balance-sheet"))["balanced"] is True


def test_the_second_demo_statement_needs_write_offs_and_leaves_a_deposit(books: Api) -> None:
    st = _demo(books, "-B")
    payments = _payments_by_line(books)
    for line in st["lines"]:
        payment = payments.get(_key(line))
        if payment is not None:
            books.ok(match(books, line, {"paymentId": payment["id"]}))
        short = payment is not None and abs(Decimal(line["amount"])) != Decimal(payment["amount"])
        if line["reference"] == "FEE" or short:
            books.ok(books.post(WRITE_OFF, {"statementLineId": line["id"]}))
    done = books.ok(books.get(f"{STATEMENTS}/{st['id']}"))
    open_lines = [x for x in done["lines"] if x["state"] != "reconciled"]
    assert [x["memo"] for x in open_lines] == ["CASH DEPOSIT MACHINE BRANCH 014"]
    assert done["difference"] == open_lines[0]["amount"] == "12500.00"
    write_offs = entries_for(books, st["number"])
    assert len(write_offs) == 2  # the short receipt's fee and the account fee
    assert sorted(by_code(e)["6800"][0] for e in write_offs) == [Decimal("5.25"), Decimal("35.00")]
    assert trial_balance_holds(books)


def test_the_kuwait_company_has_its_own_statements_and_assets_in_kwd(books: Api) -> None:
    kuwait = Api(books.server, "accountant@demo.local", COMPANY_2)
    try:
        statements = kuwait.all(STATEMENTS)
        assets = kuwait.all("/accounting/assets")
        vendor = kuwait.ok(kuwait.get("/inventory/vendors", limit=1))["data"][0]
        details = kuwait.ok(kuwait.get(f"/accounting/batch-payment/bank-details/{vendor['id']}"))
    finally:
        kuwait.close()
    assert len(statements) == 2 and {s["currency"] for s in statements} == {"KWD"}
    for st in statements:
        lines = sum(Decimal(x["amount"]) for x in st["lines"])
        assert Decimal(st["openingBalance"]) + lines == Decimal(st["closingBalance"])
        assert len(st["closingBalance"].split(".")[1]) == 3
    assert len(assets) == 4 and {a["currency"] for a in assets} == {"KWD"}
    assert details["iban"].startswith("KW") and len(details["iban"]) == 30
