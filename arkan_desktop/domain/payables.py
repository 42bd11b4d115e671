"""Vendor bills: what may be done to one, and the three-way match of a bill made from a
purchase order.

A bill (`in_invoice`) is posted from a draft, paid while it is posted with something due,
and cancelled with a vendor credit note (`in_refund`) like a customer invoice: the rules
are domain.invoices' read for the vendor side. The three-way match sets, per order line,
what was ordered, what was received and what other bills of the order (not cancelled)
already bill, against what this bill bills: billing more than was received and not yet
billed is refused; goods still to come, a line left partly unbilled and a price other
than the order's are flagged. Each rule answers with an enum; the window words it. Pure.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.invoices import (
    INVOICE,
    CancelRefusal,
    PaymentRefusal,
    cancel_refusal,
    kind_of,
    payment_refusal,
)
from arkan_desktop.domain.money import MoneyError, to_decimal

BILL, VENDOR_CREDIT = "in_invoice", "in_refund"
VENDOR_TYPES = (BILL, VENDOR_CREDIT)
BILLABLE_ORDER_STATES = ("partially_received", "received")
ZERO = Decimal(0)


def is_vendor_document(record: Mapping[str, Any]) -> bool:
    return record.get("type") in VENDOR_TYPES


def _as_invoice(bill: Mapping[str, Any]) -> dict[str, Any]:
    """The bill read by the customer-invoice rules, which are the same for this side."""
    return {**bill, "type": INVOICE}


def bill_cancel_refusal(bill: Mapping[str, Any]) -> CancelRefusal | None:
    """Why this bill cannot be cancelled with a vendor credit note (None if it can)."""
    kind = kind_of(bill)
    if kind == VENDOR_CREDIT:
        return CancelRefusal.CREDIT_NOTE
    if kind != BILL:
        return CancelRefusal.NOT_A_CUSTOMER_INVOICE
    return cancel_refusal(_as_invoice(bill))


def bill_payment_refusal(bill: Mapping[str, Any], currency: str) -> PaymentRefusal | None:
    """Why this bill cannot be paid now in `currency` (None if it can)."""
    if kind_of(bill) != BILL:
        return PaymentRefusal.NOT_OPEN
    return payment_refusal(_as_invoice(bill), currency)


# --- the three-way match ---------------------------------------------------------------


def _number(value: object) -> Decimal:
    try:
        return to_decimal(value if value is not None else 0, "quantity")
    except MoneyError:
        return ZERO


@dataclass(frozen=True)
class OrderLineMatch:
    """One purchase order line: ordered, received, and billed by other bills of the order."""

    line_id: str
    product_id: str
    sku: str
    description: str
    ordered: Decimal
    received: Decimal
    billed: Decimal
    unit_price: Decimal  # the order's
    tax_rate: Decimal

    @property
    def billable(self) -> Decimal:
        """What was received and no bill bills yet: the most this bill may bill."""
        return max(self.received - self.billed, ZERO)


def billed_quantities(
    order_id: str, bills: Iterable[Mapping[str, Any]], excluding: str | None = None
) -> dict[str, Decimal]:
    """Per order line id, what the order's bills that are not cancelled bill (leaving out
    the bill `excluding`: the one being corrected)."""
    out: dict[str, Decimal] = {}
    for bill in bills:
        if (
            bill.get("purchaseOrderId") != order_id
            or kind_of(bill) != BILL
            or bill.get("state") == "cancelled"
            or (excluding is not None and bill.get("id") == excluding)
        ):
            continue
        for line in bill.get("lines") or []:
            key = str(line.get("purchaseOrderLineId") or "")
            if key:
                out[key] = out.get(key, ZERO) + _number(line.get("quantity"))
    return out


def order_match(
    order: Mapping[str, Any], bills: Iterable[Mapping[str, Any]], excluding: str | None = None
) -> list[OrderLineMatch]:
    """The order's lines with what was received and what its other bills already bill."""
    billed = billed_quantities(str(order.get("id")), bills, excluding)
    return [
        OrderLineMatch(
            line_id=str(line.get("id") or ""),
            product_id=str(line.get("productId") or ""),
            sku=str(line.get("sku") or ""),
            description=str(line.get("productName") or line.get("description") or ""),
            ordered=_number(line.get("quantity")),
            received=_number(line.get("quantityReceived")),
            billed=billed.get(str(line.get("id") or ""), ZERO),
            unit_price=_number(line.get("unitPrice")),
            tax_rate=_number(line.get("taxRate")),
        )
        for line in order.get("lines") or []
    ]


class OrderRefusal(enum.Enum):
    """Why no bill can be made from this purchase order now."""

    NOTHING_RECEIVED = "nothing_received"  # not (partly) received yet
    ALL_BILLED = "all_billed"  # every received unit is billed already


def order_bill_refusal(
    order: Mapping[str, Any], matches: Iterable[OrderLineMatch]
) -> OrderRefusal | None:
    if order.get("state") not in BILLABLE_ORDER_STATES:
        return OrderRefusal.NOTHING_RECEIVED
    if all(m.billable <= 0 for m in matches):
        return OrderRefusal.ALL_BILLED
    return None


class MatchFlag(enum.Enum):
    """What differs between ordered, received and billed on one line."""

    OVER_RECEIVED = "over_received"  # bills more than was received and not yet billed
    NOT_ALL_RECEIVED = "not_all_received"  # goods still to come on the order
    PART_BILLED = "part_billed"  # received goods this bill leaves unbilled
    PRICE_DIFFERS = "price_differs"  # a unit price other than the order's


def quantity_refused(match: OrderLineMatch, quantity: Decimal) -> bool:
    """Billing more than was received and not yet billed is refused."""
    return quantity > match.billable


def line_flags(
    match: OrderLineMatch, quantity: Decimal | None, unit_price: Decimal | None
) -> list[MatchFlag]:
    """The differences on a line billing `quantity` at `unit_price` (None: not a number yet)."""
    flags = []
    if quantity is not None and quantity_refused(match, quantity):
        flags.append(MatchFlag.OVER_RECEIVED)
    if match.received < match.ordered:
        flags.append(MatchFlag.NOT_ALL_RECEIVED)
    if quantity is not None and quantity < match.billable:
        flags.append(MatchFlag.PART_BILLED)
    if unit_price is not None and unit_price != match.unit_price:
        flags.append(MatchFlag.PRICE_DIFFERS)
    return flags
