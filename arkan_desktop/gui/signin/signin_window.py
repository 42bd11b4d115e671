"""The sign-in window: server profile, kind, email and password or API key, remember me.

The kinds of server, their names and how each signs people in come from the registry
(`api.kinds.KINDS`): the window shows the fields of the chosen method and hands them on;
it never decides anything by the kind itself. Signing in runs on the
event loop (the session's HTTP is async), so the window stays responsive and says what
it is doing, including a wait the server's rate limit imposes. Failures appear under the
form in the session's own words (wrong password, bad API key, unreachable server,
certificate problems, a spent request limit). When the server
cannot be reached and this computer has a copy of the last company, the window offers
to work offline. It hands a signed-in session and its companies to the app; it does not
open companies itself.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiError, ApiErrorKind, InvalidServerUrl
from arkan_desktop.api.kinds import DEFAULT_KIND, KINDS, remembered_kind
from arkan_desktop.gui import theme
from arkan_desktop.gui.forms import child, load_form
from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.session import UNREACHABLE, list_companies, sign_in_with
from arkan_desktop.gui.signin.profiles import (
    API_KEY,
    PASSWORD,
    ServerProfile,
    load_profiles,
    remember_profile,
)
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sync.workspace import Session, WorkspaceError

NEW_PROFILE = "__new__"
# The kinds' display names (api/kinds.py says them in English), marked for lupdate.
KIND_NAMES = (
    QT_TRANSLATE_NOOP("SignInWindow", "Arkan ERP"),
    QT_TRANSLATE_NOOP("SignInWindow", "Arvalox receivables"),
)


def keyring_usable() -> bool:
    """Whether sign-ins can be kept between starts (blocking: a keyring may ask D-Bus)."""
    try:
        CredentialStore().check()
    except KeyringUnavailable:
        return False
    return True


def no_keyring_text() -> str:
    return QCoreApplication.translate(
        "SignInWindow",
        "This computer has no keyring to keep your sign-in, so it is kept only until "
        "Arkan Desktop closes; “Remember me on this computer” is off.",
    )


class SignInWindow(QWidget):
    sig_signed_in = Signal(object, object)
    """Signed in: the session (of the chosen kind) and the account's companies (dicts)."""
    sig_work_offline_requested = Signal()
    """The user chose to open the last company from this computer's copy."""
    sig_closed = Signal()
    """The user closed the window without signing in."""

    def __init__(self, *, offline_available: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Arkan Desktop — Sign in"))
        self.setWindowIcon(QIcon(str(icon_path("arkan-desktop.svg"))))
        self.offline_available = offline_available
        self.busy = False
        self._handed_over = False
        form = load_form("signin.ui", self)
        self.profile_combo = child(form, QComboBox, "profileCombo")
        self.url_edit = child(form, QLineEdit, "urlEdit")
        self.kind_combo = child(form, QComboBox, "kindCombo")
        self.email_edit = child(form, QLineEdit, "emailEdit")
        self.password_edit = child(form, QLineEdit, "passwordEdit")
        self.remember_check = child(form, QCheckBox, "rememberCheck")
        self.message_label = child(form, QLabel, "messageLabel")
        plain_labels(self.message_label)  # it shows what the server said
        self.busy_bar = child(form, QProgressBar, "busyBar")
        self.offline_button = child(form, QPushButton, "offlineButton")
        self.sign_in_button = child(form, QPushButton, "signInButton")
        title = child(form, QLabel, "titleLabel")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        for server_kind in KINDS.values():
            name = QCoreApplication.translate("SignInWindow", server_kind.display_name)
            self.kind_combo.addItem(name, server_kind.name)
        self._add_key_rows(form)
        self.busy_bar.hide()
        self.offline_button.setVisible(offline_available)
        self.profiles = load_profiles()
        self._fill_profiles()

        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._kind_chosen())
        self.method_combo.currentIndexChanged.connect(lambda _index: self._method_chosen())
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.offline_button.clicked.connect(self.sig_work_offline_requested)
        for edit in (self.url_edit, self.email_edit, self.password_edit, self.key_edit):
            edit.returnPressed.connect(self.start_sign_in)
            edit.textEdited.connect(lambda _text: self.show_message(""))
        self.resize(480, 460)
        self._profile_chosen(self.profile_combo.currentIndex())

    def _add_key_rows(self, form: QWidget) -> None:
        """The "sign in with" choice and the API key field, under the kind of server."""
        self.form_layout = child(form, QFormLayout, "formLayout")
        self.method_combo = QComboBox(form)
        self.method_combo.setObjectName("methodCombo")
        self.key_edit = QLineEdit(form)
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText(self.tr("The API key your administrator gave you"))
        method_label = QLabel(self.tr("Sign in &with"), form)
        method_label.setBuddy(self.method_combo)
        key_label = QLabel(self.tr("API &key"), form)
        key_label.setBuddy(self.key_edit)
        position = cast(tuple[int, object], self.form_layout.getWidgetPosition(self.kind_combo))
        kind_row = position[0]
        self.form_layout.insertRow(kind_row + 1, method_label, self.method_combo)
        self.form_layout.insertRow(kind_row + 2, key_label, self.key_edit)
        QWidget.setTabOrder(self.kind_combo, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.key_edit)
        QWidget.setTabOrder(self.key_edit, self.email_edit)
        self._method_names = {API_KEY: self.tr("API key"), PASSWORD: self.tr("Email and password")}

    def kind(self) -> str:
        return str(self.kind_combo.currentData() or DEFAULT_KIND)

    def method(self) -> str:
        return str(self.method_combo.currentData() or PASSWORD)

    def _kind_chosen(self, method: str = "") -> None:
        methods = remembered_kind(self.kind()).sign_in_methods
        wanted = method if method in methods else methods[0]  # the kind's usual way
        self.method_combo.blockSignals(True)
        self.method_combo.clear()
        for name in methods:
            self.method_combo.addItem(self._method_names.get(name, name), name)
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(wanted), 0))
        self.method_combo.blockSignals(False)
        self.form_layout.setRowVisible(self.method_combo, len(methods) > 1)
        self._method_chosen()

    def _method_chosen(self) -> None:
        by_key = self.method() == API_KEY
        self.form_layout.setRowVisible(self.key_edit, by_key)
        self.form_layout.setRowVisible(self.email_edit, not by_key)
        self.form_layout.setRowVisible(self.password_edit, not by_key)
        self.show_message("")

    # --- profiles ----------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in self.profiles:
            self.profile_combo.addItem(profile.label, profile.url)
        self.profile_combo.addItem(self.tr("Another server…"), NEW_PROFILE)
        self.profile_combo.setCurrentIndex(0)
        self.profile_combo.blockSignals(False)

    def _profile_chosen(self, index: int) -> None:
        if 0 <= index < len(self.profiles):
            profile = self.profiles[index]
            self.url_edit.setText(profile.url)
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(profile.kind), 0))
            self.kind_combo.blockSignals(False)
            self._kind_chosen(profile.method)
            self.email_edit.setText(profile.email)
            self.remember_check.setChecked(profile.remember)
            if self.method() == API_KEY:
                self.key_edit.setFocus()
            else:
                (self.password_edit if profile.email else self.email_edit).setFocus()
        else:
            self.url_edit.clear()
            self.email_edit.clear()
            self._kind_chosen()
            self.url_edit.setFocus()
        self.password_edit.clear()
        self.key_edit.clear()

    def fill(self, url: str, email: str, password: str = "", *, remember: bool = True) -> None:
        """Put an account in the form (the demo; tests)."""
        self.profile_combo.setCurrentIndex(self.profile_combo.count() - 1)
        self.url_edit.setText(url)
        self.email_edit.setText(email)
        self.password_edit.setText(password)
        self.remember_check.setChecked(remember)

    def fill_api_key(self, url: str, key: str, kind: str, *, remember: bool = True) -> None:
        """Put a server and an API key in the form (tests; a deployment's first start)."""
        self.profile_combo.setCurrentIndex(self.profile_combo.count() - 1)
        self.url_edit.setText(url)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self._kind_chosen(API_KEY)
        self.key_edit.setText(key)
        self.remember_check.setChecked(remember)

    # --- state -------------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = True) -> None:
        color = theme.error_color().name() if error else self.palette().text().color().name()
        self.message_label.setStyleSheet(f"color: {color};")
        self.message_label.setText(text)

    def set_busy(self, text: str) -> None:
        """Show work under way ("" when done); the form is read-only meanwhile."""
        self.busy = bool(text)
        self.busy_bar.setRange(0, 0)  # under way, for as long as it takes
        self.busy_bar.setVisible(self.busy)
        for widget in (
            self.profile_combo, self.url_edit, self.kind_combo, self.method_combo, self.key_edit,
            self.email_edit, self.password_edit, self.remember_check, self.sign_in_button,
            self.offline_button,
        ):  # fmt: skip
            widget.setEnabled(not self.busy)
        if text:
            self.show_message(text, error=False)

    def show_seeding(self, done: int, total: int) -> None:
        """The demo's first start prepares its data: how many companies are done."""
        self.set_busy(
            self.tr("Preparing the demo data (only the first start does this): "
                    "%1 of %2 companies…").replace("%1", str(done)).replace("%2", str(total))
        )  # fmt: skip
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)

    def no_keyring(self) -> None:
        """Nowhere to keep a sign-in between starts: untick "Remember me", and say why."""
        self.remember_check.setChecked(False)
        self.show_message(no_keyring_text(), error=False)

    def offer_offline(self, available: bool) -> None:
        self.offline_available = available
        self.offline_button.setVisible(available)

    # --- signing in --------------------------------------------------------------------

    def start_sign_in(self) -> None:
        if not self.busy:
            spawn(self.sign_in(), "sign-in")

    def _missing(self) -> bool:
        """Say what is missing from the form (and go there); False when it is complete."""
        if self.method() == API_KEY:
            if not self.key_edit.text().strip():
                self.show_message(self.tr("Enter the API key"))
                self.key_edit.setFocus()
                return True
            return False
        email, password = self.email_edit.text().strip(), self.password_edit.text()
        if not email or not password:
            self.show_message(self.tr("Enter your email and password"))
            (self.email_edit if not email else self.password_edit).setFocus()
            return True
        return False

    def _rate_limited(self, seconds: float) -> None:
        self.show_message(
            self.tr(
                "The server asks to slow down (its request limit); signing in in %1 s…"
            ).replace("%1", str(max(1, round(seconds)))),
            error=False,
        )

    async def sign_in(self) -> Session | None:
        url, kind, method = self.url_edit.text().strip(), self.kind(), self.method()
        email, remember = self.email_edit.text().strip(), self.remember_check.isChecked()
        if self._missing():
            return None
        by_key = method == API_KEY
        self.set_busy(self.tr("Signing in to %1…").replace("%1", url))
        session: Session | None = None
        try:
            session = await sign_in_with(
                kind,
                url,
                email="" if by_key else email,
                password="" if by_key else self.password_edit.text(),
                api_key=self.key_edit.text() if by_key else "",
                remember=remember,
                on_wait=self._rate_limited,
            )
            self.set_busy(self.tr("Reading your companies…"))
            companies = await list_companies(session)
        except (InvalidServerUrl, WorkspaceError) as error:
            self._failed(str(error), self.url_edit)
            return None
        except ApiError as error:
            if session is not None:
                await session.aclose()
            refused = error.status == 401 or error.kind is ApiErrorKind.UNAUTHORIZED
            secret = self.key_edit if by_key else self.password_edit
            self._failed(error.message, secret if refused else self.url_edit)
            if error.kind in UNREACHABLE and self.offline_available:
                self.show_message(
                    error.message + "\n" + self.tr("You can work offline with the copy of your "
                                                   "last company on this computer.")
                )  # fmt: skip
            return None
        if remember and not session.persistent:
            remember = False  # no keyring: kept for this session only, and said so
            self.no_keyring()
        remember_profile(
            ServerProfile(
                session.server_url, kind, "" if by_key else email, remember, method=method
            )
        )
        self.set_busy(self.tr("Signed in. Opening…"))
        self._handed_over = True
        self.sig_signed_in.emit(session, companies)
        return session

    def _failed(self, message: str, focus: QWidget) -> None:
        self.set_busy("")
        self.show_message(message)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(focus, QLineEdit):
            focus.selectAll()

    def reopen(self, message: str = "") -> None:
        """Back to the form (after a failed open, or a sign-out)."""
        self._handed_over = False
        self.set_busy("")
        self.password_edit.clear()
        self.key_edit.clear()
        if message:
            self.show_message(message)
        self.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._handed_over:
            self.sig_closed.emit()
        super().closeEvent(event)

    def hand_over(self) -> None:
        """Hide without meaning "quit" (the main window takes over)."""
        self._handed_over = True
        self.hide()
