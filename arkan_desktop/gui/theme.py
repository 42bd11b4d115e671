"""Light and dark palettes that follow the operating system's colour scheme.

Qt 6 reports the system's scheme through `QStyleHints.colorScheme()` and announces a
change with `colorSchemeChanged`; the Fusion style draws both palettes the same way on
every platform. `ARKAN_DESKTOP_THEME=light|dark` overrides the system (screenshots,
accessibility checks).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEME_VARIABLE = "ARKAN_DESKTOP_THEME"

# The few colours the app adds to the palette: status and error feedback.
ERROR_LIGHT, ERROR_DARK = "#b3261e", "#ff8a80"
OK_LIGHT, OK_DARK = "#1b7f3b", "#7ddc8f"
WARN_LIGHT, WARN_DARK = "#9a6700", "#f2c14e"


def is_dark() -> bool:
    forced = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def error_color() -> QColor:
    return QColor(ERROR_DARK if is_dark() else ERROR_LIGHT)


def ok_color() -> QColor:
    return QColor(OK_DARK if is_dark() else OK_LIGHT)


def warning_color() -> QColor:
    return QColor(WARN_DARK if is_dark() else WARN_LIGHT)


def _palette(dark: bool) -> QPalette:
    p = QPalette()
    if dark:
        window, base, alt, text = "#202124", "#17181a", "#26282b", "#e8eaed"
        button, highlight, link, mid = "#2d2f33", "#3d7bd9", "#8ab4f8", "#5f6368"
    else:
        window, base, alt, text = "#f3f4f6", "#ffffff", "#f7f8fa", "#1f2328"
        button, highlight, link, mid = "#e9ebef", "#2f6fd6", "#1a5fb4", "#9aa0a6"
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: alt,
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: mid,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: link,
        QPalette.ColorRole.Mid: mid,
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(mid))
    return p


def apply_theme(app: QApplication) -> None:
    """Fusion with the palette of the current system scheme."""
    app.setStyle("Fusion")
    app.setPalette(_palette(is_dark()))


def follow_system_theme(app: QApplication) -> None:
    """Apply the theme now and again whenever the system switches light/dark."""
    apply_theme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))
