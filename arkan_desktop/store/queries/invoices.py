"""The Invoices tab's reads: which documents it lists, their totals, what a new invoice
can name (clients and products), and the invoices credit notes cancel."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select

from arkan_desktop.domain.money import MoneyError, from_minor, to_decimal
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.models import Invoice, Partner
from arkan_desktop.store.models import Product as ProductRow
from arkan_desktop.store.partners import CUSTOMER_ROLES
from arkan_desktop.store.queries.filters import Condition
from arkan_desktop.store.records import load_json

# A credit note takes its amount off the total: it reverses an invoice.
_SIGNED_TOTAL = case(
    (Invoice.type == "out_refund", -Invoice.total_minor), else_=Invoice.total_minor
)
# What customers owe, as aged receivables count it: posted invoices only (a draft is not
# owed yet; a cancelled invoice and its credit note net to nothing).
_OWED = case(
    (
        and_(
            func.coalesce(Invoice.state, "").not_in(("draft", "cancelled")),
            func.coalesce(Invoice.type, "") != "out_refund",
        ),
        Invoice.amount_due_minor,
    ),
    else_=0,
)
_CHUNK = 500  # ids per IN (…): well under SQLite's limit on bound values


def customer_documents(state: str = "", partner_id: str = "") -> list[Condition]:
    """The list's conditions: customer invoices and credit notes, in a state, of a customer."""
    conditions: list[Condition] = [
        or_(Invoice.type.is_(None), Invoice.type.in_(("out_invoice", "out_refund")))
    ]
    if state:
        conditions.append(Invoice.state == state)
    if partner_id:
        conditions.append(Invoice.partner_id == partner_id)
    return conditions


@dataclass(frozen=True)
class CurrencyTotal:
    """What the rows of a list add up to in one currency."""

    currency: str
    count: int
    total: Decimal  # credit notes count negative
    due: Decimal  # what posted invoices still owe (drafts and credit notes count nothing)


def totals(cache: Cache, condition: Condition) -> list[CurrencyTotal]:
    """Per currency: how many invoices match `condition`, their total and what is due."""
    statement = (
        select(
            Invoice.currency,
            func.count(),
            func.coalesce(func.sum(_SIGNED_TOTAL), 0),
            func.coalesce(func.sum(_OWED), 0),
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


def credit_note_originals(cache: Cache, ids: list[str]) -> list[str]:
    """The invoices the given credit notes cancel (their "Linked" cell shows the note)."""
    found: list[str] = []
    original = func.json_extract(Invoice.raw, "$.originalInvoiceId")
    with cache.reading() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(original).where(Invoice.id.in_(chunk), Invoice.type == "out_refund")
            found.extend(str(x) for x in session.scalars(query) if x)
    return found


@dataclass(frozen=True)
class Client:
    id: str
    name: str
    terms_days: int
    status: str = "active"  # "inactive" or "suspended": not offered for a new invoice

    @property
    def offered(self) -> bool:
        return self.status not in ("inactive", "suspended")


@dataclass
class Product:
    """A product a new invoice line can name."""

    id: str
    sku: str
    name: str
    price: str  # sale price as a decimal string, "" when unknown
    tax_rate: str  # "" when the product has none (the company's default applies)

    @property
    def label(self) -> str:
        return f"{self.sku} — {self.name}" if self.sku else self.name


def _text_number(value: object) -> str:
    try:
        return str(to_decimal(value))
    except MoneyError:
        return ""


def clients(cache: Cache) -> list[Client]:
    """The customers an invoice can be billed to, by name, with their payment terms."""
    query = (
        select(Partner.id, Partner.name, Partner.raw)
        .where(Partner.role.in_(CUSTOMER_ROLES))
        .order_by(Partner.name)
    )
    out = []
    with cache.reading() as session:
        for record_id, name, raw in session.execute(query):
            record = load_json(raw) if raw else {}
            terms = record.get("paymentTermsDays")
            days = terms if isinstance(terms, int) and not isinstance(terms, bool) else 0
            status = str(record.get("status") or "active").lower()
            out.append(Client(str(record_id), str(name or record_id), days, status))
    return out


def products(cache: Cache) -> list[Product]:
    """The active products an invoice line can name, by SKU."""
    query = select(ProductRow.id, ProductRow.sku, ProductRow.name, ProductRow.raw).order_by(
        ProductRow.sku
    )
    out = []
    with cache.reading() as session:
        for record_id, sku, name, raw in session.execute(query):
            record = load_json(raw) if raw else {}
            if record.get("isActive") is False:
                continue
            rate = record.get("taxRate")
            out.append(
                Product(
                    str(record_id),
                    str(sku or ""),
                    str(name or ""),
                    _text_number(record.get("salePrice")),
                    _text_number(rate) if rate is not None else "",
                )
            )
    return out
