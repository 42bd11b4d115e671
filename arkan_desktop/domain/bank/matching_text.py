"""Text as the matcher compares it: document numbers and company names, normalised.

A number is compared by keys that survive how people type it in a bank transfer:
"INV/2026/00042", "inv-2026-0042", "INV 2026 00042" and "INV202600042" share a key, and
so do "INV-2026-42" and "INV-2026-0042". Names lose case, punctuation, legal forms
(LLC, FZE, ...) and the abbreviations banks print (TRDG, GEN, CONT ...). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ALNUM = re.compile(r"[A-Z0-9]+")
_WORD = re.compile(r"[^\W_]+")
# Consecutive tokens joined into one candidate number: "INV 2026 0042" is three tokens.
MAX_WINDOW = 4
MIN_KEY = 4  # shorter keys ("42", "INV") would find everything

LEGAL_FORMS = frozenset(
    (  # noqa: SIM905 (word lists read better as one string)
        "llc l l c fze fzco fz pjsc psc pjs co company est establishment ltd limited inc "
        "wll w l l spc saog saoc plc the and of"
    ).split()
)
# Words of bank narratives and document names, never part of a partner's name.
NARRATIVE = frozenset(
    (  # noqa: SIM905
        "inward outward trf tfr transfer tt ipp ft from to for by payment pmt paid ref "
        "reference inv invoice bill receipt rcpt pay chq cheque deposit dep credit debit cr "
        "dr salary wps batch being towards against settlement remittance"
    ).split()
)
# Abbreviations in Gulf bank narratives, spelled out so that names compare.
ABBREVIATIONS = {
    "trdg": "trading",
    "trd": "trading",
    "gen": "general",
    "genl": "general",
    "cont": "contracting",
    "contg": "contracting",
    "ind": "industries",
    "inds": "industries",
    "indus": "industries",
    "matls": "materials",
    "bldg": "building",
    "svcs": "services",
    "serv": "services",
    "srvcs": "services",
    "engg": "engineering",
    "intl": "international",
    "elec": "electrical",
    "mfg": "manufacturing",
    "equip": "equipment",
    "tech": "technology",
    "techn": "technology",
    "mgmt": "management",
    "dev": "development",
    "corp": "corporation",
}


_NOT_DIGIT = re.compile(r"\D+")
_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")


def keys_of_tokens(tokens: list[str]) -> set[str]:
    """The keys of one run of tokens: as typed and without leading zeros, each also as
    its digits alone (marked "#": weaker, "BILL-0042" and "INV-0042" share them)."""
    full = "".join(tokens)
    if len(full) < MIN_KEY or full.isalpha():
        return set()
    forms = {full, "".join(_LEADING_ZEROS.sub("", t) for t in tokens) if "0" in full else full}
    keys = set()
    for form in forms:
        if len(form) >= MIN_KEY:
            keys.add(form)
        digits = _NOT_DIGIT.sub("", form).lstrip("0")
        if len(digits) >= MIN_KEY:
            keys.add("#" + digits)
    return keys


def number_keys(number: str) -> set[str]:
    """The keys of a document number or reference ("" gives none)."""
    return keys_of_tokens(_ALNUM.findall(number.upper()))


def text_keys(texts: Iterable[str]) -> set[str]:
    """Every key found in free text: each run of up to MAX_WINDOW consecutive tokens."""
    keys: set[str] = set()
    for text in texts:
        tokens = _ALNUM.findall(text.upper())
        for start in range(len(tokens)):
            for stop in range(start + 1, min(start + MAX_WINDOW, len(tokens)) + 1):
                keys |= keys_of_tokens(tokens[start:stop])
    return keys


def name_words(text: str) -> list[str]:
    """A name's words, lower case, abbreviations spelled out, legal forms dropped."""
    words = [ABBREVIATIONS.get(w, w) for w in _WORD.findall(text.lower())]
    return [w for w in words if w not in LEGAL_FORMS and not w.isdigit()]


def name_text(text: str) -> str:
    return " ".join(name_words(text))


def query_text(text: str) -> str:
    """The name a statement line gives, from its counterparty field or its narrative."""
    return " ".join(w for w in name_words(text) if w not in NARRATIVE and len(w) > 1)
