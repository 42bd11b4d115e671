"""Spreading one customer payment over their open invoices, in Decimal, and checking it.

Pure: the payment dialog's table model keeps the shares, these functions decide them.
Auto-allocation settles the oldest invoice first (by due date, then date, then number);
an invoice the user started from can go first. A plan is valid when every share is
between zero and what is open on its invoice, has no more decimals than the currency,
and the shares together do not exceed the payment; what is left is unallocated.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import MoneyError, to_decimal, to_minor

ZERO = Decimal(0)


@dataclass(frozen=True)
class OpenInvoice:
    id: str
    number: str
    date: str
    due_date: str
    currency: str
    total: Decimal
    open: Decimal  # what is still due on it

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> OpenInvoice:
        total = to_decimal(record.get("total") or 0)
        return cls(
            id=str(record["id"]),
            number=str(record.get("number") or ""),
            date=str(record.get("date") or ""),
            due_date=str(record.get("dueDate") or record.get("date") or ""),
            currency=str(record.get("currency") or ""),
            total=total,
            open=to_decimal(record.get("amountDue") if record.get("amountDue") is not None
                            else total),
        )  # fmt: skip


def oldest_first(invoices: Sequence[OpenInvoice], first: str | None = None) -> list[OpenInvoice]:
    """The order auto-allocation settles invoices in; `first` (an id) goes before the rest."""
    ordered = sorted(invoices, key=lambda i: (i.due_date, i.date, i.number))
    return sorted(ordered, key=lambda i: i.id != first) if first else ordered


def auto_allocate(
    amount: Decimal, invoices: Sequence[OpenInvoice], first: str | None = None
) -> dict[str, Decimal]:
    """Each invoice's share of `amount`, settling them in `oldest_first` order."""
    left = max(amount, ZERO)
    shares = {invoice.id: ZERO for invoice in invoices}
    for invoice in oldest_first(invoices, first):
        share = min(left, max(invoice.open, ZERO))
        shares[invoice.id] = share
        left -= share
    return shares


def allocated(shares: dict[str, Decimal]) -> Decimal:
    return sum(shares.values(), ZERO)


class AllocationRefusal(enum.StrEnum):
    """What is wrong with one share, or with the whole plan (the dialog puts it in words)."""

    DECIMALS = "decimals"  # more decimals than the currency has
    NEGATIVE = "negative"
    OVER_OPEN = "over_open"  # more than is open on the invoice
    OVER_PAYMENT = "over_payment"  # the shares together exceed the payment


@dataclass(frozen=True)
class AllocationProblem:
    invoice_id: str  # "" when the problem is the whole plan
    kind: AllocationRefusal


def check_plan(
    amount: Decimal,
    invoices: Sequence[OpenInvoice],
    shares: dict[str, Decimal],
    currency: str,
) -> list[AllocationProblem]:
    """What is wrong with a plan (the dialog puts it in words)."""
    problems = []
    for invoice in invoices:
        share = shares.get(invoice.id, ZERO)
        try:
            to_minor(share, currency)
        except MoneyError:
            problems.append(AllocationProblem(invoice.id, AllocationRefusal.DECIMALS))
            continue
        if share < 0:
            problems.append(AllocationProblem(invoice.id, AllocationRefusal.NEGATIVE))
        elif share > invoice.open:
            problems.append(AllocationProblem(invoice.id, AllocationRefusal.OVER_OPEN))
    if allocated(shares) > amount:
        problems.append(AllocationProblem("", AllocationRefusal.OVER_PAYMENT))
    return problems
