"""Where the shipped resources (fonts, label templates) are, installed or from source.

Imports no Qt.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path


@cache
def resources_dir() -> Path:
    """`arkan_desktop/resources` in a wheel, the repository's `resources/` from source."""
    installed = Path(str(resources.files("arkan_desktop"))) / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
