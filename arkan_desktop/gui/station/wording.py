"""How the station says a step machine's answer: the reason's sentence, its figures in the
window's digits.

The pure sessions (domain/warehouse) answer with a reason enum and its values; each
workflow keeps a table of reason -> English sentence (marked for the translators in the
"Station" context) and `say` renders it in the window's language: quantities written as
the language writes numbers, lists of SKUs joined, conditions, shortage reasons and
states in words.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.domain.warehouse.outcome import Outcome as Answer
from arkan_desktop.domain.warehouse.pick_reasons import ShortageReason
from arkan_desktop.gui.amount_field import amount_text
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.station.workflows import Outcome
from arkan_desktop.sync.commands.descriptions import render

translate = QCoreApplication.translate
E = TypeVar("E", bound=Enum)

CONDITIONS: dict[str, object] = {
    "resell": QT_TRANSLATE_NOOP("Station", "to resell"),
    "damaged": QT_TRANSLATE_NOOP("Station", "damaged"),
}
SHORTAGES: dict[str, object] = {
    ShortageReason.NOT_FOUND.value: QT_TRANSLATE_NOOP("Station", "Not found"),
    ShortageReason.DAMAGED.value: QT_TRANSLATE_NOOP("Station", "Damaged"),
    ShortageReason.SHORT_ON_SHELF.value: QT_TRANSLATE_NOOP("Station", "Short on the shelf"),
}


def number(value: Decimal | int) -> str:
    """A quantity as the window's language writes it, without grouping: 12, 2.5."""
    figure = Decimal(value).normalize()
    if figure == figure.to_integral_value():
        figure = figure.quantize(Decimal(1))
    return amount_text(figure, grouping=False)


def condition_word(value: str) -> str:
    word = CONDITIONS.get(value)
    return translate("Station", str(word)) if word is not None else value


def shortage_word(value: str) -> str:
    word = SHORTAGES.get(value)
    return translate("Station", str(word)) if word is not None else value


def _shown(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal | int):
        return number(value)
    if isinstance(value, tuple):
        return ", ".join(str(x) for x in value)
    if name == "condition":
        return condition_word(str(value))
    if name == "shortage":
        return shortage_word(str(value))
    if name == "state":
        return code_label(str(value))
    return str(value)


def sentence(templates: Mapping[E, object], answer: Answer[E]) -> str:
    """The reason's sentence with its values in place (a reason with no sentence is a
    programming error: a test says every member has one)."""
    template = translate("Station", str(templates[answer.reason]))
    return render(template, {name: _shown(name, value) for name, value in answer.args.items()})


def say(templates: Mapping[E, object], answer: Answer[E]) -> Outcome:
    """The station's answer (green or red, in words) to a session's."""
    return Outcome(answer.accepted, sentence(templates, answer))
