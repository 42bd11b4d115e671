"""Suggested matches between bank statement lines and open payments or journal items.

For each line, candidates come from the `ItemIndex` (never a scan of all items): the
items of exactly its amount near its date, the items whose number or reference its text
mentions, and the open items of the partners it names. Each candidate, or a group of
one partner's items that sum to the line (many-to-one), becomes a `Suggestion` with a
confidence in [0, 1] and the `Reason`s behind it; a line smaller than the item it names
is a partial payment, and a difference under the write-off limit is proposed as a
write-off. `assign` then keeps one suggestion per line so that no item is used twice.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from arkan_desktop.domain.bank.matching_text import query_text, text_keys
from arkan_desktop.domain.bank.open_items import ItemIndex, ItemKind, OpenItem, to_units
from arkan_desktop.domain.bank.statement import StatementLine


class Reason(Enum):
    EXACT_AMOUNT = "exact_amount"
    SUM_OF_ITEMS = "sum_of_items"  # several items together make the line's amount
    PARTIAL_PAYMENT = "partial_payment"  # the line pays part of the item
    SMALL_DIFFERENCE = "small_difference"  # under the write-off limit
    AMOUNT_SHARED = "amount_shared"  # other open items have the same amount
    NUMBER_IN_TEXT = "number_in_text"  # the item's number or reference is in the line
    NAME_MATCH = "name_match"  # the counterparty is the item's partner
    NAME_SIMILAR = "name_similar"  # the counterparty looks like the item's partner
    SAME_DAY = "same_day"
    DATE_CLOSE = "date_close"
    DATE_FAR = "date_far"  # outside the date window: shown as a warning


class Proposal(Enum):
    MATCH = "match"  # one item, the same amount
    MANY_TO_ONE = "many_to_one"  # several items, together the same amount
    PARTIAL = "partial"  # the line settles part of one item
    WRITE_OFF = "write_off"  # one item, a small difference written off


@dataclass(frozen=True, slots=True)
class Suggestion:
    line: int  # index of the statement line
    items: tuple[str, ...]  # OpenItem ids
    proposal: Proposal
    confidence: float  # 0..1
    reasons: tuple[Reason, ...]
    # The line's amount less the items' total: the write-off, or for a partial payment
    # what stays open on the item (with the opposite sign). Zero for a full match.
    difference: Decimal


@dataclass(frozen=True)
class MatchSettings:
    payment_window_days: int = 7  # a payment reaches the bank within this many days
    item_window_days: int = 120  # an invoice is paid within this many days of its date
    write_off_limit: Decimal = Decimal("5.00")  # in the statement's currency
    max_group: int = 3  # items in one many-to-one suggestion
    group_pool: int = 12  # a partner's items tried for many-to-one
    same_amount_limit: int = 20  # items of one amount considered, nearest date first
    per_line: int = 5  # suggestions kept for each line
    min_confidence: float = 0.15


@dataclass(frozen=True)
class MatchResult:
    suggestions: tuple[tuple[Suggestion, ...], ...]  # per line, best first
    assignment: dict[int, Suggestion] = field(default_factory=dict)  # line → kept suggestion


_Scored = tuple[float, tuple["Reason", ...]]


@dataclass
class _Line:
    index: int
    line: StatementLine
    units: int
    day: int
    query: str  # the name the line gives, normalised
    hits: dict[int, float]  # item → number found (1.0) or its digits only (0.7)


class _Scorer:
    def __init__(self, index: ItemIndex, settings: MatchSettings) -> None:
        self.index, self.s = index, settings
        self.limit = to_units(settings.write_off_limit)

    def date_score(self, item: int, line: _Line) -> float:
        delta = line.day - self.index.days[item]
        s = self.s
        if self.index.items[item].kind is ItemKind.PAYMENT:
            window = s.payment_window_days
            return 1 - abs(delta) / (window + 1) if abs(delta) <= window else 0.0
        if -s.payment_window_days <= delta <= s.item_window_days:
            return 1 - abs(delta) / (s.item_window_days + 1)
        return 0.0

    def score(
        self, line: _Line, items: tuple[int, ...], proposal: Proposal, shared: int = 1
    ) -> tuple[float, tuple[Reason, ...]]:
        """The confidence in one candidate and its reasons: independent pieces of
        evidence (amount, number, name, date), each with its weight, combined so that
        each one adds to the others (1 - the product of their doubts)."""
        index = self.index
        total = sum(index.units[i] for i in items)
        reasons: list[Reason] = []
        name = min(index.name_score(line.query, index.partner_of[i]) for i in items)
        if proposal is Proposal.MATCH:
            if name >= 0.75:  # among the partner's own items, is the amount still shared?
                shared = index.partner_amounts[(index.partner_of[items[0]], index.units[items[0]])]
            evidence = [0.55 / shared**0.5]
            reasons.append(Reason.EXACT_AMOUNT)
            if shared > 1:
                reasons.append(Reason.AMOUNT_SHARED)
        elif proposal is Proposal.MANY_TO_ONE:
            evidence, reasons = [0.45], [Reason.SUM_OF_ITEMS]
        elif proposal is Proposal.WRITE_OFF:
            evidence = [0.4 * (1 - 0.5 * abs(line.units - total) / max(1, self.limit))]
            reasons.append(Reason.SMALL_DIFFERENCE)
        else:  # partial: strong only when the line names the item's number
            evidence = [0.15 if line.hits.get(items[0]) else 0.05]
            reasons.append(Reason.PARTIAL_PAYMENT)
        number = sum(line.hits.get(i, 0.0) for i in items) / len(items)
        if number:
            evidence.append(0.75 * number)
            reasons.append(Reason.NUMBER_IN_TEXT)
        if name >= 0.6:
            evidence.append(0.65 * (name - 0.5) / 0.5)
            reasons.append(Reason.NAME_MATCH if name >= 0.9 else Reason.NAME_SIMILAR)
        dates = [self.date_score(i, line) for i in items]
        date = sum(dates) / len(dates)
        evidence.append(0.3 * date)
        if any(index.days[i] == line.day for i in items) and min(dates) > 0:
            reasons.append(Reason.SAME_DAY)
        elif date > 0 and min(dates) > 0:
            reasons.append(Reason.DATE_CLOSE)
        else:
            reasons.append(Reason.DATE_FAR)
        doubt = 1.0
        for e in evidence:
            doubt *= 1 - e
        return 1 - doubt, tuple(reasons)

    def suggestion(
        self, line: _Line, items: tuple[int, ...], proposal: Proposal, scored: _Scored
    ) -> Suggestion:
        index = self.index
        return Suggestion(
            line=line.index,
            items=tuple(index.items[i].id for i in items),
            proposal=proposal,
            confidence=round(scored[0], 4),
            reasons=scored[1],
            difference=line.line.amount - sum((index.items[i].amount for i in items), Decimal(0)),
        )


def _same_sign(a: int, b: int) -> bool:
    return (a > 0) == (b > 0) and a != 0 and b != 0


def _groups(pool: list[int], units: list[int], target: int, size: int) -> list[tuple[int, ...]]:
    """Sets of 2..size items of `pool` whose amounts add up to `target` exactly."""
    found: list[tuple[int, ...]] = []
    where: dict[int, list[int]] = {}
    for n, i in enumerate(pool):
        where.setdefault(units[i], []).append(n)
    for a in range(len(pool)):
        rest = target - units[pool[a]]
        found += [(pool[a], pool[b]) for b in where.get(rest, ()) if b > a]
        if size >= 3:
            for b in range(a + 1, len(pool)):
                third = rest - units[pool[b]]
                found += [(pool[a], pool[b], pool[c]) for c in where.get(third, ()) if c > b]
    return found


def _line_candidates(scorer: _Scorer, line: _Line) -> list[Suggestion]:
    index, s = scorer.index, scorer.s
    found: dict[tuple[int, ...], tuple[Proposal, _Scored]] = {}

    def add(items: tuple[int, ...], proposal: Proposal, shared: int = 1) -> None:
        if items not in found:
            found[items] = proposal, scorer.score(line, items, proposal, shared)

    span, shared = index.same_amount(
        line.units, line.day, s.item_window_days, s.payment_window_days, s.same_amount_limit
    )
    for i in span:
        add((i,), Proposal.MATCH, shared)
    pool: list[int] = []
    named = [i for i in line.hits if _same_sign(index.units[i], line.units)]
    named_partners = index.partners_named(line.query)
    partners = [p for p, score in named_partners if score >= 0.75]
    surely = {p for p, score in named_partners if score >= 0.9}
    low, high = line.day - s.item_window_days, line.day + s.payment_window_days
    by_partner = [i for p in partners for i in index.partner_window(p, line.units > 0, low, high)]
    for i in named + by_partner:
        difference = abs(line.units) - abs(index.units[i])
        if difference == 0:
            add((i,), Proposal.MATCH, max(1, shared))
        elif abs(difference) <= scorer.limit:
            add((i,), Proposal.WRITE_OFF)
        elif difference < 0 and (i in line.hits or index.partner_of[i] in surely):
            add((i,), Proposal.PARTIAL)
        elif difference > 0 and i not in pool:
            pool.append(i)
    best = max((scored[0] for _, scored in found.values()), default=0.0)
    if best < 0.9 and len(pool) >= 2:
        pool = pool[: s.group_pool]
        for group in _groups(pool, index.units, line.units, s.max_group):
            # One partner's items, or items the line names by number: never a mix by chance.
            if len({index.partner_of[i] for i in group}) == 1 or all(i in line.hits for i in group):
                add(tuple(sorted(group)), Proposal.MANY_TO_ONE)
    ranked = sorted(
        (items for items, (_, scored) in found.items() if scored[0] >= s.min_confidence),
        key=lambda items: (-found[items][1][0], len(items), items),
    )
    return [scorer.suggestion(line, items, *found[items]) for items in ranked[: s.per_line]]


def suggest(
    lines: Sequence[StatementLine],
    items: Sequence[OpenItem] | ItemIndex,
    settings: MatchSettings | None = None,
) -> MatchResult:
    """Ranked suggestions for every line, and a one-to-one choice among them."""
    settings = settings or MatchSettings()
    index = items if isinstance(items, ItemIndex) else ItemIndex(items)
    scorer = _Scorer(index, settings)
    per_line = []
    for n, line in enumerate(lines):
        context = _Line(
            index=n,
            line=line,
            units=to_units(line.amount),
            day=line.date.toordinal(),
            query=query_text(line.counterparty or line.memo),
            hits=index.number_hits(text_keys((line.memo, line.reference, line.bank_reference))),
        )
        per_line.append(tuple(_line_candidates(scorer, context)) if context.units else ())
    suggestions = tuple(per_line)
    return MatchResult(suggestions, assign(suggestions))


def assign(suggestions: Sequence[Sequence[Suggestion]]) -> dict[int, Suggestion]:
    """One suggestion per line, most confident first, never using an item twice."""
    ordered = sorted(
        (s for ranked in suggestions for s in ranked),
        key=lambda s: (-s.confidence, s.line, len(s.items)),
    )
    chosen: dict[int, Suggestion] = {}
    used: set[str] = set()
    for suggestion in ordered:
        if suggestion.line in chosen or used.intersection(suggestion.items):
            continue
        chosen[suggestion.line] = suggestion
        used.update(suggestion.items)
    return chosen
