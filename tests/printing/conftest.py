"""Printing tests: cached records from a sandbox run (tests/printing/data), and readers.

The records were taken from the demo sandbox's API as the cache keeps them; printing
needs no server, so none runs here. Readers: pdfplumber for text and fonts, poppler's
`pdftoppm` to rasterise, zbar's `zbarimg` to decode barcodes and QR codes.
"""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

DATA = Path(__file__).parent / "data"


def load(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def record() -> Callable[[str], Any]:
    """A fresh copy of a stored record (tests may change it)."""
    return lambda name: copy.deepcopy(load(name))


def require_tool(name: str, package: str) -> str:
    """The tool's path; a missing tool fails the test with the install command (README)."""
    path = shutil.which(name)
    if path:
        return path
    pytest.fail(f"{name} is missing: apt-get install {package} (see README, Quick start)")


def pdf_pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages_text(pdf))


def rasterise(pdf: bytes, folder: Path, dpi: int = 300) -> list[Path]:
    tool = require_tool("pdftoppm", "poppler-utils")
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        [tool, "-r", str(dpi), "-gray", "-png", str(source), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob("page-*.png"))


def decode_symbols(image: Path) -> list[str]:
    """Every barcode / QR code zbar finds in the image, one entry per symbol."""
    tool = require_tool("zbarimg", "zbar-tools")
    result = subprocess.run(
        [tool, "--quiet", "--raw", str(image)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    if result.returncode not in (0, 4):  # 4: no symbol found
        raise AssertionError(result.stderr.decode(errors="replace"))
    return [line for line in result.stdout.decode("utf-8").splitlines() if line]
