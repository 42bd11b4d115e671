"""A second copy of the client in a process of its own, for the tests that kill it.

    python -m tests.sync.client_process sync  HOME API_URL   # one full sync, then exit
    python -m tests.sync.client_process serve HOME API_URL   # live until killed

It signs in as the demo admin to the first demo company (with an in-memory keyring: there
is none on CI) and prints one line per step on stdout, so that the parent can wait for a
state instead of sleeping.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import keyring

from arkan_desktop.sync.workspace import Workspace
from tests.api.conftest import MemoryKeyring
from tests.sandbox.conftest import COMPANY_1


def say(text: str) -> None:
    print(text, flush=True)


async def sync(home: Path, api_url: str) -> None:
    workspace = await Workspace.sign_in(home, api_url, "admin@demo.local", "demo", COMPANY_1)
    say("signed-in")

    def progress(resource: str, done: int, _total: int | None) -> None:
        say(f"page {resource} {done}")

    try:
        await workspace.service.sync_all(progress=progress)
        say("synced")
    finally:
        await workspace.close()


async def serve(home: Path, api_url: str) -> None:
    workspace = await Workspace.sign_in(home, api_url, "admin@demo.local", "demo", COMPANY_1)
    await workspace.service.start(["accounting", "inventory"])
    say(f"live sender_active={workspace.service.sender_active}")
    await asyncio.Event().wait()


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    mode, home, api_url = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    asyncio.run({"sync": sync, "serve": serve}[mode](home, api_url))


if __name__ == "__main__":
    main()
