"""What a printed invoice, credit note or receipt says, read from cached records' raw JSON.

The records are the server's dicts as the cache keeps them (camelCase, decimal strings).
Totals are recomputed from the lines with the server's own rule (`domain.totals`); the
printed figures are the server's, and every difference is listed so the preview and the
page can show it. Imports no Qt.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from arkan_desktop.domain.money import DEFAULT_CURRENCY, ZERO, MoneyError, format_amount, to_decimal
from arkan_desktop.domain.totals import document_totals, line_amounts
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.tax_registration import charges_tax, company_trn, vat_registered

Record = Mapping[str, Any]


class DocumentKind(enum.Enum):
    INVOICE = "invoice"  # from a company not registered for VAT
    TAX_INVOICE = "tax_invoice"
    SIMPLIFIED_TAX_INVOICE = "simplified_tax_invoice"
    CREDIT_NOTE = "credit_note"
    PAYMENT_RECEIPT = "payment_receipt"
    PAYMENT_VOUCHER = "payment_voucher"


@dataclass(frozen=True)
class Party:
    name: str
    name_ar: str = ""
    tax_id: str = ""
    address: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class PrintLine:
    position: int
    description: str
    sku: str
    quantity: Decimal
    uom: str
    unit_price: Decimal
    discount_percent: Decimal
    tax_rate: Decimal
    net: Decimal
    tax: Decimal
    total: Decimal


@dataclass(frozen=True)
class TaxRow:
    rate: Decimal
    base: Decimal
    tax: Decimal


@dataclass(frozen=True)
class Bank:
    name: str = ""
    iban: str = ""
    swift: str = ""


@dataclass(frozen=True)
class PrintableInvoice:
    kind: DocumentKind
    number: str
    state: str
    issue_date: str
    due_date: str
    currency: str
    incoterm: str
    reference: str
    notes: str
    seller: Party
    buyer: Party
    bank: Bank
    lines: tuple[PrintLine, ...]
    subtotal: Decimal
    tax_total: Decimal
    total: Decimal
    tax_rows: tuple[TaxRow, ...]
    paid: Decimal
    due: Decimal
    timestamp: str
    original_number: str = ""
    differences: tuple[str, ...] = ()
    vat_registered: bool = True
    charges_tax: bool = True

    @property
    def totals_match(self) -> bool:
        return not self.differences

    @property
    def shows_vat(self) -> bool:
        """VAT columns and lines print for a registered seller, or when tax was charged
        all the same (so that the figures on the page still add up)."""
        return self.vat_registered or self.charges_tax


@dataclass(frozen=True)
class Allocation:
    invoice_number: str
    amount: Decimal


@dataclass(frozen=True)
class PrintableReceipt:
    kind: DocumentKind
    number: str
    state: str
    issue_date: str
    currency: str
    amount: Decimal
    method: str
    reference: str
    memo: str
    seller: Party
    party: Party
    allocations: tuple[Allocation, ...] = field(default_factory=tuple)
    unallocated: Decimal = ZERO


def _text(record: Record | None, key: str) -> str:
    value = (record or {}).get(key)
    return "" if value is None else str(value).strip()


def _amount(value: object, what: str) -> Decimal:
    try:
        return to_decimal(value, what)
    except MoneyError as error:
        raise PrintingError(str(error)) from None


def display_date(value: str) -> str:
    """'2026-11-19' → '19 Nov 2026'; anything else prints as given."""
    try:
        return date.fromisoformat(value[:10]).strftime("%d %b %Y")
    except ValueError:
        return value


def party_from(record: Record | None, fallback_name: str = "") -> Party:
    address = (record or {}).get("address") or {}
    lines: list[str] = []
    if isinstance(address, Mapping):
        lines = [_text(address, "line1"), _text(address, "line2")]
        lines.append(", ".join(p for p in (_text(address, "city"), _text(address, "country")) if p))
    elif isinstance(address, str):
        lines = address.splitlines()
    return Party(
        name=_text(record, "name") or fallback_name,
        name_ar=_text(record, "nameAr"),
        tax_id=_text(record, "taxId"),
        address=tuple(line for line in lines if line),
        phone=_text(record, "phone"),
        email=_text(record, "email"),
    )


def _line(position: int, raw: Record, currency: str) -> PrintLine:
    quantity = _amount(raw.get("quantity"), "quantity")
    price = _amount(raw.get("unitPrice"), "unit price")
    discount = _amount(raw.get("discountPercent") or 0, "discount")
    rate = _amount(raw.get("taxRate") or 0, "tax rate")
    computed = line_amounts(quantity, price, currency, discount, rate)
    net = _amount(raw["subtotal"], "line subtotal") if raw.get("subtotal") else computed.net
    tax = _amount(raw["taxAmount"], "line tax") if raw.get("taxAmount") else computed.tax
    total = _amount(raw["total"], "line total") if raw.get("total") else net + tax
    return PrintLine(
        position=position,
        description=_text(raw, "description") or _text(raw, "productName"),
        sku=_text(raw, "sku"),
        quantity=quantity,
        uom=_text(raw, "uom"),
        unit_price=price,
        discount_percent=discount,
        tax_rate=rate,
        net=net,
        tax=tax,
        total=total,
    )


def _differences(invoice: Record, lines: tuple[PrintLine, ...], currency: str) -> list[str]:
    raw_lines = invoice.get("lines") or []
    totals = document_totals(raw_lines, currency)
    found: list[str] = []

    def compare(what: str, server: object, recomputed: Decimal) -> None:
        if server in (None, ""):
            return
        value = _amount(server, what)
        if value != recomputed:
            found.append(
                f"{what}: server {format_amount(value, currency)}, "
                f"recomputed {format_amount(recomputed, currency)}"
            )

    for line, raw in zip(lines, raw_lines, strict=True):
        computed = line_amounts(
            line.quantity, line.unit_price, currency, line.discount_percent, line.tax_rate
        )
        compare(f"line {line.position} amount", raw.get("subtotal"), computed.net)
        compare(f"line {line.position} tax", raw.get("taxAmount"), computed.tax)
    compare("subtotal", invoice.get("subtotal"), totals.subtotal)
    compare("tax", invoice.get("taxTotal"), totals.tax)
    compare("total", invoice.get("total"), totals.total)
    for row in invoice.get("taxBreakdown") or []:
        rate = _amount(row.get("rate"), "tax rate").normalize()
        base, tax = totals.tax_by_rate.get(rate, (ZERO, ZERO))
        compare(f"tax {rate}% base", row.get("base"), base)
        compare(f"tax {rate}%", row.get("tax"), tax)
    return found


def _kind(invoice: Record, buyer: Party, registered: bool) -> DocumentKind:
    kind = _text(invoice, "type") or "out_invoice"
    if kind == "out_refund":
        return DocumentKind.CREDIT_NOTE
    if kind == "out_invoice" and not registered:
        return DocumentKind.INVOICE
    if kind == "out_invoice":
        return DocumentKind.TAX_INVOICE if buyer.tax_id else DocumentKind.SIMPLIFIED_TAX_INVOICE
    number = _text(invoice, "number")
    raise PrintingError(
        f"{number or 'this document'} is a vendor bill ({kind}); "
        "only customer invoices, credit notes and receipts print"
    )


def _seller(company: Record, registered: bool = True) -> tuple[Party, Bank]:
    """The company as it heads a page: its TRN only when it is registered for VAT."""
    bank = company.get("bank") or {}
    seller = replace(party_from(company), tax_id=company_trn(company) if registered else "")
    return seller, Bank(_text(bank, "name"), _text(bank, "iban"), _text(bank, "swift"))


def company_party(company: Record) -> Party:
    """The company heading a report: its names, address and (registered) TRN."""
    return _seller(company, vat_registered(company))[0]


def invoice_document(invoice: Record, partner: Record | None, company: Record) -> PrintableInvoice:
    """A customer invoice or credit note as it prints, with its totals checked."""
    currency = _text(invoice, "currency") or _text(company, "currency") or DEFAULT_CURRENCY
    buyer = party_from(partner, _text(invoice, "partnerName"))
    if not buyer.tax_id and _text(invoice, "partnerTaxId"):
        buyer = replace(buyer, tax_id=_text(invoice, "partnerTaxId"))
    registered = vat_registered(company, invoice)
    if not registered:
        buyer = replace(buyer, tax_id="")  # no TRN lines on a document outside VAT
    kind = _kind(invoice, buyer, registered)
    seller, bank = _seller(company, registered)
    lines = tuple(
        _line(i, raw, currency) for i, raw in enumerate(invoice.get("lines") or [], start=1)
    )
    totals = document_totals(invoice.get("lines") or [], currency)
    subtotal = _amount(invoice["subtotal"], "subtotal") if invoice.get("subtotal") else None
    tax_total = _amount(invoice["taxTotal"], "tax") if invoice.get("taxTotal") else None
    total = _amount(invoice["total"], "total") if invoice.get("total") else None
    tax_rows = tuple(
        TaxRow(
            _amount(row.get("rate"), "tax rate"),
            _amount(row.get("base"), "tax base"),
            _amount(row.get("tax"), "tax"),
        )
        for row in invoice.get("taxBreakdown") or []
    ) or tuple(TaxRow(rate, base, tax) for rate, (base, tax) in totals.tax_by_rate.items())
    final_total = totals.total if total is None else total
    paid_raw = invoice.get("amountPaid")
    if paid_raw in (None, ""):
        paid = sum(
            (_amount(p.get("amount"), "payment") for p in invoice.get("payments") or []), ZERO
        )
    else:
        paid = _amount(paid_raw, "amount paid")
    due_raw = invoice.get("amountDue")
    due = final_total - paid if due_raw in (None, "") else _amount(due_raw, "amount due")
    original = _text(invoice, "originalInvoiceNumber") or (
        _text(invoice, "reference") if kind is DocumentKind.CREDIT_NOTE else ""
    )
    return PrintableInvoice(
        kind=kind,
        number=_text(invoice, "number") or "(not yet numbered)",
        state=_text(invoice, "state") or "draft",
        issue_date=_text(invoice, "date"),
        due_date=_text(invoice, "dueDate"),
        currency=currency,
        incoterm=_text(invoice, "incoterm"),
        reference="" if kind is DocumentKind.CREDIT_NOTE else _text(invoice, "reference"),
        notes=_text(invoice, "notes"),
        seller=seller,
        buyer=buyer,
        bank=bank,
        lines=lines,
        subtotal=totals.subtotal if subtotal is None else subtotal,
        tax_total=totals.tax if tax_total is None else tax_total,
        total=final_total,
        tax_rows=tax_rows,
        paid=paid,
        due=due,
        timestamp=_text(invoice, "postedAt") or _text(invoice, "date"),
        original_number=original,
        differences=tuple(_differences(invoice, lines, currency)),
        vat_registered=registered,
        charges_tax=charges_tax(invoice),
    )


def receipt_document(payment: Record, partner: Record | None, company: Record) -> PrintableReceipt:
    """A payment received (receipt) or made (payment voucher) as it prints."""
    currency = _text(payment, "currency") or _text(company, "currency") or DEFAULT_CURRENCY
    kind = (
        DocumentKind.PAYMENT_VOUCHER
        if _text(payment, "type") == "outbound"
        else DocumentKind.PAYMENT_RECEIPT
    )
    amount = _amount(payment.get("amount"), "payment amount")
    allocations = tuple(
        Allocation(_text(a, "invoiceNumber"), _amount(a.get("amount"), "allocated amount"))
        for a in payment.get("allocations") or []
    )
    unallocated_raw = payment.get("amountUnallocated")
    unallocated = (
        amount - sum((a.amount for a in allocations), ZERO)
        if unallocated_raw in (None, "")
        else _amount(unallocated_raw, "unallocated amount")
    )
    return PrintableReceipt(
        kind=kind,
        number=_text(payment, "number") or "(not yet numbered)",
        state=_text(payment, "state") or "draft",
        issue_date=_text(payment, "date"),
        currency=currency,
        amount=amount,
        method=_text(payment, "method"),
        reference=_text(payment, "reference"),
        memo=_text(payment, "memo"),
        seller=company_party(company),
        party=party_from(partner, _text(payment, "partnerName")),
        allocations=allocations,
        unallocated=unallocated,
    )
