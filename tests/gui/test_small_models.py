"""The smaller models, checked without a window: the chart of accounts tree, the outbox
rows, the lines of a new invoice (exact totals, local checks, the server's field errors)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from arkan_desktop.domain.commands import Command
from arkan_desktop.gui.invoices.field_errors import sort_field_errors
from arkan_desktop.gui.invoices.invoice_lines import (
    DESCRIPTION,
    QUANTITY,
    TAX,
    UNIT_PRICE,
    InvoiceLinesModel,
    Product,
)
from arkan_desktop.gui.ledger.account_tree_model import BALANCE, CODE, AccountTreeModel
from arkan_desktop.gui.outbox import outbox_model
from arkan_desktop.gui.outbox.outbox_model import OutboxModel
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.outbox import OutboxEntry, OutboxRow
from arkan_desktop.store.queries.ledger import account_rows
from arkan_desktop.sync.commands.descriptions import describe
from arkan_desktop.sync.worker import DatabaseWorker
from tests.store.conftest import stamp, uid

ModelTester = Any


def account(
    n: int, code: str, kind: str, balance: str, parent: int | None = None
) -> dict[str, Any]:
    return {
        "id": uid(n),
        "code": code,
        "name": f"Account {code}",
        "type": kind,
        "parentId": uid(parent) if parent else None,
        "balance": balance,
        "currency": "AED",
        "updatedAt": stamp(n),
    }


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as opened:
        yield opened


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    yield db
    db.shutdown()


def test_the_chart_of_accounts_is_a_tree_under_the_account_types(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    cache: Cache,
    worker: DatabaseWorker,
    qtmodeltester: ModelTester,
) -> None:
    cache.upsert(
        "accounts",
        [
            account(1, "1000", "asset", "100.00"),
            account(2, "1010", "asset", "50.25", parent=1),
            account(3, "4000", "revenue", "-70.00"),
        ],
    )
    model = AccountTreeModel(lambda: worker.run(account_rows, cache), "AED")
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.reload()
    qtmodeltester.check(model, force_py=True)
    groups = [model.index(r, CODE).data() for r in range(model.rowCount())]
    assert groups == ["Assets", "Revenue"]
    assets = model.index(0, 0)
    assert model.index(0, BALANCE).data() == "150.25"  # the type's balance includes all under it
    cash = model.index(0, 0, assets)
    assert model.index(0, BALANCE, assets).data() == "150.25"  # 1000 holds 1010
    assert model.index(0, BALANCE, cash).data() == "50.25"

    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changes = cache.upsert("accounts", [account(2, "1010", "asset", "60.25", parent=1)])
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.note_changes(changes)
    assert not resets  # same tree: balances change in place
    assert model.index(0, BALANCE).data() == "160.25"
    model.close()


def test_the_outbox_model_shows_waiting_and_refused_rows(
    qtmodeltester: ModelTester, cache: Cache
) -> None:
    for n in range(3):
        cache.enqueue(
            OutboxEntry(
                Command("invoices", "post", uid(n)), describe("invoice.post", number=f"INV-{n}")
            )
        )
    rows = cache.outbox_rows()
    with cache.writing() as session:  # a row queued before codes: its saved English shows
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == rows[2].id)
            .values(description_code=None, description="Post INV-2 (saved)")
        )
    refused = [{"field": "lines[0].quantity", "message": "only 3 on hand"}]
    cache.mark_rejected(rows[1], 400, "Not enough stock", refused)
    model = OutboxModel()
    model.set_rows(cache.outbox_rows())
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(3)] == ["Waiting", "Rejected", "Waiting"]
    assert [model.index(r, outbox_model.DESCRIPTION).data() for r in range(3)] == [
        "Post INV-0",
        "Post INV-1",
        "Post INV-2 (saved)",
    ]
    assert model.index(1, 3).data() == "Not enough stock: lines[0].quantity only 3 on hand"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    cache.discard(rows[0].id)
    model.set_rows(cache.outbox_rows())
    assert model.rowCount() == 2 and model.find(rows[0].id) is None


def lines_model() -> InvoiceLinesModel:
    model = InvoiceLinesModel("AED", "5")
    model.add_line()
    return model


def test_lines_total_exactly_as_the_server_does(qtmodeltester: ModelTester) -> None:
    model = lines_model()
    model.set_product(0, Product("p1", "OF-1", "Box File", "56.97", ""))
    model.setData(model.index(0, QUANTITY), "3")
    model.add_line()
    model.setData(model.index(1, DESCRIPTION), "Delivery")
    model.setData(model.index(1, UNIT_PRICE), "0.105")  # rounds half-up per line: 0.11
    model.setData(model.index(1, TAX), "0")
    qtmodeltester.check(model, force_py=True)
    totals = model.totals()
    assert totals.subtotal == Decimal("170.91") + Decimal("0.11")
    assert totals.tax == Decimal("8.55")  # 5 % of 170.91 = 8.5455 -> 8.55
    assert totals.total == Decimal("179.57")
    assert model.index(0, 6).data() == "170.91"


def test_local_checks_show_once_touched_or_after_a_save_attempt() -> None:
    model = lines_model()
    quantity = model.index(0, QUANTITY)
    assert model.index(0, UNIT_PRICE).data(Qt.ItemDataRole.ToolTipRole) is None  # untouched
    model.setData(quantity, "-2")
    assert model.index(0, QUANTITY).data(Qt.ItemDataRole.ToolTipRole) == "Must be greater than zero"
    model.setData(quantity, "1.2.3")
    assert model.index(0, QUANTITY).data(Qt.ItemDataRole.ToolTipRole) == (
        "Only one decimal point; group thousands as in 1,234,567.89"
    )
    problems = {(row, column) for row, column, _m in model.local_errors()}
    assert problems == {(0, DESCRIPTION), (0, QUANTITY), (0, UNIT_PRICE)}
    model.add_line()
    model.show_all_problems()  # an empty line at the end is left out, never marked
    assert model.index(1, UNIT_PRICE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert {row for row, _c, _m in model.local_errors()} == {0}
    model.setData(model.index(1, DESCRIPTION), "Delivery")
    assert model.index(1, UNIT_PRICE).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_server_field_errors_land_on_their_cells() -> None:
    model = lines_model()
    found = sort_field_errors(
        [
            {"field": "partnerId", "message": "is not a client of this company"},
            {"field": "lines[0].quantity", "message": "only 3 on hand"},
            {"field": "lines[7].quantity", "message": "no such line"},
            {"field": "incoterm", "message": "must be an Incoterms 2020 rule"},
        ],
        {"partnerId", "lines"},
    )
    assert found.header == {"partnerId": "is not a client of this company"}
    assert found.other == ["incoterm: must be an Incoterms 2020 rule"]
    leftover = model.set_server_errors(found.lines)
    assert leftover == ["no such line"]
    assert model.index(0, QUANTITY).data(Qt.ItemDataRole.ToolTipRole) == "only 3 on hand"
    model.setData(model.index(0, QUANTITY), "2")  # editing the cell clears the server's word
    assert model.index(0, QUANTITY).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None


def test_unrelated_change_sets_do_not_reload_the_tree(
    qloop: asyncio.AbstractEventLoop, cache: Cache, worker: DatabaseWorker
) -> None:
    model = AccountTreeModel(lambda: worker.run(account_rows, cache), "AED")
    changes = ChangeSet()
    changes.add("invoices", [uid(1)])
    model.note_changes(changes)
    assert not model._timer.isActive()
    model.close()
