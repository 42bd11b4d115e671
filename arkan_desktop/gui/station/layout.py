"""The station window's widgets and their arrangement, with nothing of what they do.

Top: the workflow buttons, the connection and queue status, sound and settings. Then the
step panel (what is being done, what is expected next, the last answer) that flashes
green or red, the choices of the step, the scan input, and below: this operation's
lines, the last scans, the operations sent, and the pad. `StationWindow` gives it life.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.station.controls import ChoiceRow, StationPad, station_button
from arkan_desktop.gui.station.feedback import ScanTones
from arkan_desktop.gui.station.scan_input import ScanInput
from arkan_desktop.gui.station.style import NEUTRAL, STATION_STYLE
from arkan_desktop.gui.station.workflows import translate

WORKFLOWS_IN_ONE_ROW = 4


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class StationLayout(QWidget):
    def __init__(self, workflow_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("station")
        self.setStyleSheet(STATION_STYLE)
        self.tones = ScanTones(self)
        top = QHBoxLayout()
        self.workflow_group = QButtonGroup(self)
        self.workflow_button_of: dict[str, QPushButton] = {}
        self.workflow_grid = QGridLayout()
        for name in workflow_names:
            button = station_button(translate("Station", name).replace("&", "&&"), self, "workflow")
            button.setCheckable(True)
            self.workflow_group.addButton(button)
            self.workflow_button_of[name] = button
        self.arrange_workflows(workflow_names)
        top.addLayout(self.workflow_grid, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("status")
        top.addWidget(self.status_label)
        self.sound_button = station_button("", self, "toggle")
        top.addWidget(self.sound_button)
        self.settings_button = station_button(self.tr("Settings (F10)"), self, "toggle")
        top.addWidget(self.settings_button)

        self.step_panel = QFrame(self)
        self.step_panel.setObjectName("stepPanel")
        panel = QVBoxLayout(self.step_panel)
        self.title_label = QLabel(self.step_panel)
        self.title_label.setObjectName("title")
        self.expects_label = QLabel(self.step_panel)
        self.expects_label.setObjectName("expects")
        self.expects_label.setWordWrap(True)
        self.message_label = QLabel(self.step_panel)
        self.message_label.setObjectName("message")
        self.message_label.setWordWrap(True)
        plain_labels(self.message_label)  # a refusal quotes the server
        for label in (self.title_label, self.expects_label, self.message_label):
            panel.addWidget(label)
        self.choice_row = ChoiceRow(self)
        self.scan_input = ScanInput(parent=self)
        self.scan_input.setObjectName("scanInput")
        self.scan_input.setPlaceholderText(self.tr("Scan here"))

        self.lines_list = self._list("lines")
        self.recent_list = self._list("recent")
        self.operations_list = self._list("operations")
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("This operation"), self.lines_list),
            (self.tr("Last scans"), self.recent_list),
            (self.tr("Sent to the server"), self.operations_list),
        ):
            column = QVBoxLayout()
            heading = QLabel(title, self)
            heading.setObjectName("heading")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            lists.addLayout(column, 4 if widget is self.lines_list else 3)

        self.pad = StationPad(self)
        self.digit_buttons = self.pad.digit_buttons
        self.set_button = self.pad.set_button
        self.minus_button = self.pad.minus_button
        self.plus_button = self.pad.plus_button
        self.confirm_button = self.pad.confirm_button
        self.cancel_button = self.pad.cancel_button
        middle = QHBoxLayout()
        middle.addLayout(lists, 3)
        middle.addWidget(self.pad, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.step_panel)
        layout.addWidget(self.choice_row)
        layout.addWidget(self.scan_input)
        layout.addLayout(middle, 1)
        self.paint(NEUTRAL)

    def arrange_workflows(self, shown: list[str]) -> None:
        """The workflow buttons shown, in one row when they are few, else in two rows (so
        that every label fits a 1366-pixel screen, in English and Arabic)."""
        grid = self.workflow_grid
        for button in self.workflow_button_of.values():
            grid.removeWidget(button)
        visible = [self.workflow_button_of[name] for name in shown]
        per_row = len(visible) if len(visible) <= WORKFLOWS_IN_ONE_ROW else -(-len(visible) // 2)
        for index, button in enumerate(visible):
            grid.addWidget(button, index // per_row, index % per_row)
        for button in self.workflow_button_of.values():
            button.setVisible(button in visible)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        widget.setWordWrap(True)
        widget.setResizeMode(QListView.ResizeMode.Adjust)
        widget.setTextElideMode(Qt.TextElideMode.ElideNone)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return widget

    def paint(self, state: str) -> None:
        """Colour the step panel: accepted (green), refused (red) or idle."""
        self.step_panel.setProperty("state", state)
        _repolish(self.step_panel)

    def show_status(self, connection: str, waiting: int) -> None:
        words = {
            "online": translate("Station", "online"),
            "offline": translate("Station", "offline"),
            "reconnecting": translate("Station", "reconnecting"),
        }
        text = translate("Station", "{state} · {n} waiting")
        self.status_label.setText(text.format(state=words.get(connection, connection), n=waiting))
        self.status_label.setProperty("state", connection)
        _repolish(self.status_label)

    def show_sound(self, enabled: bool) -> None:
        self.sound_button.setText(self.tr("Sound on") if enabled else self.tr("Sound off"))
