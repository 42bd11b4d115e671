"""The trial balance's signs: a natural balance sits on its account's normal side unless
it is negative (an overdrawn bank shows as a credit)."""

from __future__ import annotations

from arkan_desktop.domain.ledger import Side, balance_side, normal_side, trial_balance_row


def test_assets_and_expenses_are_debit_normal_the_rest_credit_normal() -> None:
    assert [normal_side(kind) for kind in ("asset", "expense")] == [Side.DEBIT, Side.DEBIT]
    others = ("liability", "equity", "revenue", "income", "something new")
    assert {normal_side(kind) for kind in others} == {Side.CREDIT}


def test_a_negative_balance_goes_to_the_other_side() -> None:
    assert balance_side("asset", -1) is Side.CREDIT
    assert balance_side("liability", -1) is Side.DEBIT
    assert balance_side("revenue", 0) is Side.CREDIT


def test_trial_balance_rows_put_the_amount_in_one_column() -> None:
    cash = trial_balance_row("1000", "Cash", "asset", 150_00)
    payables = trial_balance_row("2000", "Payables", "liability", 100_00)
    overdrawn = trial_balance_row("1010", "Bank", "asset", -5_00)
    refunds = trial_balance_row("4100", "Refunds", "revenue", -20_00)
    assert (cash.debit_minor, cash.credit_minor) == (150_00, 0)
    assert (payables.debit_minor, payables.credit_minor) == (0, 100_00)
    assert (overdrawn.debit_minor, overdrawn.credit_minor) == (0, 5_00)
    assert (refunds.debit_minor, refunds.credit_minor) == (20_00, 0)
