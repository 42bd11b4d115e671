"""The station's settings screen (F10): warehouse, label printer, template, sound, workflows.

Keyboard first: every field is reached with Tab, Enter saves, Esc closes without saving.
A combination that cannot print (a network label printer with a sheet template, an
address that is not HOST:PORT, no workflow offered) is refused with a plain message
instead of being saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui.plain_text import plain_labels
from arkan_desktop.gui.station.station_settings import (
    FILE,
    SYSTEM,
    ZPL,
    StationSettings,
    system_printers,
)
from arkan_desktop.printing.templates import get_template, template_names


class StationSettingsDialog(QDialog):
    def __init__(
        self,
        settings: StationSettings,
        warehouses: list[tuple[str, str]],
        workflows: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`warehouses` and `workflows` are (key, label) pairs to choose from."""
        super().__init__(parent)
        self.setObjectName("stationSettings")
        self.setWindowTitle(self.tr("Station settings"))
        self.settings = settings
        self.workflow_keys = tuple(key for key, _ in workflows)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.warehouse_combo = QComboBox(self)
        self.warehouse_combo.addItem(self.tr("Any warehouse"), "")
        for key, label in warehouses:
            self.warehouse_combo.addItem(label, key)
        self._select(self.warehouse_combo, settings.warehouse_id)
        form.addRow(self.tr("&Warehouse"), self.warehouse_combo)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("System printer (no dialog)"), SYSTEM)
        self.kind_combo.addItem(self.tr("Network label printer (ZPL)"), ZPL)
        self.kind_combo.addItem(self.tr("Save to a folder"), FILE)
        form.addRow(self.tr("Label &printer"), self.kind_combo)
        names, default = system_printers()
        self.system_combo = QComboBox(self)
        self.system_combo.setEditable(True)
        self.system_combo.addItem(
            self.tr("System default ({name})").format(name=default or self.tr("none")), ""
        )
        for name in names:
            self.system_combo.addItem(name, name)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(self.tr("HOST:PORT, e.g. 10.0.0.7:9100"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("a folder (empty: labels in the data folder)"))
        where = QHBoxLayout()
        for widget in (self.system_combo, self.address_edit, self.folder_edit):
            where.addWidget(widget)
        self.where_label = QLabel(self.tr("Printer &address"), self)
        form.addRow(self.where_label, where)
        self._select(self.kind_combo, settings.printer_kind)
        if settings.printer_kind == SYSTEM:
            if settings.printer and not self._select(self.system_combo, settings.printer):
                self.system_combo.setEditText(settings.printer)
        elif settings.printer_kind == ZPL:
            self.address_edit.setText(settings.printer)
        else:
            self.folder_edit.setText(settings.printer)
        self.kind_combo.currentIndexChanged.connect(self._show_kind)

        self.template_combo = QComboBox(self)
        for name in template_names():
            self.template_combo.addItem(f"{name} — {get_template(name).description}", name)
        self._select(self.template_combo, settings.template)
        form.addRow(self.tr("Label &template"), self.template_combo)

        self.sound_check = QCheckBox(self.tr("&Sound on"), self)
        self.sound_check.setChecked(settings.sound)
        form.addRow("", self.sound_check)

        self.workflow_checks: dict[str, QCheckBox] = {}
        offered = QVBoxLayout()
        for key, label in workflows:
            check = QCheckBox(label, self)
            check.setChecked(not settings.workflows or key in settings.workflows)
            offered.addWidget(check)
            self.workflow_checks[key] = check
        form.addRow(self.tr("Workflows offered"), offered)

        self.problem_label = QLabel("", self)
        self.problem_label.setObjectName("problem")
        self.problem_label.setWordWrap(True)
        plain_labels(self.problem_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self._show_kind()
        for combo in (self.warehouse_combo, self.kind_combo, self.template_combo):
            combo.currentIndexChanged.connect(self._forget_problem)
        self.system_combo.editTextChanged.connect(self._forget_problem)
        for edit in (self.address_edit, self.folder_edit):
            edit.textChanged.connect(self._forget_problem)
        for check in self.workflow_checks.values():
            check.toggled.connect(self._forget_problem)
        self.warehouse_combo.setFocus()

    def _forget_problem(self) -> None:
        self.problem_label.setText("")

    @staticmethod
    def _select(combo: QComboBox, key: str) -> bool:
        index = combo.findData(key)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def _show_kind(self) -> None:
        kind = self.kind_combo.currentData()
        self.system_combo.setVisible(kind == SYSTEM)
        self.address_edit.setVisible(kind == ZPL)
        self.folder_edit.setVisible(kind == FILE)
        shown = {SYSTEM: self.system_combo, ZPL: self.address_edit}.get(kind, self.folder_edit)
        self.where_label.setBuddy(shown)

    def chosen(self) -> StationSettings:
        """The settings as the form shows them (not checked)."""
        kind = str(self.kind_combo.currentData())
        if kind == SYSTEM:
            typed = self.system_combo.currentText().strip()
            index = self.system_combo.findText(typed)
            printer = str(self.system_combo.itemData(index) or "") if index >= 0 else typed
        elif kind == ZPL:
            printer = self.address_edit.text().strip()
        else:
            printer = self.folder_edit.text().strip()
        return replace(
            self.settings,
            warehouse_id=str(self.warehouse_combo.currentData() or ""),
            printer_kind=kind,
            printer=printer,
            template=str(self.template_combo.currentData()),
            sound=self.sound_check.isChecked(),
            workflows=tuple(k for k, check in self.workflow_checks.items() if check.isChecked()),
        )

    def accept(self) -> None:
        chosen = self.chosen()
        problem = chosen.problem(self.workflow_keys)
        if problem:
            self.problem_label.setText(problem)
            return
        self.settings = chosen
        super().accept()
