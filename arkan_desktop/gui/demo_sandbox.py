"""The bundled sandbox, run as a child process for `arkan-desktop --demo`.

The client never imports the sandbox (DESIGN.md): it starts `python -m
arkan_desktop.sandbox` (in a PyInstaller build, which has no `-m`, the app's own
executable with the hidden flag `--run-sandbox`: see packaging/arkan_frozen_main.py) with
its data under `<home>/demo-sandbox` (seeded with demo data on the first run, kept
afterwards), reads the address it prints, and talks to it over HTTP like any other
server. It keeps one port: the one it served on first is kept in its data folder
(`port`) and asked for again; when something else holds it, the child takes any free
port for this run (the demo's cache is kept by name, not by port: store.paths.name_server).
While a first start seeds the demo data the child says how far it is (`--progress`), and
`on_seeding` hears it. Reading the child's output happens in a thread; the UI thread only
awaits. The child's output goes on to a log file, and the child is stopped (SIGTERM, then
killed) when the app closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from arkan_desktop import SANDBOX_CHILD_FLAG

log = logging.getLogger(__name__)

DEMO_EMAIL = "admin@demo.local"
DEMO_PASSWORD = "demo"  # the sandbox's published demo password
DEMO_COMPANY = "Arkan Demo Trading LLC"  # the first demo company: AED, 5 % VAT
_SERVING = "arkan-sandbox: serving "
_PROGRESS = "arkan-sandbox: progress "
PORT_FILE = "port"  # in the demo's data folder: the port it serves on, asked for each start

Seeding = Callable[[int, int], None]
"""Told, on the event loop, how many of the demo companies are seeded so far, of how many."""


class DemoServerError(Exception):
    """The demo server could not be started; the message says why in plain words."""


class _EndedEarly(DemoServerError):
    """The child ended before it served (e.g. its port was taken)."""


class DemoSandbox:
    def __init__(self, data_dir: Path, log_path: Path, on_seeding: Seeding | None = None) -> None:
        self.data_dir = data_dir
        self.log_path = log_path
        self.on_seeding = on_seeding
        self.process: subprocess.Popen[str] | None = None
        self.url: str | None = None
        self.seeded = False  # whether this start prepared the demo data (its first)

    @property
    def port_file(self) -> Path:
        return self.data_dir / PORT_FILE

    def kept_port(self) -> int:
        """The port the demo served on before (0: none yet, any free one)."""
        try:
            port = int(self.port_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return 0
        return port if 0 < port < 65536 else 0

    def _keep_port(self, url: str) -> None:
        port = url.split("://", 1)[-1].split("/", 1)[0].rpartition(":")[2]
        temp = self.port_file.with_suffix(".tmp")
        temp.write_text(port + "\n", encoding="utf-8")
        os.replace(temp, self.port_file)

    def command(self, port: int = 0) -> list[str]:
        options = ["--port", str(port), "--data", str(self.data_dir), "--seed", "demo"]
        options.append("--progress")
        if getattr(sys, "frozen", False):  # sys.executable is the built app, not Python
            app = Path(sys.executable)
            # Windows: the windowed "Arkan Desktop.exe" has no console streams; its console
            # twin in the same folder prints the child's address (CREATE_NO_WINDOW hides it).
            console = app.with_name("arkan-desktop.exe")
            program = console if sys.platform == "win32" and console.is_file() else app
            return [str(program), SANDBOX_CHILD_FLAG, *options]
        return [sys.executable, "-m", "arkan_desktop.sandbox", *options]

    async def start(self, timeout: float = 600.0) -> str:
        """Start the child on its kept port (else any free one) and return its API address
        once it serves. The timeout is long: a first start on a busy machine seeds for a
        minute or more, and says how far it is meanwhile."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.log_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        kept = self.kept_port()
        try:
            url = await self._start(kept, timeout)
        except _EndedEarly:
            if not kept:
                raise
            # Its port is taken (another program, another copy of the demo): any free port
            # this time; the app's cache is kept by the demo's name, not its port.
            log.warning("the demo server's port %d is taken; it serves on another one", kept)
            url = await self._start(0, timeout)
        else:
            if not kept:
                self._keep_port(url)
        return url

    async def _start(self, port: int, timeout: float) -> str:
        log_file = self.log_path.open("a", encoding="utf-8")
        try:
            self.process = subprocess.Popen(
                self.command(port),
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
        loop = asyncio.get_running_loop()

        def seeding(done: int, total: int) -> None:  # in the reading thread
            loop.call_soon_threadsafe(self._seeding, done, total)

        try:
            async with asyncio.timeout(timeout):  # not wait_for: it can lose a cancel
                url = await asyncio.to_thread(_read_address, process.stdout, log_file, seeding)
        except (TimeoutError, DemoServerError) as error:
            await self.stop()
            process.stdout.close()
            log_file.close()
            failure = _EndedEarly if isinstance(error, _EndedEarly) else DemoServerError
            raise failure(f"The demo server did not start; its log is {self.log_path}") from None
        threading.Thread(
            target=_drain, args=(process.stdout, log_file), name="demo-sandbox-log", daemon=True
        ).start()
        self.url = url
        log.info("demo sandbox (pid %s) serving %s", process.pid, url)
        return url

    def _seeding(self, done: int, total: int) -> None:
        self.seeded = True
        if self.on_seeding is not None:
            self.on_seeding(done, total)

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


def _read_address(stdout: IO[str], log_file: IO[str], seeding: Seeding) -> str:
    """In a thread: the address from the child's 'serving' line, telling `seeding` of its
    progress lines on the way (its output goes to the log)."""
    for line in stdout:
        log_file.write(line)
        log_file.flush()
        if line.startswith(_SERVING):
            return line[len(_SERVING) :].split()[0]
        if line.startswith(_PROGRESS):
            done, _, total = line[len(_PROGRESS) :].split()[0].partition("/")
            if done.isdigit() and total.isdigit():
                seeding(int(done), int(total))
    raise _EndedEarly("the demo server stopped before it served")


def _drain(stdout: IO[str], log_file: IO[str]) -> None:
    """In a thread: copy the rest of the child's output to the log until it ends."""
    with contextlib.suppress(OSError, ValueError):
        for line in stdout:
            log_file.write(line)
            log_file.flush()
    with contextlib.suppress(OSError):
        stdout.close()
        log_file.close()
