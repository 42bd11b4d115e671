"""Asking the user without blocking the event loop: a dialog or file chooser is opened
window-modal and awaited, so the sync goes on meanwhile (and a test can answer it).

The Bank tab keeps the dialog it is waiting on in `Asking.current`; whoever asked reads
the dialog's answer and then lets it go (`deleteLater`).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class Asking:
    """The dialog a view waits on (None when it waits on none)."""

    def __init__(self) -> None:
        self.current: QDialog | None = None

    async def ask(self, dialog: QDialog) -> bool:
        """Open `dialog` and wait until it closes; True when it was accepted."""
        done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not done.done():
                done.set_result(result)

        dialog.finished.connect(finished)
        self.current = dialog
        dialog.open()
        try:
            return await done == QDialog.DialogCode.Accepted
        finally:
            if self.current is dialog:
                self.current = None

    async def open_file(self, parent: QWidget, title: str, filters: str) -> Path | None:
        chooser = QFileDialog(parent, title, str(documents()), filters)
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        accepted = await self.ask(chooser)
        files = chooser.selectedFiles() if accepted else []
        chooser.deleteLater()
        return Path(files[0]) if files else None

    async def save_file(self, parent: QWidget, title: str, name: str, filters: str) -> Path | None:
        chooser = QFileDialog(parent, title, str(documents() / name), filters)
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setFileMode(QFileDialog.FileMode.AnyFile)
        chooser.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        chooser.selectFile(name)
        accepted = await self.ask(chooser)
        files = chooser.selectedFiles() if accepted else []
        chooser.deleteLater()
        return Path(files[0]) if files else None

    def close(self) -> None:
        if self.current is not None:
            self.current.reject()
