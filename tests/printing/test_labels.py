"""Label sheets: every barcode, rasterised at 300 dpi, scans back to exactly its value."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from reportlab.lib.units import mm

from arkan_desktop.printing import (
    Calibration,
    PrintingError,
    find_locations,
    find_products,
    find_purchase_order,
    get_template,
    location_labels,
    product_labels,
    receiving_labels,
    render_labels_pdf,
    template_names,
)
from arkan_desktop.printing.labels import Label, ean13_is_valid, split_quantity
from tests.printing.conftest import decode_symbols, rasterise

Record = Callable[[str], Any]
SHEETS = ["avery-l7160", "avery-l7163", "avery-l7651", "avery-5160", "avery-5163"]
THERMAL = ["zebra-2x1-203", "zebra-2x1-300", "zebra-4x6-203", "zebra-4x6-300"]


def test_template_names_are_the_published_ones() -> None:
    assert template_names() == SHEETS + THERMAL
    counts = {name: get_template(name).per_sheet for name in SHEETS}
    assert counts == {
        "avery-l7160": 21,
        "avery-l7163": 14,
        "avery-l7651": 65,
        "avery-5160": 30,
        "avery-5163": 10,
    }
    for name in SHEETS:  # the grid fits the page exactly, margins equal both sides
        t = get_template(name)
        width = 2 * t.margin_left_mm + t.label_mm[0] + (t.columns - 1) * t.pitch_mm[0]
        height = 2 * t.margin_top_mm + t.label_mm[1] + (t.rows - 1) * t.pitch_mm[1]
        assert (round(width, 2), round(height, 2)) == t.page_mm


def _mixed_labels(record: Record, count: int) -> list[Label]:
    """Distinct values: EAN-13 products, Code 128 products, locations, receiving lines."""
    products = record("products")
    labels = product_labels([(p, 1) for p in products[:4]], show_price=True, symbology="ean13")
    labels += product_labels([(p, 1) for p in products[4:8]], symbology="code128")
    labels += location_labels(record("locations"))
    labels += receiving_labels(record("purchase_order"), per="line", symbology="code128")
    return labels[:count]


def _scan_pdf(pdf: bytes, folder: Path) -> list[str]:
    return [value for page in rasterise(pdf, folder, dpi=300) for value in decode_symbols(page)]


@pytest.mark.parametrize("template", [*SHEETS, "zebra-2x1-203", "zebra-4x6-300"])
def test_every_barcode_on_the_sheet_scans_to_its_value(
    template: str, record: Record, tmp_path: Path
) -> None:
    labels = _mixed_labels(record, 19)
    if template.startswith("zebra"):  # one page per label: a few of each kind will do
        labels = labels[::4]
    symbologies = {label.barcode.symbology for label in labels}
    assert symbologies == {"ean13", "code128"}
    pdf = render_labels_pdf(labels, template, start=1)
    scanned = _scan_pdf(pdf, tmp_path)
    assert Counter(scanned) == Counter(label.barcode.value for label in labels)


def test_start_position_skips_used_labels_and_calibration_shifts_the_sheet(
    record: Record,
) -> None:
    labels = location_labels(record("locations")[:2])
    layout = get_template("avery-l7160")

    def first_text_x_y(pdf: bytes) -> tuple[float, float]:
        with pdfplumber.open(io.BytesIO(pdf)) as document:
            word = next(w for w in document.pages[0].extract_words() if w["text"] == "WH2-D-05-3")
            return word["x0"], word["top"]

    plain = first_text_x_y(render_labels_pdf(labels, layout, start=1))
    fifth = first_text_x_y(render_labels_pdf(labels, layout, start=5))  # 2nd row, 2nd column
    assert fifth[0] - plain[0] == pytest.approx(66.04 * mm, abs=0.5)
    assert fifth[1] - plain[1] == pytest.approx(38.1 * mm, abs=0.5)
    shifted = first_text_x_y(
        render_labels_pdf(labels, layout, calibration=Calibration(offset_x_mm=1.5, offset_y_mm=-2))
    )
    assert shifted[0] - plain[0] == pytest.approx(1.5 * mm, abs=0.1)
    assert shifted[1] - plain[1] == pytest.approx(-2 * mm, abs=0.1)


def test_labels_continue_on_a_new_sheet_after_the_last_position(record: Record) -> None:
    product = record("products")[0]
    pdf = render_labels_pdf(product_labels([(product, 30)]), "avery-l7160", start=20)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        per_page = [page.extract_text().count("Packing Tape Standard") for page in document.pages]
    assert per_page == [2, 21, 7]


def test_quantity_per_product_and_receiving_per_unit(record: Record) -> None:
    products = record("products")
    labels = product_labels([(products[0], 3), (products[1], 0), (products[2], 2)])
    assert [label.barcode.value for label in labels] == [products[0]["barcode"]] * 3 + [
        products[2]["barcode"]
    ] * 2
    order = record("purchase_order")
    per_unit = receiving_labels(order, {p["id"]: p for p in products}, per="unit")
    assert len(per_unit) == sum(int(line["quantity"]) for line in order["lines"])
    assert per_unit[0].emphasis == "1 of 96" and per_unit[95].emphasis == "96 of 96"
    per_line = receiving_labels(order, per="line")
    assert [label.emphasis for label in per_line] == ["Qty 96", "Qty 72", "Qty 80"]
    assert per_line[0].barcode.value == "EL-1001"
    assert "PO-2026-00096 · Jebel Ali Supplies LLC" in per_line[0].lines


def test_cli_style_requests_resolve_or_fail_in_one_line(record: Record) -> None:
    products, locations = record("products"), record("locations")
    assert split_quantity("TL-1298x5") == ("TL-1298", 5)
    assert split_quantity("BOX-2x4", known=["BOX-2x4"]) == ("BOX-2x4", 1)
    found = find_products(products, ["TL-1298x5", "PK-1299"])
    assert [(p["sku"], n) for p, n in found] == [("TL-1298", 5), ("PK-1299", 1)]
    assert find_locations(locations, ["LOC-WH2-D-05-3"])[0]["code"] == "WH2-D-05-3"
    assert find_purchase_order([record("purchase_order")], "PO-2026-00096")["vendorName"]
    for call, message in [
        (lambda: find_products(products, ["NOPE-1x2"]), "unknown SKU 'NOPE-1'"),
        (lambda: find_locations(locations, ["ZZ-9"]), "unknown location 'ZZ-9'"),
        (lambda: find_purchase_order([], "PO-1"), "unknown purchase order 'PO-1'"),
        (lambda: get_template("avery-9999"), "unknown template 'avery-9999': use one of"),
        (lambda: render_labels_pdf([], "avery-l7160"), "there are no labels to print"),
    ]:
        with pytest.raises(PrintingError, match=message) as error:
            call()
        assert "\n" not in str(error.value)


def test_bad_inputs_are_refused(record: Record) -> None:
    labels = location_labels(record("locations")[:1])
    with pytest.raises(PrintingError, match="start position 22 is off the sheet"):
        render_labels_pdf(labels, "avery-l7160", start=22)
    with pytest.raises(PrintingError, match="has no valid EAN-13 barcode"):
        product_labels([({"sku": "X-1", "barcode": "6291230102991"}, 1)], symbology="ean13")
    with pytest.raises(PrintingError, match="too long for this label"):
        render_labels_pdf(location_labels([{"code": "A" * 60}]), "avery-l7651")
    with pytest.raises(PrintingError, match="surely a typing error"):
        Calibration(offset_x_mm=25)
    assert ean13_is_valid("6291230102990") and not ean13_is_valid("6291230102991")
