"""The sign-in window: server profile, email, password, remember me; never freezes.

Signing in runs on the event loop (the session's HTTP is async), so the window stays
responsive and says what it is doing. Failures appear under the form in the session's
own words (wrong password, unreachable server, certificate problems). When the server
cannot be reached and this computer has a copy of the last company, the window offers
to work offline. It hands a signed-in session and its companies to the app; it does not
open companies itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from arkan_desktop.api.errors import ApiError, InvalidServerUrl
from arkan_desktop.api.session import ApiSession
from arkan_desktop.gui import theme
from arkan_desktop.gui.forms import child, load_form
from arkan_desktop.gui.resources import icon_path
from arkan_desktop.gui.session import UNREACHABLE, list_companies, sign_in
from arkan_desktop.gui.signin.profiles import ARKAN, ServerProfile, load_profiles, remember_profile
from arkan_desktop.gui.tasks import spawn

NEW_PROFILE = "__new__"


class SignInWindow(QWidget):
    sig_signed_in = Signal(object, object)
    """Signed in: the ApiSession and the account's companies (a list of dicts)."""
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
        self.busy_bar = child(form, QProgressBar, "busyBar")
        self.offline_button = child(form, QPushButton, "offlineButton")
        self.sign_in_button = child(form, QPushButton, "signInButton")
        title = child(form, QLabel, "titleLabel")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.kind_combo.addItem(self.tr("Arkan ERP"), ARKAN)
        self.busy_bar.hide()
        self.offline_button.setVisible(offline_available)
        self.profiles = load_profiles()
        self._fill_profiles()

        self.profile_combo.currentIndexChanged.connect(self._profile_chosen)
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.offline_button.clicked.connect(self.sig_work_offline_requested)
        for edit in (self.url_edit, self.email_edit, self.password_edit):
            edit.returnPressed.connect(self.start_sign_in)
            edit.textEdited.connect(lambda _text: self.show_message(""))
        self.resize(480, 460)
        self._profile_chosen(self.profile_combo.currentIndex())

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
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(profile.kind), 0))
            self.email_edit.setText(profile.email)
            self.remember_check.setChecked(profile.remember)
            (self.password_edit if profile.email else self.email_edit).setFocus()
        else:
            self.url_edit.clear()
            self.email_edit.clear()
            self.url_edit.setFocus()
        self.password_edit.clear()

    def fill(self, url: str, email: str, password: str = "", *, remember: bool = True) -> None:
        """Put an account in the form (the demo; tests)."""
        self.profile_combo.setCurrentIndex(self.profile_combo.count() - 1)
        self.url_edit.setText(url)
        self.email_edit.setText(email)
        self.password_edit.setText(password)
        self.remember_check.setChecked(remember)

    # --- state -------------------------------------------------------------------------

    def show_message(self, text: str, *, error: bool = True) -> None:
        color = theme.error_color().name() if error else self.palette().text().color().name()
        self.message_label.setStyleSheet(f"color: {color};")
        self.message_label.setText(text)

    def set_busy(self, text: str) -> None:
        """Show work under way ("" when done); the form is read-only meanwhile."""
        self.busy = bool(text)
        self.busy_bar.setVisible(self.busy)
        for widget in (
            self.profile_combo, self.url_edit, self.kind_combo, self.email_edit,
            self.password_edit, self.remember_check, self.sign_in_button, self.offline_button,
        ):  # fmt: skip
            widget.setEnabled(not self.busy)
        if text:
            self.show_message(text, error=False)

    def offer_offline(self, available: bool) -> None:
        self.offline_available = available
        self.offline_button.setVisible(available)

    # --- signing in --------------------------------------------------------------------

    def start_sign_in(self) -> None:
        if not self.busy:
            spawn(self.sign_in(), "sign-in")

    async def sign_in(self) -> ApiSession | None:
        url, email = self.url_edit.text().strip(), self.email_edit.text().strip()
        password, remember = self.password_edit.text(), self.remember_check.isChecked()
        if not email or not password:
            self.show_message(self.tr("Enter your email and password"))
            (self.email_edit if not email else self.password_edit).setFocus()
            return None
        self.set_busy(self.tr("Signing in to %1…").replace("%1", url))
        session: ApiSession | None = None
        try:
            session = await sign_in(url, email, password, remember=remember)
            self.set_busy(self.tr("Reading your companies…"))
            companies = await list_companies(session)
        except InvalidServerUrl as error:
            self._failed(str(error), self.url_edit)
            return None
        except ApiError as error:
            if session is not None:
                await session.aclose()
            focus = self.password_edit if error.status == 401 else self.url_edit
            self._failed(error.message, focus)
            if error.kind in UNREACHABLE and self.offline_available:
                self.show_message(
                    error.message + "\n" + self.tr("You can work offline with the copy of your "
                                                   "last company on this computer.")
                )  # fmt: skip
            return None
        remember_profile(
            ServerProfile(session.server_url, str(self.kind_combo.currentData()), email, remember)
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
