"""Where a sales order stands: how much is delivered and invoiced, line by line.

Kept apart from `orders` so that the invoice module (which knows nothing else of sales)
can count an invoice made from an order off it again when the invoice is cancelled.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.money import qty
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

GOODS = ("storable", "consumable")
DELIVERY_STATES = ("not_delivered", "partially_delivered", "delivered")
INVOICE_STATES = ("not_invoiced", "partially_invoiced", "invoiced")


def is_goods(line: dict[str, Any]) -> bool:
    """A line for something that is delivered (services are only invoiced)."""
    return line.get("productType") in GOODS


def _progress(reached: list[tuple[Decimal, Decimal]], words: tuple[str, str, str]) -> str:
    """Nothing, part or all: from (quantity reached, quantity wanted) per line."""
    none, part, full = words
    if not any(done > 0 for done, _ in reached):
        return none
    return full if all(done >= wanted for done, wanted in reached) else part


def refresh(order: dict[str, Any]) -> None:
    """deliveryState and invoiceState from the lines' delivered and invoiced quantities.

    Goods that came back on a return are not expected to be invoiced (or stay invoiced).
    """
    goods = [line for line in order["lines"] if is_goods(line)]
    order["deliveryState"] = (
        _progress(
            [(Decimal(x["quantityDelivered"]), Decimal(x["quantity"])) for x in goods],
            DELIVERY_STATES,
        )
        if goods
        else "nothing_to_deliver"
    )
    order["invoiceState"] = _progress(
        [
            (
                Decimal(x["quantityInvoiced"]),
                Decimal(x["quantity"]) - Decimal(x.get("quantityReturned") or 0),
            )
            for x in order["lines"]
        ],
        INVOICE_STATES,
    )


def count_invoiced(
    uow: UnitOfWork, document: dict[str, Any], sign: int, event: str, at: str | None = None
) -> None:
    """Add (sign 1) or take off (sign -1) a document's lines from its order's invoiced counts."""
    order = uow.get("sales_order", document.get("salesOrderId") or "")
    if order is None:
        return
    by_id = {line["id"]: line for line in order["lines"]}
    for line in document["lines"]:
        ordered = by_id.get(line.get("orderLineId") or "")
        if ordered is not None:
            change = sign * Decimal(line["quantity"])
            ordered["quantityInvoiced"] = qty(Decimal(ordered["quantityInvoiced"]) + change)
    if sign > 0 and document["type"] == "out_invoice" and document["id"] not in order["invoiceIds"]:
        order["invoiceIds"].append(document["id"])
    refresh(order)
    uow.save("sales_order", order, event, at=at)
