"""Time away from the server: notifications that came while the app was closed are caught
up when it comes back, they stay on this computer for an offline start, and quitting with
writes that have not reached the server asks first. A sandbox of this module's own,
stopped and started again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.shell.quit_question import QuitQuestion
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.sandbox.server import SandboxServer
from arkan_desktop.sync.commands.purchasing import approve_purchase_order
from tests.conftest import start_sandbox
from tests.gui.conftest import run, sign_in, wait_live
from tests.gui.notification_helpers import SLOW, bell_shows, is_bold, open_panel, row_about
from tests.sandbox.conftest import Api
from tests.support.colleagues import order_awaiting_approval


@pytest.fixture(scope="module")
def own_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    server = start_sandbox(tmp_path_factory.mktemp("away-sandbox"))
    yield server
    server.stop()


def test_what_came_while_away_is_caught_up_and_kept_for_an_offline_start(
    qtbot: QtBot, qloop: object, tmp_path: Path, own_sandbox: SandboxServer
) -> None:
    home = tmp_path / "home"
    admin, accountant = (
        Api(own_sandbox, "admin@demo.local"),
        Api(own_sandbox, "accountant@demo.local"),
    )
    first = ArkanDesktopApp(home)
    main = sign_in(qtbot, first, own_sandbox)
    before = bell_shows(qtbot, main, admin)
    run(qtbot, first.shutdown())

    while_away = order_awaiting_approval(accountant)  # the app is closed: nobody to tell

    again = ArkanDesktopApp(home)  # "remember me": back without a password
    try:
        spawn(again.start(), "test-resume")
        wait_live(qtbot, again)
        main = again.main
        assert main is not None
        qtbot.waitUntil(lambda: main.notifications.bell.unread == before + 1, timeout=SLOW)
        panel = open_panel(qtbot, main)
        qtbot.waitUntil(lambda: row_about(panel, while_away["id"]) == 0, timeout=SLOW)
        assert is_bold(panel, 0)
        shown = [n.title for n in panel.model.notifications]
    finally:
        run(qtbot, again.shutdown())

    own_sandbox.stop()
    offline = ArkanDesktopApp(home)
    try:
        spawn(offline.start(), "test-offline-start")
        qtbot.waitUntil(lambda: offline.main is not None and offline.main.isVisible(), timeout=SLOW)
        assert offline.company is not None and not offline.company.online
        main = offline.main
        assert main is not None
        bell = main.notifications.bell
        qtbot.waitUntil(lambda: bell.unread == before + 1, timeout=SLOW)  # from this computer
        assert main.bell_action.isVisible()
        assert not main.status.colleagues.isVisible()  # offline: who is online is not known
        panel = open_panel(qtbot, main)
        qtbot.waitUntil(lambda: [n.title for n in panel.model.notifications] == shown)
        panel.select(panel.model.notifications[0].id)
        panel.read_button.click()  # read offline: the bell goes down at once
        qtbot.waitUntil(lambda: bell.unread == before, timeout=SLOW)
        assert not is_bold(panel, 0)
    finally:
        run(qtbot, offline.shutdown())
        own_sandbox.start()


def test_quitting_with_two_queued_writes_asks_and_stay_keeps_the_window(
    qtbot: QtBot, desktop: ArkanDesktopApp, own_sandbox: SandboxServer
) -> None:
    accountant = Api(own_sandbox, "accountant@demo.local")
    orders = [order_awaiting_approval(accountant) for _ in range(2)]
    main = sign_in(qtbot, desktop, own_sandbox)
    company = desktop.company
    assert company is not None
    cached = [run(qtbot, company.purchasing.order(order["id"])) for order in orders]
    assert all(cached)

    own_sandbox.stop()
    try:
        qtbot.waitUntil(lambda: main.status.connection_label.property("state") != "online",
                        timeout=SLOW)  # fmt: skip
        for order in cached:
            assert order is not None
            run(qtbot, company.queue(approve_purchase_order(order)))
        qtbot.waitUntil(lambda: main.status.outbox_counts["waiting"] == 2, timeout=SLOW)

        main.close()  # the window's close button, or Ctrl+Q
        question = wait_for_question(qtbot, main)
        assert "2 changes have not reached the server yet" in question.informativeText()
        assert question.defaultButton() is question.stay_button  # Enter stays
        question.stay_button.click()
        qtbot.waitUntil(lambda: main.findChild(QuitQuestion) is None)
        assert main.isVisible() and not desktop.finished.is_set()
        assert desktop.company is company  # nothing was closed

        main.quit_action.trigger()
        question = wait_for_question(qtbot, main)
        question.quit_button.click()  # this time: quit, the writes stay queued
        qtbot.waitUntil(desktop.finished.is_set)
    finally:
        own_sandbox.start()


def wait_for_question(qtbot: QtBot, main: object) -> QuitQuestion:
    def shown() -> QuitQuestion | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QuitQuestion)]
        return next((w for w in found if w.isVisible() and w.parent() is main), None)

    qtbot.waitUntil(lambda: shown() is not None, timeout=SLOW)
    question = shown()
    assert question is not None
    return question
