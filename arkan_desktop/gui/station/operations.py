"""The station's list of operations sent to the server: queued, then done or refused.

Each confirmed operation is a line, newest first, keyed by its outbox row id; its state
follows the row (read through the company's outbox when it changes), with the
server's reason when it was refused. No decisions here, only what the list shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from arkan_desktop.gui.station.style import ACCEPTED_TEXT, REFUSED_TEXT
from arkan_desktop.store.models.outbox import CONFLICT, REJECTED, SENT
from arkan_desktop.sync.areas.outbox import Outbox

translate = QCoreApplication.translate
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
QUEUED, DONE, REFUSED = "queued", "done", "refused"


class OperationLog:
    def __init__(self, widget: QListWidget) -> None:
        self.widget = widget
        self.items: dict[str, QListWidgetItem] = {}  # outbox row id -> its line

    def add(self, row_id: str | None, description: str) -> None:
        item = QListWidgetItem(translate("Station", "{what} — queued").format(what=description))
        item.setData(Qt.ItemDataRole.UserRole, description)
        item.setData(STATE_ROLE, QUEUED)
        self.widget.insertItem(0, item)
        if row_id:
            self.items[row_id] = item

    def waiting(self) -> int:
        return sum(1 for item in self.items.values() if item.data(STATE_ROLE) == QUEUED)

    async def refresh(self, outbox: Outbox) -> None:
        """Bring the queued lines up to date with their outbox rows."""
        for row_id, item in list(self.items.items()):
            if item.data(STATE_ROLE) != QUEUED:
                continue
            row = await outbox.row(row_id)
            if row is None:
                continue
            description = item.data(Qt.ItemDataRole.UserRole)
            if row.status == SENT:
                item.setText(translate("Station", "✔ {what} — done").format(what=description))
                item.setForeground(QColor(ACCEPTED_TEXT))
                item.setData(STATE_ROLE, DONE)
            elif row.status in (REJECTED, CONFLICT):
                reason = row.rejection_message or row.last_error or translate("Station", "refused")
                text = translate("Station", "✘ {what} — refused by the server: {why}")
                item.setText(text.format(what=description, why=reason))
                item.setForeground(QColor(REFUSED_TEXT))
                item.setData(STATE_ROLE, REFUSED)

    def states(self) -> list[str]:
        """The list as shown, newest first."""
        return [self.widget.item(i).text() for i in range(self.widget.count())]
