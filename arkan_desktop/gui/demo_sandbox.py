"""The bundled sandbox, run as a child process for `arkan-desktop --demo`.

The client never imports the sandbox (DESIGN.md): it starts `python -m
arkan_desktop.sandbox --port 0` (in a PyInstaller build, which has no `-m`, the app's own
executable with the hidden flag `--run-sandbox`: see packaging/arkan_frozen_main.py) with
its data under `<home>/demo-sandbox` (seeded with demo data on the first run, kept
afterwards), reads the address it prints, and talks to it over HTTP like any other
server. Reading the child's output happens in a thread; the UI thread only awaits. The
child's output goes on to a log file, and the child is stopped (SIGTERM, then killed)
when the app closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

from arkan_desktop import SANDBOX_CHILD_FLAG

log = logging.getLogger(__name__)

DEMO_EMAIL = "admin@demo.local"
DEMO_PASSWORD = "demo"  # the sandbox's published demo password
DEMO_COMPANY = "Arkan Demo Trading LLC"  # the first demo company: AED, 5 % VAT
_SERVING = "arkan-sandbox: serving "


class DemoServerError(Exception):
    """The demo server could not be started; the message says why in plain words."""


class DemoSandbox:
    def __init__(self, data_dir: Path, log_path: Path) -> None:
        self.data_dir = data_dir
        self.log_path = log_path
        self.process: subprocess.Popen[str] | None = None
        self.url: str | None = None

    def command(self) -> list[str]:
        options = ["--port", "0", "--data", str(self.data_dir), "--seed", "demo"]
        if getattr(sys, "frozen", False):  # sys.executable is the built app, not Python
            app = Path(sys.executable)
            # Windows: the windowed "Arkan Desktop.exe" has no console streams; its console
            # twin in the same folder prints the child's address (CREATE_NO_WINDOW hides it).
            console = app.with_name("arkan-desktop.exe")
            program = console if sys.platform == "win32" and console.is_file() else app
            return [str(program), SANDBOX_CHILD_FLAG, *options]
        return [sys.executable, "-m", "arkan_desktop.sandbox", *options]

    async def start(self, timeout: float = 180.0) -> str:
        """Start the child and return its API address once it serves."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.log_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        log_file = self.log_path.open("a", encoding="utf-8")
        try:
            self.process = subprocess.Popen(
                self.command(),
                stdout=subprocess.PIPE,
                stderr=log_file,
                stdin=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as error:
            log_file.close()
            raise DemoServerError(f"The demo server could not be started: {error}") from None
        process = self.process
        assert process.stdout is not None
        try:
            async with asyncio.timeout(timeout):  # not wait_for: it can lose a cancel
                url = await asyncio.to_thread(_read_address, process.stdout, log_file)
        except (TimeoutError, DemoServerError):
            await self.stop()
            log_file.close()
            raise DemoServerError(
                f"The demo server did not start; its log is {self.log_path}"
            ) from None
        threading.Thread(
            target=_drain, args=(process.stdout, log_file), name="demo-sandbox-log", daemon=True
        ).start()
        self.url = url
        log.info("demo sandbox (pid %s) serving %s", process.pid, url)
        return url

    async def stop(self, grace: float = 10.0) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            await asyncio.to_thread(process.wait, grace)
        except subprocess.TimeoutExpired:
            process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                await asyncio.to_thread(process.wait, grace)


def _read_address(stdout: IO[str], log_file: IO[str]) -> str:
    """In a thread: the address from the child's 'serving' line (its output goes to the log)."""
    for line in stdout:
        log_file.write(line)
        log_file.flush()
        if line.startswith(_SERVING):
            return line[len(_SERVING) :].split()[0]
    raise DemoServerError("the demo server stopped before it served")


def _drain(stdout: IO[str], log_file: IO[str]) -> None:
    """In a thread: copy the rest of the child's output to the log until it ends."""
    with contextlib.suppress(OSError, ValueError):
        for line in stdout:
            log_file.write(line)
            log_file.flush()
    with contextlib.suppress(OSError):
        log_file.close()
