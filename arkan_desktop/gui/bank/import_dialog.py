"""Confirming a statement read from a file before it is imported: what it holds, the
bank's statement number, the opening balance (asked when the file gives none), the
account small differences are written off to; and, when its lines do not add up to its
closing balance, whether to import it anyway."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.bank.statement import Statement
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import AmountField, amount_text
from arkan_desktop.store.queries.ledger import AccountChoice

WRITE_OFF_CODE = "6800"  # bank charges: where a small difference goes unless chosen


class ImportDialog(QDialog):
    def __init__(
        self,
        statement: Statement,
        account_label: str,
        reference: str,
        opening: Decimal | None,
        write_off_accounts: Sequence[AccountChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import bank statement"))
        self.statement = statement
        lines = statement.lines
        money_in = sum((x.amount for x in lines if x.amount > 0), Decimal(0))
        money_out = -sum((x.amount for x in lines if x.amount < 0), Decimal(0))
        summary = (
            self.tr("%1 lines from %2 to %3 · in %4 · out %5 · into %6")
            .replace("%1", str(len(lines)))
            .replace("%2", str(statement.start or ""))
            .replace("%3", str(statement.end or ""))
            .replace("%4", amount_text(money_in, 2))
            .replace("%5", amount_text(money_out, 2))
            .replace("%6", account_label)
        )
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.reference_edit = QLineEdit(reference, self)
        self.reference_edit.setObjectName("statementReference")
        self.reference_edit.setMaxLength(100)
        self.opening_edit = QLineEdit(self)
        self.opening_edit.setObjectName("openingBalance")
        self.opening = AmountField(self.opening_edit, max_decimals=3)
        self.opening.set_value(opening if opening is not None else statement.opening_balance)
        self.opening_edit.setReadOnly(statement.opening_balance is not None)
        self.closing_label = QLabel(self)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("writeOffAccount")
        for choice in write_off_accounts:
            self.account_combo.addItem(choice.label, choice.id)
            if choice.code == WRITE_OFF_CODE:
                self.account_combo.setCurrentIndex(self.account_combo.count() - 1)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("balanceProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.anyway = QCheckBox(
            self.tr(
                "Import anyway: the closing balance becomes the opening balance plus the lines"
            ),
            self,
        )
        self.anyway.setObjectName("importAnyway")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("importError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Statement number"), self.reference_edit)
        form.addRow(self.tr("Opening balance"), self.opening_edit)
        form.addRow(self.tr("Closing balance"), self.closing_label)
        form.addRow(self.tr("Write small differences off to"), self.account_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.anyway)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.opening_edit.textChanged.connect(self._check)
        self.anyway.toggled.connect(self._check)
        self._check()

    @property
    def total(self) -> Decimal:
        return self.statement.total

    def closing(self) -> Decimal | None:
        """The closing balance to import: the file's, or opening + lines (none given, or
        the user chose to import a statement that does not add up)."""
        opening = self.opening.value()
        if opening is None:
            return None
        given = self.statement.closing_balance
        if given is None or self.anyway.isChecked():
            return opening + self.total
        return given

    def problem(self) -> str:
        """The balance problem in one sentence ("" when the lines add up)."""
        opening, given = self.opening.value(), self.statement.closing_balance
        if opening is None or given is None or opening + self.total == given:
            return ""
        return (
            self.tr(
                "The lines do not add up: opening balance %1 plus the lines (%2) gives %3, "
                "but the file's closing balance is %4. Lines may be missing from the file."
            )
            .replace("%1", amount_text(opening, 2))
            .replace("%2", amount_text(self.total, 2))
            .replace("%3", amount_text(opening + self.total, 2))
            .replace("%4", amount_text(given, 2))
        )

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self.anyway.setVisible(bool(problem))
        closing = self.closing()
        self.closing_label.setText("" if closing is None else amount_text(closing, 2))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem or self.anyway.isChecked())

    def accept(self) -> None:
        if not self.reference_edit.text().strip():
            self.error_label.setText(self.tr("Give the bank's statement number."))
        elif self.opening.check() or self.opening.value() is None:
            self.error_label.setText(self.tr("Type the statement's opening balance."))
        elif self.problem() and not self.anyway.isChecked():
            self.error_label.setText(self.tr("The statement does not add up; see above."))
        else:
            super().accept()
            return
        self.error_label.show()

    def reference(self) -> str:
        return self.reference_edit.text().strip()

    def write_off_account(self) -> str:
        return str(self.account_combo.currentData() or "")
