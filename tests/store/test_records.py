"""Record → row mapping: exact money and quantities, tolerant reading, clear RecordErrors."""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from arkan_desktop.domain.money import from_minor, to_decimal
from arkan_desktop.store import RESOURCE_TABLES, Cache, RecordError
from arkan_desktop.store.models import Invoice, InvoiceLine, Product
from arkan_desktop.store.records import dump_raw, load_json, scaled_int
from tests.store.conftest import invoice, product, uid

MONEY_FIELDS = {"subtotal_minor": "subtotal", "tax_minor": "taxTotal", "total_minor": "total"}


@pytest.mark.parametrize(
    ("currency", "amounts"),
    [
        ("AED", ["1550.00", "0.01", "-73.81", "99999999999.99", "12"]),
        ("KWD", ["197.335", "0.001", "-0.125", "1234567890.999", "7.5"]),
    ],
)
def test_money_round_trips_exactly(cache: Cache, currency: str, amounts: list[str]) -> None:
    records = [
        invoice(n, currency=currency, total=amount, subtotal=amount, taxTotal=amount)
        for n, amount in enumerate(amounts)
    ]
    cache.upsert("invoices", records)
    with cache.reading() as session:
        rows = {row.id: row for row in session.scalars(select(Invoice))}
    for record in records:
        row = rows[record["id"]]
        assert row.currency == currency
        for column, field in MONEY_FIELDS.items():
            units = getattr(row, column)
            assert isinstance(units, int)
            assert from_minor(units, currency) == Decimal(record[field])
        assert cache.get("invoices", record["id"]) == record


def test_money_finer_than_the_currency_is_kept_raw_and_rounded_in_its_column(
    cache: Cache,
) -> None:
    # A server's computed figure ("249.8750" for 2.50 x 99.95) is no reason to drop a record.
    record = invoice(1, total="10.005", subtotal="-10.005")
    row = RESOURCE_TABLES["invoices"](record).row
    assert (row["total_minor"], row["subtotal_minor"]) == (1001, -1001)  # half away from 0
    cache.upsert("invoices", [record])
    assert cache.get("invoices", record["id"]) == record  # exactly what the server said
    row = RESOURCE_TABLES["invoices"](invoice(1, currency="KWD", total="10.005")).row
    assert row["total_minor"] == 10005


