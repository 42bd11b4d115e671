"""One customer payment spread over open invoices, in Decimal: oldest first, and checked."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.payments import (
    AllocationRefusal,
    OpenInvoice,
    auto_allocate,
    check_plan,
    oldest_first,
)

D = Decimal


def _invoice(key: str, due: str, open_amount: str) -> OpenInvoice:
    return OpenInvoice(key, f"INV-{key}", due, due, "AED", D(open_amount), D(open_amount))


INVOICES = [_invoice("b", "2026-02-01", "210.00"), _invoice("a", "2026-01-01", "105.00"),
            _invoice("c", "2026-03-01", "315.10")]  # fmt: skip


def test_auto_allocation_settles_the_oldest_first_exactly() -> None:
    assert [i.id for i in oldest_first(INVOICES)] == ["a", "b", "c"]
    assert [i.id for i in oldest_first(INVOICES, "c")] == ["c", "a", "b"]
    assert auto_allocate(D("400.00"), INVOICES) == {"a": D("105.00"), "b": D("210.00"),
                                                    "c": D("85.00")}  # fmt: skip
    assert auto_allocate(D("0.30"), INVOICES, "c") == {"a": 0, "b": 0, "c": D("0.30")}
    everything = auto_allocate(D("1000"), INVOICES)
    assert sum(everything.values()) == D("630.10")  # never more than is open


def test_a_plan_is_checked_against_open_amounts_and_the_payment() -> None:
    assert check_plan(D("400"), INVOICES, auto_allocate(D("400"), INVOICES), "AED") == []
    over = check_plan(D("400"), INVOICES, {"a": D("105.01")}, "AED")
    assert [(p.invoice_id, p.kind) for p in over] == [("a", AllocationRefusal.OVER_OPEN)]
    too_much = check_plan(D("100"), INVOICES, {"a": D("60"), "b": D("50")}, "AED")
    assert [(p.invoice_id, p.kind) for p in too_much] == [("", AllocationRefusal.OVER_PAYMENT)]
    [decimals] = check_plan(D("100"), INVOICES, {"a": D("1.005")}, "AED")
    assert decimals.kind is AllocationRefusal.DECIMALS


def test_a_negative_share_is_refused() -> None:
    [problem] = check_plan(D("10"), INVOICES, {"b": D("-1")}, "AED")
    assert (problem.invoice_id, problem.kind) == ("b", AllocationRefusal.NEGATIVE)
