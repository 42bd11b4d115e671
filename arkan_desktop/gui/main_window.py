"""The main window: module tabs, company switcher, status bar, outbox panel, shortcuts.

It shows one Company at a time, building the tabs its server offers; switching company,
signing out and going online are asked of the app (signals) and the app hands back a new
company. It never opens sessions or caches itself. What a tab offers (its actions,
printing, the forms refused writes reopen in, the records it shows) is declared on
`ModuleTab`; nothing here probes a tab for what it has. The bell opens the user's
notifications (a document opens in the tab that shows it). Ctrl+P prints; posting is
Ctrl+Shift+Enter and asks first. Quitting with unsent writes asks (quit_question.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.api.credentials import NO_KEYRING
from arkan_desktop.gui.bank.bank_tab import BankTab
from arkan_desktop.gui.bills.bills_tab import BillsTab
from arkan_desktop.gui.customers.customers_tab import CustomersTab
from arkan_desktop.gui.i18n import language_menu
from arkan_desktop.gui.invoices.invoices_tab import InvoicesTab
from arkan_desktop.gui.ledger.ledger_tab import LedgerTab
from arkan_desktop.gui.outbox.outbox_panel import OutboxPanel
from arkan_desktop.gui.partners.partners_tab import PartnersTab
from arkan_desktop.gui.preferences import preferences
from arkan_desktop.gui.purchasing.purchasing_tab import PurchasingTab
from arkan_desktop.gui.receivables.payments_tab import PaymentsTab
from arkan_desktop.gui.receivables.reports_tab import ReportsTab
from arkan_desktop.gui.reports.reports_tab import FinanceReportsTab
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.sales.sales_tab import SalesTab
from arkan_desktop.gui.shell.busy_panel import BusyPanel
from arkan_desktop.gui.shell.company_switcher import CompanySwitcher
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.gui.shell.module_tab import FIND, NEW, POST, SAVE, ModuleTab
from arkan_desktop.gui.shell.notice_bar import NoticeBar
from arkan_desktop.gui.shell.notification_center import NotificationCenter
from arkan_desktop.gui.shell.quit_question import Answer, quit_answer
from arkan_desktop.gui.shell.resource_names import resource_name
from arkan_desktop.gui.shell.status_bar import StatusBar
from arkan_desktop.gui.shell.status_feed import StatusFeed
from arkan_desktop.gui.signin.signin_window import no_keyring_text
from arkan_desktop.gui.stock.stock_tab import StockTab
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxRow
from arkan_desktop.sync.company import Company

TAB_TYPES: tuple[type[ModuleTab], ...] = (
    LedgerTab,
    InvoicesTab,
    CustomersTab,
    StockTab,
    PurchasingTab,
    PaymentsTab,
    ReportsTab,
    FinanceReportsTab,
    BankTab,
    BillsTab,
    PartnersTab,
    SalesTab,
)
DEFAULT_TAB = InvoicesTab.key


class MainWindow(QMainWindow):
    sig_company_chosen = Signal(object)
    """The user chose another company in the switcher: its dict."""
    sig_sign_out_requested = Signal()
    """The user asked to sign out."""
    sig_go_online_requested = Signal()
    """Working offline, the user asked to sign in and go online."""
    sig_closed = Signal()
    """The user closed the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arkan Desktop"))
        self.setWindowIcon(QIcon(str(icon_path("arkan-desktop.svg"))))
        self.company: Company | None = None
        self.live: LiveSync | None = None
        self.module_tabs: list[ModuleTab] = []
        self.outbox_panel: OutboxPanel | None = None
        self._closing_by_app = False
        self._asking_to_quit = False

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.notice = NoticeBar(self)
        self.notice.sig_action_clicked.connect(self.sig_go_online_requested)
        self.problem_bar = NoticeBar(self, "problemBar")  # unexpected errors (ErrorReport)
        self.busy = BusyPanel(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.problem_bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.busy, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.status.sig_outbox_requested.connect(self.open_outbox)
        self.feed = StatusFeed(self.status, self)
        self.feed.sig_partial_copies.connect(self._partial_copies)
        self.notifications = NotificationCenter(self)
        self.notifications.sig_open_requested.connect(self.open_document)

        self.company_combo = CompanySwitcher(self)
        self.company_combo.sig_company_chosen.connect(self.sig_company_chosen)
        self._build_actions()
        geometry = preferences().value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def _action(self, text: str, keys: list[Any], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if keys and text:  # the tooltip names the shortcut, as the user's platform writes it
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.replace('&', '')} ({shown})")
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), [std.New], lambda: self._call(NEW))
        self.save_action = self._action(self.tr("&Save"), [std.Save], lambda: self._call(SAVE))
        # Posting cannot be undone: it asks first (ModuleTab), and it is not on Ctrl+P,
        # which prints in every desktop program (Ctrl+Shift+P, its old key, prints too).
        posting = ["Ctrl+Shift+Enter", "Ctrl+Shift+Return"]
        self.post_action = self._action(self.tr("&Post"), posting, lambda: self._call(POST))
        self.find_action = self._action(self.tr("&Find"), [std.Find], lambda: self._call(FIND))
        printing = [std.Print, "Ctrl+Shift+P"]
        self.print_action = self._action(self.tr("P&rint…"), printing, self._print)
        self.sync_action = self._action(self.tr("Sync &now"), [std.Refresh], self.sync_now)
        self.outbox_action = self._action(self.tr("&Outbox"), ["Ctrl+Shift+O"], self.open_outbox)
        self.notifications_action = self._action(
            self.tr("&Notifications"), ["Ctrl+Shift+N"], self.notifications.open_panel
        )
        self.next_tab_action = self._action(
            self.tr("Next tab"), ["Ctrl+PgDown", "Ctrl+Tab"], lambda: self._step_tab(1)
        )
        self.previous_tab_action = self._action(
            self.tr("Previous tab"), ["Ctrl+PgUp", "Ctrl+Shift+Tab"], lambda: self._step_tab(-1)
        )
        for position in range(9):
            self._action("", [f"Alt+{position + 1}"], self._tab_chooser(position))
        self.sign_out_action = self._action(
            self.tr("Sign &out"), [], self.sig_sign_out_requested.emit
        )
        self.quit_action = self._action(self.tr("&Quit"), [std.Quit], self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (
            self.sync_action,
            self.print_action,
            self.outbox_action,
            self.notifications_action,
            self.sign_out_action,
            self.quit_action,
        ):
            file_menu.addAction(action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in (self.new_action, self.save_action, self.post_action, self.find_action):
            edit_menu.addAction(action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_menu.addAction(self.next_tab_action)
        self.go_menu.addAction(self.previous_tab_action)
        self.menuBar().addMenu(language_menu(self))
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Company:") + " ", toolbar))
        toolbar.addWidget(self.company_combo)
        toolbar.addSeparator()
        for action in (self.new_action, self.post_action, self.find_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.sync_action)
        toolbar.addAction(self.outbox_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.bell_action = toolbar.addWidget(self.notifications.bell)
        self.bell_action.setVisible(False)
        self.addToolBar(toolbar)

    # --- showing a company ---------------------------------------------------------------

    def show_company(
        self, company: Company, live: LiveSync, companies: list[dict[str, Any]]
    ) -> None:
        self.company, self.live = company, live
        self.busy.hide()
        self.tabs.show()
        self.setWindowTitle(self.tr("%1 — Arkan Desktop").replace("%1", company.name))
        self.set_companies(companies or [dict(company.record)])
        live.sig_changes.connect(self._changes_arrived)
        live.sig_sync_started.connect(lambda: self.sync_action.setEnabled(False))
        live.sig_sync_finished.connect(self._sync_finished)
        wanted = str(preferences().value("main/tab", DEFAULT_TAB))
        for kind in TAB_TYPES:
            if kind.offered_by(company):
                tab = kind(company, live, self.tabs)
                tab.sig_message.connect(lambda text: self.status.showMessage(text, 8000))
                tab.sig_actions_changed.connect(self._update_actions)
                self.module_tabs.append(tab)
                self.tabs.addTab(tab, tab.title())
                if tab.key == wanted:
                    self.tabs.setCurrentWidget(tab)
        self.feed.follow(company, live)
        self.notifications.follow(live)
        offered = company.notifications.offered
        self.bell_action.setVisible(offered)
        self.notifications_action.setEnabled(offered)
        self.sync_action.setEnabled(company.online)
        if not company.online:
            self._partial_copies([])
        elif not company.persistent:
            message = company.persistence_message or ""
            self.notice.show_notice(no_keyring_text() if message == NO_KEYRING else message)
        self._update_actions()

    def _partial_copies(self, lines: list[str]) -> None:
        """Offline, the notice says so, and which resources the copy holds only in part."""
        if self.company is not None and not self.company.online:
            self.notice.show_notice(
                "\n".join([self.tr("Working offline with the copy of %1 on this computer. "
                                    "Changes you make are queued and sent after you sign in "
                                    "again.").replace("%1", self.company.name), *lines]),
                self.tr("Sign in…"),
                warning=True,
            )  # fmt: skip

    def show_problem(self, text: str) -> None:
        """An unexpected error, in one sentence, until the user closes the notice."""
        self.problem_bar.show_notice(text, warning=True)

    def show_busy(self, text: str) -> None:
        """Say what the window is doing while it has no company to show (a switch)."""
        self.tabs.hide()
        self.busy.show_message(text)

    def set_companies(self, companies: list[dict[str, Any]]) -> None:
        company = self.company
        online = bool(company and company.online)
        current_id = company.id if company is not None else None
        self.company_combo.show_companies(companies, current_id, online=online)

    def release_company(self) -> None:
        """Take the company's tabs down (before its cache closes)."""
        if self.live is not None:
            self.live.detach()
        if self.outbox_panel is not None:
            self.outbox_panel.close()
            self.outbox_panel.deleteLater()
            self.outbox_panel = None
        for tab in self.module_tabs:
            tab.shutdown()
        self.tabs.clear()
        for tab in self.module_tabs:
            tab.deleteLater()
        self.module_tabs.clear()
        self.notice.hide()
        self.feed.forget()
        self.notifications.forget()
        self.company = self.live = None

    def tab(self, kind: type[ModuleTab]) -> Any:
        for tab in self.module_tabs:
            if isinstance(tab, kind):
                return tab
        return None

    def current_tab(self) -> ModuleTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, ModuleTab) else None

    # --- actions ---------------------------------------------------------------------------

    def _call(self, action: str) -> None:
        tab = self.current_tab()
        if tab is None or not tab.offers(action):
            return
        {NEW: tab.new_record, SAVE: tab.save, POST: tab.post_selected, FIND: tab.focus_find}[
            action
        ]()

    def _update_actions(self) -> None:
        tab = self.current_tab()
        for action, name in (
            (self.new_action, NEW),
            (self.save_action, SAVE),
            (self.post_action, POST),
            (self.find_action, FIND),
        ):
            action.setEnabled(tab is not None and tab.offers(name))
        self.print_action.setEnabled(tab is not None and tab.printable)

    def _print(self) -> None:
        tab = self.current_tab()
        if tab is not None and tab.printable:
            tab.print_selected()

    def _tab_chooser(self, position: int) -> Callable[[], None]:
        return lambda: self.tabs.setCurrentIndex(position) if position < self.tabs.count() else None

    def _step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, _index: int) -> None:
        tab = self.current_tab()
        if tab is not None:
            preferences().setValue("main/tab", tab.key)
            if self.company is not None and tab.resource:
                self.company.sync.look_at((tab.resource,))  # a first sync fills it next
        self._update_actions()

    def sync_now(self) -> None:
        if self.live is not None:
            self.live.spawn(self.live.sync_now(), "sync-now")

    def open_outbox(self) -> OutboxPanel | None:
        if self.live is None:
            return None
        if self.outbox_panel is None:
            self.outbox_panel = OutboxPanel(self.live, self)
            self.outbox_panel.form_editor = self.edit_refused_write
        else:
            self.outbox_panel.refresh()
        self.outbox_panel.show()
        self.outbox_panel.raise_()
        self.outbox_panel.activateWindow()
        return self.outbox_panel

    def open_document(self, resource: str, record_id: str) -> bool:
        """Show a record in the tab that shows its kind (a notification's document)."""
        self.show()
        self.raise_()
        self.activateWindow()
        for tab in self.module_tabs:
            if tab.shows(resource):
                self.tabs.setCurrentWidget(tab)
                tab.open_record(record_id, resource)
                return True
        text = self.tr("%1 are not shown in any tab of this window")
        self.status.showMessage(text.replace("%1", resource_name(resource)), 8000)
        return False

    def edit_refused_write(self, row: OutboxRow) -> bool:
        """Open a refused write in the form of the tab that owns its resource; False when
        no tab has a form for it (the Outbox panel then offers its JSON editor)."""
        for tab in self.module_tabs:
            if tab.edits(row):
                self.tabs.setCurrentWidget(tab)
                tab.edit_refused(row)
                return True
        return False

    # --- what the sync says ----------------------------------------------------------------

    def _changes_arrived(self, changes: ChangeSet) -> None:
        for tab in self.module_tabs:
            tab.note_changes(changes)
        self.feed.changed()

    def _sync_finished(self, problem: str) -> None:
        self.sync_action.setEnabled(True)
        if problem:
            self.status.showMessage(self.tr("Sync stopped: %1").replace("%1", problem), 15000)
        if self.company is not None:
            for tab in list(self.module_tabs):
                reason = self.company.unavailable.get(tab.resource)
                if reason:
                    tab.show_unavailable(reason)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = preferences()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.sync()
        if self._closing_by_app:
            event.accept()
            return
        event.ignore()  # the app closes the window after shutting the company down
        if self.live is None:
            self.sig_closed.emit()
        elif not self._asking_to_quit:
            self.live.spawn(self._quit_if_agreed(self.live.company), "quit-question")

    async def _quit_if_agreed(self, company: Company) -> None:
        self._asking_to_quit = True
        try:
            answer = await quit_answer(self, company)
        finally:
            self._asking_to_quit = False
        if answer is Answer.OUTBOX:
            self.open_outbox()
        elif answer is Answer.QUIT:
            self.sig_closed.emit()

    def close_for_good(self) -> None:
        self._closing_by_app = True
        self.close()
