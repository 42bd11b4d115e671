"""The papers that go with a shipment: a bilingual delivery note and the shipping label.

The delivery note is a `TabularReport` printed on the invoices' pages (report_pdf): who
it goes to, from which order, and per product what was asked and what is shipped, with
what stays on the backorder; a line to sign for receipt closes it. The shipping label is
a `Label` (label_sheet or zpl draw it): the client, the address and a Code 128 of the
delivery number. Both are made from the delivery record and the picked quantities the
station has, so they print at once, online or not. Imports no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from arkan_desktop.printing.branding import Branding
from arkan_desktop.printing.document import party_from
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.labels import Barcode, Label
from arkan_desktop.printing.report import ReportColumn, ReportRow, TabularReport
from arkan_desktop.printing.report_pdf import render_report_pdf

Record = Mapping[str, Any]
ZERO = Decimal(0)
TITLE = ("Delivery note", "إشعار تسليم")
COLUMNS = (
    ReportColumn(("SKU", "رمز الصنف")),
    ReportColumn(("Description", "الوصف")),
    ReportColumn(("Ordered", "المطلوب"), "quantity"),
    ReportColumn(("Shipped", "المشحون"), "quantity"),
    ReportColumn(("Backorder", "طلب متأخر"), "quantity"),
    ReportColumn(("Unit", "الوحدة")),
)
SIGN = (
    "Received in good order by: ____________________   Date: ____________",
    "استلم البضاعة بحالة جيدة: ____________________   التاريخ: ____________",
)


def _number(value: object) -> Decimal:
    try:
        return Decimal(str(value)) if value not in (None, "") else ZERO
    except ArithmeticError:
        raise PrintingError(f"'{value}' is not a quantity") from None


def shipped_by_line(body: Record) -> dict[str, Decimal]:
    """Delivery line id -> quantity picked, from a deliver body (lines by lineId)."""
    out: dict[str, Decimal] = {}
    for line in body.get("lines") or ():
        key = str(line.get("lineId") or line.get("productId"))
        out[key] = out.get(key, ZERO) + _number(line.get("quantity"))
    return out


def delivery_note(
    delivery: Record, shipped: Mapping[str, Decimal], client: Record | None = None
) -> TabularReport:
    """The note of a delivery: `shipped` is line id (or product id) -> quantity picked."""
    party = party_from(client, str(delivery.get("partnerName") or ""))
    address = ", ".join(party.address)
    to = f"{party.name}, {address}" if address else party.name
    rows: list[ReportRow | tuple[Any, ...]] = [
        ReportRow.group((f"Deliver to: {to}", f"تسليم إلى: {to}")),
    ]
    order = str(delivery.get("orderNumber") or "")
    if order:
        rows.append(ReportRow.group((f"Order {order}", f"أمر البيع {order}")))
    total_asked = total_sent = ZERO
    for line in delivery.get("lines") or ():
        asked = _number(line.get("quantity")) - _number(line.get("deliveredQuantity"))
        sent = shipped.get(str(line.get("id")), shipped.get(str(line.get("productId")), ZERO))
        sent = min(sent, asked)
        total_asked, total_sent = total_asked + asked, total_sent + sent
        rows.append(
            (
                str(line.get("sku") or ""),
                str(line.get("description") or line.get("productName") or ""),
                asked,
                sent,
                asked - sent if asked > sent else None,
                str(line.get("uom") or ""),
            )
        )
    if total_sent <= 0:
        raise PrintingError(f"nothing is shipped on {delivery.get('number') or 'this delivery'}")
    totals = (("Total", "المجموع"), "", total_asked, total_sent, total_asked - total_sent, "")
    return TabularReport(
        title=TITLE,
        columns=COLUMNS,
        rows=rows,
        subtitle=str(delivery.get("number") or ""),
        totals=totals,
        footnote=SIGN,
        currency="",
    )


def render_delivery_note_pdf(
    delivery: Record,
    shipped: Mapping[str, Decimal],
    company: Record,
    client: Record | None = None,
    branding: Branding | None = None,
    lang: str = "both",
) -> bytes:
    """The delivery note as PDF bytes (English and Arabic side by side by default)."""
    return render_report_pdf(delivery_note(delivery, shipped, client), company, branding, lang)


def shipping_labels(
    delivery: Record, client: Record | None = None, parcels: int = 1
) -> list[Label]:
    """One label per parcel: the client and address, the order, a Code 128 of the
    delivery number, "(1 of 2)" when there are several."""
    number = str(delivery.get("number") or "").strip()
    if not number:
        raise PrintingError("a delivery with no number yet has no shipping label")
    if parcels < 1:
        raise PrintingError(f"a shipment has at least one parcel, not {parcels}")
    party = party_from(client, str(delivery.get("partnerName") or ""))
    order = str(delivery.get("orderNumber") or "")
    lines = (*party.address, *((f"Order {order}",) if order else ()))
    return [
        Label(
            kind="shipping",
            title=party.name or number,
            barcode=Barcode("code128", number),
            lines=lines,
            emphasis=number if parcels == 1 else f"{number} ({index} of {parcels})",
        )
        for index in range(1, parcels + 1)
    ]
