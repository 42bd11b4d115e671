"""What the company owes its vendors: the bills list's rows and totals, open bills, aged
payables, what a new bill can name, and the purchase orders bills are made from.

"Open vendor payable" is one condition, `open_vendor_payable()`: a posted bill (not a
vendor credit note) with something still due. Aged payables, a vendor payment's bills
and the drill-down from a vendor read through it. Everything is read from the cache, so
it works offline; the three-way match is `domain.payables`', fed the cached order and
the cached bills of that order (those queued on this computer included).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select

from arkan_desktop.domain.money import MoneyError, from_minor, to_decimal
from arkan_desktop.domain.payables import (
    BILL,
    BILLABLE_ORDER_STATES,
    VENDOR_CREDIT,
    VENDOR_TYPES,
    OrderLineMatch,
    order_match,
)
from arkan_desktop.domain.payments import OpenInvoice
from arkan_desktop.domain.receivables import AgedReport, build_report
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Account, Invoice, Partner, PurchaseOrder
from arkan_desktop.store.models import Product as ProductRow
from arkan_desktop.store.partners import VENDOR_ROLES
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.queries.invoices import Client, CurrencyTotal, Product
from arkan_desktop.store.queries.ledger import AccountChoice
from arkan_desktop.store.records import load_json

# Accounts a bill line may book to: expenses, and what is bought to keep (stock, fixed
# assets, prepayments).
_KEPT_SUBTYPES = ("inventory", "fixed", "current")
_SIGNED_TOTAL = case(
    (Invoice.type == VENDOR_CREDIT, -Invoice.total_minor), else_=Invoice.total_minor
)
# What is due counts posted bills only: a draft owes nothing until it is posted.
_DUE = case((Invoice.state == "posted", Invoice.amount_due_minor), else_=0)


def vendor_documents(state: str = "", partner_id: str = "") -> list[Condition]:
    """The bills list's conditions: bills and vendor credits, in a state, of a vendor."""
    conditions: list[Condition] = [Invoice.type.in_(VENDOR_TYPES)]
    if state:
        conditions.append(Invoice.state == state)
    if partner_id:
        conditions.append(Invoice.partner_id == partner_id)
    return conditions


def totals(cache: Cache, condition: Condition) -> list[CurrencyTotal]:
    """Per currency: how many documents match, their total (credits negative) and what is
    due on the posted ones."""
    statement = (
        select(
            Invoice.currency,
            func.count(),
            func.coalesce(func.sum(_SIGNED_TOTAL), 0),
            func.coalesce(func.sum(_DUE), 0),
        )
        .where(condition)
        .group_by(Invoice.currency)
    )
    with cache.reading() as session:
        found = [
            (str(c), int(n or 0), int(t or 0), int(d or 0))
            for c, n, t, d in session.execute(statement)
        ]
    return [CurrencyTotal(c, n, from_minor(t, c), from_minor(d, c)) for c, n, t, d in found]


def open_vendor_payable() -> ColumnElement[bool]:
    """A posted bill (not a vendor credit) with an amount still due."""
    return and_(Invoice.type == BILL, Invoice.state == "posted", Invoice.amount_due_minor > 0)


def aged_payables(cache: Cache, as_of: date) -> AgedReport:
    """Every open bill dated by `as_of`, by vendor and lateness."""
    statement = select(
        Invoice.currency,
        Invoice.partner_id,
        Invoice.partner_name,
        Invoice.due_date,
        Invoice.date,
        Invoice.amount_due_minor,
    ).where(open_vendor_payable(), Invoice.date <= as_of.isoformat())
    with cache.reading() as session:
        found = list(session.execute(statement))
    return build_report(as_of, found)


def open_bills(cache: Cache, partner_id: str, currency: str | None = None) -> list[OpenInvoice]:
    """A vendor's open bills (in `currency`, when given), oldest due first."""
    conditions = [open_vendor_payable(), Invoice.partner_id == partner_id]
    if currency:
        conditions.append(Invoice.currency == currency)
    statement = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.date,
            Invoice.due_date,
            Invoice.currency,
            Invoice.total_minor,
            Invoice.amount_due_minor,
        )
        .where(*conditions)
        .order_by(Invoice.due_date, Invoice.date, Invoice.number)
    )
    with cache.reading() as session:
        return [
            OpenInvoice(
                str(i),
                str(n or ""),
                str(d or ""),
                str(dd or d or ""),
                str(c),
                from_minor(int(t or 0), str(c)),
                from_minor(int(due or 0), str(c)),
            )
            for i, n, d, dd, c, t, due in session.execute(statement)
        ]


