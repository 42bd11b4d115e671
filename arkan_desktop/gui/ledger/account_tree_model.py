"""`AccountTreeModel`: the chart of accounts as a tree under the five account types.

A chart of accounts is small (tens to a few hundred accounts), so the model reads all of
it at once (its company's `ledger.account_rows`, on the database thread). Each account
sits under its parent account, or under its type (Assets, Liabilities ...) when it has
none; a node's balance includes the accounts under it. When a reload finds the same
tree, only balances change (`dataChanged`, expansion and selection kept); a different
tree is a model reset.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from arkan_desktop.domain.money import format_amount, from_minor
from arkan_desktop.gui.labels import code_label
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.queries.ledger import AccountRow

AnyIndex = QModelIndex | QPersistentModelIndex
TYPES = ("asset", "liability", "equity", "revenue", "income", "expense")
CODE, NAME, TYPE, BALANCE = range(4)
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(eq=False)
class AccountNode:
    key: str  # account id, or "type:<type>" for a group
    code: str
    name: str
    type: str
    own_minor: int
    currency: str
    parent: AccountNode | None = None
    children: list[AccountNode] = field(default_factory=list)

    @property
    def balance_minor(self) -> int:
        return self.own_minor + sum(child.balance_minor for child in self.children)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent else 0

    def shape(self) -> tuple[Any, ...]:
        return (self.key, self.code, self.name, tuple(c.shape() for c in self.children))


def build_tree(rows: list[AccountRow], currency: str) -> AccountNode:
    """The tree of the cached accounts, under their parents or their types."""
    root = AccountNode("", "", "", "", 0, currency)
    groups = {t: AccountNode(f"type:{t}", "", "", t, 0, currency, root) for t in TYPES}
    nodes = {
        r.id: AccountNode(r.id, r.code, r.name, r.type, r.balance_minor, r.currency or currency)
        for r in rows
    }
    for row in rows:
        node, kind = nodes[row.id], row.type
        parent = nodes.get(row.parent_id or "") if row.parent_id != row.id else None
        if parent is None:
            parent = groups.get(kind)
            if parent is None:
                parent = groups[kind] = AccountNode(f"type:{kind}", "", "", kind, 0, currency, root)
        node.parent = parent
        parent.children.append(node)
    root.children = [g for g in groups.values() if g.children]
    for node in [*nodes.values(), *root.children]:
        node.children.sort(key=lambda n: (n.code, n.name))
    return root


class AccountTreeModel(QAbstractItemModel):
    sig_reloaded = Signal()
    """The accounts were read again and shown."""

    def __init__(
        self,
        load: Callable[[], Awaitable[list[AccountRow]]],
        currency: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self.currency = load, currency
        self._root = AccountNode("", "", "", "", 0, currency)
        self._closed = False
        self._task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.reload)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Account"), self.tr("Type"), self.tr("Balance")]

    def _node(self, index: AnyIndex) -> AccountNode:
        node = index.internalPointer() if index.isValid() else None
        return node if isinstance(node, AccountNode) else self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if not 0 <= row < len(node.children) or not 0 <= column <= BALANCE:
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        up = node.parent
        if up is None or up is self._root or not index.isValid():
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return BALANCE + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node, column = self._node(index), index.column()
        group = node.key.startswith("type:")
        if role == ACCOUNT_ID_ROLE:
            return None if group else node.key
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BALANCE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == CODE:
            return self._group_title(node.type) if group else node.code
        if column == NAME:
            return "" if group else node.name
        if column == TYPE:
            return "" if group else code_label(node.type)
        return format_amount(from_minor(node.balance_minor, node.currency), node.currency)

    def _group_title(self, kind: str) -> str:
        titles = {
            "asset": self.tr("Assets"),
            "liability": self.tr("Liabilities"),
            "equity": self.tr("Equity"),
            "revenue": self.tr("Revenue"),
            "income": self.tr("Income"),
            "expense": self.tr("Expenses"),
        }
        return titles.get(kind, code_label(kind))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section <= BALANCE:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == BALANCE:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    # --- loading -----------------------------------------------------------------------

    def note_changes(self, changes: ChangeSet) -> None:
        if not self._closed and changes.concerns("accounts") and not self._timer.isActive():
            self._timer.start()

    def reload(self) -> None:
        if self._closed or (self._task is not None and not self._task.done()):
            self._timer.start()
            return
        self._task = spawn(self._reload(), "reload-accounts")

    async def _reload(self) -> None:
        rows = await self._load()
        if self._closed:
            return
        tree = build_tree(rows, self.currency)
        if tree.shape() == self._root.shape():
            self._update_balances(self._root, tree)
        else:
            self.beginResetModel()
            self._root = tree
            self.endResetModel()
        self.sig_reloaded.emit()

    def _update_balances(self, mine: AccountNode, theirs: AccountNode) -> None:
        for row, (old, new) in enumerate(zip(mine.children, theirs.children, strict=True)):
            if old.own_minor != new.own_minor or old.balance_minor != new.balance_minor:
                old.own_minor = new.own_minor
                self._update_balances(old, new)
                changed = self.createIndex(row, BALANCE, old)
                self.dataChanged.emit(changed, changed)
            else:
                self._update_balances(old, new)

    def close(self) -> None:
        self._closed = True
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
