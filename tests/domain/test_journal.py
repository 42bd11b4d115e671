"""A journal entry's rules before it is queued: each line names a known account and one
amount in the currency's decimals; the entry balances, above zero, on two lines or more."""

from __future__ import annotations

from decimal import Decimal

from arkan_desktop.domain.journal import (
    Balance,
    EntryRefusal,
    LineProblem,
    account_problem,
    amount_problem,
    balance_of,
    entry_refusal,
    sides_problem,
)

D = Decimal
CHART = {"acc-cash", "acc-rent"}


def test_a_line_names_an_account_of_the_chart() -> None:
    assert account_problem("acc-cash", "", CHART) is None
    assert account_problem("", "", CHART) is LineProblem.CHOOSE_ACCOUNT
    assert account_problem("acc-gone", "", CHART) is LineProblem.UNKNOWN_ACCOUNT
    assert account_problem("", "9999 Nowhere", CHART) is LineProblem.UNKNOWN_ACCOUNT


def test_an_amount_is_positive_with_the_currencys_decimals() -> None:
    assert amount_problem(D("10.50"), "AED") is None
    assert amount_problem(D("-1"), "AED") is LineProblem.NEGATIVE_AMOUNT
    assert amount_problem(D("1.005"), "AED") is LineProblem.TOO_MANY_DECIMALS
    assert amount_problem(D("1.005"), "KWD") is None  # three decimals


def test_a_line_is_a_debit_or_a_credit() -> None:
    assert sides_problem(D("5"), None) is None
    assert sides_problem(None, D("5")) is None
    assert sides_problem(D("5"), D("5")) is LineProblem.DEBIT_AND_CREDIT
    assert sides_problem(None, None) is LineProblem.NO_AMOUNT
    assert sides_problem(D("0"), None) is LineProblem.NO_AMOUNT


def test_the_balance_and_what_keeps_an_entry_back() -> None:
    balance = balance_of([(D("100.00"), None), (None, D("60.00")), (None, D("40.00"))])
    assert balance == Balance(D("100.00"), D("100.00")) and balance.balanced
    assert entry_refusal(balance, 3, 0) is None
    assert entry_refusal(balance, 3, 1) is EntryRefusal.LINE_PROBLEMS
    assert entry_refusal(Balance(D("5"), D("5")), 1, 0) is EntryRefusal.TOO_FEW_LINES
    lopsided = balance_of([(D("100.00"), None), (None, D("99.99"))])
    assert lopsided.difference == D("0.01")
    assert entry_refusal(lopsided, 2, 0) is EntryRefusal.UNBALANCED
    assert entry_refusal(Balance(D(0), D(0)), 2, 0) is EntryRefusal.UNBALANCED  # zero is not
