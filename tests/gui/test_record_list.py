"""RecordList: the column chooser, remembered layout and sort, CSV export of what is shown;
the outbox's JSON editor."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.models.record_table_model import RecordTableModel
from arkan_desktop.gui.outbox.body_editor import BodyEditor
from arkan_desktop.gui.printing.export import path_words
from arkan_desktop.gui.widgets.record_list import RecordList
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.lists.cached_list import CachedList
from arkan_desktop.store.lists.reader import ListReader
from arkan_desktop.store.lists.specs.invoices import invoice_list_spec
from arkan_desktop.sync.list_rows import ListRows
from arkan_desktop.sync.worker import DatabaseWorker
from tests.gui.conftest import run
from tests.store.conftest import invoice


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with Cache.open(tmp_path / "cache.sqlite3") as opened:
        opened.upsert("invoices", [invoice(n, total=f"{n}.00") for n in range(1, 51)])
        yield opened


@pytest.fixture
def worker() -> Iterator[DatabaseWorker]:
    db = DatabaseWorker()
    yield db
    db.shutdown()


def shown_list(
    qtbot: QtBot, cache: Cache, worker: DatabaseWorker, list_reader: ListReader
) -> RecordList:
    rows = ListRows(CachedList(invoice_list_spec(), cache, list_reader), worker)
    model = RecordTableModel(rows)
    widget = RecordList(model)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: model.loads > 0 and not model.loading)
    return widget


def test_columns_widths_order_and_sort_are_remembered(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    cache: Cache,
    worker: DatabaseWorker,
    list_reader: ListReader,
) -> None:
    first = shown_list(qtbot, cache, worker, list_reader)
    spec = first.model.spec
    header = first.view.horizontalHeader()
    assert header.isSectionHidden(spec.column_index("tax"))  # hidden until chosen
    menu = first.columns_button.menu()
    assert menu is not None and len(menu.actions()) == len(spec.columns)
    menu.actions()[spec.column_index("tax")].setChecked(True)  # the column chooser
    menu.actions()[spec.column_index("reference")].setChecked(False)
    header.resizeSection(spec.column_index("client"), 333)
    header.moveSection(header.visualIndex(spec.column_index("total")), 0)
    first.view.sortByColumn(spec.column_index("total"), Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: first.model.index(0, spec.column_index("total")).data() == "1.00")
    first.save_layout()
    first.model.close()

    second = shown_list(qtbot, cache, worker, list_reader)
    header = second.view.horizontalHeader()
    assert not header.isSectionHidden(spec.column_index("tax"))
    assert header.isSectionHidden(spec.column_index("reference"))
    assert header.sectionSize(spec.column_index("client")) == 333
    assert header.logicalIndex(0) == spec.column_index("total")
    assert second.model.query.sort_column == spec.column_index("total")
    assert second.model.index(0, spec.column_index("total")).data() == "1.00"
    assert second.visible_columns()[0] == spec.column_index("total")
    second.model.close()


def test_csv_export_writes_the_columns_shown_in_their_order_or_says_why_it_cannot(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    cache: Cache,
    worker: DatabaseWorker,
    list_reader: ListReader,
    tmp_path: Path,
) -> None:
    widget = shown_list(qtbot, cache, worker, list_reader)
    spec = widget.model.spec
    header = widget.view.horizontalHeader()
    for index in range(len(spec.columns)):
        header.setSectionHidden(index, spec.columns[index].key not in ("number", "total"))
    header.moveSection(header.visualIndex(spec.column_index("total")), 0)
    messages: list[str] = []
    widget.sig_message.connect(messages.append)
    folder = tmp_path / "taken.csv"
    folder.mkdir()  # the file's name is taken by a folder: the file cannot be written
    assert run(qtbot, widget.export_to(folder)) == 0
    assert messages[-1].startswith(f"Could not write {path_words(folder)}: ")
    assert widget.export_button.isEnabled()
    target = tmp_path / "out.csv"  # the next export goes ahead (nothing stayed stuck)
    assert run(qtbot, widget.export_to(target)) == 50
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Total,Number" and len(lines) == 51
    assert {line.split(",")[0] for line in lines[1:]} == {f"{n}.00" for n in range(1, 51)}
    assert messages[-1] == f"Exported 50 rows to {path_words(target)}"  # kept LTR in Arabic
    widget.model.close()


def test_the_json_editor_keeps_amounts_exact_and_refuses_broken_json(qtbot: QtBot) -> None:
    editor = BodyEditor("Post INV-1", {"amount": Decimal("10.500"), "lines": [1]})
    qtbot.addWidget(editor)
    assert '"amount": "10.500"' in editor.text.toPlainText()
    editor.text.setPlainText('{"amount": 12.345}')
    assert editor.body() == {"amount": Decimal("12.345")}
    editor.text.setPlainText('{"amount": ')
    editor.accept()
    assert editor.result() == 0 and "not valid JSON" in editor.error.text()
