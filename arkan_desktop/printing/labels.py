"""What goes on product, location and receiving labels, read from cached records' raw JSON.

A `Label` is the content (texts and one barcode); `label_sheet.py` draws it on a sheet or
thermal PDF page and `zpl.py` writes it for a Zebra printer. python-barcode encodes the
symbol (it gives the bar/space module pattern); we draw it ourselves as vectors.
Imports no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from barcode import EAN13, Code128

from arkan_desktop.domain.gs1 import gs1_check_digit
from arkan_desktop.domain.money import DEFAULT_CURRENCY, MoneyError, format_amount, to_decimal
from arkan_desktop.printing.errors import PrintingError

Symbology = Literal["ean13", "code128"]
SymbologyChoice = Literal["auto", "ean13", "code128"]
LabelKind = Literal["product", "location", "receiving", "shipping"]
Record = Mapping[str, Any]
# Modules of quiet zone each side (ISO/IEC 15417 for Code 128; GS1 for EAN-13).
QUIET_ZONES: dict[Symbology, tuple[int, int]] = {"code128": (10, 10), "ean13": (11, 7)}


def ean13_is_valid(value: str) -> bool:
    if len(value) != 13 or not value.isascii() or not value.isdigit():
        return False
    return gs1_check_digit(value[:12]) == value[12]


@dataclass(frozen=True)
class Barcode:
    symbology: Symbology
    value: str

    def __post_init__(self) -> None:
        if self.symbology == "ean13" and not ean13_is_valid(self.value):
            raise PrintingError(f"'{self.value}' is not a valid EAN-13 (13 digits, check digit)")
        if self.symbology == "code128" and (
            not self.value or not all(32 <= ord(c) < 127 for c in self.value)
        ):
            raise PrintingError(f"'{self.value}' cannot be a Code 128 barcode (printable ASCII)")

    def modules(self) -> str:
        """The symbol as '1' (bar) and '0' (space) modules, without quiet zones."""
        if self.symbology == "ean13":
            return str(EAN13(self.value).build()[0])
        return str(Code128(self.value).build()[0])

    @property
    def quiet_zones(self) -> tuple[int, int]:
        return QUIET_ZONES[self.symbology]


@dataclass(frozen=True)
class Label:
    kind: LabelKind
    title: str
    barcode: Barcode
    lines: tuple[str, ...] = ()
    emphasis: str = ""  # printed large: a price, a bin code, a quantity


def _text(record: Record, key: str) -> str:
    value = record.get(key)
    return "" if value is None else str(value).strip()


def product_barcode(product: Record, symbology: SymbologyChoice = "auto") -> Barcode:
    """EAN-13 of the product's barcode, or Code 128 of its SKU; auto picks EAN-13 if valid."""
    code, sku = _text(product, "barcode"), _text(product, "sku")
    if symbology == "ean13" or (symbology == "auto" and ean13_is_valid(code)):
        if not ean13_is_valid(code):
            raise PrintingError(f"product {sku or '?'} has no valid EAN-13 barcode ('{code}')")
        return Barcode("ean13", code)
    if symbology not in ("auto", "code128"):
        raise PrintingError(f"unknown barcode type '{symbology}': use auto, ean13 or code128")
    return Barcode("code128", sku or code)


def _price(product: Record, currency: str | None) -> str:
    raw = product.get("salePrice")
    if raw in (None, ""):
        return ""
    try:
        amount: Decimal = to_decimal(raw, "price")
    except MoneyError as error:
        raise PrintingError(str(error)) from None
    code = currency or _text(product, "currency") or DEFAULT_CURRENCY
    return f"{code} {format_amount(amount, code)}"


def product_labels(
    products: Iterable[tuple[Record, int]],
    show_price: bool = False,
    symbology: SymbologyChoice = "auto",
    currency: str | None = None,
) -> list[Label]:
    """`quantity` labels for each (product, quantity), in the order given."""
    labels: list[Label] = []
    for product, quantity in products:
        if quantity < 0:
            raise PrintingError(
                f"label quantity {quantity} for {_text(product, 'sku')} is negative"
            )
        sku = _text(product, "sku")
        label = Label(
            kind="product",
            title=_text(product, "name") or sku,
            barcode=product_barcode(product, symbology),
            lines=(f"SKU {sku}",) if sku else (),
            emphasis=_price(product, currency) if show_price else "",
        )
        labels.extend([label] * quantity)
    return labels


