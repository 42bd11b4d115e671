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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def server_cannot_text() -> str:
    """The one sentence said when a server has no way to correct a draft."""
    return _tr("This server cannot change a draft; cancel it and enter a new one")


def refusal_text(refusal: EditRefusal, record: Mapping[str, Any]) -> str:
    """Why the document opened read-only, in one sentence."""
    if refusal is EditRefusal.NOT_A_DRAFT:
        return (
            _tr("%1 is %2: it can no longer be changed; its actions are below")
            .replace("%1", str(record.get("number") or _tr("This document")))
            .replace("%2", code_label(str(record.get("state") or "")).lower())
        )
    if refusal is EditRefusal.MADE_BY_DOCUMENT:
        return _tr("This entry was made by another document; correct that document instead")
    if refusal is EditRefusal.BEING_SENT:
        return _tr(
            "This draft may already have reached the server; open it again once it is sent "
            "to correct it"
        )
    return server_cannot_text()


def way_text(way: EditWay) -> str:
    """How a correction of this draft will travel."""
    if way is EditWay.IN_OUTBOX:
        return _tr("Not sent yet: saving replaces the write waiting in the Outbox")
    return _tr("A draft: saving sends your changes to the server")