_amount_text = st.builds(
    lambda sign, whole, fraction: f"{sign}{whole}{'.' + fraction if fraction else ''}",
    st.sampled_from(["", "-"]),
    st.integers(min_value=0, max_value=10**12),
    st.text(alphabet="0123456789", max_size=8),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(amounts=st.lists(_amount_text, min_size=1, max_size=4))
def test_any_decimal_with_up_to_8_places_is_stored_and_read_back_exactly(
    cache: Cache, amounts: list[str]
) -> None:
    """Issue 15: a server's computed figure ("249.8750") never drops its record. The raw
    JSON reads back exactly as sent; the typed column holds it rounded to the cent."""
    records = [
        invoice(
            n,
            total=amount,
            lines=[{"id": "1", "quantity": "2.5", "unitPrice": "99.95", "subtotal": amount}],
        )
        for n, amount in enumerate(amounts)
    ]
    changes = cache.upsert("invoices", records)
    assert not changes.errors
    with cache.reading() as session:
        totals = {row.id: row.total_minor for row in session.scalars(select(Invoice))}
    for record, amount in zip(records, amounts, strict=True):
        assert cache.get("invoices", record["id"]) == record
        cents = Decimal(amount).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
        assert totals[record["id"]] == int(cents * 100)


def test_money_as_json_number_parsed_as_decimal() -> None:
    record = invoice(1, total=Decimal("1550.10"), subtotal=1476)
    row = RESOURCE_TABLES["invoices"](record).row
    assert row["total_minor"] == 155010
    assert row["subtotal_minor"] == 147600
    with pytest.raises(RecordError, match="float"):
        RESOURCE_TABLES["invoices"](invoice(1, total=1550.1))


def test_quantities_come_back_exactly(cache: Cache) -> None:
    cache.upsert("products", [product(1), product(2, onHand="8E+1", available="0.001")])
    with cache.reading() as session:
        found = {p.sku: (p.on_hand, p.available) for p in session.scalars(select(Product))}
        line = session.scalars(select(InvoiceLine)).first()
    assert found["OF-1"] == (Decimal("54"), Decimal("53.125"))
    assert str(found["OF-1"][0]) == "54"
    assert found["OF-2"] == (Decimal("80"), Decimal("0.001"))
    assert line is None
    cache.upsert("invoices", [invoice(1)])
    with cache.reading() as session:
        line = session.scalars(select(InvoiceLine).order_by(InvoiceLine.position)).first()
    assert line is not None
    assert line.quantity == Decimal("2.5")
    assert str(line.unit_price) == "12.8865"
    assert line.total_minor == 10500
    assert RESOURCE_TABLES["products"](product(3, onHand="0.0005")).row["on_hand"] == 1


def test_unknown_fields_and_numbers_are_kept_in_raw(cache: Cache) -> None:
    record = invoice(
        1,
        futureField={"nested": [1, "two", None, True, Decimal("3.50")]},
        arabic="فاتورة ضريبية",
        weight=Decimal("1E+2"),
    )
    cache.upsert("invoices", [record])
    stored = cache.get("invoices", record["id"])
    assert stored == record
    assert stored is not None
    assert str(stored["futureField"]["nested"][4]) == "3.50"
    assert '"weight":1E+2' in dump_raw(record)


def test_missing_optional_fields_are_fine() -> None:
    row = RESOURCE_TABLES["invoices"]({"id": "x"}).row
    assert row["number"] is None
    assert row["total_minor"] is None
    assert row["currency"] == "AED"
    assert RESOURCE_TABLES["invoices"]({"id": "x"}, "KWD").row["currency"] == "KWD"


@pytest.mark.parametrize(
    ("resource", "record", "field"),
    [
        ("invoices", {"number": "INV-1"}, "id"),
        ("invoices", {"id": ""}, "id"),
        ("invoices", {"id": ["x"]}, "id"),
        ("invoices", {"id": "a", "total": "abc"}, "total"),
        ("invoices", {"id": "a", "total": True}, "total"),
        ("invoices", {"id": "a", "lines": {"0": {}}}, "lines"),
        ("invoices", {"id": "a", "lines": [{"total": "x"}]}, "lines[0].total"),
        ("invoices", {"id": "a", "lines": ["x"]}, "lines[0]."),
        ("payments", {"id": "a", "amount": "1e999"}, "amount"),
        ("payments", {"id": "a", "amount": "99999999999999999999.99"}, "amount"),
        ("stock_levels", {"productId": "p"}, "id"),
        ("accounts", {"id": "a", "name": {"en": "Cash"}}, "name"),
    ],
)
def test_bad_records_raise_record_error(resource: str, record: Any, field: str) -> None:
    with pytest.raises(RecordError) as caught:
        RESOURCE_TABLES[resource](record)
    assert caught.value.resource == resource
    assert caught.value.field.startswith(field)
    assert resource in str(caught.value)


def test_stock_level_id_falls_back_to_product_and_location() -> None:
    mapped = RESOURCE_TABLES["stock_levels"](
        {"productId": "p1", "locationId": "l1", "quantity": "4"}
    )
    assert mapped.id == "p1@l1"
    assert mapped.row["quantity"] == 4000


def test_upsert_reports_bad_records_and_keeps_the_rest(cache: Cache) -> None:
    changes = cache.upsert("invoices", [invoice(1), {"id": uid(2), "total": "n/a"}, {"x": 1}])
    assert changes.resources["invoices"] == {uid(1)}
    assert sorted(e.field for e in changes.errors) == ["id", "total"]
    assert cache.count("invoices") == 1


# Generated records: whatever arrives, mapping gives a row or a RecordError, nothing else.

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.from_regex(r"-?[0-9]{1,32}(\.[0-9]{0,5})?([eE][+-]?[0-9]{1,4})?", fullmatch=True),
)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_fields = st.sampled_from(
    [
        "id", "number", "currency", "total", "subtotal", "taxTotal", "amountDue", "amount",
        "balance", "totalDebit", "salePrice", "onHand", "available", "quantity", "date",
        "updatedAt", "name", "productId", "locationId", "lines", "allocations", "unknown",
    ]
)  # fmt: skip
_lines = st.lists(st.dictionaries(_fields, _values, max_size=6), max_size=3)
_records = st.one_of(
    st.dictionaries(_fields, _values, max_size=12),
    st.builds(lambda base, lines: {**base, "lines": lines, "allocations": lines},
              st.dictionaries(_fields, _values, max_size=10), _lines),
    _values,
)  # fmt: skip


def _has_float(value: Any) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    return False


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(resource=st.sampled_from(sorted(RESOURCE_TABLES)), record=_records)
def test_mapping_generated_records_gives_a_row_or_a_record_error(
    resource: str, record: Any
) -> None:
    spec = RESOURCE_TABLES[resource]
    try:
        mapped = spec(record, "KWD")
    except RecordError as exc:
        assert exc.resource == resource
        return
    raw = mapped.row["raw"]
    assert load_json(dump_raw(load_json(raw))) == load_json(raw)
    if not _has_float(record):  # the API layer parses numbers as Decimal, never float
        assert load_json(raw) == record
    currency = mapped.row.get("currency") or "KWD"
    for column, value in mapped.row.items():
        if column.endswith("_minor") and value is not None:
            assert abs(value) < 2**63
    if resource == "invoices" and mapped.row["total_minor"] is not None:
        assert from_minor(mapped.row["total_minor"], currency) == to_decimal(record["total"])


@given(
    text=st.from_regex(r"-?[0-9]{1,30}(\.[0-9]{0,6})?", fullmatch=True),
    exponent=st.integers(min_value=0, max_value=3),
)
def test_fast_number_path_agrees_with_decimal(text: str, exponent: int) -> None:
    fast = scaled_int(text, exponent)
    with localcontext(prec=100):
        scaled = Decimal(text).scaleb(exponent)
    whole, dot, fraction = text.lstrip("-").partition(".")
    if fast is not None:
        assert fast == scaled
    else:  # left to the full parser only for long, too fine or odd ("1.") numbers
        assert len(whole) > 28 or scaled != scaled.to_integral_value() or (dot and not fraction)


def test_quantity_queries_read_in_units(cache: Cache) -> None:
    cache.upsert("products", [product(1), product(2, onHand="4.5")])
    with cache.reading() as session:
        skus = session.scalars(select(Product.sku).where(Product.on_hand > 5)).all()
        half = session.scalars(select(Product.sku).where(Product.on_hand == Decimal("4.5"))).all()
    assert (skus, half) == (["OF-1"], ["OF-2"])
