"""The reconcile view: a statement's lines on the left, the suggestions for the current
line and the open items on the right, the running balance above; keyboard first.

Keys, in the lines: Enter or Space takes the best suggestion for the line and moves to
the next open line; 1-5 take that suggestion; Tab goes to the open items, where Space
selects items and Enter matches them to the line (several: many-to-one; one larger than
the line: part of it); Ctrl+D writes off what is left of the line, Ctrl+U unmatches it,
Ctrl+I imports a statement file. Everything queues in the outbox and shows at once.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arkan_desktop.gui import theme
from arkan_desktop.gui.bank.reconcile_rows import (
    balance_text,
    item_rows,
    item_titles,
    line_rows,
    line_titles,
    suggestion_rows,
    suggestion_titles,
)
from arkan_desktop.gui.bank.reconciler import Reconciler
from arkan_desktop.gui.bank.table_model import PlainTableModel
from arkan_desktop.gui.models.cells import RECORD_ID_ROLE
from arkan_desktop.gui.shell.live_sync import LiveSync
from arkan_desktop.sync.company import Company

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n - 1 for n in range(1, 6)}


class LineTable(QTableView):
    sig_accept = Signal(int)
    """Take a suggestion for the current line: its position (-1: the best)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and (event.key() in _ENTER or event.key() == Qt.Key.Key_Space):
            self.sig_accept.emit(-1)
            return
        if plain and event.key() in _DIGITS:
            self.sig_accept.emit(_DIGITS[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)


class ItemTable(QTableView):
    sig_match = Signal()
    """Match the selected items to the current line."""
    sig_back = Signal()
    """Back to the lines (Escape)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            self.sig_match.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.sig_back.emit()
            return
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.selectionModel().select(
                self.currentIndex(),
                QItemSelectionModel.SelectionFlag.Toggle | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
        super().keyPressEvent(event)


def _table(view: QTableView, model: QAbstractItemModel, stretch: int) -> None:
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class ReconcileView(QWidget):
    sig_message = Signal(str)
    """A short message for the status bar."""
    sig_import_requested = Signal()
    """The user asked to import a statement file (Ctrl+I)."""

    def __init__(self, company: Company, live: LiveSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.company = company
        self.reconciler = Reconciler(company, live, self)
        self.reconciler.sig_loaded.connect(self._loaded)
        self.reconciler.sig_message.connect(self.sig_message)
        self.live = live
        self._reference = ""  # the shown statement's number at the bank (outlives a temp id)

        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("bankAccount")
        self.statement_combo = QComboBox(self)
        self.statement_combo.setObjectName("bankStatement")
        self.statement_combo.setMinimumContentsLength(40)
        self.import_button = QPushButton(self.tr("&Import statement…"), self)
        self.import_button.setToolTip(self.tr("Import a CSV, MT940, CAMT.053 or OFX file (Ctrl+I)"))
        self.balance_label = QLabel(self)
        self.balance_label.setObjectName("reconcileBalance")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("importProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {theme.error_color().name()};")
        self.problem_label.hide()
        self.hint = QLabel(
            self.tr(
                "Enter: take the best suggestion · 1-5: take that one · Tab: open items "
                "(Space selects, Enter matches) · Ctrl+D: write off · Ctrl+U: unmatch"
            ),
            self,
        )
        self.hint.setWordWrap(True)

        self.lines = PlainTableModel(line_titles(), self)
        self.suggestions = PlainTableModel(suggestion_titles(), self)
        self.items = PlainTableModel(item_titles(), self)
        self.item_filter = QSortFilterProxyModel(self)
        self.item_filter.setSourceModel(self.items)
        self.item_filter.setFilterKeyColumn(-1)
        self.item_filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line_view = LineTable(self)
        self.line_view.setObjectName("statementLines")
        _table(self.line_view, self.lines, 2)
        self.line_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_view = QTableView(self)
        self.suggestion_view.setObjectName("suggestions")
        _table(self.suggestion_view, self.suggestions, 2)
        self.suggestion_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.item_view = ItemTable(self)
        self.item_view.setObjectName("openItems")
        _table(self.item_view, self.item_filter, 3)
        self.item_view.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter the open items (Ctrl+F)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.item_filter.setFilterFixedString)
        self.suggestion_title = QLabel(self)
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Take the best suggestion (Enter)"))
        self.match_button = QPushButton(self.tr("&Match selected"), self)
        self.write_off_button = QPushButton(self.tr("&Write off"), self)
        self.write_off_button.setToolTip(self.tr("Write off what is left of the line (Ctrl+D)"))
        self.unmatch_button = QPushButton(self.tr("&Unmatch"), self)
        self.unmatch_button.setToolTip(self.tr("Undo the line's matches (Ctrl+U)"))
        self._layout()
        self._connect()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bank account:"), self))
        top.addWidget(self.account_combo)
        top.addWidget(QLabel(self.tr("Statement:"), self))
        top.addWidget(self.statement_combo, 1)
        top.addWidget(self.import_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.suggestion_title)
        right_layout.addWidget(self.suggestion_view, 2)
        right_layout.addWidget(QLabel("<b>" + self.tr("Open items") + "</b>", self))
        right_layout.addWidget(self.filter_edit)
        right_layout.addWidget(self.item_view, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.line_view)
        splitter.addWidget(right)
        splitter.setSizes([640, 560])
        buttons = QHBoxLayout()
        for button in (
            self.accept_button,
            self.match_button,
            self.write_off_button,
            self.unmatch_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.statement_combo.currentIndexChanged.connect(self._statement_chosen)
        self.import_button.clicked.connect(self.sig_import_requested)
        self.line_view.sig_accept.connect(self.accept)
        self.item_view.sig_match.connect(self.match_selected)
        self.item_view.sig_back.connect(self.line_view.setFocus)
        self.accept_button.clicked.connect(lambda: self.accept(-1))
        self.match_button.clicked.connect(self.match_selected)
        self.write_off_button.clicked.connect(self.write_off)
        self.unmatch_button.clicked.connect(self.unmatch)
        selection = self.line_view.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._show_suggestions())
        for keys, slot in (
            ("Ctrl+D", self.write_off),
            ("Ctrl+U", self.unmatch),
            ("Ctrl+I", self.sig_import_requested.emit),
            ("Ctrl+M", self.match_selected),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # --- choosing what to reconcile ------------------------------------------------------

    async def load_accounts(self) -> None:
        accounts = await self.company.bank.bank_accounts()
        current = self.account_id()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        for account in accounts:
            self.account_combo.addItem(account.label, account.id)
        found = self.account_combo.findData(current)
        self.account_combo.setCurrentIndex(max(found, 0))
        self.account_combo.blockSignals(False)
        await self.load_statements()

    async def load_statements(self, select: str = "") -> None:
        choices = await self.company.bank.statements(self.account_id())
        wanted = select or self.statement_id()
        self.statement_combo.blockSignals(True)
        self.statement_combo.clear()
        for choice in choices:
            label = " · ".join(
                part
                for part in (
                    choice.number or self.tr("(not sent yet)"),
                    choice.reference,
                    f"{choice.date_from} – {choice.date_to}",
                    self._state(choice.state),
                )
                if part
            )
            self.statement_combo.addItem(label, choice.id)
            self.statement_combo.setItemData(
                self.statement_combo.count() - 1, choice.reference, REFERENCE_ROLE
            )
        found = self.statement_combo.findData(wanted) if wanted else -1
        if found < 0 and self._reference:  # sent: the server's id replaced this one's
            found = next((n for n, c in enumerate(choices) if c.reference == self._reference), -1)
        if found < 0:  # the oldest statement not reconciled yet, else the newest
            still_open = [n for n, c in enumerate(choices) if c.state != "reconciled"]
            found = still_open[-1] if still_open else 0
        self.statement_combo.setCurrentIndex(found if choices else -1)
        self.statement_combo.blockSignals(False)
        if self.statement_id() != self.reconciler.statement_id or not self.statement_id():
            self._statement_chosen()
        else:
            self._reference = str(self.statement_combo.currentData(REFERENCE_ROLE) or "")

    def _state(self, state: str) -> str:
        return self.tr("reconciled") if state == "reconciled" else self.tr("open")

    async def open_statement(self, statement_id: str) -> None:
        """Show a statement (of whichever bank account it belongs to)."""
        statement = await self.company.bank.statement(statement_id)
        if statement is None:
            return
        found = self.account_combo.findData(statement.get("bankAccountId"))
        if found >= 0 and found != self.account_combo.currentIndex():
            self.account_combo.blockSignals(True)
            self.account_combo.setCurrentIndex(found)
            self.account_combo.blockSignals(False)
        await self.load_statements(statement_id)

    def account_id(self) -> str:
        return str(self.account_combo.currentData() or "")

    def statement_id(self) -> str:
        return str(self.statement_combo.currentData() or "")

    def _account_chosen(self) -> None:
        self.live.spawn(self.load_statements(), "bank-statements")

    def _statement_chosen(self) -> None:
        self._reference = str(self.statement_combo.currentData(REFERENCE_ROLE) or "")
        self.reconciler.show(self.account_id(), self.statement_id())

    # --- showing -------------------------------------------------------------------------

    def _loaded(self) -> None:
        current = self.current_line()
        statement = self.reconciler.statement
        self.lines.set_rows(line_rows(statement))
        self.items.set_rows(item_rows(list(self.reconciler.items.values())))
        self.balance_label.setText(
            balance_text(self.reconciler.balances(), self.reconciler.currency)
        )
        if current and self.lines.row_of(current) is not None:
            self.select_line(current)
        elif self.reconciler.lines:
            self.select_line(self.reconciler.lines[0].id)
        self._show_suggestions()

    def current_line(self) -> str:
        index = self.line_view.currentIndex()
        return str(index.data(RECORD_ID_ROLE) or "") if index.isValid() else ""

    def select_line(self, line_id: str) -> None:
        row = self.lines.row_of(line_id)
        if row is not None:
            self.line_view.setCurrentIndex(self.lines.index(row, 0))
            self.line_view.scrollTo(self.lines.index(row, 0))

    def _show_suggestions(self) -> None:
        line_id = self.current_line()
        line = self.reconciler.open_line(line_id)
        found = self.reconciler.suggestions(line_id) if line else []
        self.suggestions.set_rows(suggestion_rows(found, self.reconciler.items))
        if line is None:
            self.suggestion_title.setText("<b>" + self.tr("Suggestions") + "</b>")
        elif found:
            self.suggestion_title.setText(
                "<b>"
                + self.tr("Suggestions for line %1").replace("%1", str(line.sequence))
                + "</b>"
            )
        elif abs(line.line.amount) <= self.reconciler.limit:
            self.suggestion_title.setText(
                "<b>"
                + self.tr("No suggestion for line %1: Enter writes it off").replace(
                    "%1", str(line.sequence)
                )
                + "</b>"
            )
        else:
            self.suggestion_title.setText(
                "<b>"
                + self.tr("No suggestion for line %1: choose its items").replace(
                    "%1", str(line.sequence)
                )
                + "</b>"
            )

    # --- acting --------------------------------------------------------------------------

    def accept(self, position: int = -1) -> None:
        line_id = self.current_line()
        if not line_id:
            return
        found = self.reconciler.suggestions(line_id)
        chosen = found[position] if 0 <= position < len(found) else None
        if position >= 0 and chosen is None:
            return
        self.live.spawn(self._then_next(line_id, self.reconciler.accept(line_id, chosen)), "accept")

    def match_selected(self) -> None:
        line_id = self.current_line()
        rows = sorted(self.item_view.selectionModel().selectedRows(), key=QModelIndex.row)
        ids = [str(index.data(RECORD_ID_ROLE)) for index in rows]
        self.item_view.clearSelection()
        self.line_view.setFocus()
        if line_id:
            self.live.spawn(self._then_next(line_id, self.reconciler.match(line_id, ids)), "match")

    def write_off(self) -> None:
        line_id = self.current_line()
        if line_id:
            self.live.spawn(self._then_next(line_id, self.reconciler.write_off(line_id)), "w-off")

    def unmatch(self) -> None:
        line_id = self.current_line()
        if line_id:
            self.live.spawn(self.reconciler.unmatch(line_id), "unmatch")

    async def _then_next(self, line_id: str, work: object) -> None:
        done = await work  # type: ignore[misc]
        if done and self.reconciler.open_line(line_id) is None:
            following = self.reconciler.next_open(line_id)
            if following:
                self.select_line(following)
        self._show_suggestions()

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
