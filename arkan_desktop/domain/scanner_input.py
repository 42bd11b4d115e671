"""What a keyboard-wedge scanner's keystrokes mean: scan or typing, and which layout typed them.

`ScanDetector` is fed key events with their timestamps (the GUI passes QKeyEvent
timestamps, tests pass made-up ones) and tells a scanner burst from human typing when the
code ends; it never reads a clock. `layout_readings` undoes a keyboard-layout mismatch
between scanner and PC (French AZERTY, German QWERTZ, Arabic 101). No Qt, no I/O.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum


class EntryMethod(Enum):
    SCANNER = "scanner"
    KEYBOARD = "keyboard"


class EntryEnd(Enum):
    ENTER = "enter"
    TAB = "tab"
    TIMEOUT = "timeout"  # a scanner set to send no suffix: the burst went quiet


@dataclass(frozen=True)
class ScanSettings:
    """When keystrokes count as a scanner burst. Times in milliseconds."""

    min_scan_length: int = 4  # keys in a burst, at least
    max_scan_gap_ms: float = 40.0  # median gap between a burst's keys, at most
    burst_break_ms: float = 120.0  # a pause this long ends a burst (and flushes it)
    double_read_ms: float = 100.0  # the same code again this soon is a double read

    def __post_init__(self) -> None:
        if self.min_scan_length < 2:
            raise ValueError("a scanner burst needs at least 2 keys")
        if not 0 < self.max_scan_gap_ms < self.burst_break_ms:
            raise ValueError("max_scan_gap_ms must be positive and below burst_break_ms")
        if self.double_read_ms < 0:
            raise ValueError("double_read_ms cannot be negative")


@dataclass(frozen=True)
class CodeEntry:
    """A finished entry: the text and how it came."""

    text: str
    method: EntryMethod
    started_ms: float
    ended_ms: float
    end: EntryEnd
    dropped: str = ""  # keys typed before the scanner burst, not part of the code

    @property
    def is_scan(self) -> bool:
        return self.method is EntryMethod.SCANNER


@dataclass(frozen=True)
class _Key:
    at_ms: float
    text: str


TERMINATORS: dict[str, EntryEnd] = {
    "\r": EntryEnd.ENTER,
    "\n": EntryEnd.ENTER,
    "\r\n": EntryEnd.ENTER,
    "\t": EntryEnd.TAB,
}
BACKSPACE = "\x08"
ESCAPE = "\x1b"
# Control characters that are content: GS (FNC1, also what Ctrl+] types), and the RS and
# EOT of ISO/IEC 15434 envelopes in DataMatrix codes.
CONTENT_CONTROLS = frozenset("\x1d\x1e\x04")
MAX_KEYS = 4096  # a stuck key must not grow the buffer for ever


class ScanDetector:
    """Tells scanner bursts from typing, by the timing of the keys.

    Rule: when Enter or Tab arrives, the keys typed since the last pause of
    `burst_break_ms` or more are a scan if some trailing run of at least
    `min_scan_length` of them, counting the gap to the terminator, has a median gap of at
    most `max_scan_gap_ms`; keys typed before that run are `dropped`. Otherwise everything
    typed is a keyboard entry. A burst with no terminator is flushed as a scan once quiet
    for `burst_break_ms` (`poll`, or the next key). The same scanned text again within
    `double_read_ms` of the previous scan's end is a double read and is dropped.
    Making the keys faster never turns a scan into typing.
    """

    def __init__(self, settings: ScanSettings | None = None) -> None:
        self.settings = settings or ScanSettings()
        self._keys: list[_Key] = []
        self._last_scan: CodeEntry | None = None
        self.double_reads = 0

    @property
    def pending_text(self) -> str:
        return "".join(key.text for key in self._keys)

    def flush_due_ms(self) -> float | None:
        """When `poll` could next flush an unterminated burst; None with nothing pending."""
        return self._keys[-1].at_ms + self.settings.burst_break_ms if self._keys else None

    def clear(self) -> None:
        self._keys.clear()

    def key(self, timestamp_ms: float, text: str) -> CodeEntry | None:
        """One key press's text (QKeyEvent.text()): content, Enter/Tab, Backspace or Esc."""
        if text in TERMINATORS:
            return self.terminate(timestamp_ms, TERMINATORS[text])
        if text == BACKSPACE:
            if self._keys:
                self._keys.pop()
            return None
        if text == ESCAPE:
            self._keys.clear()
            return None
        content = "".join(c for c in text if c in CONTENT_CONTROLS or (c >= " " and c != "\x7f"))
        if not content:  # Shift, Ctrl and other keys with no text
            return None
        flushed = self.poll(timestamp_ms)
        self._keys.append(_Key(timestamp_ms, content))
        if len(self._keys) > MAX_KEYS:
            del self._keys[0]
        return flushed

    def terminate(self, timestamp_ms: float, end: EntryEnd = EntryEnd.ENTER) -> CodeEntry | None:
        """Enter or Tab: the entry typed so far, as a scan or as typing; None if nothing."""
        flushed = self.poll(timestamp_ms)
        if flushed is not None or not self._keys:
            return flushed
        start = self._burst_start(timestamp_ms)
        if start is None:
            entry = CodeEntry(
                self.pending_text,
                EntryMethod.KEYBOARD,
                self._keys[0].at_ms,
                timestamp_ms,
                end,
            )
            self._keys = []
            return entry
        return self._emit_scan(start, timestamp_ms, end)

    def poll(self, now_ms: float) -> CodeEntry | None:
        """Flush a burst that ended without a terminator, once quiet for burst_break_ms.

        Typing is kept until Enter: a person may pause in the middle of a code.
        """
        if not self._keys or now_ms - self._keys[-1].at_ms < self.settings.burst_break_ms:
            return None
        start = self._burst_start(None)
        if start is None:
            return None
        return self._emit_scan(start, self._keys[-1].at_ms, EntryEnd.TIMEOUT)

    def _burst_start(self, end_ms: float | None) -> int | None:
        """Index of the first key of the trailing scanner burst, or None if it is typing."""
        settings = self.settings
        keys = self._keys
        # gaps[i] is the pause after key i (the last one: to the terminator, if any).
        gaps = [max(0.0, after.at_ms - before.at_ms) for before, after in itertools.pairwise(keys)]
        if end_ms is not None:
            gaps.append(max(0.0, end_ms - keys[-1].at_ms))
        first = 0
        for index, gap in enumerate(gaps):
            if gap >= settings.burst_break_ms:
                first = index + 1
        last_start = len(keys) - settings.min_scan_length
        # Walk back from the end keeping the run's gaps sorted; remember the earliest
        # start whose run has a fast enough median.
        window: list[float] = []
        found: int | None = None
        for start in range(len(gaps) - 1, first - 1, -1):
            bisect.insort(window, gaps[start])
            middle = (window[(len(window) - 1) // 2] + window[len(window) // 2]) / 2
            if start <= last_start and middle <= settings.max_scan_gap_ms:
                found = start
        if found is None:
            return None
        # The longest fast run can begin with keys typed just before the burst; a key
        # followed by a clearly slower gap is not the scanner's.
        while found < last_start and gaps[found] > 2 * settings.max_scan_gap_ms:
            found += 1
        return found

    def _emit_scan(self, start: int, ended_ms: float, end: EntryEnd) -> CodeEntry | None:
        keys = self._keys
        entry = CodeEntry(
            "".join(key.text for key in keys[start:]),
            EntryMethod.SCANNER,
            keys[start].at_ms,
            ended_ms,
            end,
            dropped="".join(key.text for key in keys[:start]),
        )
        self._keys = []
        previous, self._last_scan = self._last_scan, entry
        if (
            previous is not None
            and previous.text == entry.text
            and entry.started_ms - previous.ended_ms <= self.settings.double_read_ms
        ):
            self.double_reads += 1
            return None
        return entry


# The keys of a US keyboard in four rows (backslash ends the second row), and per layout
# what the same keys type. "dead" marks a dead key, which types nothing by itself.
_US_PLAIN = (
    "` 1 2 3 4 5 6 7 8 9 0 - =",
    "q w e r t y u i o p [ ] \\",
    "a s d f g h j k l ; '",
    "z x c v b n m , . /",
)
_US_SHIFTED = (
    "~ ! @ # $ % ^ & * ( ) _ +",
    "Q W E R T Y U I O P { } |",
    'A S D F G H J K L : "',
    "Z X C V B N M < > ?",
)


@dataclass(frozen=True)
class KeyboardLayout:
    key: str
    name: str
    plain: tuple[str, ...] = field(repr=False)
    shifted: tuple[str, ...] = field(repr=False)
    # (typed text, US key) that other versions of the layout type on the same key
    extra: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    # whether scanners can be set to this layout (they offer Latin layouts only)
    scanner_setting: bool = True

    def typed(self) -> list[tuple[str, str]]:
        """(US key's character, what this layout types on that key), dead keys left out."""
        pairs: list[tuple[str, str]] = []
        for us_rows, rows in ((_US_PLAIN, self.plain), (_US_SHIFTED, self.shifted)):
            for us_row, row in zip(us_rows, rows, strict=True):
                for us, typed in zip(us_row.split(" "), row.split(" "), strict=True):
                    if typed != "dead":
                        pairs.append((us, typed))
        return pairs


FRENCH_AZERTY = KeyboardLayout(
    "fr-azerty",
    "French (AZERTY)",
    ("² & é \" ' ( - è _ ç à ) =", "a z e r t y u i o p dead $ *", "q s d f g h j k l m ù",
     "w x c v b n , ; : !"),
    ("dead 1 2 3 4 5 6 7 8 9 0 ° +", "A Z E R T Y U I O P dead £ µ", "Q S D F G H J K L M %",
     "W X C V B N ? . / §"),
)  # fmt: skip
GERMAN_QWERTZ = KeyboardLayout(
    "de-qwertz",
    "German (QWERTZ)",
    ("dead 1 2 3 4 5 6 7 8 9 0 ß dead", "q w e r t z u i o p ü + #", "a s d f g h j k l ö ä",
     "y x c v b n m , . -"),
    ("° ! \" § $ % & / ( ) = ? dead", "Q W E R T Z U I O P Ü * '", "A S D F G H J K L Ö Ä",
     "Y X C V B N M ; : _"),
)  # fmt: skip
ARABIC_101 = KeyboardLayout(
    "ar-101",
    "Arabic (101)",
    ("ذ 1 2 3 4 5 6 7 8 9 0 - =", "ض ص ث ق ف غ ع ه خ ح ج د \\", "ش س ي ب ل ا ت ن م ك ط",
     "ئ ء ؤ ر لا ى ة و ز ظ"),
    ("\u0651 ! @ # $ % ^ & * ) ( _ +", "\u064e \u064b \u064f \u064c لإ إ ‘ ÷ × ؛ < > |",
     '\u0650 \u064d ] [ لأ أ ـ ، / : "', "~ \u0652 } { لآ آ ’ , . ؟"),
    # Linux types the lam-alef keys as one presentation form, and ` ' … on U, M, \;
    # a PC set to show Arabic-Indic (or Persian) digits types those on the number row.
    extra=(("ﻻ", "b"), ("ﻵ", "B"), ("ﻷ", "G"), ("ﻹ", "T"), ("`", "U"), ("'", "M"), ("…", "|"),
           *zip("٠١٢٣٤٥٦٧٨٩", "0123456789", strict=True),
           *zip("۰۱۲۳۴۵۶۷۸۹", "0123456789", strict=True)),
    scanner_setting=False,
)  # fmt: skip
KNOWN_LAYOUTS: tuple[KeyboardLayout, ...] = (FRENCH_AZERTY, GERMAN_QWERTZ, ARABIC_101)


class LayoutMismatch(Enum):
    PC_LAYOUT = "pc layout"  # the scanner types US keys; the PC reads them in another layout
    SCANNER_LAYOUT = "scanner layout"  # the scanner is set to another layout; the PC is US


@dataclass(frozen=True)
class LayoutReading:
    layout: KeyboardLayout
    mismatch: LayoutMismatch
    text: str  # what the scanner meant

    @property
    def advice(self) -> str:
        name = self.layout.name
        if self.mismatch is LayoutMismatch.PC_LAYOUT:
            return (
                f"The PC's keyboard layout is {name}: switch it to English (US) "
                "while scanning, or set the scanner to the same layout."
            )
        return f"The scanner is set to a {name} keyboard but the PC uses English (US)."


@functools.cache
def _pc_table(layout: KeyboardLayout) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for us, typed in [*layout.typed(), *((us, typed) for typed, us in layout.extra)]:
        # Digits stay digits: scanners often send them from the numeric keypad, which
        # no layout changes, and a code almost never holds the symbols above them.
        if not (typed.isascii() and typed.isdigit()) and us not in table.get(typed, []):
            table.setdefault(typed, []).append(us)
    return {typed: tuple(options) for typed, options in table.items()}


@functools.cache
def _scanner_tables(layout: KeyboardLayout) -> tuple[dict[str, tuple[str, ...]], ...]:
    forward: dict[str, tuple[str, ...]] = {us: (typed,) for us, typed in layout.typed()}
    keypad_digits = {us: typed for us, typed in forward.items() if not us.isdigit()}
    return forward, keypad_digits


def _readings(text: str, table: dict[str, tuple[str, ...]], limit: int) -> list[str]:
    """Every way `text` splits into the table's typed texts (up to `limit`), mapped back.

    Longer typed texts are tried first ("لا" is one key, b, before "ل" g and "ا" h); a
    character the table does not know is kept as it is.
    """
    longest = max(len(typed) for typed in table)
    results: list[str] = []
    pending: list[tuple[int, str]] = [(0, "")]
    while pending and len(results) < limit:
        pos, built = pending.pop()
        if pos == len(text):
            results.append(built)
            continue
        branches = [
            (pos + size, built + option)
            for size in range(min(longest, len(text) - pos), 0, -1)
            for option in table.get(text[pos : pos + size], ())
        ]
        pending.extend(reversed(branches or [(pos + 1, built + text[pos])]))
    return results


def layout_readings(
    text: str, layouts: Iterable[KeyboardLayout] = KNOWN_LAYOUTS, limit: int = 8
) -> list[LayoutReading]:
    """What `text` would have been meant as, under each known layout mismatch.

    Only readings that differ from `text` are returned, PC-layout ones first; the caller
    decides which of them is a real code.
    """
    if len(text) > 512:  # nothing a scanner sends through a wedge is this long
        return []
    found: list[LayoutReading] = []
    seen = {text}
    chosen: Sequence[KeyboardLayout] = tuple(layouts)
    for layout in chosen:
        for reading in _readings(text, _pc_table(layout), limit):
            if reading not in seen:
                seen.add(reading)
                found.append(LayoutReading(layout, LayoutMismatch.PC_LAYOUT, reading))
    for layout in chosen:
        if not layout.scanner_setting:
            continue
        for table in _scanner_tables(layout):
            for reading in _readings(text, table, limit):
                if reading not in seen:
                    seen.add(reading)
                    found.append(LayoutReading(layout, LayoutMismatch.SCANNER_LAYOUT, reading))
    return found
