"""The real window, on a real X server (Xvfb), through Qt's xcb platform plugin.

Every other window test runs on Qt's offscreen platform, which needs none of the X
libraries; a user's Linux desktop needs all of them, and when one is missing Qt aborts
before the app's first line of Python (exit 134, "could not load the Qt platform plugin
xcb"). This starts `arkan-desktop --demo` as a user does, on Xvfb, and waits for its main
window to be mapped on the screen, so a missing library fails here and not on a user's
machine. Xvfb and xdotool come from packaging/install-deps.sh (the README's package line).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkan_desktop.gui.demo_sandbox import DEMO_COMPANY

OPEN_TIMEOUT = 300.0  # seeding the demo data and opening it; minutes on a busy machine


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run `sh packaging/install-deps.sh` (see the README)"
    return path


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A private X server; its display name (":N", a number Xvfb picks itself)."""
    read_end, write_end = os.pipe()
    with (tmp_path / "xvfb.log").open("w") as xvfb_log:
        server = subprocess.Popen(
            [_tool("Xvfb"), "-displayfd", str(write_end), "-screen", "0", "1280x800x24"],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=xvfb_log,
        )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as announced:
            number = announced.readline().strip()  # Xvfb writes it once it accepts clients
        assert number.isdigit(), f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()}"
        yield f":{number}"
    finally:
        server.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            server.wait(timeout=10)
        if server.poll() is None:
            server.kill()
            server.wait()


def _mapped_windows(display: str, title: str) -> list[str]:
    found = subprocess.run(
        [_tool("xdotool"), "search", "--onlyvisible", "--name", title],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return found.stdout.split()


def test_the_demo_opens_its_main_window_on_a_real_x_server(display: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",  # the user's platform, not the tests' offscreen one
        "PYTHONUNBUFFERED": "1",
    }
    log = tmp_path / "app.log"
    with log.open("w") as output:
        app = subprocess.Popen(
            [sys.executable, "-m", "arkan_desktop", "--home", str(tmp_path / "home"), "--demo"],
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + OPEN_TIMEOUT
        windows: list[str] = []
        while not windows:
            code = app.poll()
            assert code is None, (
                f"the app ended ({code}) before its window showed (a missing library? "
                "`sh packaging/install-deps.sh` installs them):\n"
                + log.read_text(errors="replace")[-3000:]
            )
            assert time.monotonic() < deadline, (
                "no main window within the deadline:\n" + (log.read_text(errors="replace")[-3000:])
            )
            windows = _mapped_windows(display, DEMO_COMPANY)  # "<company> — Arkan Desktop"
            time.sleep(0.5)
        app.send_signal(signal.SIGINT)  # Ctrl+C: the app closes up and ends cleanly
        assert app.wait(timeout=60) == 0, log.read_text(errors="replace")[-3000:]
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def test_without_a_display_the_app_says_so_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        [sys.executable, "-m", "arkan_desktop", "--home", str(tmp_path / "home")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "arkan-desktop: there is no display to open the window on (DISPLAY is not set); "
        "run it in a desktop session, or under xvfb-run"
    )


def test_the_readme_installs_exactly_what_the_install_script_installs() -> None:
    root = Path(__file__).resolve().parent.parent
    listed = subprocess.run(
        ["sh", str(root / "packaging" / "install-deps.sh"), "--list"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    readme = (root / "README.md").read_text(encoding="utf-8")
    (line,) = [ln for ln in readme.splitlines() if ln.startswith("    sudo apt-get update")]
    assert line.strip().startswith("sudo apt-get update && sudo apt-get install -y ")
    assert line.split("--no-install-recommends", 1)[1].split() == listed
    assert "libxcb-icccm4" in listed and "libxcb-keysyms1" in listed  # the ones users lacked
