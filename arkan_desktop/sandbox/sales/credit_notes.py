"""Credit notes for returned goods: part of an invoice credited at its own prices.

The note (type `out_refund`, posted) books Dr 4200 Sales Returns and Dr 2200 VAT against
Cr 1200 Receivable. What the invoice still has due is settled by the note at once (the
note shows in the invoice's `payments` with `creditNoteId`); anything left over is the
client's to be refunded (`amountDue` on the note).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.invoices import (
    NOUN,
    credit_note_record,
    invoice_totals,
    settle,
)
from arkan_desktop.sandbox.accounting.ledger import (
    OUTPUT_VAT,
    RECEIVABLE,
    account,
    create_entry,
)
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.money import ZERO, money, qty, round_money
from arkan_desktop.sandbox.sales.order_state import count_invoiced
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

SALES_RETURNS = "4200"
HUNDRED = Decimal(100)


def require_creditable(invoice: dict[str, Any]) -> None:
    """409 unless the document is a posted customer invoice (paid or not)."""
    number = invoice["number"]
    if invoice["type"] != "out_invoice":
        raise ApiError(409, f"{NOUN[invoice['type']]} {number} is not a customer invoice")
    if invoice["state"] not in ("posted", "paid"):
        raise ApiError(
            409, f"Invoice {number} is {invoice['state']}; only posted invoices can be credited"
        )


def _credited_lines(
    uow: UnitOfWork, invoice: dict[str, Any], items: Sequence[tuple[str, Decimal]]
) -> list[dict[str, Any]]:
    currency = invoice["currency"]
    returns_account = account(uow, SALES_RETURNS)
    out = []
    for product_id, quantity in items:
        found = [x for x in invoice["lines"] if x.get("productId") == product_id]
        if not found:
            raise ApiError(409, f"Product {product_id} is not on invoice {invoice['number']}")
        line = found[0]
        invoiced = sum((Decimal(x["quantity"]) for x in found), ZERO)
        if quantity > invoiced:
            raise ApiError(
                409,
                f"Invoice {invoice['number']} billed {qty(invoiced)} of {line['sku']}; "
                f"cannot credit {qty(quantity)}",
            )
        price = Decimal(line["unitPrice"])
        discount = Decimal(line["discountPercent"])
        rate = Decimal(line["taxRate"])
        net = round_money(quantity * price * (HUNDRED - discount) / HUNDRED, currency)
        tax = round_money(net * rate / HUNDRED, currency)
        out.append(
            {
                **{k: line[k] for k in ("productId", "productType", "sku", "description", "uom")},
                "id": new_id(),
                "invoiceLineId": line["id"],
                "orderLineId": line.get("orderLineId"),
                "quantity": qty(quantity),
                "unitPrice": line["unitPrice"],
                "discountPercent": line["discountPercent"],
                "taxRate": line["taxRate"],
                "accountId": returns_account["id"],
                "accountCode": returns_account["code"],
                "subtotal": money(net, currency),
                "taxAmount": money(tax, currency),
                "total": money(net + tax, currency),
            }
        )
    return out


def credit_returned_goods(
    uow: UnitOfWork,
    invoice: dict[str, Any],
    items: Sequence[tuple[str, Decimal]],
    *,
    origin: dict[str, Any],
    at: str | None = None,
) -> dict[str, Any]:
    """A posted credit note for (product id, quantity) of an invoice, for return `origin`."""
    require_creditable(invoice)
    lines = _credited_lines(uow, invoice, items)
    totals = invoice_totals(lines, invoice["currency"])
    note = credit_note_record(
        uow,
        invoice,
        lines=lines,
        totals=totals,
        notes=f"Goods returned on {origin['number']} (invoice {invoice['number']})",
        settled=False,
        at=at,
    )
    note["returnId"] = origin["id"]
    note["salesOrderId"] = invoice.get("salesOrderId")
    note["salesOrderNumber"] = invoice.get("salesOrderNumber")
    day = note["date"]
    uow.add("invoice", note, created_at=at)
    net = Decimal(totals["subtotal"])
    tax = Decimal(totals["taxTotal"])
    entry_lines: list[dict[str, Any]] = [
        {"accountCode": SALES_RETURNS, "debit": net, "description": f"{note['number']} returns"}
    ]
    if tax:
        entry_lines.append(
            {"accountCode": OUTPUT_VAT, "debit": tax, "description": f"VAT on {note['number']}"}
        )
    entry_lines.append(
        {
            "accountCode": RECEIVABLE,
            "credit": net + tax,
            "partnerId": invoice["partnerId"],
            "description": f"{note['number']} {invoice['partnerName']}",
        }
    )
    if net + tax > 0:
        entry = create_entry(
            uow,
            lines=entry_lines,
            date=day,
            reference=note["number"],
            memo=f"Credit note {note['number']} for return {origin['number']}",
            source_type="invoice",
            source_id=note["id"],
            post=True,
            created_at=at,
        )
        note["journalEntryId"] = entry["id"]
    _settle_against(uow, invoice, note, at)
    if note["salesOrderId"]:
        count_invoiced(uow, note, -1, "sales_order.credited", at=at)
    uow.save("invoice", note, "invoice.credit_note_posted", at=at)
    return note


def _settle_against(
    uow: UnitOfWork, invoice: dict[str, Any], note: dict[str, Any], at: str | None
) -> None:
    """Let the note pay what the invoice still has due; the rest is owed to the client."""
    currency = invoice["currency"]
    applied = min(Decimal(invoice["amountDue"]), Decimal(note["total"]))
    if applied <= 0:
        return
    invoice["amountPaid"] = money(Decimal(invoice["amountPaid"]) + applied, currency)
    invoice["payments"].append(
        {
            "paymentId": None,
            "creditNoteId": note["id"],
            "number": note["number"],
            "date": note["date"],
            "amount": money(applied, currency),
        }
    )
    settle(invoice)
    uow.save("invoice", invoice, "invoice.credited", at=at)
    note["amountPaid"] = money(applied, currency)
    settle(note)
    note["state"] = "posted"
