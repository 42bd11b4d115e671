"""Screenshots for the README, taken by the tests that reach each screen.

With `ARKAN_SCREENSHOTS=DIR` (e.g. `ARKAN_SCREENSHOTS=docs/images uv run pytest tests/gui`)
`screenshot` saves what a widget shows as DIR/NAME; otherwise it does nothing, so a test
run never writes into the source tree.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def screenshot(widget: Any, name: str) -> None:
    folder = os.environ.get("ARKAN_SCREENSHOTS")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    file = name if name.endswith(".png") else f"{name}.png"
    widget.grab().save(str(Path(folder) / file))
