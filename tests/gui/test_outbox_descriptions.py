"""Outbox descriptions are rendered when shown: in the window's language, from their code."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from arkan_desktop.domain.commands import Description
from arkan_desktop.gui.i18n import install_translations, remove_translations
from arkan_desktop.gui.outbox.descriptions import TEMPLATES, describe
from arkan_desktop.sync.commands.descriptions import ENGLISH, english
from arkan_desktop.sync.commands.invoices import post_invoice

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, QLocale("ar"))
    yield
    remove_translations(qapp, translators)


def _sample(code: str) -> Description:
    names = re.findall(r"\{(\w+)\}", ENGLISH[code])
    return Description(code, {name: f"<{name}>" for name in names})


def test_the_window_and_the_cli_know_the_same_codes_in_the_same_english() -> None:
    assert {code: str(text) for code, text in TEMPLATES.items()} == dict(ENGLISH)


def test_in_english_the_window_says_what_the_cli_says() -> None:
    for code in ENGLISH:
        assert describe(_sample(code)) == english(_sample(code))


def test_every_description_reads_in_arabic_with_its_values(arabic: None) -> None:
    for code in ENGLISH:
        sample = _sample(code)
        shown = describe(sample)
        assert ARABIC.search(shown), f"{code} is not translated: {shown}"
        assert "{" not in shown, f"{code} lost a placeholder: {shown}"
        for value in sample.args.values():
            assert value in shown, f"{code} dropped {value}: {shown}"


def test_a_queued_write_is_described_in_the_language_it_is_read_in(arabic: None) -> None:
    write = post_invoice({"id": "i1", "number": "INV-2026-00042"})
    assert describe(write.entry.description) == "ترحيل INV-2026-00042"
    assert describe(None) == ""
    assert describe(Description("from.a.newer.app", {})) == "from.a.newer.app"
