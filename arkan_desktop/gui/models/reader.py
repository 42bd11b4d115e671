"""The window's list reader (store/lists/reader.py): made once by gui/app.py when the app
starts (`install_reader`) and stopped when it ends (`shutdown_reader`); the list models
read through it (`list_reader`). Nothing makes one at import.

Until the per-company object hands it to the models, this is the one place they find it.
"""

from __future__ import annotations

from arkan_desktop.store.lists.reader import ListReader

_reader: ListReader | None = None


def install_reader() -> ListReader:
    """Start the list reader (the one already running, if any)."""
    global _reader
    if _reader is None:
        _reader = ListReader()
        _reader.start()
    return _reader


def shutdown_reader() -> None:
    """Stop the list reader: reads not begun are dropped, the one under way finishes."""
    global _reader
    reader, _reader = _reader, None
    if reader is not None:
        reader.stop()


def list_reader() -> ListReader:
    if _reader is None:
        raise RuntimeError("no list reader: gui.app installs it when the app starts")
    return _reader
