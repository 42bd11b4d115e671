"""The books' side of a reconciliation: open items from records, splitting a line over
the items chosen, and what a match, a write-off and an unmatch do to a statement."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.domain.bank.books import (
    BookItem,
    MatchProblem,
    allocate,
    bank_items,
    invoice_item,
)
from arkan_desktop.domain.bank.open_items import ItemKind
from arkan_desktop.domain.bank.reconciliation import (
    WriteOffProblem,
    balances,
    cleared,
    invoice_paid,
    matched,
    open_lines,
    unmatched,
    write_off_problem,
    written_off,
)

BANK = "acc-bank"
D = Decimal


def entry(*lines: dict[str, Any], state: str = "posted", source: str = "") -> dict[str, Any]:
    return {"id": "je1", "number": "JE-1", "date": "2026-11-20", "state": state,
            "currency": "AED", "sourceType": source, "lines": list(lines)}  # fmt: skip


def statement(*amounts: str, limit: str = "100.00") -> dict[str, Any]:
    return {
        "id": "st1", "number": "BST-1", "currency": "AED", "openingBalance": "1000.00",
        "closingBalance": str(D("1000.00") + sum(D(a) for a in amounts)),
        "writeOffLimit": limit, "writeOffAccountCode": "6800",
        "lines": [
            {"id": f"l{n}", "sequence": n, "date": "2026-11-21", "amount": a,
             "amountResidual": a, "state": "unmatched", "matches": [], "memo": f"line {n}"}
            for n, a in enumerate(amounts, start=1)
        ],
    }  # fmt: skip


def items_of(*amounts: str) -> list[BookItem]:
    found = []
    for n, amount in enumerate(amounts):
        signed = D(amount)
        line = {"id": f"x{n}", "accountId": BANK, "debit": str(max(signed, 0)),
                "credit": str(max(-signed, 0))}  # fmt: skip
        found += bank_items({**entry(line), "id": f"je{n}"}, BANK)
    return found


def test_a_bank_item_is_open_for_what_is_not_reconciled_yet() -> None:
    bank = {"id": "x1", "accountId": BANK, "debit": "0", "credit": "500.00",
            "reconciledAmount": "200.00"}  # fmt: skip
    other = {"id": "x2", "accountId": "acc-expense", "debit": "500.00", "credit": "0"}
    [found] = bank_items(entry(bank, other), BANK)
    assert found.item.amount == D("-300.00") and found.item.kind is ItemKind.JOURNAL_ITEM
    assert found.target.request(D("300.00")) == {
        "journalItemId": "x1",
        "journalEntryId": "je1",
        "amount": "300.00",
    }
    payment = {"id": "p1", "number": "PAY-1", "partnerName": "Acme", "date": "2026-11-19"}
    [as_payment] = bank_items(entry(bank, other), BANK, payment)
    assert as_payment.item.kind is ItemKind.PAYMENT and as_payment.item.partner == "Acme"
    assert as_payment.target.request(None) == {"paymentId": "p1"}
    done = {**bank, "reconciledAmount": "500.00", "reconciled": True}
    assert (
        bank_items(entry(done), BANK) == [] and bank_items(entry(bank, state="draft"), BANK) == []
    )


def test_open_invoices_and_bills_are_items_signed_as_the_bank_sees_them() -> None:
    invoice = {"id": "i1", "type": "out_invoice", "state": "posted", "amountDue": "210.00",
               "number": "INV-1", "date": "2026-11-01"}  # fmt: skip
    found = invoice_item(invoice)
    assert found is not None and found.item.amount == D("210.00")
    bill = invoice_item({**invoice, "type": "in_invoice"})
    assert bill is not None and bill.item.amount == D("-210.00")
    assert invoice_item({**invoice, "amountDue": "0"}) is None
    assert invoice_item({**invoice, "type": "out_refund"}) is None


def test_a_line_is_split_over_the_items_chosen() -> None:
    two = items_of("300.00", "200.00")
    many = allocate(D("500.00"), two, D(5))
    assert [s.amount for s in many.shares] == [D("300.00"), D("200.00")] and many.left == 0
    part = allocate(D("120.00"), items_of("500.00"), D(5))
    assert [s.amount for s in part.shares] == [D("120.00")]  # part of the item
    short = allocate(D("497.00"), items_of("500.00"), D(5))
    assert short.shares[0].amount == D("500.00") and short.left == D("-3.00")  # write it off
    under = allocate(D("800.00"), two, D(5))
    assert under.left == D("300.00")  # the line stays partly matched
    assert allocate(D("-500.00"), two, D(5)).problem is MatchProblem.WRONG_DIRECTION
    assert allocate(D("100.00"), two, D(5)).problem is MatchProblem.TOO_MANY_ITEMS
    assert allocate(D("100.00"), [], D(5)).problem is MatchProblem.NOTHING_CHOSEN


def test_a_match_a_write_off_and_an_unmatch_as_the_server_will_answer_them() -> None:
    st = statement("1044.75", "-35.00")
    [payment] = items_of("1050.00")
    shares = [(payment.target, "PAY-1", D("1050.00"))]
    after = matched(st, "l1", shares, "2026-11-22T10:00:00.000000Z")
    line = after["lines"][0]
    assert (line["state"], line["amountResidual"]) == ("partial", "-5.25")
    assert write_off_problem(after, "l1") is None
    done = written_off(after, "l1", None, "2026-11-22T10:00:01.000000Z")
    assert done["lines"][0]["state"] == "reconciled" and done["reconciledCount"] == 1
    assert balances(done).reconciled == D("2044.75")
    fee = written_off(done, "l2", None, "2026-11-22T10:00:02.000000Z")
    assert fee["state"] == "reconciled" and balances(fee).difference == 0
    assert fee["reconciledBalance"] == fee["closingBalance"]
    assert [x.id for x in open_lines(done)] == ["l2"]
    back = unmatched(fee, "l1")
    assert back["lines"][0]["state"] == "unmatched" and back["state"] == "open"
    assert write_off_problem(statement("-250.00"), "l1") is WriteOffProblem.OVER_LIMIT
    assert write_off_problem(fee, "l1") is WriteOffProblem.NOTHING_LEFT


def test_the_items_a_match_settles_show_as_settled() -> None:
    item = {"id": "x1", "accountId": BANK, "debit": "100.00", "credit": "0"}
    half = cleared(entry(item), "x1", D("40.00"), "l1")
    assert half["lines"][0]["reconciledAmount"] == "40.00" and not half["lines"][0]["reconciled"]
    whole = cleared(half, "x1", D("60.00"), "l2")
    assert whole["lines"][0]["reconciled"] and whole["lines"][0]["statementLineIds"] == ["l1", "l2"]
    undone = cleared(whole, "x1", D("-60.00"), "l2")
    assert undone["lines"][0]["statementLineIds"] == ["l1"]
    paid = invoice_paid({"amountDue": "210.00", "currency": "AED"}, D("210.00"))
    assert (paid["amountDue"], paid["paymentState"]) == ("0.00", "paid")
