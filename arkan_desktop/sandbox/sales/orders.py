"""Sales orders: server-side totals, the draft → confirmed lifecycle, cancelling.

An order promises goods to a client; it moves no stock itself. Deliveries made from it
(`deliveries.delivery_from_order`) ship the goods and invoices made from it
(`billing.invoice_from_order`) bill them; the order keeps count of both per line
(`quantityDelivered`, `quantityReturned`, `quantityInvoiced`). The endpoints and the
demo seeder share these functions; `at` is a historical timestamp for seeded records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from arkan_desktop.sandbox import clock
from arkan_desktop.sandbox.accounting.invoices import (
    INCOTERMS,
    company_profile,
    invoice_totals,
    lookup_partner,
    price_text,
)
from arkan_desktop.sandbox.accounting.ledger import company_currency
from arkan_desktop.sandbox.errors import ApiError
from arkan_desktop.sandbox.inventory.operations import day_of, finish
from arkan_desktop.sandbox.inventory.purchasing import warehouses
from arkan_desktop.sandbox.money import ZERO, money, qty, round_money
from arkan_desktop.sandbox.sales import deliveries
from arkan_desktop.sandbox.sales.order_state import refresh
from arkan_desktop.sandbox.unit_of_work import UnitOfWork, new_id

HUNDRED = Decimal(100)
ORDER_STATES = ("draft", "confirmed", "cancelled")


@dataclass(frozen=True)
class SaleLine:
    """A line to put on an order; None takes the product's price, tax rate or name."""

    product: dict[str, Any]
    quantity: Decimal
    unit_price: Decimal | None = None
    discount_percent: Decimal = ZERO
    tax_rate: Decimal | None = None
    description: str | None = None


# --- what an order refers to -------------------------------------------------------------


def require_client(uow: UnitOfWork, client_id: str | None) -> dict[str, Any]:
    return lookup_partner(
        uow, "client", client_id, "partnerId", "sales orders are made out to clients"
    )


def require_warehouse(uow: UnitOfWork, warehouse_id: str | None) -> dict[str, Any]:
    """The warehouse an order ships from: the one named, else the company's first."""
    if warehouse_id:
        found = uow.get("warehouse", warehouse_id)
        if found is None:
            raise ApiError.field(
                "warehouseId", f"{warehouse_id} is not a warehouse of this company"
            )
        return found
    every = warehouses(uow)
    if not every:
        raise ApiError.field("warehouseId", "the company has no warehouse yet")
    return every[0]


def require_sellable(uow: UnitOfWork, product_id: str, field: str) -> dict[str, Any]:
    """Any product of the company: services are sold too (invoiced, never delivered)."""
    product = uow.get("product", product_id)
    if product is None or not product.get("isActive", True):
        raise ApiError.field(field, f"{product_id} is not a product of this company")
    return product


def require_order(uow: UnitOfWork, order_id: str) -> dict[str, Any]:
    return uow.require("sales_order", order_id, "Sales order")


def require_state(order: dict[str, Any], allowed: Sequence[str], action: str) -> None:
    """409 naming the order and its state unless it is in one of `allowed`."""
    if order["state"] not in allowed:
        wanted = " or ".join(allowed)
        raise ApiError(
            409,
            f"Sales order {order['number']} is {order['state']}; "
            f"only {wanted} orders can be {action}",
        )


# --- lines and totals --------------------------------------------------------------------


def order_lines(uow: UnitOfWork, lines: Sequence[SaleLine], currency: str) -> list[dict[str, Any]]:
    """Priced lines with tax rounded half-up per line (as invoices do); errors name the line."""
    if not lines:
        raise ApiError.field("lines", "an order needs at least one line")
    default_rate = Decimal(str(company_profile(uow).get("defaultTaxRate") or 0))
    out = []
    for i, line in enumerate(lines):
        product = line.product
        if line.quantity <= 0:
            raise ApiError.field(f"lines[{i}].quantity", "must be greater than zero")
        price = line.unit_price
        if price is None:
            price = Decimal(product.get("salePrice") or 0)
        if price < 0:
            raise ApiError.field(f"lines[{i}].unitPrice", "cannot be negative")
        if not ZERO <= line.discount_percent <= HUNDRED:
            raise ApiError.field(f"lines[{i}].discountPercent", "must be between 0 and 100")
        rate = line.tax_rate
        if rate is None:
            raw = product.get("taxRate")
            rate = Decimal(str(raw)) if raw is not None else default_rate
        if not ZERO <= rate <= HUNDRED:
            raise ApiError.field(f"lines[{i}].taxRate", "must be a percentage from 0 to 100")
        net = round_money(
            line.quantity * price * (HUNDRED - line.discount_percent) / HUNDRED, currency
        )
        tax = round_money(net * rate / HUNDRED, currency)
        out.append(
            {
                "id": new_id(),
                "productId": product["id"],
                "productType": product.get("type", "storable"),
                "sku": product["sku"],
                "description": (line.description or product["name"]).strip(),
                "quantity": qty(line.quantity),
                "uom": product.get("uom", "unit"),
                "unitPrice": price_text(price, currency),
                "discountPercent": qty(line.discount_percent),
                "taxRate": qty(rate),
                "subtotal": money(net, currency),
                "taxAmount": money(tax, currency),
                "total": money(net + tax, currency),
                "quantityDelivered": "0",
                "quantityReturned": "0",
                "quantityInvoiced": "0",
            }
        )
    return out


