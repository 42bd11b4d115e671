"""The one place that builds the application: Qt, the event loop, theme, translations,
and the flow from sign-in (or the demo server, or the offline cache) to the main window.

`run_app` creates the QApplication and the qasync loop and runs `ArkanDesktopApp` until
the user quits. `ArkanDesktopApp` makes the app's threads (`sync.threads.Threads`: the
database thread, the files thread, the printing thread) and shuts them down when it
closes, opens and closes companies (gui.session) on them and hands each `Company` to the
windows; the windows only ask (signals) and show. Nothing else creates sessions, caches,
sync services or thread pools.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from arkan_desktop import __version__
from arkan_desktop.api.errors import ApiError
from arkan_desktop.gui.demo_sandbox import (
    DEMO_COMPANY,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    DemoSandbox,
    DemoServerError,
)
from arkan_desktop.gui.i18n import install_translations
from arkan_desktop.gui.last_writes import say_still_queued, send_last_writes
from arkan_desktop.gui.main_window import MainWindow
from arkan_desktop.gui.preferences import configure_preferences
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.session import (
    UNREACHABLE,
    close_all,
    close_company,
    list_companies,
    open_company,
    open_offline,
    remembered_account,
    resume,
)
from arkan_desktop.gui.shell.error_report import ErrorReport
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.signin.company_picker import CompanyPicker
from arkan_desktop.gui.signin.profiles import load_profiles, remember_profile
from arkan_desktop.gui.signin.signin_window import SignInWindow, keyring_usable
from arkan_desktop.gui.tasks import cancel_all, spawn
from arkan_desktop.gui.theme import follow_system_theme
from arkan_desktop.store.disk import CacheUnavailable
from arkan_desktop.store.paths import cache_path, name_server
from arkan_desktop.sync.company import Company
from arkan_desktop.sync.threads import Threads
from arkan_desktop.sync.workspace import Session, WorkspaceError

DEMO_SERVER_NAME = "demo-sandbox"  # what the demo's caches are kept under, whatever its port


def client_home(home: Path, demo: bool) -> Path:
    """Where the client keeps its caches and settings: the demo's apart from the user's."""
    return home / "demo-client" if demo else home


class ArkanDesktopApp(QObject):
    def __init__(self, home: Path, *, demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.home = home
        self.demo = demo
        self.client_home = client_home(home, demo)
        self.signin: SignInWindow | None = None
        self.picker: CompanyPicker | None = None
        self.main: MainWindow | None = None
        self.threads = Threads.start()  # shut down by `shutdown`
        self.company: Company | None = None
        self.live: LiveSync | None = None
        self.companies: list[dict[str, Any]] = []
        self.sandbox: DemoSandbox | None = None
        self.finished = asyncio.Event()

    async def run(self) -> int:
        """Start, wait for the user to quit, close everything; the exit code."""
        try:
            await self.start()
            await self.finished.wait()
        finally:
            await self.shutdown()
        return 0

    def quit(self) -> None:
        self.finished.set()

    def show_problem(self, text: str) -> None:
        """Say an unexpected error in the window in front (a notice, never a dialog)."""
        if self.main is not None and self.main.isVisible():
            self.main.show_problem(text)
        elif self.signin is not None and self.signin.isVisible():
            self.signin.show_message(text)

    async def start(self) -> None:
        if self.demo:
            await self._start_demo()
        else:
            await self._start_signed_out_or_resume()

    # --- the ways in -------------------------------------------------------------------

    def _has_last_cache(self) -> bool:
        settings = remembered_account(self.client_home)
        return bool(
            settings.server_url
            and settings.company_id
            and cache_path(self.client_home, settings.server_url, settings.company_id).exists()
        )

    def show_signin(self, message: str = "") -> SignInWindow:
        if self.signin is None:
            self.signin = SignInWindow()
            self.signin.sig_signed_in.connect(
                lambda session, companies: spawn(self._signed_in(session, companies), "open")
            )
            self.signin.sig_work_offline_requested.connect(
                lambda: spawn(self._open_offline(), "open-offline")
            )
            self.signin.sig_closed.connect(self.quit)
        self.signin.offer_offline(not self.demo and self._has_last_cache())
        self.signin.reopen(message)
        return self.signin

    async def _start_signed_out_or_resume(self) -> None:
        signin = self.show_signin()
        settings = remembered_account(self.client_home)
        profiles = load_profiles()
        remembered = bool(
            (settings.email or settings.credential_label)
            and profiles
            and profiles[0].remember
            and profiles[0].url.rstrip("/") == settings.server_url.rstrip("/")
        )
        if not remembered:
            return
        if not await self.threads.in_files(keyring_usable):
            # Remembered when there was a keyring (or by an earlier version): not "invalid".
            remember_profile(replace(profiles[0], remember=False))
            signin.no_keyring()
            return
        who = settings.email or profiles[0].label
        signin.set_busy(self.tr("Signing in again as %1…").replace("%1", who))
        try:
            company = await resume(self.client_home, self.threads)
        except ApiError as error:
            if error.kind in UNREACHABLE and self._has_last_cache():
                await self._open_offline()
                return
            signin.reopen(error.message)
            return
        except WorkspaceError:
            # Its message speaks to the command line ("run arkan-desktop login").
            signin.reopen(self.tr("Your saved sign-in is no longer valid; please sign in."))
            return
        except CacheUnavailable as error:  # a full disk, a read-only or locked cache
            signin.reopen(str(error))
            return
        await self._show_company(company, [])

    async def _start_demo(self) -> None:
        signin = self.show_signin()
        signin.fill(
            self.tr("(starting the demo server)"), DEMO_EMAIL, DEMO_PASSWORD, remember=False
        )
        signin.set_busy(self.tr("Starting the demo server…"))
        # One cache whatever port the demo server gets (an earlier version kept one per port:
        # the last one used is taken over, with whatever its outbox still holds).
        previous = remembered_account(self.client_home).server_url
        await self.threads.in_files(name_server, self.client_home, DEMO_SERVER_NAME, previous)
        self.sandbox = DemoSandbox(
            self.home / "demo-sandbox",
            self.home / "logs" / "demo-sandbox.log",
            on_seeding=signin.show_seeding,
        )
        try:
            url = await self.sandbox.start()
        except DemoServerError as error:
            signin.reopen(str(error))
            return
        signin.fill(url, DEMO_EMAIL, DEMO_PASSWORD, remember=False)
        await signin.sign_in()

    async def _signed_in(self, session: Session, companies: list[dict[str, Any]]) -> None:
        previous = remembered_account(self.client_home).company_id
        company = self._preferred(companies, previous)
        if company is None:
            company = await self._pick(companies, previous)
        if company is None:
            await session.aclose()
            self.show_signin(self.tr("Choose a company to open") if companies else
                             self.tr("This account has no companies on this server"))  # fmt: skip
            return
        try:
            opened = await open_company(self.client_home, session, company, self.threads)
        except CacheUnavailable as error:  # a full disk, a read-only or locked cache
            await session.aclose()
            self.show_signin(str(error))
            return
        except OSError as error:
            await session.aclose()
            self.show_signin(
                self.tr("The local copy cannot be opened: %1").replace("%1", str(error))
            )
            return
        await self._show_company(opened, companies)

    def _preferred(self, companies: list[dict[str, Any]], previous: str) -> dict[str, Any] | None:
        """The company to open without asking: the only one; in the demo, the last or the first."""
        if len(companies) == 1:
            return companies[0]
        if self.demo and companies:
            by_id = {str(c.get("id")): c for c in companies}
            named = [c for c in companies if c.get("name") == DEMO_COMPANY]
            return by_id.get(previous) or (named[0] if named else companies[0])
        return None

    async def _pick(self, companies: list[dict[str, Any]], previous: str) -> dict[str, Any] | None:
        if not companies:
            return None
        picker = CompanyPicker(companies, previous, self.signin)
        self.picker = picker
        answer: asyncio.Future[dict[str, Any] | None] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not answer.done():
                chosen = picker.chosen() if result == QDialog.DialogCode.Accepted else None
                answer.set_result(chosen)

        picker.finished.connect(finished)
        picker.open()
        try:
            return await answer
        finally:
            self.picker = None
            picker.deleteLater()

    async def _open_offline(self) -> None:
        try:
            company = await open_offline(self.client_home, self.threads)
        except CacheUnavailable as error:
            self.show_signin(str(error))
            return
        if company is None:
            self.show_signin(self.tr("There is no copy of a company on this computer yet"))
            return
        await self._show_company(company, [])

    # --- the main window ---------------------------------------------------------------

    def _main_window(self) -> MainWindow:
        if self.main is None:
            self.main = MainWindow()
            self.main.sig_company_chosen.connect(
                lambda company: spawn(self.switch_company(company), "switch-company")
            )
            self.main.sig_sign_out_requested.connect(lambda: spawn(self.sign_out(), "sign-out"))
            self.main.sig_go_online_requested.connect(lambda: spawn(self.go_online(), "online"))
            self.main.sig_closed.connect(self.quit)
        return self.main

    async def _show_company(self, company: Company, companies: list[dict[str, Any]]) -> None:
        self.company = company
        self.live = LiveSync(company)
        self.companies = companies or self.companies
        main = self._main_window()
        main.show_company(company, self.live, self.companies)
        main.show()
        if self.signin is not None:
            self.signin.hand_over()
        self.live.spawn(self.live.start(), "live-sync")
        if company.online and not companies:
            spawn(self._load_companies(company), "companies")

    async def _load_companies(self, company: Company) -> None:
        try:
            companies = await list_companies(company.workspace.session)
        except ApiError:
            return
        if self.company is company and self.main is not None:
            self.companies = companies
            self.main.set_companies(companies)

    async def _release(self, *, keep_session: bool) -> Session | None:
        company, live, self.company, self.live = self.company, self.live, None, None
        if self.main is not None:
            self.main.release_company()
        if live is not None:
            await live.stop()
        if company is None:
            return None
        if keep_session:
            return await close_company(company)
        await close_all(company)
        return None

    async def switch_company(self, company: dict[str, Any]) -> None:
        if self.main is not None:
            name = str(company.get("name") or company.get("id"))
            self.main.show_busy(self.tr("Opening %1…").replace("%1", name))
        session = await self._release(keep_session=True)
        if session is None:
            return
        try:
            opened = await open_company(self.client_home, session, company, self.threads)
        except (OSError, CacheUnavailable) as error:
            await session.aclose()
            if self.main is not None:
                self.main.hide()
            self.show_signin(
                self.tr("The local copy cannot be opened: %1").replace("%1", str(error))
            )
            return
        await self._show_company(opened, self.companies)

    async def sign_out(self) -> None:
        company = self.company
        session = await self._release(keep_session=True)
        if session is not None:
            await session.sign_out()
            await session.aclose()
        if self.main is not None:
            self.main.hide()
        self.show_signin(self.tr("Signed out of %1").replace("%1", company.name) if company else "")

    async def go_online(self) -> None:
        await self._release(keep_session=False)
        if self.main is not None:
            self.main.hide()
        self.show_signin()

    async def shutdown(self) -> None:
        """Close up: the windows go at once (the main window, the station, the sign-in,
        any dialog); the last writes get a few seconds to leave behind them."""
        for widget in QApplication.topLevelWidgets():
            widget.hide()
        company = self.company
        waiting = await send_last_writes(company) if company is not None else 0
        await self._release(keep_session=False)
        for window in (self.main, self.signin):
            if window is not None:
                if isinstance(window, MainWindow):
                    window.close_for_good()
                else:
                    window.hand_over()
                window.deleteLater()
        self.main = self.signin = None
        if self.sandbox is not None:
            await self.sandbox.stop()
        await cancel_all()
        self.threads.shutdown()
        if waiting and company is not None:
            say_still_queued(company.name, waiting)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with its name, icon, theme (following the OS) and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("Arkan Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Arkan")
    # Wayland matches windows to packaging/linux/arkan-desktop.desktop (menu entry, icon).
    app.setDesktopFileName("arkan-desktop")
    app.setWindowIcon(QIcon(str(icon_path("arkan-desktop.svg"))))
    follow_system_theme(app)
    app.translators = install_translations(app)  # type: ignore[attr-defined]
    app.setQuitOnLastWindowClosed(False)  # the app decides when to quit (after closing up)
    # The database worker and the list reader run Python beside the UI thread; a shorter
    # GIL slice (default 5 ms) hands the UI thread back sooner while they work.
    sys.setswitchinterval(0.001)
    return app


def missing_display() -> str | None:
    """Why no window can open here (a Linux session with no display), else None. Qt would
    abort with a core dump instead of a sentence."""
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: no X or Wayland display needed
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "arkan-desktop: there is no display to open the window on (DISPLAY is not set); "
        "run it in a desktop session, or under xvfb-run"
    )


def run_desktop(desktop: ArkanDesktopApp, loop: qasync.QEventLoop) -> int:
    """Run `desktop` on `loop` until the user quits. Ctrl+C and SIGTERM quit it; an error
    nothing else caught, in a slot, a thread or a task, is logged with its traceback and
    said in the window in one sentence (ErrorReport), never lost on stderr."""
    signal.signal(signal.SIGINT, lambda *_: desktop.quit())
    signal.signal(signal.SIGTERM, lambda *_: desktop.quit())
    # Python runs its signal handlers only between bytecodes: a light tick lets Ctrl+C and
    # SIGTERM in while Qt waits for events.
    tick = QTimer()
    tick.start(300)
    tick.timeout.connect(lambda: None)
    report = ErrorReport(desktop.show_problem, desktop)
    report.install(loop)
    try:
        with loop:
            return loop.run_until_complete(desktop.run())
    finally:
        report.uninstall()


def run_app(*, demo: bool, home: Path) -> int:
    """Run the desktop app until the user quits: the sign-in window, or the demo."""
    problem = missing_display()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    configure_preferences(client_home(home, demo))  # first: it holds the chosen language
    app = create_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return run_desktop(ArkanDesktopApp(home, demo=demo), loop)
