"""The start path imports only what the first screen needs (issue 19, cold start).

A fresh child process starts the app offline on a cached company, as the cold-start
benchmark does (bench/gui_startup.py), waits for the Invoices list's first rows, and says
which of the modules that must stay off the start path it imported: Alembic (the cache is
already at head), reportlab and the QR encoder (printing), the sandbox and its server,
spreadsheets. A new top-level import of any of them makes this fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bench.gui_cache import build_home
from bench.gui_startup import NOT_ON_START


def test_a_start_on_a_current_cache_imports_no_migration_printing_or_sandbox(
    tmp_path: Path,
) -> None:
    build_home(tmp_path / "home-50", 50)  # a cache already at head, as on every later start
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "bench.gui_startup", "--child", "app", "--modules",
               "--home", str(tmp_path), "--invoices", "50"]  # fmt: skip
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=180, check=False
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and "ready" in lines, done.stderr[-2000:]
    (imported,) = [line for line in lines if line.startswith("imported:")]
    assert imported.split()[1:] == [], (
        f"on the start path: {imported}; allowed none of {NOT_ON_START}"
    )
