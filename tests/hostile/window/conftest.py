"""The window tests' fixtures (tests/gui/conftest.py: a qasync loop on pytest-qt's
QApplication, the in-memory keyring, isolated preferences, the app) for the window
against the broken server."""

from tests.gui.conftest import desktop, gui_preferences, memory_keyring, qloop

__all__ = ["desktop", "gui_preferences", "memory_keyring", "qloop"]
