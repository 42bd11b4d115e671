"""Choosing once which column of a bank's CSV export is what (date, amounts, narrative …),
how its dates are written and which mark is its decimal point.

It starts from `detect_csv`'s proposal and shows the file's first rows beside the
choices; what the file could not decide (day or month first, the decimal mark) is asked
in so many words. The mapping is kept per bank account, so the next file of that bank
imports without asking.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.domain.bank.csv_import import CsvProposal
from arkan_desktop.domain.bank.csv_mapping import CsvMapping
from arkan_desktop.domain.bank.formats import describe_date_format
from arkan_desktop.gui import theme

# role -> the CsvMapping field it sets
ROLES = (
    "date_column",
    "amount_column",
    "debit_column",
    "credit_column",
    "balance_column",
    "reference_column",
    "memo_column",
    "counterparty_column",
)


class CsvMappingDialog(QDialog):
    def __init__(self, proposal: CsvProposal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of this bank's CSV file"))
        self.proposal = proposal
        self.mapping: CsvMapping | None = None
        mapping = proposal.mapping
        header = list(proposal.header) or [
            self.tr("Column %1").replace("%1", str(n + 1))
            for n in range(max((len(r) for r in proposal.sample), default=0))
        ]
        self.preview = QTableWidget(len(proposal.sample), len(header), self)
        self.preview.setObjectName("csvPreview")
        self.preview.setHorizontalHeaderLabels(header)
        for r, cells in enumerate(proposal.sample):
            for c, text in enumerate(cells[: len(header)]):
                self.preview.setItem(r, c, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()
        labels = {
            "date_column": self.tr("Date"),
            "amount_column": self.tr("Amount (signed)"),
            "debit_column": self.tr("Debit (money out)"),
            "credit_column": self.tr("Credit (money in)"),
            "balance_column": self.tr("Running balance"),
            "reference_column": self.tr("Reference"),
            "memo_column": self.tr("Narrative"),
            "counterparty_column": self.tr("Payer or payee"),
        }
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout()
        for role in ROLES:
            combo = QComboBox(self)
            combo.setObjectName(f"csv_{role}")
            combo.addItem(self.tr("(none)"), None)
            for n, title in enumerate(header):
                combo.addItem(f"{n + 1}: {title}", n)
            if role == "memo_column":
                current = mapping.memo_columns[0] if mapping.memo_columns else None
            else:
                current = getattr(mapping, role, None)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            self.combos[role] = combo
            form.addRow(labels[role], combo)
        self.date_format = QComboBox(self)
        self.date_format.setObjectName("csvDateFormat")
        for fmt in dict.fromkeys((mapping.date_format, *proposal.date_alternatives)):
            self.date_format.addItem(describe_date_format(fmt), fmt)
        self.decimal_mark = QComboBox(self)
        self.decimal_mark.setObjectName("csvDecimalMark")
        self.decimal_mark.addItem(self.tr("1,234.56 (point)"), ".")
        self.decimal_mark.addItem(self.tr("1.234,56 (comma)"), ",")
        self.decimal_mark.setCurrentIndex(self.decimal_mark.findData(mapping.decimal_mark))
        form.addRow(self.tr("Dates are written"), self.date_format)
        form.addRow(self.tr("Amounts are written"), self.decimal_mark)
        self.questions = QLabel(self)
        self.questions.setObjectName("csvQuestions")
        self.questions.setWordWrap(True)
        asked = []
        if proposal.date_alternatives:
            asked.append(
                self.tr("Every date in the file reads as %1 and as %2: which is it?")
                .replace("%1", describe_date_format(mapping.date_format))
                .replace("%2", describe_date_format(proposal.date_alternatives[0]))
            )
        if any("decimal point" in q for q in proposal.questions):
            asked.append(
                self.tr("No amount in the file shows which mark is the decimal point: which is it?")
            )
        self.questions.setText("\n".join(asked))
        self.questions.setVisible(bool(asked))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("csvMappingError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The first rows of the file:"), self))
        layout.addWidget(self.preview)
        layout.addWidget(self.questions)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 620)

    def choose(self, role: str, column: int | None) -> None:
        combo = self.combos[role]
        combo.setCurrentIndex(max(combo.findData(column), 0) if column is not None else 0)

    def chosen(self) -> CsvMapping:
        """The mapping as chosen; ValueError with a plain reason when it cannot be one."""
        values: dict[str, Any] = {
            role: self.combos[role].currentData() for role in ROLES if role != "memo_column"
        }
        memo = self.combos["memo_column"].currentData()
        if values["date_column"] is None:
            raise ValueError(self.tr("Choose the column of dates."))
        amounts = ("amount_column", "debit_column", "credit_column")
        if all(values[name] is None for name in amounts):
            raise ValueError(self.tr("Choose the amount column, or the debit and credit columns."))
        sign = None if values["amount_column"] is None else self.proposal.mapping.sign_column
        return replace(
            self.proposal.mapping,
            **values,
            sign_column=sign,
            memo_columns=() if memo is None else (memo,),
            date_format=str(self.date_format.currentData()),
            decimal_mark=str(self.decimal_mark.currentData()),
        )

    def accept(self) -> None:
        try:
            self.mapping = self.chosen()
        except ValueError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()
