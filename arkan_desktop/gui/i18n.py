"""Loading translations: ours from resources/translations, Qt's own from its library.

Our catalogues are `arkan_desktop_<lang>.qm` (compiled from `.ts` with `pyside6-lrelease`);
a language without a catalogue simply stays English. The layout turns right-to-left when
the chosen language is written that way (Arabic). `ARKAN_DESKTOP_LANG=ar` picks a
language other than the system's.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from arkan_desktop.gui.resources import translations_dir

LANG_VARIABLE = "ARKAN_DESKTOP_LANG"
CATALOGUE = "arkan_desktop"


def chosen_locale() -> QLocale:
    wanted = os.environ.get(LANG_VARIABLE, "").strip()
    return QLocale(wanted) if wanted else QLocale.system()


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's and our translators for `locale`; returns them (keep them alive)."""
    locale = locale or chosen_locale()
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
    if ours in installed and locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return installed
