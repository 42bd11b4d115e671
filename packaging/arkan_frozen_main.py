"""The PyInstaller entry script: the built app is `arkan-desktop`, and, for `--demo`, its sandbox.

A frozen app has no `python -m`, so `--demo` (arkan_desktop/gui/demo_sandbox.py) starts
the app's own executable with the hidden flag `--run-sandbox` first; this script hands
such a run to the bundled sandbox and every other run to the client. The dispatch lives
here, outside the package, because the client must never import the sandbox
(import-linter, DESIGN.md). Not used by the wheel, whose entry points are in pyproject.toml.
"""

from __future__ import annotations

import sys

from arkan_desktop import SANDBOX_CHILD_FLAG


def main(argv: list[str]) -> int:
    if argv[:1] == [SANDBOX_CHILD_FLAG]:
        from arkan_desktop.sandbox.cli import main as sandbox_main

        return sandbox_main(argv[1:])
    from arkan_desktop.cli import main as client_main

    return client_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
