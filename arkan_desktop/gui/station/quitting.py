"""Leaving the station with writes still waiting: say how many, offer to stay.

Ctrl+Q and the window manager's close (Alt+F4) both land here. With nothing waiting the
station closes at once; otherwise a question says how many operations have not reached
the server and that they stay on this computer, sent the next time the station opens.
"Stay" is the default (Enter and Esc keep the station open); "Quit anyway" closes it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from arkan_desktop.gui.station.workflows import translate


def ask_before_quitting(
    parent: QWidget, waiting: int, quit_anyway: Callable[[], None]
) -> QMessageBox:
    """The question, open (not blocking the loop); `quit_anyway` runs if the user says so."""
    box = QMessageBox(parent)
    box.setObjectName("quitQuestion")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Station", "Quit the station?"))
    box.setText(
        translate(
            "Station",
            "{n} operation(s) have not reached the server yet. They stay on this computer "
            "and are sent the next time the station opens.",
        ).format(n=waiting)
    )
    box.setInformativeText(translate("Station", "Quit now, or stay until they are sent?"))
    stay = box.addButton(translate("Station", "Stay"), QMessageBox.ButtonRole.RejectRole)
    leave = box.addButton(translate("Station", "Quit anyway"), QMessageBox.ButtonRole.AcceptRole)
    stay.setObjectName("stay")
    leave.setObjectName("quitAnyway")
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)

    def answered() -> None:
        if box.clickedButton() is leave:
            quit_anyway()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box
