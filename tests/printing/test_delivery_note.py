"""The delivery note (a bilingual PDF, read back) and the shipping label (ZPL and PDF)."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from arkan_desktop.printing.delivery_note import (
    delivery_note,
    render_delivery_note_pdf,
    shipped_by_line,
    shipping_labels,
)
from arkan_desktop.printing.errors import PrintingError
from arkan_desktop.printing.label_sheet import render_labels_pdf
from arkan_desktop.printing.templates import get_template
from arkan_desktop.printing.zpl import render_labels_zpl
from tests.printing.conftest import pdf_text

DELIVERY = {
    "id": "d1",
    "number": "DO-2026-00042",
    "orderNumber": "SO-2026-00017",
    "partnerId": "c1",
    "partnerName": "Gulf Retail LLC",
    "lines": [
        {
            "id": "l1",
            "productId": "p1",
            "sku": "CAB-1",
            "description": "Cable 2m",
            "quantity": "5",
            "deliveredQuantity": "0",
            "uom": "unit",
        },
        {
            "id": "l2",
            "productId": "p2",
            "sku": "RT-9",
            "description": "Router",
            "quantity": "3",
            "deliveredQuantity": "0",
            "uom": "unit",
        },
    ],
}
CLIENT = {"name": "Gulf Retail LLC", "address": {"line1": "Warehouse 4, Al Quoz", "city": "Dubai"}}
COMPANY = {"name": "Arkan Demo Trading LLC"}
PICKED = {
    "lines": [
        {"lineId": "l1", "productId": "p1", "locationId": "a", "quantity": "4"},
        {"lineId": "l1", "productId": "p1", "locationId": "b", "quantity": "1"},
        {"lineId": "l2", "productId": "p2", "locationId": "b", "quantity": "2"},
    ],
    "shortageReason": "short_on_shelf",
}


def test_the_delivery_note_says_what_is_shipped_and_what_waits_in_both_languages() -> None:
    shipped = shipped_by_line(PICKED)
    assert shipped == {"l1": Decimal(5), "l2": Decimal(2)}
    text = pdf_text(render_delivery_note_pdf(DELIVERY, shipped, COMPANY, CLIENT))
    for words in (
        "DELIVERY NOTE",
        "DO-2026-00042",
        "Deliver to: Gulf Retail LLC",
        "Al Quoz",
        "Order SO-2026-00017",
        "Received in good order by",
    ):
        assert words in text, words
    rows = [line for line in text.splitlines() if line.startswith(("CAB-1", "RT-9"))]
    assert rows == ["CAB-1 Cable 2m 5 5 unit", "RT-9 Router 3 2 1 unit"]
    # the Arabic half, as drawn (right to left, shaped): read back in logical order
    arabic = [unicodedata.normalize("NFKC", line[::-1]) for line in text.splitlines()]
    assert "إشعار تسليم" in arabic and "الوحدة" in " ".join(arabic)


def test_a_note_with_nothing_shipped_is_refused_in_words() -> None:
    with pytest.raises(PrintingError, match="nothing is shipped on DO-2026-00042"):
        delivery_note(DELIVERY, {})


def test_the_shipping_label_carries_the_client_and_the_delivery_number() -> None:
    labels = shipping_labels(DELIVERY, CLIENT, parcels=2)
    zpl = render_labels_zpl(labels, get_template("zebra-2x1-203")).decode()
    assert zpl.count("^XA") == 2 and "Gulf Retail LLC" in zpl and "^FDDO-2026-00042^FS" in zpl
    assert "DO-2026-00042 (2 of 2)" in zpl and "Al Quoz" in zpl
    sheet = render_labels_pdf(shipping_labels(DELIVERY, CLIENT), get_template("avery-l7160"))
    for words in ("Gulf Retail LLC", "DO-2026-00042", "Dubai", "Order SO-2026-00017"):
        assert words in pdf_text(sheet), words
    with pytest.raises(PrintingError, match="no number yet"):
        shipping_labels({**DELIVERY, "number": ""})
