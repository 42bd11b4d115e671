"""RecordTableModel: ids in SQL order, rows in windows, in-place updates, Qt's model checks."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.models.record_table_model import RECORD_ID_ROLE, RecordTableModel
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.changes import ChangeSet
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from arkan_desktop.sync.list_rows import ListRows
from arkan_desktop.sync.worker import DatabaseWorker
from tests.gui.conftest import run
from tests.store.conftest import invoice, stamp, uid


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as opened:
        opened.upsert(
            "invoices",
            [
                invoice(
                    n, total=f"{n}.50", date=f"2026-11-{1 + n % 28:02d}", partnerName=f"Client {n}"
                )
                for n in range(1, 501)
            ],
        )
        yield opened


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    yield db
    db.shutdown()


@pytest.fixture
def model(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    cache: Cache,
    worker: DatabaseWorker,
    list_reader: ListReader,
) -> Iterator[RecordTableModel]:
    rows = ListRows(CachedList(invoice_list_spec(), cache, list_reader), worker)
    model = RecordTableModel(rows)
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.reload()
    yield model
    model.close()


def column(model: RecordTableModel, key: str) -> list[str]:
    index = model.spec.column_index(key)
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_qt_model_checks(model: RecordTableModel, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 500


def test_sorts_in_sql_and_formats_money_from_minor_units(
    model: RecordTableModel, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.sort(model.spec.column_index("total"), Qt.SortOrder.AscendingOrder)
    totals = column(model, "total")
    assert totals[:3] == ["1.50", "2.50", "3.50"]
    assert totals[-1] == "500.50"
    index = model.index(0, model.spec.column_index("total"))
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_filter_words_match_searchable_columns(model: RecordTableModel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.set_filter_text("client 12")
    names = set(column(model, "client"))
    assert names == {f"Client {n}" for n in range(1, 501) if "12" in str(n)}
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.set_filter_text("50%")
    assert model.rowCount() == 0  # % is a character to find, not a wildcard


def test_a_change_updates_in_place_keeping_selection(
    model: RecordTableModel,
    qtbot: QtBot,
    cache: Cache,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    qtmodeltester.check(model, force_py=True)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(10)
    selected_id = model.index(10, 0).data(RECORD_ID_ROLE)
    held = QPersistentModelIndex(model.index(10, 0))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    # one changed row, one new row (newest date: sorts first), one removed
    changed_id = model.index(3, 0).data(RECORD_ID_ROLE)
    number = int(changed_id.replace("-", ""), 16)
    renamed = invoice(number, total="9999.00", partnerName="Renamed LLC", updatedAt=stamp(900_000))
    renamed["date"] = model.index(3, model.spec.column_index("date")).data()
    changes = cache.upsert(
        "invoices", [renamed, invoice(9000, date="2026-12-31", partnerName="Newest LLC")]
    )
    removed = cache.remove("invoices", [model.index(20, 0).data(RECORD_ID_ROLE)])
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.note_changes(changes.merge(removed))
    assert not resets
    assert model.rowCount() == 500
    client = model.spec.column_index("client")
    assert model.index(0, client).data() == "Newest LLC"
    assert model.index(model.row_of(changed_id) or 0, client).data() == "Renamed LLC"
    assert held.isValid() and model.index(held.row(), 0).data(RECORD_ID_ROLE) == selected_id
    selected = view.selectionModel().selectedRows()
    assert [i.data(RECORD_ID_ROLE) for i in selected] == [selected_id]


def test_changes_to_other_resources_are_ignored(model: RecordTableModel) -> None:
    changes = ChangeSet()
    changes.add("products", [uid(1)])
    model.note_changes(changes)
    assert not model._timer.isActive()


def test_csv_export_streams_every_row(
    model: RecordTableModel, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "invoices.csv"
    columns = [model.spec.column_index("number"), model.spec.column_index("total")]
    count = run(qtbot, model.export_csv(target, columns))
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert count == 500 and len(lines) == 501
    assert lines[0] == "Number,Total"
    assert all(line.count(",") == 1 for line in lines[1:])


# --- a big list: held as its count, read by position -----------------------------------


class BigListModel(RecordTableModel):
    """The big-list behaviour on 500 rows: anything over 50 rows is read by position."""

    IDS_LIMIT = 50
    WINDOW = 20
    INLINE_SKIP = 30
    ANCHORS_AFTER_S = 0.0
    ANCHORS_PER_READ = 3


@pytest.fixture
def big(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    cache: Cache,
    worker: DatabaseWorker,
    list_reader: ListReader,
) -> Iterator[RecordTableModel]:
    model = BigListModel(ListRows(CachedList(invoice_list_spec(), cache, list_reader), worker))
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.reload()
    assert model.windowed
    yield model
    model.close()


def shown(qtbot: QtBot, model: RecordTableModel, role: int = RECORD_ID_ROLE) -> list[str]:
    """Every row's value, waiting for the blocks read off the UI thread to arrive."""

    def read() -> list[str]:
        return [model.index(row, 0).data(role) for row in range(model.rowCount())]

    qtbot.waitUntil(lambda: None not in read(), timeout=5000)
    return read()


