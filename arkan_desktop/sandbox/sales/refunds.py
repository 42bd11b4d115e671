"""Refunding a received return: a credit note on the invoice that billed the goods.

The finance desk refunds; the return then says so (`refunded`, `refundState`). Goods that
came back before their order billed them need no refund (`quantityToRefund` 0).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import finish
from arkan_desktop.sandbox.money import ZERO
from arkan_desktop.sandbox.sales.credit_notes import credit_returned_goods
from arkan_desktop.sandbox.sales.returns import require_state
from arkan_desktop.sandbox.unit_of_work import UnitOfWork


def _invoice_to_credit(
    uow: UnitOfWork, record: dict[str, Any], invoice_id: str | None
) -> dict[str, Any]:
    wanted = invoice_id or record["invoiceId"]
    if wanted:
        return uow.require("invoice", wanted, "Invoice")
    order = uow.get("sales_order", record["orderId"]) if record["orderId"] else None
    found = [
        invoice
        for invoice in (uow.get("invoice", i) for i in (order or {}).get("invoiceIds", ()))
        if invoice is not None and invoice["state"] in ("posted", "paid")
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ApiError(
            409,
            f"Return {record['number']}: nothing posted was invoiced for these goods, so there "
            "is nothing to refund (the order will not bill goods that came back)",
        )
    raise ApiError.field(
        "invoiceId",
        f"{record['orderNumber']} has {len(found)} invoices; name the one to credit",
    )


def refund_return(
    uow: UnitOfWork, record: dict[str, Any], invoice_id: str | None = None, at: str | None = None
) -> dict[str, Any]:
    """Credit the returned goods on their invoice; the return is then `refunded`."""
    if record["refunded"]:
        raise ApiError(
            409, f"Return {record['number']} is already refunded ({record['creditNoteNumber']})"
        )
    require_state(record, "received", "refunded")
    items: dict[str, Decimal] = {}
    for line in record["lines"]:
        owed = Decimal(line.get("quantityToRefund") or line["quantity"])
        if owed > 0:
            items[line["productId"]] = items.get(line["productId"], ZERO) + owed
    if not items:
        raise ApiError(
            409,
            f"Return {record['number']}: the goods came back before they were invoiced, so "
            "there is nothing to refund (the order will not bill them)",
        )
    invoice = _invoice_to_credit(uow, record, invoice_id)
    note = credit_returned_goods(uow, invoice, list(items.items()), origin=record, at=at)
    record.update(
        {
            "refunded": True,
            "refundState": "refunded",
            "invoiceId": invoice["id"],
            "invoiceNumber": invoice["number"],
            "creditNoteId": note["id"],
            "creditNoteNumber": note["number"],
            "refundedAt": at or clock.now_iso(),
        }
    )
    return finish(uow, "sales_return", record, at, "sales_return.refunded")
