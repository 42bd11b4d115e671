"""Scanner bursts and human typing told apart by key timing, with made-up timestamps."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arkan_desktop.domain.scanner_input import (
    CodeEntry,
    EntryEnd,
    EntryMethod,
    ScanDetector,
    ScanSettings,
)

EAN = "6291230100002"
SETTINGS = ScanSettings()


def feed(
    detector: ScanDetector,
    text: str,
    start_ms: float,
    gap_ms: float,
    terminator: str | None = "\r",
    terminator_gap_ms: float | None = None,
) -> list[CodeEntry]:
    """Type `text` one key every `gap_ms` from `start_ms`, then the terminator."""
    entries = [detector.key(start_ms + i * gap_ms, c) for i, c in enumerate(text)]
    if terminator is not None:
        last = start_ms + (len(text) - 1) * gap_ms
        entries.append(detector.key(last + (terminator_gap_ms or gap_ms), terminator))
    return [entry for entry in entries if entry is not None]


def feed_gaps(detector: ScanDetector, text: str, gaps: Sequence[float]) -> list[CodeEntry]:
    """Key i at the sum of the first i gaps; the last gap leads to Enter."""
    entries, now = [], 1000.0
    for char, gap in zip(text, [0.0, *gaps[:-1]], strict=True):
        now += gap
        entries.append(detector.key(now, char))
    entries.append(detector.key(now + gaps[-1], "\r"))
    return [entry for entry in entries if entry is not None]


def test_a_burst_at_8_ms_a_key_is_a_scan() -> None:
    [entry] = feed(ScanDetector(), EAN, 1000, 8)
    assert entry.is_scan and entry.method is EntryMethod.SCANNER
    assert entry.text == EAN and entry.end is EntryEnd.ENTER and entry.dropped == ""
    assert (entry.started_ms, entry.ended_ms) == (1000, 1000 + 13 * 8)


def test_typing_at_150_ms_a_key_is_typing() -> None:
    [entry] = feed(ScanDetector(), "EL-1001", 1000, 150)
    assert entry.method is EntryMethod.KEYBOARD and entry.text == "EL-1001"
    assert not entry.is_scan


def test_a_fast_typist_is_still_typing() -> None:
    [entry] = feed(ScanDetector(), "EL-1001", 1000, 60, terminator_gap_ms=90)
    assert entry.method is EntryMethod.KEYBOARD


def test_tab_ends_an_entry_too() -> None:
    [entry] = feed(ScanDetector(), EAN, 0, 5, terminator="\t")
    assert entry.is_scan and entry.end is EntryEnd.TAB


def test_a_short_burst_is_not_a_scan() -> None:
    [entry] = feed(ScanDetector(), "123", 0, 5)
    assert entry.method is EntryMethod.KEYBOARD


def test_a_double_read_within_100_ms_is_dropped() -> None:
    detector = ScanDetector()
    assert len(feed(detector, EAN, 0, 8)) == 1
    ended = 13 * 8
    assert feed(detector, EAN, ended + 40, 8) == []  # the scanner read it twice
    assert detector.double_reads == 1
    [again] = feed(detector, EAN, 2000, 8)  # the storekeeper scans it again on purpose
    assert again.text == EAN and again.is_scan


def test_a_triple_read_is_one_scan() -> None:
    detector = ScanDetector()
    entries = feed(detector, EAN, 0, 8) + feed(detector, EAN, 150, 8) + feed(detector, EAN, 300, 8)
    assert len(entries) == 1 and detector.double_reads == 2


def test_another_code_straight_after_is_kept() -> None:
    detector = ScanDetector()
    entries = feed(detector, EAN, 0, 8) + feed(detector, "LOC-WH1-A-01-1", 120, 8)
    assert [entry.text for entry in entries] == [EAN, "LOC-WH1-A-01-1"]


def test_the_same_text_typed_is_never_a_double_read() -> None:
    detector = ScanDetector()
    assert len(feed(detector, "EL-1", 0, 150) + feed(detector, "EL-1", 800, 150)) == 2


def test_a_burst_without_terminator_is_flushed_once_quiet() -> None:
    detector = ScanDetector()
    assert feed(detector, EAN, 0, 8, terminator=None) == []
    last = 12 * 8
    assert detector.flush_due_ms() == last + SETTINGS.burst_break_ms
    assert detector.poll(last + SETTINGS.burst_break_ms - 1) is None
    entry = detector.poll(last + SETTINGS.burst_break_ms)
    assert entry is not None and entry.is_scan and entry.end is EntryEnd.TIMEOUT
    assert (entry.text, entry.ended_ms) == (EAN, last)
    assert detector.pending_text == "" and detector.flush_due_ms() is None


def test_the_next_key_flushes_an_unterminated_burst() -> None:
    detector = ScanDetector()
    feed(detector, EAN, 0, 8, terminator=None)
    flushed = detector.key(5000, "x")
    assert flushed is not None and flushed.text == EAN and flushed.end is EntryEnd.TIMEOUT
    assert detector.pending_text == "x"


def test_enter_long_after_an_unterminated_burst_ends_it_once() -> None:
    detector = ScanDetector()
    feed(detector, EAN, 0, 8, terminator=None)
    entry = detector.key(3000, "\r")
    assert entry is not None and entry.text == EAN and entry.end is EntryEnd.TIMEOUT
    assert detector.key(3001, "\r") is None


def test_typing_is_never_flushed_by_a_pause() -> None:
    detector = ScanDetector()
    assert feed(detector, "EL-10", 0, 200, terminator=None) == []
    assert detector.poll(60_000) is None and detector.pending_text == "EL-10"
    [entry] = feed(detector, "01", 61_000, 200)
    assert entry.method is EntryMethod.KEYBOARD and entry.text == "EL-1001"


def test_keys_typed_before_a_scan_are_dropped_from_it() -> None:
    detector = ScanDetector()
    feed(detector, "ab", 0, 150, terminator=None)
    [entry] = feed(detector, EAN, 2000, 8)
    assert entry.is_scan and entry.text == EAN and entry.dropped == "ab"


def test_a_scan_right_after_typing_keeps_only_the_burst() -> None:
    detector = ScanDetector()
    feed(detector, "12", 0, 90, terminator=None)
    [entry] = feed(detector, EAN, 180, 8)
    assert (entry.text, entry.dropped) == (EAN, "12")


def test_keys_without_text_do_not_disturb_a_burst() -> None:
    detector = ScanDetector()
    for i, char in enumerate("LOC-WH1-A-01-1"):
        assert detector.key(i * 8, "") is None  # Shift pressed for the capitals
        assert detector.key(i * 8 + 4, char) is None
    entry = detector.key(14 * 8, "\r")
    assert entry is not None and entry.is_scan and entry.text == "LOC-WH1-A-01-1"


def test_backspace_escape_and_empty_enter() -> None:
    detector = ScanDetector()
    assert detector.key(0, "\r") is None
    feed(detector, "EL-1002", 0, 200, terminator=None)
    detector.key(1500, "\x08")
    assert detector.pending_text == "EL-100"
    detector.key(1700, "\x1b")
    assert detector.pending_text == ""
    detector.key(1800, "\x08")
    detector.clear()
    assert detector.key(1900, "\n") is None


def test_the_group_separator_is_part_of_a_scan() -> None:
    text = "]C10106291230100002\x1d3712"
    [entry] = feed(ScanDetector(), text, 0, 4)
    assert entry.text == text


def test_other_control_characters_are_ignored() -> None:
    detector = ScanDetector()
    assert detector.key(0, "\x7f") is None and detector.key(1, "\x01") is None
    assert detector.pending_text == ""


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError, match="at least 2 keys"):
        ScanSettings(min_scan_length=1)
    with pytest.raises(ValueError, match="below burst_break_ms"):
        ScanSettings(max_scan_gap_ms=200)
    with pytest.raises(ValueError, match="cannot be negative"):
        ScanSettings(double_read_ms=-1)


def test_thresholds_are_configurable() -> None:
    slow_scanner = ScanSettings(max_scan_gap_ms=70, burst_break_ms=200)
    [entry] = feed(ScanDetector(slow_scanner), EAN, 0, 60)
    assert entry.is_scan
    [entry] = feed(ScanDetector(), EAN, 0, 60)
    assert not entry.is_scan


# Properties over random timings.

GAPS = st.floats(min_value=0, max_value=SETTINGS.burst_break_ms - 0.001, allow_nan=False)


@given(
    st.lists(st.tuples(GAPS, st.floats(min_value=0, max_value=1)), min_size=1, max_size=30),
    st.text("0123456789ABC-", min_size=30, max_size=30),
)
def test_faster_keys_never_turn_a_scan_into_typing(
    timing: list[tuple[float, float]], letters: str
) -> None:
    text = letters[: len(timing)]
    gaps = [gap for gap, _ in timing]
    faster = [gap * factor for gap, factor in timing]
    [slow_entry] = feed_gaps(ScanDetector(), text, gaps)
    [fast_entry] = feed_gaps(ScanDetector(), text, faster)
    if slow_entry.is_scan:
        assert fast_entry.is_scan
    assert slow_entry.dropped + slow_entry.text == text
    assert fast_entry.dropped + fast_entry.text == text


@given(
    st.lists(st.floats(min_value=0, max_value=SETTINGS.max_scan_gap_ms), min_size=4, max_size=40)
)
def test_keys_no_slower_than_the_threshold_are_one_whole_scan(gaps: list[float]) -> None:
    text = ("EL-1001" * 6)[: len(gaps)]
    [entry] = feed_gaps(ScanDetector(), text, gaps)
    assert entry.is_scan and entry.text == text and entry.dropped == ""


@given(st.lists(st.floats(min_value=SETTINGS.burst_break_ms, max_value=5000), min_size=1))
def test_keys_with_long_pauses_are_typing(gaps: list[float]) -> None:
    text = ("EL-1001" * 20)[: len(gaps)]
    [entry] = feed_gaps(ScanDetector(), text, gaps)
    assert entry.method is EntryMethod.KEYBOARD and entry.text == text


EVENTS = st.lists(
    st.tuples(
        st.floats(min_value=-1e3, max_value=1e7, allow_nan=False),
        st.one_of(
            st.sampled_from(["\r", "\n", "\t", "\x08", "\x1b", "", "\x1d", "poll"]),
            st.text(max_size=3),
        ),
    ),
    max_size=60,
)


@given(EVENTS, st.booleans())
def test_any_event_sequence_is_handled(events: list[tuple[float, str]], ordered: bool) -> None:
    detector = ScanDetector()
    if ordered:
        events = sorted(events, key=lambda event: event[0])
    for at_ms, text in events:
        entry = detector.poll(at_ms) if text == "poll" else detector.key(at_ms, text)
        if entry is not None:
            assert entry.text and entry.method in EntryMethod
            assert entry.is_scan or entry.dropped == ""
        due = detector.flush_due_ms()
        assert (due is None) == (detector.pending_text == "")
