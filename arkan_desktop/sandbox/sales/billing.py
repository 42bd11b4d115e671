"""Billing a sales order: its invoice, and the cost of goods sold of each delivery.

An invoice made from an order (`salesOrderId` on it) bills goods and services only; it
moves no stock and books no cost when posted, because the order's deliveries have done
both. Invoices made directly (not from an order) keep doing it themselves.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox.accounting.invoices import create_invoice, post_invoice
from arkan_desktop.sandbox.accounting.ledger import COGS, INVENTORY, company_currency, create_entry
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import finish
from arkan_desktop.sandbox.money import ZERO, money, qty, round_money
from arkan_desktop.sandbox.sales.order_state import count_invoiced, is_goods
from arkan_desktop.sandbox.unit_of_work import UnitOfWork

POLICIES = ("delivered", "ordered")


def _returned(line: dict[str, Any]) -> Decimal:
    return Decimal(line.get("quantityReturned") or 0)


def to_invoice(line: dict[str, Any], policy: str) -> Decimal:
    """What is left to bill on an order line: goods as delivered (or ordered), less returns."""
    if is_goods(line) and policy == "delivered":
        base = Decimal(line["quantityDelivered"])
    else:
        base = Decimal(line["quantity"])
    return max(ZERO, base - _returned(line) - Decimal(line["quantityInvoiced"]))


def invoice_from_order(
    uow: UnitOfWork,
    order: dict[str, Any],
    *,
    policy: str = "delivered",
    date: str | None = None,
    due_date: str | None = None,
    reference: str = "",
    post: bool = False,
    at: str | None = None,
) -> dict[str, Any]:
    """A customer invoice for what the order has not billed yet (a draft unless `post`)."""
    if policy not in POLICIES:
        raise ApiError.field("policy", "must be delivered or ordered")
    if order["state"] != "confirmed":
        raise ApiError(
            409,
            f"Sales order {order['number']} is {order['state']}; "
            "only confirmed orders can be invoiced",
        )
    billed = [(line, to_invoice(line, policy)) for line in order["lines"]]
    billed = [(line, quantity) for line, quantity in billed if quantity > 0]
    if not billed:
        hint = (
            "nothing delivered is left unbilled (bill by ordered quantities with policy ordered)"
            if policy == "delivered"
            else "every line is invoiced already"
        )
        raise ApiError(409, f"Sales order {order['number']} has nothing to invoice: {hint}")
    invoice = create_invoice(
        uow,
        {
            "type": "out_invoice",
            "partnerId": order["partnerId"],
            "date": date,
            "dueDate": due_date,
            "incoterm": order.get("incoterm"),
            "reference": reference or order["reference"] or order["number"],
            "notes": f"Sales order {order['number']}",
            "lines": [
                {
                    "productId": line["productId"],
                    "description": line["description"],
                    "quantity": quantity,
                    "unitPrice": line["unitPrice"],
                    "discountPercent": line["discountPercent"],
                    "taxRate": line["taxRate"],
                }
                for line, quantity in billed
            ],
        },
        created_at=at,
    )
    invoice["salesOrderId"] = order["id"]
    invoice["salesOrderNumber"] = order["number"]
    for invoice_line, (order_line, _) in zip(invoice["lines"], billed, strict=True):
        invoice_line["orderLineId"] = order_line["id"]
    count_invoiced(uow, invoice, 1, "sales_order.invoiced", at=at)
    if post:
        post_invoice(uow, invoice, at=at)
    return invoice


def cost_of_sales(
    uow: UnitOfWork, delivery: dict[str, Any], at: str | None = None
) -> dict[str, Any] | None:
    """The delivery's Dr 5000 / Cr 1300 entry at cost: booked once, then the same entry."""
    if delivery.get("cogsEntryId"):
        return uow.get("journal_entry", delivery["cogsEntryId"])
    if delivery["state"] != "delivered":
        raise ApiError(
            409,
            f"Delivery {delivery['number']} is {delivery['state']}; "
            "cost of goods sold is booked once the goods are delivered",
        )
    currency = company_currency(uow)
    debits = []
    total = ZERO
    for line in delivery["lines"]:
        product = uow.get("product", line["productId"])
        delivered = Decimal(line["deliveredQuantity"])
        cost = Decimal(product.get("cost") or 0) if product else ZERO
        value = round_money(cost * delivered, currency)
        line["costAmount"] = money(value, currency)
        if value > 0:
            total += value
            debits.append(
                {
                    "accountCode": COGS,
                    "debit": value,
                    "description": f"{line['sku']} x {qty(delivered)}",
                }
            )
    delivery["costTotal"] = money(total, currency)
    if total <= 0:
        finish(uow, "delivery", delivery, at, "delivery.cost_booked")
        return None
    entry = create_entry(
        uow,
        lines=[
            *debits,
            {
                "accountCode": INVENTORY,
                "credit": total,
                "description": f"Goods delivered on {delivery['number']}",
            },
        ],
        date=(delivery.get("deliveredAt") or at or "")[:10] or None,
        memo=f"Cost of goods sold for {delivery['number']} ({delivery['orderNumber']})",
        reference=delivery["number"],
        source_type="delivery",
        source_id=delivery["id"],
        post=True,
        created_at=at,
    )
    delivery["cogsEntryId"] = entry["id"]
    finish(uow, "delivery", delivery, at, "delivery.cost_booked")
    return entry


def billing_summary(uow: UnitOfWork, order: dict[str, Any]) -> dict[str, Any]:
    """Ordered, delivered, returned and invoiced per line, and the order's invoices."""
    currency = order["currency"]
    lines = []
    to_bill = ZERO
    for line in order["lines"]:
        left = to_invoice(line, "delivered")
        net = Decimal(line["subtotal"]) * left / Decimal(line["quantity"])
        to_bill += round_money(net, currency)
        lines.append(
            {
                "orderLineId": line["id"],
                "productId": line["productId"],
                "sku": line["sku"],
                "quantity": line["quantity"],
                "quantityDelivered": line["quantityDelivered"],
                "quantityReturned": line.get("quantityReturned") or "0",
                "quantityInvoiced": line["quantityInvoiced"],
                "quantityToInvoice": qty(left),
            }
        )
    invoices = []
    invoiced = ZERO
    for invoice_id in order["invoiceIds"]:
        invoice = uow.get("invoice", invoice_id)
        if invoice is None:
            continue
        if invoice["state"] != "cancelled":
            invoiced += Decimal(invoice["total"])
        invoices.append(
            {
                key: invoice[key]
                for key in ("id", "number", "state", "date", "total", "amountDue", "paymentState")
            }
        )
    return {
        "orderId": order["id"],
        "number": order["number"],
        "currency": currency,
        "state": order["state"],
        "deliveryState": order["deliveryState"],
        "invoiceState": order["invoiceState"],
        "total": order["total"],
        "invoicedTotal": money(invoiced, currency),
        "toInvoiceSubtotal": money(to_bill, currency),
        "lines": lines,
        "invoices": invoices,
    }
