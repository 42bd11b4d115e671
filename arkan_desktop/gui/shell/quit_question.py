"""Before the window closes with writes still in the Outbox: say how many, offer to stay.

Closing with nothing waiting closes at once. With writes not yet sent, or refused by the
server, the user is told how many and chooses: stay (the default: Enter and Escape
stay), quit anyway (what waits stays queued on this computer and goes at the next
start; the app still tries to send it for a few seconds as it closes), or, when some
need attention, open the Outbox.
"""

from __future__ import annotations

import asyncio
import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from arkan_desktop.gui.shell.status_bar import count_text
from arkan_desktop.store.models.outbox import CONFLICT, IN_FLIGHT, PENDING, REJECTED
from arkan_desktop.sync.company import Company


class Answer(enum.Enum):
    QUIT = "quit"
    STAY = "stay"
    OUTBOX = "outbox"


class QuitQuestion(QMessageBox):
    """The question itself; `answer()` waits for the user's choice."""

    def __init__(self, parent: QWidget, waiting: int, stuck: int, *, online: bool) -> None:
        super().__init__(parent)
        self.setObjectName("quitQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Quit with changes not sent?"))
        lines = []
        if waiting:
            lines.append(
                self.tr("%1 changes have not reached the server yet.").replace(
                    "%1", count_text(waiting)
                )
            )
        if stuck:
            lines.append(
                self.tr("%1 changes were refused by the server and wait for you in the "
                        "Outbox.").replace("%1", count_text(stuck))
            )  # fmt: skip
        if waiting and online:
            lines.append(
                self.tr("If you quit, Arkan Desktop tries to send them for a few seconds; "
                        "what cannot go stays queued on this computer and is sent the next "
                        "time you open it.")
            )  # fmt: skip
        elif waiting:
            lines.append(
                self.tr("They stay queued on this computer and are sent the next time you "
                        "open Arkan Desktop and sign in.")
            )  # fmt: skip
        self.setText(self.tr("Quit with changes not sent?"))
        self.setInformativeText("\n\n".join(lines))
        self.quit_button = self.addButton(
            self.tr("&Quit anyway"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.outbox_button = (
            self.addButton(self.tr("Open the &Outbox"), QMessageBox.ButtonRole.ActionRole)
            if stuck
            else None
        )
        self.stay_button = self.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.stay_button)
        self.setEscapeButton(self.stay_button)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    async def answer(self) -> Answer:
        """Show the question and wait for the choice (closing the question stays)."""
        chosen: asyncio.Future[Answer] = asyncio.get_running_loop().create_future()

        def clicked(button: object) -> None:
            if chosen.done():
                return
            if button is self.quit_button:
                chosen.set_result(Answer.QUIT)
            elif button is not None and button is self.outbox_button:
                chosen.set_result(Answer.OUTBOX)
            else:
                chosen.set_result(Answer.STAY)

        self.buttonClicked.connect(clicked)
        self.finished.connect(lambda _result: clicked(None))
        self.open()
        try:
            return await chosen
        finally:
            self.close()
            self.deleteLater()


async def quit_answer(window: QWidget, company: Company) -> Answer:
    """QUIT at once when the outbox holds nothing unsent; else what the user chooses."""
    counts = await company.outbox.counts()
    waiting = counts.get(PENDING, 0) + counts.get(IN_FLIGHT, 0)
    stuck = counts.get(REJECTED, 0) + counts.get(CONFLICT, 0)
    if not waiting and not stuck:
        return Answer.QUIT
    return await QuitQuestion(window, waiting, stuck, online=company.online).answer()