def reload_both(qtbot: QtBot, models: list[RecordTableModel], change: str, *args: object) -> None:
    for model in models:
        with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
            getattr(model, change)(*args)


def test_a_big_list_shows_the_rows_of_the_id_list_in_every_order(
    big: RecordTableModel,
    model: RecordTableModel,
    qtbot: QtBot,
    cache: Cache,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    last = big.index(big.rowCount() - 1, 0)
    assert last.data() is not None  # the end of the list is one seek away: read at once
    qtmodeltester.check(big, force_py=True)
    assert shown(qtbot, big) == model.ids()
    cache.upsert("invoices", [invoice(n, reference=None) for n in range(1, 500, 7)])
    for key in ("total", "reference"):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            reload_both(qtbot, [big, model], "sort", big.spec.column_index(key), order)
            assert big.windowed and big.rowCount() == 500
            assert shown(qtbot, big) == model.ids(), (key, order)
            assert big.row_of(model.ids()[321]) == 321


def test_a_big_list_filters_showing_its_first_rows_before_the_count(
    big: RecordTableModel, model: RecordTableModel, qtbot: QtBot
) -> None:
    with qtbot.waitSignals([big.sig_first_rows, big.sig_reloaded], timeout=5000):
        big.set_filter_text("client 1")
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.set_filter_text("client 1")
    assert big.windowed and big.rowCount() == model.rowCount() > big.IDS_LIMIT
    assert shown(qtbot, big) == model.ids()
    reload_both(qtbot, [big, model], "set_filter_text", "client 12")
    assert not big.windowed  # a short list holds its ids again
    assert big.ids() == model.ids() and big.rowCount() == 15  # 12, 112, 120-129, 212 ...


def test_a_big_list_updates_in_place_keeping_selection(
    big: RecordTableModel, qtbot: QtBot, cache: Cache
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(big)
    client = big.spec.column_index("client")
    ids = shown(qtbot, big)
    view.selectRow(130)
    held = QPersistentModelIndex(big.index(130, 0))
    resets: list[bool] = []
    big.modelReset.connect(lambda: resets.append(True))

    renamed = invoice(
        int(ids[3].replace("-", ""), 16), partnerName="Renamed LLC", updatedAt=stamp(900_000)
    )
    renamed["date"] = big.index(3, big.spec.column_index("date")).data()
    changes = cache.upsert(
        "invoices",
        [renamed] + [invoice(9000 + n, date="2026-12-31", partnerName="New LLC") for n in (1, 2)],
    )
    removed = cache.remove("invoices", [ids[20]])
    with qtbot.waitSignal(big.sig_reloaded, timeout=5000):
        big.note_changes(changes.merge(removed))
    assert not resets
    assert big.rowCount() == 501
    assert held.isValid() and held.row() == 131  # two rows above it came, one went
    assert [i.data(RECORD_ID_ROLE) for i in view.selectionModel().selectedRows()] == [ids[130]]
    assert big.index(big.row_of(ids[3]) or 0, client).data() == "Renamed LLC"
    assert shown(qtbot, big)[:2] != ids[:2] and ids[20] not in shown(qtbot, big)


def test_a_scattered_change_is_laid_out_again_keeping_selection(
    model: RecordTableModel, qtbot: QtBot, cache: Cache
) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectRow(250)
    selected_id = model.index(250, 0).data(RECORD_ID_ROLE)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    scattered = [invoice(7000 + n, date=f"2026-11-{1 + n:02d}") for n in range(28)]
    with qtbot.waitSignal(model.sig_reloaded, timeout=5000):
        model.note_changes(cache.upsert("invoices", scattered))  # a sync page, one per date
    assert not resets
    assert model.rowCount() == 528
    assert {r["id"] for r in scattered} <= set(model.ids()) and len(set(model.ids())) == 528
    assert [i.data(RECORD_ID_ROLE) for i in view.selectionModel().selectedRows()] == [selected_id]
