"""Who of the company is online, in the status bar: how many, and their names.

"2 colleagues online: Demo Accountant, Sara Ali" (the first few names, then "+3"; all of
them in the tooltip). Hidden while that is not known (offline, or a server that does not
say). Names come from the server, so the label shows them as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from arkan_desktop.domain.notifications import Colleague

NAMES_SHOWN = 3


class ColleaguesLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colleaguesOnline")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.names: list[str] = []
        self.hide()

    def show_colleagues(self, colleagues: tuple[Colleague, ...] | None) -> None:
        """Who is online now (None: not known)."""
        if colleagues is None:
            self.names = []
            self.hide()
            return
        self.names = [c.full_name for c in colleagues]
        count = len(self.names)
        if not count:
            self.setText(self.tr("No colleagues online"))
            self.setToolTip(self.tr("No one else of this company is signed in right now"))
        else:
            shown = ", ".join(self.names[:NAMES_SHOWN])
            if count > NAMES_SHOWN:
                shown += " " + self.tr("+%1").replace("%1", str(count - NAMES_SHOWN))
            heading = (
                self.tr("1 colleague online:")
                if count == 1
                else self.tr("%1 colleagues online:").replace("%1", str(count))
            )
            self.setText(f"{heading} {shown}")
            self.setToolTip("\n".join([heading, *self.names]))
        self.setAccessibleName(self.text())
        self.show()
