"""Run the built app as a user would, headless: the smoke test after packaging/build.sh.

    uv run python packaging/smoke.py [dist/arkan-desktop]

It checks `--version` and `--help`; starts the bundled sandbox from the app itself
(`--run-sandbox`, what `--demo` does), syncs a company into a fresh data directory, stops
the sandbox and prints a cached invoice to PDF (fonts, templates and migrations from the
bundle); then runs `--demo` offscreen until its first sync has written records, quits it
with Ctrl+C (SIGINT) and checks that its sandbox went with it. Standard library only, so it
tests the bundle and not this environment; every wait has a deadline. Prints how long
each step took; exits non-zero on the first failure.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "Arkan Demo Trading LLC"
SERVING = "arkan-sandbox: serving "
COMMANDS = ("login", "logout", "sync", "status", "outbox", "print")


class SmokeFailure(Exception):
    """What went wrong, in one line."""


def version() -> str:
    text = (ROOT / "arkan_desktop" / "__init__.py").read_text(encoding="utf-8")
    (line,) = [ln for ln in text.splitlines() if ln.startswith("__version__")]
    return line.split("=")[1].strip().strip("\"'")


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise SmokeFailure(f"gave up after {timeout:.0f} s waiting for {what}")


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    started = time.monotonic()
    yield
    print(f"smoke: {name} ok ({time.monotonic() - started:.1f} s)", flush=True)


class Smoke:
    def __init__(self, app: Path, work: Path) -> None:
        self.app = app
        self.work = work
        self.home = work / "home"
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ARKAN_DESKTOP_HOME": str(self.home),
            # No keyring on a build machine: the CLI says so and keeps the sign-in in memory.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }

    def run(self, *args: str, stdin: str = "", timeout: float = 120) -> str:
        result = subprocess.run(
            [str(self.app), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.work,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0:
            raise SmokeFailure(
                f"`arkan-desktop {' '.join(args)}` exited {result.returncode}: "
                f"{result.stderr.strip()[-2000:]}"
            )
        return result.stdout

    def check_version_and_help(self) -> None:
        with step("--version"):
            out = self.run("--version").strip()
            if out != f"arkan-desktop {version()}":
                raise SmokeFailure(f"--version printed {out!r}")
        with step("--help"):
            out = self.run("--help")
            missing = [c for c in COMMANDS if f"    {c} " not in out]
            if missing:
                raise SmokeFailure(f"--help does not list {missing}")

    def check_contents(self) -> None:
        """The files the app reads at run time are in the bundle, where the wheel has them."""
        with step("bundle contents"):
            bundled = self.app.parent / "_internal" / "arkan_desktop"
            expected = [
                *shipped("resources", "fonts/*.ttf", "icons/*", "labels/*.json",
                         "translations/*.qm"),
                *shipped("ui", "*.ui"),
                *shipped("arkan_desktop/store", "migrations/env.py", "migrations/versions/v*.py"),
            ]  # fmt: skip
            missing = [where for where in expected if not (bundled / where).is_file()]
            if missing:
                raise SmokeFailure(f"not in the bundle: {missing}")

    def check_linux_install(self) -> None:
        """install.sh puts the app, its menu entry and icons under a prefix, and it runs."""
        with step("install.sh into a scratch prefix"):
            prefix = self.work / "prefix"
            subprocess.run(
                ["bash", str(self.app.parent / "install.sh")],
                env={**self.env, "PREFIX": str(prefix)},
                check=True,
                capture_output=True,
                timeout=300,
            )
            entry = (prefix / "share/applications/arkan-desktop.desktop").read_text("utf-8")
            if f"Exec={prefix}/bin/arkan-desktop\n" not in entry:
                raise SmokeFailure("the installed menu entry does not run the installed app")
            for size in (16, 32, 48, 128, 256, 512):
                icon = prefix / f"share/icons/hicolor/{size}x{size}/apps/arkan-desktop.png"
                if not icon.is_file():
                    raise SmokeFailure(f"no {size}x{size} icon installed")
            installed = subprocess.run(
                [str(prefix / "bin" / "arkan-desktop"), "--version"],
                capture_output=True,
                text=True,
                env=self.env,
                timeout=120,
                check=False,
            )
            if installed.stdout.strip() != f"arkan-desktop {version()}":
                raise SmokeFailure(f"the installed app says {installed.stdout!r}")

    def start_sandbox(self) -> tuple[subprocess.Popen[str], str]:
        process = subprocess.Popen(
            [str(self.app), "--run-sandbox", "--port", "0", "--plan", "unlimited",
             "--data", str(self.work / "sandbox")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**self.env, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip
        assert process.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.put(line)
            lines.put(None)

        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + 120
        seen: list[str] = []
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                process.kill()
                raise SmokeFailure("the bundled sandbox did not serve within 120 s") from None
            if line is None:
                raise SmokeFailure("the bundled sandbox stopped: " + "".join(seen[-20:]))
            seen.append(line)
            if line.startswith(SERVING):
                return process, line[len(SERVING) :].split()[0]

    def check_sync_then_print_offline(self) -> None:
        with step("the bundled sandbox starts (--run-sandbox)"):
            sandbox, url = self.start_sandbox()
        try:
            with step("sync"):
                self.run(
                    "sync", "--server", url, "--email", "admin@demo.local", "--password-stdin",
                    "--company", COMPANY, stdin="demo\n",
                )  # fmt: skip
        finally:
            sandbox.send_signal(signal.SIGINT)
            try:
                sandbox.wait(timeout=30)
            except subprocess.TimeoutExpired:
                sandbox.kill()
                raise SmokeFailure("the bundled sandbox ignored Ctrl+C for 30 s") from None
        number = self.posted_invoice()
        with step(f"print invoice {number}, the server stopped"):
            pdf = self.work / "invoice.pdf"
            self.run("print", "invoice", number, "-o", str(pdf), "--lang", "both")
            text = subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"],
                capture_output=True,
                text=True,
                check=True,
                timeout=60,
            ).stdout
            if number not in text or "TAX INVOICE" not in text.upper():
                raise SmokeFailure(f"the printed PDF does not show invoice {number}")
            fonts = subprocess.run(
                ["pdffonts", str(pdf)], capture_output=True, text=True, check=True, timeout=60
            ).stdout
            if "NotoSansArabic" not in fonts:  # --lang both: the bundled Arabic font
                raise SmokeFailure(f"the PDF does not embed the bundled Arabic font:\n{fonts}")

    def posted_invoice(self) -> str:
        (cache,) = (self.home / "caches").rglob("*.sqlite3")
        with contextlib.closing(sqlite3.connect(f"file:{cache}?mode=ro", uri=True)) as db:
            row = db.execute(
                "SELECT number FROM invoices WHERE state = 'posted' AND type = 'out_invoice' "
                "ORDER BY number LIMIT 1"
            ).fetchone()
        if row is None:
            raise SmokeFailure("the sync cached no posted invoice")
        return str(row[0])

    def check_demo(self) -> None:
        home = self.work / "demo-home"
        caches = home / "demo-client" / "caches"
        with step("--demo (offscreen) signs in and syncs"):
            app = subprocess.Popen(
                [str(self.app), "--home", str(home), "--demo"],
                # In Arabic: Qt's and our translations, right to left, the bundled fonts.
                env={**self.env, "ARKAN_DESKTOP_LANG": "ar"},
                cwd=self.work,
                stdin=subprocess.DEVNULL,
            )
            try:
                wait_for(lambda: synced_accounts(caches) > 0, 120, "the demo's first sync")
                url = served_url(home / "logs" / "demo-sandbox.log")
                if url is None:
                    raise SmokeFailure("the demo's sandbox log has no address")
                app.send_signal(signal.SIGINT)
                code = app.wait(timeout=60)
                if code != 0:
                    raise SmokeFailure(f"--demo exited {code} on Ctrl+C")
            finally:
                if app.poll() is None:
                    app.kill()
        with step("--demo stopped its sandbox"):
            wait_for(lambda: not answers(url), 30, "the demo's sandbox to stop")


def shipped(folder: str, *patterns: str) -> list[str]:
    """Files of the source tree as the app finds them under `arkan_desktop/`."""
    base = ROOT / folder
    prefix = {"resources": "resources/", "ui": "ui/", "arkan_desktop/store": "store/"}[folder]
    return [
        prefix + path.relative_to(base).as_posix()
        for pattern in patterns
        for path in sorted(base.glob(pattern))
        if path.is_file()
    ]


def synced_accounts(caches: Path) -> int:
    total = 0
    for path in caches.rglob("*.sqlite3"):
        try:
            with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                total += db.execute("SELECT count(*) FROM accounts").fetchone()[0]
        except sqlite3.Error:
            pass  # not migrated yet
    return total


def served_url(log: Path) -> str | None:
    if not log.exists():
        return None
    for line in log.read_text(encoding="utf-8").splitlines():
        if line.startswith(SERVING):
            return line[len(SERVING) :].split()[0]
    return None


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/openapi.json", timeout=2):
            return True
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / "arkan-desktop"
    app = folder / ("arkan-desktop.exe" if sys.platform == "win32" else "arkan-desktop")
    if not app.is_file():
        print(f"smoke: no app at {app}: run packaging/build.sh first", file=sys.stderr)
        return 2
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="arkan-smoke-") as work:
        smoke = Smoke(app.resolve(), Path(work))
        try:
            smoke.check_version_and_help()
            smoke.check_contents()
            smoke.check_sync_then_print_offline()
            smoke.check_demo()
            if sys.platform.startswith("linux"):
                smoke.check_linux_install()
        except (SmokeFailure, subprocess.SubprocessError) as error:
            print(f"smoke: FAILED: {error}", file=sys.stderr)
            return 1
    print(f"smoke: all passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
