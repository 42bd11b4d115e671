"""The rows of the reconcile view's tables: the statement's lines, the suggestions for the
current line (with their confidence, and their reasons as a tooltip) and the open items;
and the balance line ("Reconciled … of closing …")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from arkan_desktop.domain.bank.books import BookItem, number
from arkan_desktop.domain.bank.matching import Suggestion
from arkan_desktop.domain.bank.reconciliation import Balances
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.bank.table_model import Row
from arkan_desktop.gui.bank.words import reasons_text, state_word, word

translate = QCoreApplication.translate


def line_titles() -> list[str]:
    return [
        translate("ReconcileView", "#"),
        translate("ReconcileView", "Date"),
        translate("ReconcileView", "Narrative"),
        translate("ReconcileView", "Reference"),
        translate("ReconcileView", "Amount"),
        translate("ReconcileView", "Open"),
        translate("ReconcileView", "State"),
    ]


def suggestion_titles() -> list[str]:
    return [
        translate("ReconcileView", "Confidence"),
        translate("ReconcileView", "Proposal"),
        translate("ReconcileView", "Items"),
        translate("ReconcileView", "Partner"),
        translate("ReconcileView", "Date"),
        translate("ReconcileView", "Amount"),
        translate("ReconcileView", "Difference"),
    ]


def item_titles() -> list[str]:
    return [
        translate("ReconcileView", "Kind"),
        translate("ReconcileView", "Number"),
        translate("ReconcileView", "Date"),
        translate("ReconcileView", "Partner"),
        translate("ReconcileView", "Reference"),
        translate("ReconcileView", "Amount"),
    ]


def line_rows(statement: Mapping[str, Any] | None) -> list[Row]:
    rows = []
    for line in (statement or {}).get("lines") or ():
        narrative = " — ".join(
            part for part in (line.get("counterparty"), line.get("memo")) if part
        )
        matches = [m.get("number") or word_for_write_off() for m in line.get("matches") or ()]
        tooltip = (
            translate("ReconcileView", "Matched to %1").replace("%1", ", ".join(matches))
            if matches
            else ""
        )
        rows.append(
            Row(
                str(line.get("id")),
                [
                    str(line.get("sequence") or ""),
                    str(line.get("date") or ""),
                    narrative,
                    str(line.get("reference") or ""),
                    number(line.get("amount")),
                    number(line.get("amountResidual", line.get("amount"))),
                    state_word(str(line.get("state") or "")),
                ],
                tooltip=tooltip,
                data=str(line.get("state") or ""),
            )
        )
    return rows


def word_for_write_off() -> str:
    return translate("ReconcileView", "write-off")


def suggestion_rows(suggestions: Sequence[Suggestion], items: Mapping[str, BookItem]) -> list[Row]:
    rows = []
    for n, s in enumerate(suggestions):
        chosen = [items[i].item for i in s.items if i in items]
        if not chosen:
            continue
        amount = sum((i.amount for i in chosen), Decimal(0))
        partners = sorted({i.partner for i in chosen if i.partner})
        tip = translate("ReconcileView", "Why:") + "\n" + reasons_text(s.reasons)
        if n < 5:
            tip += "\n" + translate("ReconcileView", "Key %1 takes this suggestion").replace(
                "%1", str(n + 1)
            )
        rows.append(
            Row(
                f"suggestion-{n}",
                [
                    f"{round(s.confidence * 100)}%",
                    word(s.proposal),
                    ", ".join(i.number or word(i.kind) for i in chosen),
                    ", ".join(partners),
                    max(i.date for i in chosen).isoformat(),
                    amount,
                    s.difference,
                ],
                tooltip=tip,
                data=s,
            )
        )
    return rows


def item_rows(items: Sequence[BookItem]) -> list[Row]:
    ordered = sorted(items, key=lambda b: (b.item.date, b.item.number))
    return [
        Row(
            b.id,
            [
                word(b.item.kind),
                b.item.number,
                b.item.date.isoformat(),
                b.item.partner,
                b.item.reference,
                b.item.amount,
            ],
            tooltip=b.item.memo,
            data=b,
        )
        for b in ordered
    ]


def balance_text(found: Balances | None, currency: str) -> str:
    if found is None:
        return translate("ReconcileView", "Choose a statement, or import one (Ctrl+I).")
    text = (
        translate(
            "ReconcileView", "Reconciled %1 of closing %2 %3 · difference %4 · %5 of %6 lines"
        )
        .replace("%1", amount_text(found.reconciled, 2))
        .replace("%2", amount_text(found.closing, 2))
        .replace("%3", currency)
        .replace("%4", amount_text(found.difference, 2))
        .replace("%5", amount_text(Decimal(found.reconciled_lines)))
        .replace("%6", amount_text(Decimal(found.lines)))
    )
    if found.done:
        text += " · " + translate("ReconcileView", "reconciled: the balance agrees with the bank")
    return text
