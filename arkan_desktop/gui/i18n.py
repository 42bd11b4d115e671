"""Loading translations: ours from resources/translations, Qt's own from its library.

Our catalogues are `arkan_desktop_<lang>.qm` (compiled from `.ts` with `pyside6-lrelease`
and committed, so a fresh clone needs no build step); a language without a catalogue
simply stays English. The layout turns right-to-left when the chosen language is written
that way (Arabic), and the bundled Noto Sans Arabic is registered so Arabic never shows as
boxes. The language is `ARKAN_DESKTOP_LANG` if set, else the user's choice (preference
"language", set from the window's Language menu), else the system's. Numbers typed in
fields follow the window's language (`number_locale`: Arabic when the Arabic catalogue is
installed, else English), not the system's, so they read as the window shows them.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QActionGroup, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.resources import resources_dir, translations_dir

LANG_VARIABLE = "ARKAN_DESKTOP_LANG"
LANGUAGE_PREFERENCE = "language"
CATALOGUE = "arkan_desktop"
_numbers: QLocale | None = None  # the installed language's locale; None is English


def preferred_language() -> str:
    """The language the user chose in the window ("" = the system's), if preferences exist."""
    from arkan_desktop.gui.preferences import preferences

    try:
        return str(preferences().value(LANGUAGE_PREFERENCE, "") or "")
    except RuntimeError:  # preferences not configured (a bare QApplication, some tests)
        return ""


def set_preferred_language(language: str) -> None:
    """Remember the user's choice; it applies from the next start."""
    from arkan_desktop.gui.preferences import preferences

    settings = preferences()
    settings.setValue(LANGUAGE_PREFERENCE, language)
    settings.sync()


def chosen_locale() -> QLocale:
    wanted = os.environ.get(LANG_VARIABLE, "").strip() or preferred_language()
    return QLocale(wanted) if wanted else QLocale.system()


def number_locale() -> QLocale:
    """The locale whose separators and digits typed numbers follow (gui/amount_field.py)."""
    if _numbers is not None:
        return _numbers
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@cache
def register_bundled_fonts() -> list[str]:
    """Add the shipped Noto fonts (Latin and Arabic) to Qt's database; their family names."""
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and our translators for `locale`; returns them (keep them alive)."""
    global _numbers
    locale = locale or chosen_locale()
    code_label.cache_clear()  # labels of codes are cached in the language they were read in
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    if qt_own.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    _numbers = locale if ours in installed else None
    if ours in installed and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        register_bundled_fonts()
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed


def remove_translations(app: QApplication, translators: list[QTranslator]) -> None:
    """Back to English, left to right (tests switch languages within one QApplication)."""
    global _numbers
    _numbers = None
    for translator in translators:
        app.removeTranslator(translator)
    code_label.cache_clear()
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def language_menu(parent: QWidget) -> QMenu:
    """A Language menu: System / English / العربية, remembered for the next start."""
    menu = QMenu(QCoreApplication.translate("Language", "&Language"), parent)
    group = QActionGroup(menu)
    current = preferred_language()
    languages = (
        ("", QCoreApplication.translate("Language", "System language")),
        ("en", "English"),
        ("ar", "العربية"),  # each language in its own script, whatever the window's language
    )
    for code, label in languages:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, c=code: set_preferred_language(c))
    menu.addSeparator()
    note = menu.addAction(
        QCoreApplication.translate("Language", "Applies when Arkan Desktop restarts")
    )
    note.setEnabled(False)
    return menu
