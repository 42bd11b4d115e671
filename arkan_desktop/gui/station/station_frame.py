"""The station window's frame: its settings screen (F10), sound, focus, and quitting
(Ctrl+Q or the window's close, asking first when writes are still waiting).

`StationWindow` adds the workflows; what it must say when settings change is
`settings_changed`. No workflow logic here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from arkan_desktop.domain.warehouse.catalog import Catalog
from arkan_desktop.gui.station.layout import StationLayout
from arkan_desktop.gui.station.quitting import ask_before_quitting
from arkan_desktop.gui.station.settings_dialog import StationSettingsDialog
from arkan_desktop.gui.station.station_settings import (
    StationSettings,
    load_station_settings,
    save_station_settings,
)
from arkan_desktop.gui.station.workflows import translate


class StationFrame(StationLayout):
    sig_closed = Signal()
    """The storekeeper closed the station."""

    def __init__(
        self, workflow_names: list[str], company_id: str, parent: QWidget | None = None
    ) -> None:
        self.company_id = company_id
        self.workflow_names = workflow_names
        self.settings = load_station_settings(company_id)
        super().__init__(workflow_names, parent)
        self.catalog: Catalog | None = None
        self.settings_dialog: StationSettingsDialog | None = None
        self.waiting_writes = 0  # outbox rows not sent yet (the quit question counts them)
        self.quit_question: QMessageBox | None = None
        self._closing = False
        self.tones.set_enabled(self.settings.sound)
        self.sound_button.clicked.connect(self._toggle_sound)
        self.settings_button.clicked.connect(self.open_settings)
        self.settings_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F10), self)
        self.settings_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.settings_shortcut.activated.connect(self.open_settings)
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        self.quit_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.quit_shortcut.activated.connect(self.close)

    def offered(self) -> list[str]:
        """The workflows this station offers (its settings), in their usual order."""
        chosen = [name for name in self.workflow_names if name in self.settings.workflows]
        return chosen or list(self.workflow_names)

    # --- settings and sound ------------------------------------------------------------

    def open_settings(self) -> StationSettingsDialog:
        """The settings screen (F10), modal over the station; saved settings apply at once."""
        if self.settings_dialog is not None:
            return self.settings_dialog
        warehouses = sorted(
            (str(w["id"]), f"{w.get('code') or ''} {w.get('name') or ''}".strip())
            for w in (self.catalog.warehouses.values() if self.catalog else ())
        )
        flows = [(name, translate("Station", name)) for name in self.workflow_names]
        dialog = StationSettingsDialog(self.settings, warehouses, flows, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings))
        dialog.finished.connect(lambda _result: self._settings_closed())
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None
        self.scan_input.setFocus()

    def apply_settings(self, settings: StationSettings) -> None:
        save_station_settings(settings, self.company_id)
        self.settings = settings
        self.tones.set_enabled(settings.sound)
        self._show_offered()
        self.settings_changed()

    def settings_changed(self) -> None:
        """The window follows new settings (the workflows offered, the warehouse)."""

    def _show_offered(self) -> None:
        self.arrange_workflows(self.offered())
        self.show_sound(self.tones.enabled)

    def _toggle_sound(self) -> None:
        self.apply_settings(replace(self.settings, sound=not self.tones.enabled))

    # --- focus and quitting ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scan_input.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ctrl+Q or the window's close: with writes waiting, ask first (Stay is the
        default); otherwise close, and the app quits."""
        if not self._closing and self.waiting_writes > 0:
            event.ignore()
            if self.quit_question is None:
                self.quit_question = ask_before_quitting(
                    self, self.waiting_writes, self.close_for_good
                )
                self.quit_question.finished.connect(self._question_closed)
            return
        self.sig_closed.emit()
        super().closeEvent(event)

    def _question_closed(self) -> None:
        if self.quit_question is not None:
            self.quit_question.deleteLater()
        self.quit_question = None
        self.scan_input.setFocus()

    def close_for_good(self) -> None:
        """Close without asking (the user said so, or the app is closing up)."""
        self._closing = True
        self.close()
