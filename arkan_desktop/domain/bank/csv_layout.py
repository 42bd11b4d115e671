"""How a bank's CSV export is laid out: its encoding, delimiter, header row and columns.

Guesses only: `csv_import.detect_csv` turns them into a proposal the user confirms. Column
roles come from header words in English and Arabic (UAE, Saudi and Gulf bank exports),
then from the values when a header says nothing. Pure functions, no I/O.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Sequence

from arkan_desktop.domain.bank.formats import detect_date_format, looks_like_amount

DELIMITERS = (",", ";", "\t", "|")
# The words a header uses for each role, most specific roles first: "value date" must
# win over "date", "bank reference" over "reference", "dr/cr" over "dr".
ROLE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("value_date", ("value date", "val date", "تاريخ القيمة", "تاريخ الاستحقاق")),
    (
        "date",
        (
            "transaction date",
            "txn date",
            "trans date",
            "posting date",
            "post date",
            "booking date",
            "book date",
            "date",
            "تاريخ العملية",
            "تاريخ المعاملة",
            "تاريخ الحركة",
            "تاريخ القيد",
            "تاريخ",
        ),
    ),
    ("sign", ("dr cr", "cr dr", "debit credit", "credit debit", "transaction type", "type", "نوع")),
    (
        "bank_reference",
        ("bank reference", "bank ref", "transaction id", "txn id", "مرجع البنك", "رقم العملية"),
    ),
    (
        "counterparty_account",
        (
            "beneficiary account",
            "counterparty account",
            "account number",
            "account no",
            "iban",
            "حساب المستفيد",
            "رقم الحساب",
            "ايبان",
        ),
    ),
    (
        "counterparty",
        (
            "beneficiary name",
            "beneficiary",
            "payee",
            "payer",
            "remitter",
            "counterparty",
            "name",
            "المستفيد",
            "اسم",
            "المحول",
        ),
    ),
    (
        "reference",
        (
            "reference",
            "ref no",
            "ref",
            "cheque no",
            "cheque number",
            "chq no",
            "check no",
            "مرجع",
            "رقم المرجع",
            "رقم الشيك",
        ),
    ),
    (
        "memo",
        (
            "description",
            "narration",
            "narrative",
            "details",
            "transaction details",
            "particulars",
            "remarks",
            "memo",
            "بيان",
            "وصف",
            "تفاصيل",
            "شرح",
        ),
    ),
    (
        "debit",
        (
            *("debit", "debits", "withdrawal", "withdrawals", "money out", "paid out", "dr"),
            *("مدين", "سحب", "سحوبات", "مسحوبات"),
        ),
    ),
    (
        "credit",
        (
            *("credit", "credits", "deposit", "deposits", "money in", "paid in", "cr"),
            *("دائن", "ايداع", "ايداعات"),
        ),
    ),
    ("balance", ("running balance", "available balance", "balance", "رصيد")),
    ("amount", ("transaction amount", "amount", "مبلغ", "قيمه")),
)
_TASHKEEL = re.compile("[\u064b-\u0652\u0640]")


def normalise_header(text: str) -> tuple[str, ...]:
    """Header words, compared loosely: case, punctuation, Arabic letter forms, "ال"."""
    text = _TASHKEEL.sub("", text.lower())
    text = text.translate(str.maketrans("أإآة", "ااا" + "ه"))
    words = re.sub(r"[^\w]+", " ", text).split()
    return tuple(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


_ROLE_KEYS = tuple((role, tuple(normalise_header(w) for w in words)) for role, words in ROLE_WORDS)


def _contains(words: tuple[str, ...], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(words[i : i + n] == key for i in range(len(words) - n + 1))


def header_role(header: str) -> str | None:
    words = normalise_header(header)
    for role, keys in _ROLE_KEYS:
        if any(key and _contains(words, key) for key in keys):
            return role
    return None


def guess_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), else Windows-1256."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    # Not UTF-8: Arabic Windows exports are Windows-1256; Western ones Windows-1252.
    arabic = sum(1 for ch in data.decode("cp1256", "replace") if "\u0600" <= ch <= "\u06ff")
    return "cp1256" if arabic else "cp1252"


def read_rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(1-based line where the row starts, cells) for each row, blank rows left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    start = 1
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append((start, cells))
        start = reader.line_num + 1
    return rows


def guess_delimiter(text: str) -> str:
    """The delimiter that gives the most rows of one width (more than one column)."""
    sample = "\n".join(text.splitlines()[:200])
    best, best_score = ",", -1
    for delimiter in DELIMITERS:
        try:
            rows = read_rows(sample, delimiter)
        except csv.Error:
            continue
        widths = Counter(len(cells) for _, cells in rows if len(cells) > 1)
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = count * 1000 + width
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _is_date(cell: str) -> bool:
    return bool(cell.strip()) and detect_date_format([cell]) is not None


def find_header(rows: Sequence[tuple[int, list[str]]]) -> tuple[int, bool]:
    """(rows before the header, has a header): preamble lines of account details skipped."""
    widths = Counter(len(cells) for _, cells in rows if len(cells) > 1)
    width = widths.most_common(1)[0][0] if widths else 0
    for i, (_, cells) in enumerate(rows):
        if len(cells) != width or not any(_is_date(c) for c in cells):
            continue
        if i > 0 and len(rows[i - 1][1]) == width:
            previous = rows[i - 1][1]
            if not any(_is_date(c) or looks_like_amount(c) for c in previous if c.strip()):
                return i - 1, True
        return i, False
    return 0, True


def guess_roles(header: Sequence[str], data: Sequence[Sequence[str]]) -> dict[str, list[int]]:
    """Columns for each role: from the header words, then from the values."""
    roles: dict[str, list[int]] = {}
    for index, name in enumerate(header):
        role = header_role(name)
        if role and (role == "memo" or role not in roles):
            roles.setdefault(role, []).append(index)
    width = max((len(r) for r in data), default=len(header))

    def column(i: int) -> list[str]:
        return [r[i] for r in data if i < len(r) and r[i].strip()]

    if "date" not in roles:
        for i in range(width):
            if column(i) and detect_date_format(column(i)) is not None:
                roles["date"] = [i]
                break
    money = {"amount", "debit", "credit"}
    if not money & roles.keys():
        taken = {i for cols in roles.values() for i in cols}
        numeric = [
            i
            for i in range(width)
            if i not in taken and column(i) and all(looks_like_amount(c) for c in column(i))
        ]
        if numeric:
            roles["amount"] = [numeric[0]]
            if len(numeric) > 1 and "balance" not in roles:
                roles["balance"] = [numeric[-1]]
    if "memo" not in roles:
        taken = {i for cols in roles.values() for i in cols}
        texts = [i for i in range(width) if i not in taken and column(i)]
        if texts:
            roles["memo"] = [max(texts, key=lambda i: sum(len(c) for c in column(i)))]
    return roles


_IBAN = re.compile(r"\b([A-Z]{2}\d{2}[A-Z0-9]{11,30})\b")
_CURRENCIES = frozenset({"AED", "SAR", "QAR", "KWD", "BHD", "OMR", "USD", "EUR", "GBP", "INR"})
_ACCOUNT_LABELS = ("account number", "account no", "رقم الحساب")


def preamble_account(rows: Sequence[tuple[int, list[str]]]) -> tuple[str, str]:
    """(account, currency) from the lines above the header, when the bank prints them."""
    account = currency = ""
    for _, cells in rows:
        for i, cell in enumerate(cells):
            value = cell.strip()
            iban = _IBAN.search(value.replace(" ", ""))
            if iban:
                account = iban.group(1)
            elif value.upper() in _CURRENCIES and not currency:
                currency = value.upper()
            elif not account and any(w in value.lower() for w in _ACCOUNT_LABELS):
                following = [c.strip() for c in cells[i + 1 :] if c.strip()]
                if following:
                    account = following[0]
    return account, currency
