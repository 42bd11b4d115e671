"""Start a sandbox as a child process for a benchmark, so it does not share our GIL."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"


@contextlib.contextmanager
def child_sandbox(
    scale: int = 1, plan: str = "unlimited", data: Path | None = None, chaos: str | None = None
) -> Iterator[str]:
    """Yields the API root URL of a sandbox child process; stops it afterwards."""
    data_dir = data or DATA / f"scale-{scale}"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "arkan_desktop.sandbox",
            "--port",
            "0",
            "--data",
            str(data_dir),
            "--scale",
            str(scale),
            "--plan",
            plan,
            *(["--chaos", chaos] if chaos else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "serving" in line:
                url = line.split("serving ", 1)[1].split()[0]
                break
        else:
            raise RuntimeError("the sandbox did not start")
        print(
            f"sandbox (scale {scale}, plan {plan}) ready in {time.perf_counter() - started:.1f} s"
        )
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)
