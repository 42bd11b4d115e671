"""The wheel carries the code, resources/ and ui/, declares both programs, and works
installed into an empty virtual environment (from the package registry) on its own."""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from arkan_desktop import SANDBOX_CHILD_FLAG, __version__
from arkan_desktop.store.cache import Cache
from arkan_desktop.store.paths import cache_path
from tests.sandbox.conftest import COMPANY_1

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    uv = shutil.which("uv")
    assert uv, "uv is needed to build the wheel"
    subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("arkan_desktop-*.whl")
    return built


def test_wheel_ships_resources_and_ui(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ROOT.joinpath("resources").rglob("*"):
        if path.is_file():
            assert f"arkan_desktop/resources/{path.relative_to(ROOT / 'resources')}" in names
    for path in ROOT.joinpath("ui").rglob("*"):
        if path.is_file():
            assert f"arkan_desktop/ui/{path.relative_to(ROOT / 'ui')}" in names
    assert "arkan_desktop/resources/icons/arkan-desktop.svg" in names
    assert "arkan_desktop/sandbox/app.py" in names


def test_wheel_declares_both_programs(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith("entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert "arkan-desktop = arkan_desktop.cli:main" in text
    assert "arkan-sandbox = arkan_desktop.sandbox.cli:main" in text


class InstalledApp:
    """The wheel installed into an empty virtual environment, run as its programs."""

    def __init__(self, venv: Path, work: Path) -> None:
        self.bin = venv / ("Scripts" if sys.platform == "win32" else "bin")
        self.work = work
        stand_in = work / "keyring-backend"  # the test keyring, without the source tree
        (stand_in / "tests" / "support").mkdir(parents=True)
        (stand_in / "tests" / "__init__.py").write_text("")
        (stand_in / "tests" / "support" / "__init__.py").write_text("")
        shutil.copy(ROOT / "tests" / "support" / "file_keyring.py", stand_in / "tests" / "support")
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")},
            "ARKAN_DESKTOP_HOME": str(work / "home"),
            "PYTHONPATH": str(stand_in),
            "PYTHON_KEYRING_BACKEND": "tests.support.file_keyring.FileKeyring",
            "ARKAN_TEST_KEYRING_FILE": str(work / "keyring.json"),
            "QT_QPA_PLATFORM": "offscreen",
        }

    def run(self, program: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / program), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            cwd=self.work,  # not the repository: nothing may come from the source tree
            timeout=300,
            check=False,
        )

    @contextlib.contextmanager
    def sandbox(self) -> Iterator[str]:
        """The wheel's `arkan-sandbox` serving demo data; yields its API address."""
        process = subprocess.Popen(
            [str(self.bin / "arkan-sandbox"), "--port", "0", "--plan", "unlimited",
             "--data", str(self.work / "sandbox")],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            text=True,
            env={**self.env, "PYTHONUNBUFFERED": "1"},
            cwd=self.work,
        )  # fmt: skip
        try:
            yield served_address(process, timeout=120)
        finally:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)


