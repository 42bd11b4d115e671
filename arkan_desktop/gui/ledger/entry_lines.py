"""`EntryLinesModel`: the lines of a draft journal entry, checked and totalled as typed.

Each line names an account of the cached chart and carries either a debit or a credit.
Amounts are read as the user's language writes numbers (gui.amount_field: never a float,
never a guessed separator) and shown the same way. A fully blank line is ignored (Enter
adds one); any other line with no account, an unknown account, both or neither amount, or
an amount that is not a positive number shows red with the reason (the rules are
`domain.journal`'s). The server's field errors (`lines[i].debit`) show on their cells until
the cell is edited.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush

from arkan_desktop.domain.journal import (
    Balance,
    LineProblem,
    account_problem,
    amount_problem,
    balance_of,
    sides_problem,
)
from arkan_desktop.domain.money import MoneyError, exponent
from arkan_desktop.domain.typed_amount import TypedAmountError
from arkan_desktop.gui import theme
from arkan_desktop.gui.amount_field import amount_text, read_amount, refusal
from arkan_desktop.store.queries.ledger import AccountChoice

AnyIndex = QModelIndex | QPersistentModelIndex
ACCOUNT, DESCRIPTION, DEBIT, CREDIT = range(4)
WIRE_FIELDS = {ACCOUNT: "accountId", DESCRIPTION: "description", DEBIT: "debit", CREDIT: "credit"}
COLUMN_OF_FIELD = {name: column for column, name in WIRE_FIELDS.items()}
ZERO = Decimal(0)


@dataclass
class EntryLine:
    account_id: str = ""
    account_text: str = ""  # what the user typed when it matched no account
    description: str = ""
    debit: str = ""
    credit: str = ""
    server_errors: dict[int, str] = field(default_factory=dict)

    def is_blank(self) -> bool:
        return not (self.account_id or self.account_text or self.description.strip()
                    or self.debit.strip() or self.credit.strip())  # fmt: skip


class EntryLinesModel(QAbstractTableModel):
    sig_balance_changed = Signal()
    """A line changed: the totals and the line errors may have changed."""

    def __init__(self, currency: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.accounts: dict[str, AccountChoice] = {}
        self._lines: list[EntryLine] = []
        for signal in (self.dataChanged, self.rowsInserted, self.rowsRemoved, self.modelReset):
            signal.connect(lambda *_: self.sig_balance_changed.emit())

    def headers(self) -> list[str]:
        return [self.tr("Account"), self.tr("Description"), self.tr("Debit"), self.tr("Credit")]

    def set_accounts(self, accounts: list[AccountChoice]) -> None:
        self.accounts = {a.id: a for a in accounts}
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, CREDIT))

    # --- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else CREDIT + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= CREDIT:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role == Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DEBIT, CREDIT):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        problem = self.cell_problem(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            color = theme.error_color()
            color.setAlpha(60)
            return QBrush(color)
        return None

    def _text(self, line: EntryLine, column: int, display: bool) -> str:
        if column == ACCOUNT:
            account = self.accounts.get(line.account_id)
            return account.label if account else line.account_text or line.account_id
        if column == DESCRIPTION:
            return line.description
        raw = line.debit if column == DEBIT else line.credit
        if display and raw.strip():
            try:
                return amount_text(read_amount(raw), exponent(self.currency))
            except TypedAmountError:
                return raw
        return raw

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        line, column = self._lines[index.row()], index.column()
        text = "" if value is None else str(value).strip()
        if column == ACCOUNT:
            found = self.find_account(text)
            line.account_id = found.id if found else ""
            line.account_text = "" if found else text
        elif column == DESCRIPTION:
            line.description = str(value or "")
        elif column == DEBIT:
            line.debit = text
        else:
            line.credit = text
        line.server_errors.pop(column, None)
        if column in (DEBIT, CREDIT):
            line.server_errors.pop(DEBIT if column == CREDIT else CREDIT, None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), CREDIT))
        return True

    def find_account(self, text: str) -> AccountChoice | None:
        """The account an id, a code or a label names (case-insensitive)."""
        if not text:
            return None
        if text in self.accounts:
            return self.accounts[text]
        wanted = text.lower()
        for account in self.accounts.values():
            if wanted in (account.code.lower(), account.label.lower(), account.name.lower()):
                return account
        return None

    # --- lines -------------------------------------------------------------------------

    def add_line(self) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(EntryLine())
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()

    def set_lines(self, lines: list[EntryLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def _amount(self, raw: str) -> Decimal | None:
        """The amount typed, None when blank; MoneyError when it is not a valid amount."""
        if not raw.strip():
            return None
        try:
            amount = read_amount(raw)
        except TypedAmountError as error:
            raise MoneyError(refusal(error)) from None
        problem = amount_problem(amount, self.currency)
        if problem is not None:
            raise MoneyError(self.problem_text(problem))
        return amount or None

    def problem_text(self, problem: LineProblem, typed: str = "") -> str:
        """A line's problem in words (`typed`: the account text that matched none)."""
        if problem is LineProblem.UNKNOWN_ACCOUNT and typed:
            return self.tr("Unknown account “%1”").replace("%1", typed)
        texts = {
            LineProblem.CHOOSE_ACCOUNT: self.tr("Choose an account"),
            LineProblem.UNKNOWN_ACCOUNT: self.tr("Unknown account"),
            LineProblem.NEGATIVE_AMOUNT: self.tr("must not be negative"),
            LineProblem.TOO_MANY_DECIMALS: self.tr("has more decimals than %1 allows").replace(
                "%1", self.currency
            ),
            LineProblem.DEBIT_AND_CREDIT: self.tr("Enter a debit or a credit, not both"),
            LineProblem.NO_AMOUNT: self.tr("Enter a debit or a credit"),
        }
        return texts[problem]

    # --- checks and totals ---------------------------------------------------------------

    def cell_problem(self, row: int, column: int) -> str:
        line = self._lines[row]
        if column in line.server_errors:
            return line.server_errors[column]
        if line.is_blank():
            return ""
        if column == ACCOUNT:
            problem = account_problem(line.account_id, line.account_text, self.accounts)
            return "" if problem is None else self.problem_text(problem, line.account_text)
        if column not in (DEBIT, CREDIT):
            return ""
        try:
            mine = self._amount(line.debit if column == DEBIT else line.credit)
        except MoneyError as error:
            return self.tr("Not a valid amount: %1").replace("%1", str(error))
        try:
            other = self._amount(line.credit if column == DEBIT else line.debit)
        except MoneyError:
            other = None
        problem = sides_problem(*((mine, other) if column == DEBIT else (other, mine)))
        return "" if problem is None else self.problem_text(problem)

    def line_problems(self) -> list[tuple[int, int, str]]:
        """(row, column, message) for every cell that must be fixed before saving."""
        return [
            (row, column, problem)
            for row in range(len(self._lines))
            for column in range(CREDIT + 1)
            if (problem := self.cell_problem(row, column))
        ]

    def _counted(self, raw: str) -> Decimal | None:
        """An amount as the totals count it: one that is not valid counts as none."""
        try:
            return self._amount(raw)
        except MoneyError:
            return None

    def balance(self) -> Balance:
        return balance_of((self._counted(x.debit), self._counted(x.credit)) for x in self._lines)

    def filled_rows(self) -> list[int]:
        return [row for row, line in enumerate(self._lines) if not line.is_blank()]

    def wire_lines(self) -> list[dict[str, str]]:
        """The non-blank lines as the server takes them (amounts as decimal strings)."""
        result = []
        for row in self.filled_rows():
            line = self._lines[row]
            result.append(
                {
                    "accountId": line.account_id,
                    "description": line.description.strip(),
                    "debit": format(self._amount(line.debit) or ZERO, "f"),
                    "credit": format(self._amount(line.credit) or ZERO, "f"),
                }
            )
        return result

    def set_server_errors(self, errors: dict[tuple[int, str], str]) -> list[str]:
        """Show `lines[i].field` errors (i counts the lines sent); returns those no cell shows."""
        sent = self.filled_rows()
        leftover = []
        for (position, name), message in errors.items():
            column = COLUMN_OF_FIELD.get(name)
            if column is None or not 0 <= position < len(sent):
                leftover.append(f"lines[{position}].{name}: {message}")
                continue
            row = sent[position]
            self._lines[row].server_errors[column] = message
            changed = self.index(row, column)
            self.dataChanged.emit(changed, changed)
        return leftover
