"""The window against a broken server: a rate limit's wait in the status bar, cancelled by
closing; a locked cache said in one sentence; server words in plain-text labels.

Real window (offscreen), real qasync loop, the broken server on loopback in front of the
sandbox. The keyring is the tests' `MemoryKeyring` (no OS keyring here).
"""

from __future__ import annotations

import re
import sqlite3
import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from arkan_desktop.gui.app import ArkanDesktopApp
from arkan_desktop.gui.shell.notice_bar import NoticeBar
from arkan_desktop.gui.tasks import spawn
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path
from tests.gui.conftest import run, sign_in
from tests.hostile.conftest import FIGURES
from tests.sandbox.conftest import COMPANY_1
from tests.support.broken_server import BrokenServer


def test_the_status_bar_counts_a_rate_limit_down_and_closing_ends_the_wait(
    qtbot: QtBot, desktop: ArkanDesktopApp, behaving: BrokenServer
) -> None:
    main = sign_in(qtbot, desktop, behaving)  # type: ignore[arg-type]
    assert desktop.live is not None
    behaving.retry_after = "42"
    behaving.set("retry-after")
    spawn(desktop.live.sync_now(), "test-sync")
    label = main.status.wait_label
    qtbot.waitUntil(label.isVisible, timeout=30_000)
    shown = re.fullmatch(r"Waiting for the server's rate limit, (\d+) s", label.text())
    assert shown is not None and 40 <= int(shown.group(1)) <= 63, label.text()
    qtbot.waitUntil(lambda: label.text() != shown.group(0), timeout=3_000)  # counting down
    started = time.monotonic()
    run(qtbot, desktop.shutdown(), timeout=10)  # closing the window cancels the wait
    FIGURES["retry-after 42 s, window closed"] = (
        time.monotonic() - started,
        0.0,
        0,
        f"status bar: {shown.group(0)}",
    )


def test_a_locked_cache_is_one_sentence_in_the_sign_in_window(
    qtbot: QtBot, desktop: ArkanDesktopApp, behaving: BrokenServer
) -> None:
    path = cache_path(desktop.client_home, behaving.api_url, COMPANY_1)
    Cache.open(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        spawn(desktop.start(), "test-start")
        qtbot.waitUntil(lambda: desktop.signin is not None and desktop.signin.isVisible())
        signin = desktop.signin
        assert signin is not None
        signin.fill(behaving.api_url, "admin@demo.local", "demo")
        qtbot.mouseClick(signin.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: desktop.picker is not None, timeout=10_000)
        assert desktop.picker is not None and desktop.picker.choose(COMPANY_1)
        desktop.picker.accept()
        qtbot.waitUntil(
            lambda: "is locked by another program" in signin.message_label.text(), timeout=30_000
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert signin.message_label.text().startswith("The local cache (")
    assert desktop.main is None or not desktop.main.isVisible()


def test_labels_that_show_server_words_are_plain_text(
    qtbot: QtBot, desktop: ArkanDesktopApp
) -> None:
    desktop.show_signin("<b>bold</b> <img src='file:///etc/passwd'>")
    assert desktop.signin is not None
    label = desktop.signin.message_label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("<b>bold</b>")  # shown as written, never rendered
    notice = NoticeBar()
    qtbot.addWidget(notice)
    assert notice.label.textFormat() == Qt.TextFormat.PlainText