def served_address(process: subprocess.Popen[str], timeout: float) -> str:
    """The address from the sandbox's 'serving' line, read in a thread with a deadline."""
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while True:
        try:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"the installed sandbox did not serve in {timeout} s") from None
        if line is None:
            raise AssertionError("the installed sandbox stopped:\n" + "".join(seen))
        seen.append(line)
        if line.startswith("arkan-sandbox: serving "):
            return line.split()[2]


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> InstalledApp:
    work = tmp_path_factory.mktemp("installed")
    uv = shutil.which("uv")
    assert uv
    venv = work / "venv"
    # The interpreter this suite runs on; packages from the registry (uv's cache first).
    subprocess.run(
        [uv, "venv", "--quiet", "--python", sys.executable, str(venv)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = InstalledApp(venv, work)
    # The versions uv.lock names, as constraints: the test is of our wheel, and stays
    # reproducible (and served from uv's cache) when a dependency publishes a new release.
    locked = work / "locked.txt"
    subprocess.run(
        [uv, "export", "--locked", "--no-default-groups", "--no-emit-project", "--no-hashes",
         "--format", "requirements-txt", "--output-file", str(locked), "--quiet"],
        check=True,
        capture_output=True,
        timeout=120,
        cwd=ROOT,
    )  # fmt: skip
    subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(app.bin / "python"),
         "--constraint", str(locked), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
        env={k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"},
    )  # fmt: skip
    return app


def test_installed_wheel_runs_from_its_own_environment(installed: InstalledApp) -> None:
    where = installed.run("python", "-c", "import arkan_desktop; print(arkan_desktop.__file__)")
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.bin.parent)
    version = installed.run("arkan-desktop", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"arkan-desktop {__version__}"


def test_installed_wheel_prints_an_invoice_with_the_server_stopped(
    installed: InstalledApp,
) -> None:
    with installed.sandbox() as api_url:
        login = installed.run(
            "arkan-desktop", "login", "--server", api_url, "--email", "admin@demo.local",
            "--password-stdin", "--company", COMPANY_1, stdin="demo\n",
        )  # fmt: skip
        assert login.returncode == 0, login.stderr
        synced = installed.run("arkan-desktop", "sync")  # the saved sign-in, from the keyring
        assert synced.returncode == 0, synced.stderr
    home = installed.work / "home"
    with Cache.open(cache_path(home, api_url, COMPANY_1)) as cache:
        number = min(
            record["number"]
            for record in (cache.get("invoices", i) for i in cache.ids("invoices"))
            if record and record.get("state") == "posted" and record.get("type") == "out_invoice"
        )
    pdf = installed.work / "invoice.pdf"
    printed = installed.run("arkan-desktop", "print", "invoice", number, "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert number in text and "TAX INVOICE" in text.upper()


def test_the_app_imports_no_qt_module_the_build_leaves_out() -> None:
    """packaging/arkan-desktop.spec excludes Qt modules by name: a new import must not be one."""
    spec = ast.parse((ROOT / "packaging" / "arkan-desktop.spec").read_text(encoding="utf-8"))
    (unused,) = [
        ast.literal_eval(node.value)
        for node in ast.walk(spec)
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "qt_unused" for t in node.targets)
    ]
    assert "QtQuick" in unused and "QtWidgets" not in unused
    used: dict[str, str] = {}
    for path in ROOT.joinpath("arkan_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1:
                    used[parts[1]] = str(path.relative_to(ROOT))
    assert not {m: where for m, where in used.items() if m in unused}


def test_the_frozen_entry_runs_the_sandbox_only_behind_its_flag(
    capsys: pytest.CaptureFixture[str],
) -> None:
    entry = importlib.util.spec_from_file_location(
        "arkan_frozen_main", ROOT / "packaging" / "arkan_frozen_main.py"
    )
    assert entry is not None and entry.loader is not None
    module = importlib.util.module_from_spec(entry)
    entry.loader.exec_module(module)
    with pytest.raises(SystemExit) as exit_:
        module.main([SANDBOX_CHILD_FLAG, "--help"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("usage: arkan-sandbox")
    with pytest.raises(SystemExit) as exit_:
        module.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"arkan-desktop {__version__}"


def test_a_frozen_demo_starts_the_app_itself_as_its_sandbox(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from arkan_desktop.gui.demo_sandbox import DemoSandbox

    demo = DemoSandbox(tmp_path / "data", tmp_path / "log")
    assert demo.command()[1:3] == ["-m", "arkan_desktop.sandbox"]
    app = tmp_path / "dist" / "arkan-desktop" / "arkan-desktop"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app))
    command = demo.command()
    assert command[:2] == [str(app), SANDBOX_CHILD_FLAG]
    assert command[2:] == [
        "--port", "0", "--data", str(tmp_path / "data"), "--seed", "demo", "--progress"
    ]  # fmt: skip
