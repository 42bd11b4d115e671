"""The wheel carries the code, resources/ and ui/, and declares both programs."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

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
