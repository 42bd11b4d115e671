"""Match suggestions: what a finance clerk sees beside each statement line.

Open items are a small December ledger of a Dubai trading company; each test puts a bank
line against it and checks the first suggestion, its kind and the reasons shown.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arkan_desktop.domain.bank.matching import MatchSettings, Proposal, Reason, assign, suggest
from arkan_desktop.domain.bank.open_items import ItemIndex, ItemKind, OpenItem
from arkan_desktop.domain.bank.statement import StatementLine

D = dt.date
INVOICE, PAYMENT = ItemKind.JOURNAL_ITEM, ItemKind.PAYMENT


def item(
    id: str, amount: str, partner: str, number: str, day: int = 20, kind: ItemKind = INVOICE
) -> OpenItem:
    return OpenItem(id, kind, D(2026, 11, day), Decimal(amount), partner, number)


ITEMS = [
    item("noor-42", "12500.00", "Al Noor Building Materials LLC", "INV/2026/00042", 10),
    item("noor-57", "12500.00", "Al Noor Building Materials LLC", "INV/2026/00057", 25),
    item("rose-51", "12500.00", "Desert Rose Contracting", "INV/2026/00051", 12),
    item("shams-63", "3300.00", "Shams Al Khaleej General Trading LLC", "INV/2026/00063", 1),
    item("shams-64", "4500.00", "Shams Al Khaleej General Trading LLC", "INV/2026/00064", 3),
    item("falcon-70", "12000.00", "Falcon Logistics FZE", "INV/2026/00070", 15),
    item("steel-pay", "-8400.50", "Emirates Steel Industries", "PAY/2026/0107", 30, PAYMENT),
    item("steel-bill", "-8400.50", "Emirates Steel Industries", "BILL/2026/00311", 2),
    item("pearl-80", "2100.00", "Pearl Catering Services", "INV/2026/00080", 28),
]


def line(amount: str, memo: str = "", counterparty: str = "", day: int = 1) -> StatementLine:
    return StatementLine(
        date=D(2026, 12, day), amount=Decimal(amount), memo=memo, counterparty=counterparty
    )


def first(statement_line: StatementLine, **options: object) -> tuple[str, ...]:
    result = suggest([statement_line], ITEMS, MatchSettings(**options))  # type: ignore[arg-type]
    return result.suggestions[0][0].items if result.suggestions[0] else ()


def test_amount_number_and_name_together_are_near_certain() -> None:
    result = suggest(
        [line("12500.00", "IPP INWARD TRF INV-2026-00042", "AL NOOR BUILDING MATERIALS")], ITEMS
    )
    best = result.suggestions[0][0]
    assert best.items == ("noor-42",)
    assert best.proposal is Proposal.MATCH
    assert {Reason.EXACT_AMOUNT, Reason.NUMBER_IN_TEXT, Reason.NAME_MATCH} <= set(best.reasons)
    assert best.confidence > 0.9 and best.difference == 0
    # The same amount from the same partner, without the number: ranked, not first.
    assert "noor-57" in [s.items[0] for s in result.suggestions[0]]


@pytest.mark.parametrize(
    "memo",
    [
        "INV-2026-00042",
        "inv 2026 00042",
        "INV202600042",
        "INV/2026/42",
        "PAYMENT AGAINST INVOICE 2026/00042 THANKS",
    ],
)
def test_the_invoice_number_is_found_however_it_is_typed(memo: str) -> None:
    # Three open items of 12,500.00: only the number tells which one this is.
    assert first(line("12500.00", memo)) == ("noor-42",)


@pytest.mark.parametrize(
    "name", ["AL NOR BUILDING MATERIALS", "AL NOOR BLDG MATLS LLC", "Al-Noor Building Mat"]
)
def test_a_misspelt_or_shortened_name_still_finds_its_partner(name: str) -> None:
    # 12,500.00 is owed by Al Noor (twice) and Desert Rose; the name rules Desert Rose out.
    result = suggest([line("12500.00", counterparty=name)], ITEMS)
    partners = {ITEMS_BY_ID[i].partner for s in result.suggestions[0][:2] for i in s.items}
    assert partners == {"Al Noor Building Materials LLC"}
    assert Reason.NAME_MATCH in result.suggestions[0][0].reasons or (
        Reason.NAME_SIMILAR in result.suggestions[0][0].reasons
    )


ITEMS_BY_ID = {i.id: i for i in ITEMS}


def test_a_line_smaller_than_the_invoice_it_names_is_a_partial_payment() -> None:
    result = suggest([line("5000.00", "PART PAYMENT INV-2026-00070", "FALCON LOGISTICS")], ITEMS)
    best = result.suggestions[0][0]
    assert (best.items, best.proposal) == (("falcon-70",), Proposal.PARTIAL)
    assert best.difference == Decimal("-7000.00")  # what stays open on the invoice
    assert Reason.PARTIAL_PAYMENT in best.reasons


def test_a_small_difference_is_proposed_as_a_write_off_under_the_limit_only() -> None:
    charged = line("2095.50", "INV 2026 00080", "PEARL CATERING")  # the bank kept 4.50
    result = suggest([charged], ITEMS)
    best = result.suggestions[0][0]
    assert (best.items, best.proposal) == (("pearl-80",), Proposal.WRITE_OFF)
    assert best.difference == Decimal("-4.50") and Reason.SMALL_DIFFERENCE in best.reasons
    strict = suggest([charged], ITEMS, MatchSettings(write_off_limit=Decimal("1.00")))
    assert all(s.proposal is not Proposal.WRITE_OFF for s in strict.suggestions[0])


def test_one_transfer_paying_two_invoices_is_many_to_one() -> None:
    transfer = line("7800.00", "REF INV20260063 INV20260064", "SHAMS AL KHALEEJ GEN TRDG")
    best = suggest([transfer], ITEMS).suggestions[0][0]
    assert best.proposal is Proposal.MANY_TO_ONE
    assert set(best.items) == {"shams-63", "shams-64"}
    assert Reason.SUM_OF_ITEMS in best.reasons and best.difference == 0


def test_many_to_one_is_found_from_the_name_alone() -> None:
    assert set(first(line("7800.00", counterparty="SHAMS AL KHALEEJ GENERAL TRADING"))) == {
        "shams-63",
        "shams-64",
    }


def test_money_out_never_matches_money_in() -> None:
    result = suggest([line("-12500.00", "INV-2026-00042", "AL NOOR BUILDING MATERIALS")], ITEMS)
    assert result.suggestions[0] == ()


def test_a_payment_is_matched_by_date_and_kind_before_an_older_bill() -> None:
    # Same amount, same supplier: the payment posted the day before the bank line is it.
    best = suggest([line("-8400.50", counterparty="EMIRATES STEEL IND")], ITEMS).suggestions[0]
    assert best[0].items == ("steel-pay",)
    assert Reason.DATE_CLOSE in best[0].reasons


def test_a_bank_charge_gets_nothing_confident() -> None:
    result = suggest([line("-52.50", "BANK CHARGES TT COMM")], ITEMS)
    assert all(s.confidence < 0.5 for s in result.suggestions[0])


def test_the_one_to_one_choice_never_gives_one_item_to_two_lines() -> None:
    lines = [
        line("12500.00", counterparty="AL NOOR BUILDING MATERIALS", day=2),
        line("12500.00", "INV-2026-00042", "AL NOOR BUILDING MATERIALS", day=3),
    ]
    result = suggest(lines, ITEMS)
    # Both lines would take noor-42 first on their own; the numbered line keeps it.
    assert result.assignment[1].items == ("noor-42",)
    assert result.assignment[0].items == ("noor-57",)


def test_an_index_built_once_serves_again_and_again() -> None:
    index = ItemIndex(ITEMS)
    again = [line("3300.00", "INV-2026-00063")]
    assert suggest(again, index).suggestions == suggest(again, ITEMS).suggestions


_amounts = st.sampled_from(["100.00", "250.00", "100.50", "1000.00", "350.00", "-100.00"])


@settings(max_examples=60, deadline=None)
@given(
    item_amounts=st.lists(_amounts, min_size=1, max_size=25),
    line_amounts=st.lists(_amounts, min_size=1, max_size=25),
    partners=st.lists(
        st.sampled_from(["Noor", "Rose", "Falcon", "Pearl"]), min_size=25, max_size=25
    ),
)
def test_the_final_assignment_never_uses_an_item_twice(
    item_amounts: list[str], line_amounts: list[str], partners: list[str]
) -> None:
    items = [
        item(f"i{n}", amount, f"{partners[n]} Trading", f"INV/2026/{n:05d}", 1 + n % 28)
        for n, amount in enumerate(item_amounts)
    ]
    lines = [
        line(amount, f"INV-2026-{n:05d}" if n % 3 else "", partners[n].upper(), 1 + n % 28)
        for n, amount in enumerate(line_amounts)
    ]
    result = suggest(lines, items)
    used = [i for s in result.assignment.values() for i in s.items]
    assert len(used) == len(set(used))
    for n, chosen in result.assignment.items():
        assert chosen in result.suggestions[n]
    for ranked in result.suggestions:
        assert all(0.0 <= s.confidence <= 1.0 for s in ranked)
        assert [s.confidence for s in ranked] == sorted(
            (s.confidence for s in ranked), reverse=True
        )
    assert assign(result.suggestions) == result.assignment