def location_labels(locations: Iterable[Record]) -> list[Label]:
    """One label per bin: a large Code 128 of its barcode (or its code if it has none)."""
    labels = []
    for location in locations:
        code = _text(location, "code")
        value = _text(location, "barcode") or code
        labels.append(
            Label(
                kind="location",
                title=code or value,
                barcode=Barcode("code128", value),
                lines=(_text(location, "name"),) if _text(location, "name") else (),
            )
        )
    return labels


def receiving_labels(
    order: Record,
    products: Mapping[str, Record] | None = None,
    per: Literal["unit", "line"] = "line",
    symbology: SymbologyChoice = "auto",
) -> list[Label]:
    """Labels for a purchase order's lines: one per line, or one per unit still to receive.

    `products` maps product id to the product record (for its EAN-13); without it the
    label carries a Code 128 of the SKU. Fractional quantities get one label per line.
    """
    if per not in ("unit", "line"):
        raise PrintingError(f"receiving labels go per unit or per line, not '{per}'")
    number = _text(order, "number")
    vendor = _text(order, "vendorName")
    labels: list[Label] = []
    for line in order.get("lines") or []:
        sku = _text(line, "sku")
        product = (products or {}).get(_text(line, "productId")) or {"sku": sku}
        try:
            ordered = to_decimal(line.get("quantity"), "quantity")
            received = to_decimal(line.get("quantityReceived") or 0, "quantity received")
        except MoneyError as error:
            raise PrintingError(str(error)) from None
        outstanding = ordered - received if ordered > received else ordered
        barcode = product_barcode(product, symbology)
        title = _text(line, "productName") or _text(product, "name") or sku
        where = f"{number} · {vendor}" if vendor else number
        common = (f"SKU {sku}", where, f"Receive at {_text(order, 'locationCode')}")
        if per == "line" or outstanding != outstanding.to_integral_value():
            uom = _text(line, "uom")
            unit = "" if uom in ("", "unit", "units", "pcs") else f" {uom}"
            emphasis = f"Qty {outstanding.normalize():f}{unit}"
            labels.append(Label("receiving", title, barcode, common, emphasis))
            continue
        count = int(outstanding)
        labels.extend(
            Label("receiving", title, barcode, common, f"{index} of {count}")
            for index in range(1, count + 1)
        )
    return labels


_QUANTITY = re.compile(r"^(?P<sku>.+?)[xX×\*](?P<count>\d+)$")


def split_quantity(request: str, known: Iterable[str] = ()) -> tuple[str, int]:
    """'TL-1214x5' → ('TL-1214', 5); a SKU that exists as written is taken whole."""
    text = request.strip()
    if text in set(known):
        return text, 1
    match = _QUANTITY.match(text)
    if match:
        return match["sku"], int(match["count"])
    return text, 1


def find_products(products: Sequence[Record], requests: Iterable[str]) -> list[tuple[Record, int]]:
    """Resolve CLI-style 'SKU' / 'SKUxN' requests against cached products."""
    by_sku = {_text(p, "sku"): p for p in products}
    found: list[tuple[Record, int]] = []
    for request in requests:
        sku, count = split_quantity(request, by_sku)
        if sku not in by_sku:
            raise PrintingError(f"unknown SKU '{sku}' (not in the local cache)")
        found.append((by_sku[sku], count))
    return found


def find_locations(locations: Sequence[Record], codes: Iterable[str]) -> list[Record]:
    by_code = {_text(loc, "code"): loc for loc in locations}
    by_code.update({_text(loc, "barcode"): loc for loc in locations if _text(loc, "barcode")})
    found = []
    for code in codes:
        if code not in by_code:
            raise PrintingError(f"unknown location '{code}' (not in the local cache)")
        found.append(by_code[code])
    return found


def find_purchase_order(orders: Sequence[Record], number: str) -> Record:
    for order in orders:
        if _text(order, "number") == number:
            return order
    raise PrintingError(f"unknown purchase order '{number}' (not in the local cache)")
