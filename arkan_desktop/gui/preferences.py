"""The window's own preferences (list columns, window geometry, server profiles) in QSettings.

Kept as an INI file in the data directory (`<home>/gui.ini`) rather than the platform's
registry, so that a data directory is self-contained and tests stay isolated. Nothing
secret goes here: passwords and tokens live in the keyring (api/credentials).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_path: Path | None = None


def configure_preferences(home: Path) -> None:
    """Use `<home>/gui.ini` for every `preferences()` from now on (app start, tests)."""
    global _path
    _path = home / "gui.ini"


def preferences() -> QSettings:
    """The preferences store; `configure_preferences` must have been called."""
    if _path is None:
        raise RuntimeError("configure_preferences(home) has not been called")
    return QSettings(str(_path), QSettings.Format.IniFormat)
