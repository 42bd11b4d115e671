"""The Bank tab's words for what domain/ answers: why a suggestion is made, what it
proposes, what kind of item it is, and why something cannot be done (reason enums in,
one translated sentence out; context "BankWords")."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arkan_desktop.domain.assets import AssetProblem, RunProblem
from arkan_desktop.domain.bank.books import MatchProblem
from arkan_desktop.domain.bank.iban import IbanProblem
from arkan_desktop.domain.bank.matching import Proposal, Reason
from arkan_desktop.domain.bank.open_items import ItemKind
from arkan_desktop.domain.bank.reconciliation import WriteOffProblem

CONTEXT = "BankWords"
_WORDS: dict[Enum, object] = {
    Reason.EXACT_AMOUNT: QT_TRANSLATE_NOOP("BankWords", "the same amount"),
    Reason.SUM_OF_ITEMS: QT_TRANSLATE_NOOP("BankWords", "the items add up to the line"),
    Reason.PARTIAL_PAYMENT: QT_TRANSLATE_NOOP("BankWords", "the line pays part of the item"),
    Reason.SMALL_DIFFERENCE: QT_TRANSLATE_NOOP(
        "BankWords", "a small difference, within the write-off limit"
    ),
    Reason.AMOUNT_SHARED: QT_TRANSLATE_NOOP("BankWords", "other open items have this amount"),
    Reason.NUMBER_IN_TEXT: QT_TRANSLATE_NOOP(
        "BankWords", "its number or reference is in the line's text"
    ),
    Reason.NAME_MATCH: QT_TRANSLATE_NOOP("BankWords", "the line names this partner"),
    Reason.NAME_SIMILAR: QT_TRANSLATE_NOOP(
        "BankWords", "the line names a partner much like this one"
    ),
    Reason.SAME_DAY: QT_TRANSLATE_NOOP("BankWords", "the same day"),
    Reason.DATE_CLOSE: QT_TRANSLATE_NOOP("BankWords", "a few days apart"),
    Reason.DATE_FAR: QT_TRANSLATE_NOOP("BankWords", "far apart in date (check it)"),
    Proposal.MATCH: QT_TRANSLATE_NOOP("BankWords", "Match"),
    Proposal.MANY_TO_ONE: QT_TRANSLATE_NOOP("BankWords", "Several items"),
    Proposal.PARTIAL: QT_TRANSLATE_NOOP("BankWords", "Part of the item"),
    Proposal.WRITE_OFF: QT_TRANSLATE_NOOP("BankWords", "Match and write off"),
    ItemKind.PAYMENT: QT_TRANSLATE_NOOP("BankWords", "Payment"),
    ItemKind.JOURNAL_ITEM: QT_TRANSLATE_NOOP("BankWords", "Journal item"),
    ItemKind.INVOICE: QT_TRANSLATE_NOOP("BankWords", "Open invoice"),
    MatchProblem.NOTHING_CHOSEN: QT_TRANSLATE_NOOP(
        "BankWords", "Choose the items to match first (Space selects an item)."
    ),
    MatchProblem.LINE_DONE: QT_TRANSLATE_NOOP("BankWords", "This line is reconciled already."),
    MatchProblem.WRONG_DIRECTION: QT_TRANSLATE_NOOP(
        "BankWords", "Money in can only be matched to money in, and money out to money out."
    ),
    MatchProblem.TOO_MANY_ITEMS: QT_TRANSLATE_NOOP(
        "BankWords", "The line is used up before the last item chosen; choose fewer items."
    ),
    WriteOffProblem.NOTHING_LEFT: QT_TRANSLATE_NOOP(
        "BankWords", "Nothing is left on this line to write off."
    ),
    WriteOffProblem.OVER_LIMIT: QT_TRANSLATE_NOOP(
        "BankWords", "What is left on this line is over the write-off limit; match it instead."
    ),
    IbanProblem.MISSING: QT_TRANSLATE_NOOP("BankWords", "%1 has no IBAN."),
    IbanProblem.BAD_CHARACTERS: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN with characters other than letters and digits."
    ),
    IbanProblem.UNKNOWN_COUNTRY: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN that starts with no country's code."
    ),
    IbanProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN of the wrong length for its country."
    ),
    IbanProblem.BAD_FORMAT: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN that does not follow its country's layout."
    ),
    IbanProblem.BAD_CHECK_DIGITS: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN whose check digits are wrong (likely a typo)."
    ),
    IbanProblem.UNKNOWN_BANK: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN whose bank code belongs to no known bank."
    ),
    IbanProblem.WRONG_COUNTRY: QT_TRANSLATE_NOOP(
        "BankWords", "%1 has an IBAN from another country; this file pays UAE accounts."
    ),
    AssetProblem.NO_NAME: QT_TRANSLATE_NOOP("BankWords", "Give the asset a name."),
    AssetProblem.COST: QT_TRANSLATE_NOOP("BankWords", "The cost must be more than zero."),
    AssetProblem.SALVAGE: QT_TRANSLATE_NOOP(
        "BankWords", "The salvage value must be zero or more, and less than the cost."
    ),
    AssetProblem.LIFE: QT_TRANSLATE_NOOP(
        "BankWords", "The useful life must be from 1 to 600 months."
    ),
    AssetProblem.METHOD: QT_TRANSLATE_NOOP("BankWords", "Choose a depreciation method."),
    AssetProblem.FUTURE: QT_TRANSLATE_NOOP(
        "BankWords", "The acquisition date cannot be in the future."
    ),
    AssetProblem.NO_ACCOUNT: QT_TRANSLATE_NOOP(
        "BankWords", "Choose the account that holds the asset's cost."
    ),
    RunProblem.DISPOSED: QT_TRANSLATE_NOOP(
        "BankWords", "This asset was disposed of; nothing depreciates after that."
    ),
    RunProblem.BEFORE_ACQUISITION: QT_TRANSLATE_NOOP(
        "BankWords", "The asset was acquired after that month."
    ),
    RunProblem.FUTURE: QT_TRANSLATE_NOOP(
        "BankWords", "That month has not begun; depreciation runs up to this month."
    ),
    RunProblem.NOTHING_TO_POST: QT_TRANSLATE_NOOP(
        "BankWords", "Depreciation through that month is posted already; nothing to post."
    ),
}
STATES = {
    "unmatched": QT_TRANSLATE_NOOP("BankWords", "Open"),
    "partial": QT_TRANSLATE_NOOP("BankWords", "Partly matched"),
    "reconciled": QT_TRANSLATE_NOOP("BankWords", "Reconciled"),
    "open": QT_TRANSLATE_NOOP("BankWords", "Open"),
    "active": QT_TRANSLATE_NOOP("BankWords", "Active"),
    "fully_depreciated": QT_TRANSLATE_NOOP("BankWords", "Fully depreciated"),
    "disposed": QT_TRANSLATE_NOOP("BankWords", "Disposed"),
    "planned": QT_TRANSLATE_NOOP("BankWords", "Planned"),
    "posted": QT_TRANSLATE_NOOP("BankWords", "Posted"),
    "cancelled": QT_TRANSLATE_NOOP("BankWords", "Cancelled"),
    "straight_line": QT_TRANSLATE_NOOP("BankWords", "Straight line"),
    "declining_balance": QT_TRANSLATE_NOOP("BankWords", "Declining balance"),
}


def word(value: Enum, name: str = "") -> str:
    """The sentence or word for a domain answer (`name` fills %1 where it has one)."""
    text = QCoreApplication.translate(CONTEXT, str(_WORDS[value]))
    return text.replace("%1", name) if name else text


def state_word(code: str | None) -> str:
    found = STATES.get(code or "")
    if found is None:
        return (code or "").replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, str(found))


def reasons_text(reasons: tuple[Reason, ...]) -> str:
    return "\n".join(f"• {word(r)}" for r in reasons)
