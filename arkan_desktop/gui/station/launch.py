"""`arkan-desktop --station [--demo]`: the normal way in (sign-in, resume, offline or demo),
then the full-screen station window instead of the main window.

Everything up to an open company is `gui.app`'s own flow (ArkanDesktopApp, the demo
sandbox, create_application); only the window shown for the company differs.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QObject

from arkan_desktop.gui.app import ArkanDesktopApp, client_home, create_application, run_desktop
from arkan_desktop.gui.preferences import configure_preferences
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.station.station_window import StationWindow
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.workspace import Session


class StationApp(ArkanDesktopApp):
    """The desktop app's flow, showing the station window for the open company."""

    def __init__(self, home: Path, *, demo: bool = False, parent: QObject | None = None):
        super().__init__(home, demo=demo, parent=parent)
        self.station: StationWindow | None = None
        self.full_screen = True

    async def _show_company(self, company: Company, companies: list[dict[str, Any]]) -> None:
        self.company = company
        self.live = LiveSync(company)
        self.companies = companies or self.companies
        station = StationWindow(company, self.live)
        station.sig_closed.connect(self.quit)
        self.station = station
        if self.full_screen:
            station.showFullScreen()
        else:
            station.show()
        if self.signin is not None:
            self.signin.hand_over()
        self.live.spawn(self.live.start(), "live-sync")

    def show_problem(self, text: str) -> None:
        if self.station is not None and self.station.isVisible():
            self.station.message_label.setText(text)
        else:
            super().show_problem(text)

    async def _release(self, *, keep_session: bool) -> Session | None:
        station, self.station = self.station, None
        if station is not None:
            station.sig_closed.disconnect(self.quit)
            station.release()
            station.close_for_good()
            station.deleteLater()
        return await super()._release(keep_session=keep_session)


def run_station(*, demo: bool, home: Path) -> int:
    """Run the station until it is closed: sign-in (or the demo server), then the station."""
    app = create_application()
    configure_preferences(client_home(home, demo))
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return run_desktop(StationApp(home, demo=demo), loop)
