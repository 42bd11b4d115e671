"""The VAT report: output and input tax by rate and, for a UAE registrant, form VAT 201.

The server answers `GET /accounting/reports/tax` with the tax by rate, whether the
company is registered for VAT (`taxRegistered`), and, where the UAE return applies,
`vat201`: boxes 1a-1g and 2-14, each with its amount, its VAT and its documents. The
form's three parts are fixed by the FTA: supplies (boxes 1a-8), expenses (9-11) and the
net tax (12-14).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from arkan_desktop.domain.reports.reading import (
    Answer,
    UnreadableReport,
    amount,
    optional_amount,
    records,
    section,
    text,
)

REPORT = "VAT report"


class VatPart(enum.Enum):
    """The parts of form VAT 201, in the form's order."""

    OUTPUTS = "outputs"  # VAT on sales and all other outputs: boxes 1a-8
    INPUTS = "inputs"  # VAT on expenses and all other inputs: boxes 9-11
    NET = "net"  # net VAT due: boxes 12-14


def part_of(box: str) -> VatPart:
    """Which part of the form a box number belongs to ("1a" and "8": outputs)."""
    digits = "".join(c for c in box if c.isdigit())
    number = int(digits) if digits else 0
    if number <= 8:
        return VatPart.OUTPUTS
    return VatPart.INPUTS if number <= 11 else VatPart.NET


@dataclass(frozen=True)
class VatDocument:
    """A document counted in a box (a credit note counts negative)."""

    document_id: str
    document_type: str  # out_invoice, out_refund, in_invoice, in_refund
    number: str
    date: str
    partner_name: str
    amount: Decimal
    vat: Decimal


@dataclass(frozen=True)
class VatBox:
    box: str  # "1a" ... "14"
    label: str  # the server's English words for it
    amount: Decimal | None  # None: the form has no amount in this box (12-14)
    vat: Decimal | None  # None: the form has no VAT in this box (4, 5)
    documents: tuple[VatDocument, ...] = ()

    @property
    def part(self) -> VatPart:
        return part_of(self.box)


@dataclass(frozen=True)
class VatRate:
    rate: Decimal  # percent
    sales_base: Decimal
    output_tax: Decimal
    purchases_base: Decimal
    input_tax: Decimal


@dataclass(frozen=True)
class VatReturn:
    trn: str
    boxes: tuple[VatBox, ...]

    def box(self, code: str) -> VatBox | None:
        return next((b for b in self.boxes if b.box == code), None)


@dataclass(frozen=True)
class VatReport:
    start: str
    end: str
    currency: str
    registered: bool
    output_vat: Decimal
    input_vat: Decimal
    net_payable: Decimal
    rates: tuple[VatRate, ...]
    form: VatReturn | None  # None: no VAT 201 for this company (not registered, not UAE)


def _document(raw: Answer) -> VatDocument:
    return VatDocument(
        document_id=text(raw, "documentId") or text(raw, "id"),
        document_type=text(raw, "documentType") or text(raw, "type"),
        number=text(raw, "number"),
        date=text(raw, "date"),
        partner_name=text(raw, "partnerName"),
        amount=amount(raw, "amount", REPORT),
        vat=amount(raw, "vat", REPORT),
    )


def _form(raw: Answer) -> VatReturn | None:
    if not raw:
        return None
    boxes = tuple(
        VatBox(
            box=text(item, "box"),
            label=text(item, "label"),
            amount=optional_amount(item, "amount", REPORT),
            vat=optional_amount(item, "vat", REPORT),
            documents=tuple(_document(d) for d in records(item.get("documents"))),
        )
        for item in records(raw.get("boxes"))
        if text(item, "box")
    )
    if not boxes:
        raise UnreadableReport("The server's VAT 201 return has no boxes")
    return VatReturn(trn=text(raw, "trn"), boxes=boxes)


def read_vat_report(body: Answer) -> VatReport:
    """The VAT report from the server's answer (or the kept copy of one)."""
    form = _form(section(body, "vat201"))
    flag = body.get("taxRegistered")
    return VatReport(
        start=text(body, "from"),
        end=text(body, "to"),
        currency=text(body, "currency"),
        registered=flag if isinstance(flag, bool) else form is not None,
        output_vat=amount(body, "outputVat", REPORT),
        input_vat=amount(body, "inputVat", REPORT),
        net_payable=amount(body, "netPayable", REPORT),
        rates=tuple(
            VatRate(
                rate=amount(r, "rate", REPORT),
                sales_base=amount(r, "salesBase", REPORT),
                output_tax=amount(r, "outputTax", REPORT),
                purchases_base=amount(r, "purchasesBase", REPORT),
                input_tax=amount(r, "inputTax", REPORT),
            )
            for r in records(body.get("rates"))
        ),
        form=form,
    )