def _check_dates(day: str, expected: str | None) -> None:
    if expected and expected < day:
        raise ApiError.field("expectedDate", f"cannot be before the order date {day}")


def _check_incoterm(incoterm: str | None) -> str | None:
    code = (incoterm or "").strip().upper() or None
    if code and code not in INCOTERMS:
        raise ApiError.field("incoterm", f"must be an Incoterms 2020 rule: {', '.join(INCOTERMS)}")
    return code


# --- lifecycle ---------------------------------------------------------------------------


def create_order(
    uow: UnitOfWork,
    *,
    client: dict[str, Any],
    warehouse: dict[str, Any],
    lines: Sequence[SaleLine],
    date: str | None = None,
    expected_date: str | None = None,
    currency: str | None = None,
    incoterm: str | None = None,
    reference: str = "",
    notes: str = "",
    at: str | None = None,
) -> dict[str, Any]:
    """A draft sales order with its number and totals."""
    own = company_currency(uow)
    if currency and currency.upper() != own:
        raise ApiError.field("currency", f"must be the company currency ({own})")
    day = date or day_of(at)
    _check_dates(day, expected_date)
    priced = order_lines(uow, lines, own)
    order: dict[str, Any] = {
        "number": uow.next_number("sales_order", "SO", day[:4]),
        "date": day,
        "expectedDate": expected_date or _default_expected(day),
        "state": "draft",
        "partnerId": client["id"],
        "partnerName": client["name"],
        "currency": own,
        "warehouseId": warehouse["id"],
        "warehouseCode": warehouse["code"],
        "incoterm": _check_incoterm(incoterm),
        "reference": reference,
        "notes": notes,
        "lines": priced,
        **invoice_totals(priced, own),
        "deliveryState": "not_delivered",
        "invoiceState": "not_invoiced",
        "deliveryIds": [],
        "invoiceIds": [],
        "returnIds": [],
        "confirmedAt": None,
        "cancelledAt": None,
    }
    refresh(order)
    return uow.add("sales_order", order, created_at=at)


def _default_expected(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=3)).isoformat()


def update_order(
    uow: UnitOfWork,
    order: dict[str, Any],
    changes: dict[str, Any],
    lines: Sequence[SaleLine] | None = None,
) -> dict[str, Any]:
    """Change a draft: any of partner, warehouse, dates, incoterm, texts, and all its lines."""
    require_state(order, ("draft",), "changed")
    if "partnerId" in changes:
        client = require_client(uow, changes["partnerId"])
        order["partnerId"], order["partnerName"] = client["id"], client["name"]
    if "warehouseId" in changes:
        warehouse = require_warehouse(uow, changes["warehouseId"])
        order["warehouseId"], order["warehouseCode"] = warehouse["id"], warehouse["code"]
    for name in ("date", "expectedDate"):
        if changes.get(name):
            order[name] = changes[name]
    _check_dates(order["date"], order["expectedDate"])
    if "incoterm" in changes:
        order["incoterm"] = _check_incoterm(changes["incoterm"])
    for name in ("reference", "notes"):
        if name in changes:
            order[name] = changes[name] or ""
    if lines is not None:
        order["lines"] = order_lines(uow, lines, order["currency"])
        order.update(invoice_totals(order["lines"], order["currency"]))
        refresh(order)
    return uow.save("sales_order", order, "sales_order.updated")


def confirm_order(uow: UnitOfWork, order: dict[str, Any], at: str | None = None) -> dict[str, Any]:
    """Draft → confirmed: the client has the promise; deliveries and invoices can follow."""
    require_state(order, ("draft",), "confirmed")
    order["state"] = "confirmed"
    order["confirmedAt"] = at or clock.now_iso()
    return finish(uow, "sales_order", order, at, "sales_order.confirmed")


def cancel_order(uow: UnitOfWork, order: dict[str, Any], at: str | None = None) -> dict[str, Any]:
    """Cancel an order nothing has been delivered or invoiced on; its open deliveries too."""
    require_state(order, ("draft", "confirmed"), "cancelled")
    delivered = [x for x in order["lines"] if Decimal(x["quantityDelivered"]) > 0]
    if delivered:
        raise ApiError(
            409,
            f"Sales order {order['number']} has goods delivered ({delivered[0]['sku']}); "
            "an order with deliveries done cannot be cancelled",
        )
    if any(Decimal(x["quantityInvoiced"]) > 0 for x in order["lines"]):
        raise ApiError(
            409,
            f"Sales order {order['number']} has been invoiced; "
            "cancel its invoices first, then the order",
        )
    for delivery_id in order["deliveryIds"]:
        delivery = uow.get("delivery", delivery_id)
        if delivery is not None and delivery["state"] in deliveries.OPEN_STATES:
            deliveries.cancel_delivery(uow, delivery, at=at)
    order["state"] = "cancelled"
    order["cancelledAt"] = at or clock.now_iso()
    return finish(uow, "sales_order", order, at, "sales_order.cancelled")