def vendor_name(cache: Cache, partner_id: str) -> str:
    """A vendor's name ("" when it is not cached)."""
    statement = select(Partner.name).where(Partner.id == partner_id, Partner.role.in_(VENDOR_ROLES))
    with cache.reading() as session:
        return str(session.scalar(statement) or "")


# --- what a new bill names --------------------------------------------------------------


@dataclass
class BillChoices:
    vendors: list[Client] = field(default_factory=list)  # with their payment terms
    products: list[Product] = field(default_factory=list)  # priced at their cost
    accounts: list[AccountChoice] = field(default_factory=list)


def _terms(record: dict[str, Any]) -> int:
    terms = record.get("paymentTermsDays")
    return terms if isinstance(terms, int) and not isinstance(terms, bool) else 0


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _amount(value: object) -> Decimal:
    try:
        return to_decimal(value if value is not None else 0)
    except MoneyError:
        return Decimal(0)


def bill_choices(cache: Cache) -> BillChoices:
    out = BillChoices()
    vendors = select(Partner.id, Partner.name, Partner.raw).where(Partner.role.in_(VENDOR_ROLES))
    products = select(ProductRow.id, ProductRow.sku, ProductRow.name, ProductRow.raw)
    accounts = select(Account.id, Account.code, Account.name, Account.type, Account.raw)
    with cache.reading() as session:
        for record_id, name, raw in session.execute(vendors.order_by(Partner.name)):
            record = load_json(raw) if raw else {}
            if record.get("isActive") is not False:
                out.vendors.append(Client(str(record_id), str(name or record_id), _terms(record)))
        for record_id, sku, name, raw in session.execute(products.order_by(ProductRow.sku)):
            record = load_json(raw) if raw else {}
            if record.get("isActive") is False:
                continue
            rate = record.get("taxRate")
            out.products.append(
                Product(
                    str(record_id),
                    str(sku or ""),
                    str(name or ""),
                    _text(record.get("cost")),
                    _text(rate),
                )
            )
        for record_id, code, name, kind, raw in session.execute(accounts.order_by(Account.code)):
            record = load_json(raw) if raw else {}
            kept = kind == "asset" and record.get("subtype") in _KEPT_SUBTYPES
            if record.get("isActive") is not False and (kind == "expense" or kept):
                out.accounts.append(
                    AccountChoice(str(record_id), code or "", name or "", kind or "")
                )
    return out


# --- bills from purchase orders ---------------------------------------------------------


@dataclass(frozen=True)
class OrderToBill:
    """A received purchase order with something still to bill."""

    id: str
    number: str
    vendor_id: str
    vendor_name: str
    date: str
    state: str
    currency: str
    total: Decimal


def _order_bills(session: Any, order_ids: Iterable[str]) -> list[dict[str, Any]]:
    order = func.json_extract(Invoice.raw, "$.purchaseOrderId")
    query = select(Invoice.raw).where(Invoice.type == BILL, order.in_(list(order_ids)))
    return [load_json(raw) for (raw,) in session.execute(query)]


def orders_to_bill(cache: Cache) -> list[OrderToBill]:
    """Received (or partly received) orders with received goods no bill bills yet."""
    query = (
        select(PurchaseOrder.raw)
        .where(PurchaseOrder.state.in_(BILLABLE_ORDER_STATES))
        .order_by(PurchaseOrder.date.desc(), PurchaseOrder.number.desc())
    )
    with cache.reading() as session:
        orders = [load_json(raw) for (raw,) in session.execute(query)]
        bills = _order_bills(session, [str(o.get("id")) for o in orders])
    out = []
    for order in orders:
        if any(m.billable > 0 for m in order_match(order, bills)):
            currency = str(order.get("currency") or cache.default_currency)
            out.append(
                OrderToBill(
                    str(order["id"]),
                    _text(order.get("number")),
                    _text(order.get("vendorId")),
                    _text(order.get("vendorName")),
                    _text(order.get("date")),
                    _text(order.get("state")),
                    currency,
                    _amount(order.get("total")),
                )
            )
    return out


def order_to_bill(
    cache: Cache, order_id: str, excluding: str | None = None
) -> tuple[dict[str, Any], list[OrderLineMatch]] | None:
    """A cached order and its three-way match (`excluding`: the bill being corrected)."""
    with cache.reading() as session:
        raw = session.scalar(select(PurchaseOrder.raw).where(PurchaseOrder.id == order_id))
        if raw is None:
            return None
        bills = _order_bills(session, [order_id])
    order = load_json(raw)
    return order, order_match(order, bills, excluding)
