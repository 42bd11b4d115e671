"""What an opened document says about itself: why it is read-only, how a correction travels.

The rules are `domain.documents` (reasons as enums); this puts them in the window's words
(translation context "Documents").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from arkan_desktop.domain.documents import EditRefusal, EditWay
from arkan_desktop.gui.labels import code_label


def server_cannot_text() -> str:
    """The one sentence said when a server has no way to correct a draft."""
    return QCoreApplication.translate(
        "Documents", "This server cannot change a draft; cancel it and enter a new one"
    )


def refusal_text(refusal: EditRefusal, record: Mapping[str, Any]) -> str:
    """Why the document opened read-only, in one sentence."""
    if refusal is EditRefusal.NOT_A_DRAFT:
        name = record.get("number") or QCoreApplication.translate("Documents", "This document")
        text = QCoreApplication.translate(
            "Documents", "%1 is %2: it can no longer be changed; its actions are below"
        )
        state = code_label(str(record.get("state") or "")).lower()
        return text.replace("%1", str(name)).replace("%2", state)
    if refusal is EditRefusal.MADE_BY_DOCUMENT:
        return QCoreApplication.translate(
            "Documents", "This entry was made by another document; correct that document instead"
        )
    if refusal is EditRefusal.BEING_SENT:
        return QCoreApplication.translate(
            "Documents", "This draft may have reached the server already; open it again once sent"
        )
    return server_cannot_text()


def way_text(way: EditWay) -> str:
    """How a correction of this draft will travel."""
    if way is EditWay.IN_OUTBOX:
        return QCoreApplication.translate(
            "Documents", "Not sent yet: saving replaces the write waiting in the Outbox"
        )
    return QCoreApplication.translate(
        "Documents", "A draft: saving sends your changes to the server"
    )
