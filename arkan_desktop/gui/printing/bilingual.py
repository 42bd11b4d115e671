"""Words in English and Arabic at once, for what is printed and exported.

A printed report or list may be bilingual (the branding's "both") whatever language the
window shows, so its words are asked of the Arabic catalogue directly, by context and
English source text, through a translator that is loaded once and never installed (the
window's own language is untouched). `window_language()` is the language a CSV or XLSX
is written in: the window's.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, QTranslator

from arkan_desktop.gui.i18n import CATALOGUE, number_locale
from arkan_desktop.gui.labels import WORDS
from arkan_desktop.gui.resources import translations_dir
from arkan_desktop.gui.shell.resource_names import NAMES

Pair = tuple[str, str]


@cache
def _arabic() -> QTranslator:
    translator = QTranslator()
    translator.load(QLocale("ar"), CATALOGUE, "_", str(translations_dir()))
    return translator  # an empty translator when the catalogue is missing: English stays


def both(context: str, source: str) -> Pair:
    """(English, Arabic) for a source text of `context`; Arabic falls back to English."""
    return source, _arabic().translate(context, source) or source


def code_words(code: str | None) -> Pair:
    """A server code ("posted") in words, both languages ("Posted", "مرحّل")."""
    if not code:
        return "", ""
    word = WORDS.get(code)
    if word is None:
        tidy = code.replace("_", " ").capitalize()
        return tidy, tidy
    return both("Codes", str(word))


def resource_words(resource: str) -> Pair:
    """A kind of record ("invoices") in words, both languages: a list's title."""
    word = NAMES.get(resource)
    if word is None:
        tidy = resource.replace("_", " ").capitalize()
        return tidy, tidy
    return both("Resources", str(word))


def window_language() -> str:
    """ "ar" when the window shows Arabic, else "en"."""
    return "ar" if number_locale().language() == QLocale.Language.Arabic else "en"
