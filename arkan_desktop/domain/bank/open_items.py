"""Open payments and journal items, indexed so that a statement line finds its candidates fast.

`ItemIndex` is built once per reconciliation session (5,000 items take tens of
milliseconds) and answers, for one statement line: the items of exactly this amount
nearest its date, the items whose number or reference the line's text mentions, and
the partners the line names, by word then by `rapidfuzz` similarity. Amounts are held
as integer thousandths so that sums of several items are exact and quick. Pure: no I/O.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum

from rapidfuzz import fuzz

from arkan_desktop.domain.bank.matching_text import name_text, number_keys

SCALE = 1000  # thousandths: enough for KWD, BHD and OMR fils
DIGITS_ONLY_HIT = 0.7  # a number found by its digits alone ("2026-0042" for BILL or INV?)


class ItemKind(Enum):
    PAYMENT = "payment"
    JOURNAL_ITEM = "journal_item"
    INVOICE = "invoice"


@dataclass(frozen=True, slots=True)
class OpenItem:
    """Something the bank line may settle: a posted payment or an open journal item."""

    id: str
    kind: ItemKind
    date: dt.date
    amount: Decimal  # signed as the bank sees it: positive is money expected in
    partner: str = ""
    number: str = ""  # "INV/2026/00042", "PAY/2026/0107"
    reference: str = ""  # the customer's reference, a cheque number
    memo: str = ""


def to_units(amount: Decimal) -> int:
    return int((amount * SCALE).to_integral_value(ROUND_HALF_EVEN))


class ItemIndex:
    """The open items, by amount, by number key and by partner name."""

    def __init__(self, items: Sequence[OpenItem]) -> None:
        self.items = list(items)
        self.units = [to_units(item.amount) for item in self.items]
        self.days = [item.date.toordinal() for item in self.items]
        by_amount: dict[int, list[int]] = defaultdict(list)
        self.by_key: dict[str, list[int]] = defaultdict(list)
        partner_ids: dict[str, int] = {}
        self.partner_names: list[str] = []
        self.partner_of: list[int] = []
        for i, item in enumerate(self.items):
            by_amount[self.units[i]].append(i)
            for key in number_keys(item.number) | number_keys(item.reference):
                self.by_key[key].append(i)
            name = name_text(item.partner)
            if name not in partner_ids:
                partner_ids[name] = len(self.partner_names)
                self.partner_names.append(name)
            self.partner_of.append(partner_ids[name])
        self.partner_amounts: dict[tuple[int, int], int] = defaultdict(int)
        by_side: dict[tuple[int, bool], list[int]] = defaultdict(list)
        for i, units in enumerate(self.units):
            self.partner_amounts[(self.partner_of[i], units)] += 1
            by_side[(self.partner_of[i], units > 0)].append(i)
        # A partner's money-in and money-out items apart, each by date, for window lookups.
        self.partner_side = {
            key: sorted(found, key=lambda i: self.days[i]) for key, found in by_side.items()
        }
        self.partner_side_days = {
            key: [self.days[i] for i in found] for key, found in self.partner_side.items()
        }
        self.by_amount = {
            units: sorted(found, key=lambda i: self.days[i]) for units, found in by_amount.items()
        }
        self.amount_days = {
            units: [self.days[i] for i in found] for units, found in self.by_amount.items()
        }
        self._partner_words(partner_ids)
        self._names: dict[tuple[str, int], float] = {}

    def _partner_words(self, partner_ids: dict[str, int]) -> None:
        """Each distinctive name word → partners (words in many names only weigh, they do
        not find), and each word with one letter deleted → words, to find typos."""
        words: dict[str, set[int]] = defaultdict(set)
        self.partner_words: list[frozenset[str]] = [frozenset()] * len(partner_ids)
        for name, pid in partner_ids.items():
            self.partner_words[pid] = frozenset(w for w in name.split() if len(w) > 2)
            for word in self.partner_words[pid]:
                words[word].add(pid)
        count = max(1, len(partner_ids))
        common = max(3, count // 20)
        self.idf = {w: math.log(1 + count / len(p)) for w, p in words.items()}
        self.word_partners = {w: sorted(p) for w, p in words.items() if len(p) <= common}
        self.deletions: dict[str, set[str]] = defaultdict(set)
        for word in self.word_partners:
            for variant in _deletions(word):
                self.deletions[variant].add(word)

    def _known_words(self, word: str) -> set[str]:
        """`word` if a partner's name has it, else the name words one typo away."""
        if word in self.word_partners:
            return {word}
        if len(word) < 4:
            return set()
        close = set(self.deletions.get(word, ()))
        for variant in _deletions(word):
            if variant in self.word_partners:
                close.add(variant)
            close |= self.deletions.get(variant, set())
        return close

    def same_amount(
        self, units: int, day: int, before: int, after: int, limit: int
    ) -> tuple[list[int], int]:
        """Items of exactly `units` dated within [day - before, day + after], nearest first
        (at most `limit`), and how many there are in that span."""
        found = self.by_amount.get(units)
        if not found:
            return [], 0
        days = self.amount_days[units]
        lo = bisect.bisect_left(days, day - before)
        hi = bisect.bisect_right(days, day + after)
        span = found[lo:hi]
        if len(span) > limit:
            span = sorted(span, key=lambda i: abs(self.days[i] - day))[:limit]
        return span, hi - lo

    def partner_window(self, partner: int, money_in: bool, first: int, last: int) -> list[int]:
        """The partner's items on one side (money in or out) dated first..last (ordinals)."""
        key = (partner, money_in)
        days = self.partner_side_days.get(key)
        if not days:
            return []
        lo, hi = bisect.bisect_left(days, first), bisect.bisect_right(days, last)
        return self.partner_side[key][lo:hi]

    def number_hits(self, keys: set[str]) -> dict[int, float]:
        """Items whose number or reference is among `keys`, with how surely it was found."""
        hits: dict[int, float] = {}
        for key in keys:
            strength = DIGITS_ONLY_HIT if key.startswith("#") else 1.0
            for i in self.by_key.get(key, ()):
                if hits.get(i, 0.0) < strength:
                    hits[i] = strength
        return hits

    def partners_named(self, query: str, limit: int = 8) -> list[tuple[int, float]]:
        """Partners that `query` (a name or a narrative, normalised) names, scored 0-1.

        Distinctive words (or one typo away) find the candidates; every word the query
        shares with a candidate's name then ranks them, so that "Al Reem Steel
        Industries" comes before the other Reems for REEM STEEL IND.
        """
        said = set(query.split())
        found: dict[int, set[str]] = defaultdict(set)
        for word in said:
            for known in self._known_words(word):
                for pid in self.word_partners[known]:
                    found[pid].add(known)

        def weight(pid: int) -> float:
            shared = found[pid] | (self.partner_words[pid] & said)
            return sum(self.idf[w] for w in shared)

        ranked = sorted(found, key=lambda p: -weight(p))[:limit]
        scored = [(pid, self.name_score(query, pid)) for pid in ranked]
        return [(pid, score) for pid, score in scored if score > 0]

    def name_score(self, query: str, partner: int) -> float:
        """How well `query` names the partner: 0, or 0.6-1.0.

        rapidfuzz's token-set ratio (100 when one name's words are all in the other),
        weighed by how much of the query the partner's name covers, so that "Rashidi Fajr
        Furniture" beats "Fajr Furniture" for a line that says RASHIDI FAJR FURNITURE.
        """
        name = self.partner_names[partner]
        if not query or not name:
            return 0.0
        key = (query, partner)
        score = self._names.get(key)
        if score is None:
            ratio = fuzz.token_set_ratio(query, name) / 100
            cover = min(1.0, len(name) / len(query))
            score = ratio * (0.8 + 0.2 * cover)
            score = score if score >= 0.6 else 0.0
            self._names[key] = score
        return score


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
