"""Where the shipped Designer forms (ui/) and resources (icons, translations) are.

Installed, they live inside the package (`arkan_desktop/ui`, `arkan_desktop/resources`);
from a source checkout, at the repository root. Finds paths only; loads nothing.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


def _shipped(name: str) -> Path:
    installed = Path(str(resources.files("arkan_desktop"))) / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / name


@cache
def ui_dir() -> Path:
    return _shipped("ui")


@cache
def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name
