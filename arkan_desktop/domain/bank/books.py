"""What a statement line can be matched to in the books, and how much of each it takes.

The books' side of a reconciliation, read from records as the server sends them: every
posted journal item on the statement's bank account that is not fully reconciled (a
payment's bank item is offered as the payment), and open invoices and bills (matching
one books its payment). Each becomes an `OpenItem` for the matcher and a `Target` that
says what the server is asked to match. `allocate` splits a line over the items the user
chose (many-to-one, or part of one item) or says why it cannot, as a `MatchProblem`.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from arkan_desktop.domain.bank.open_items import ItemKind, OpenItem

ZERO = Decimal(0)
_INVOICE_SIGNS = {"out_invoice": 1, "in_invoice": -1}


def number(value: object) -> Decimal:
    """A wire amount as Decimal (0 for none or nonsense: a record the server sent)."""
    try:
        found = Decimal(str(value)) if value not in (None, "") else ZERO
    except (InvalidOperation, ValueError):
        return ZERO
    return found if found.is_finite() else ZERO


def day(value: object) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return dt.date.min


@dataclass(frozen=True)
class Target:
    """What the server is asked to match, as the match endpoint names it."""

    kind: ItemKind
    payment_id: str = ""
    invoice_id: str = ""
    journal_entry_id: str = ""
    journal_item_id: str = ""

    def request(self, amount: Decimal | None) -> dict[str, str]:
        """One entry of a match request's `matches` (amount: a magnitude, or the default)."""
        if self.kind is ItemKind.INVOICE:
            body = {"invoiceId": self.invoice_id}
        elif self.kind is ItemKind.PAYMENT:
            body = {"paymentId": self.payment_id}
        else:
            body = {"journalItemId": self.journal_item_id, "journalEntryId": self.journal_entry_id}
        if amount is not None:
            body["amount"] = str(amount)
        return body


@dataclass(frozen=True)
class BookItem:
    """An open item for the matcher, with what matching it asks of the server."""

    item: OpenItem
    target: Target

    @property
    def id(self) -> str:
        return self.item.id


def _signed(line: Mapping[str, Any]) -> Decimal:
    return number(line.get("debit")) - number(line.get("credit"))


def bank_items(
    entry: Mapping[str, Any],
    bank_account_id: str,
    payment: Mapping[str, Any] | None = None,
) -> list[BookItem]:
    """The open bank items of one posted journal entry (a payment's: as the payment)."""
    if entry.get("state") != "posted":
        return []
    found = []
    for line in entry.get("lines") or ():
        if not isinstance(line, Mapping) or line.get("accountId") != bank_account_id:
            continue
        signed = _signed(line)
        left = abs(signed) - number(line.get("reconciledAmount"))
        if signed == 0 or left <= 0 or line.get("reconciled") is True:
            continue
        amount = left if signed > 0 else -left
        entry_id, line_id = str(entry.get("id") or ""), str(line.get("id") or "")
        if payment is not None:
            item = OpenItem(
                id=f"payment:{payment.get('id')}:{line_id}",
                kind=ItemKind.PAYMENT,
                date=day(payment.get("date") or entry.get("date")),
                amount=amount,
                partner=str(payment.get("partnerName") or ""),
                number=str(payment.get("number") or ""),
                reference=str(payment.get("reference") or ""),
                memo=str(payment.get("memo") or ""),
            )
            target = Target(ItemKind.PAYMENT, str(payment.get("id")), "", entry_id, line_id)
        else:
            item = OpenItem(
                id=f"item:{entry_id}:{line_id}",
                kind=ItemKind.JOURNAL_ITEM,
                date=day(entry.get("date")),
                amount=amount,
                partner=str(line.get("partnerName") or ""),
                number=str(entry.get("number") or ""),
                reference=str(entry.get("reference") or ""),
                memo=str(line.get("description") or entry.get("memo") or ""),
            )
            target = Target(ItemKind.JOURNAL_ITEM, "", "", entry_id, line_id)
        found.append(BookItem(item, target))
    return found


def invoice_item(invoice: Mapping[str, Any]) -> BookItem | None:
    """An open posted invoice or bill (matching it books its payment); None otherwise."""
    sign = _INVOICE_SIGNS.get(str(invoice.get("type") or ""))
    due = number(invoice.get("amountDue"))
    if sign is None or invoice.get("state") != "posted" or due <= 0:
        return None
    invoice_id = str(invoice.get("id") or "")
    item = OpenItem(
        id=f"invoice:{invoice_id}",
        kind=ItemKind.INVOICE,
        date=day(invoice.get("date")),
        amount=due * sign,
        partner=str(invoice.get("partnerName") or ""),
        number=str(invoice.get("number") or ""),
        reference=str(invoice.get("reference") or ""),
    )
    return BookItem(item, Target(ItemKind.INVOICE, invoice_id=invoice_id))


class MatchProblem(Enum):
    NOTHING_CHOSEN = "nothing_chosen"
    LINE_DONE = "line_done"  # the line is reconciled already
    WRONG_DIRECTION = "wrong_direction"  # money in against money out
    TOO_MANY_ITEMS = "too_many_items"  # the line is used up before the last item


@dataclass(frozen=True)
class Share:
    """How much of one item a match takes (a magnitude)."""

    item: BookItem
    amount: Decimal


@dataclass(frozen=True)
class Allocation:
    shares: tuple[Share, ...] = ()
    problem: MatchProblem | None = None
    left: Decimal = ZERO  # what stays open on the line afterwards (signed like the line)


def allocate(residual: Decimal, chosen: Sequence[BookItem], limit: Decimal) -> Allocation:
    """Split what is open on a line over the chosen items, in the order chosen.

    Items that together come within `limit` of the line are taken whole (a difference
    then stays, to be written off, or the line stays partly matched); otherwise each
    takes what it has until the line is used up, and the last item only part of itself.
    """
    if not chosen:
        return Allocation(problem=MatchProblem.NOTHING_CHOSEN)
    if residual == 0:
        return Allocation(problem=MatchProblem.LINE_DONE)
    if any((b.item.amount > 0) != (residual > 0) for b in chosen):
        return Allocation(problem=MatchProblem.WRONG_DIRECTION)
    wanted = abs(residual)
    total = sum((abs(b.item.amount) for b in chosen), ZERO)
    sign = 1 if residual > 0 else -1
    if total <= wanted + limit:
        shares = tuple(Share(b, abs(b.item.amount)) for b in chosen)
        return Allocation(shares, left=(wanted - total) * sign)
    shares_list = []
    left = wanted
    for b in chosen:
        if left <= 0:
            return Allocation(problem=MatchProblem.TOO_MANY_ITEMS)
        open_amount = abs(b.item.amount)
        take = min(open_amount, left)
        shares_list.append(Share(b, take))
        left -= take
    return Allocation(tuple(shares_list), left=ZERO)
