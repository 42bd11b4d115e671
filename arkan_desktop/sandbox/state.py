"""What one running sandbox holds: its settings, database, signing key and event hub."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from arkan_desktop.sandbox.config import PLANS, Plan, SandboxConfig
from arkan_desktop.sandbox.events import EventHub


def load_signing_key(data_dir: Path) -> bytes:
    """The data directory's own random JWT key, made on first start, owner-readable only."""
    path = data_dir / "signing.key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


@dataclass
class SandboxState:
    config: SandboxConfig
    engine: Engine
    signing_key: bytes
    hub: EventHub = field(default_factory=EventHub)
    plan_name: str = ""

    def __post_init__(self) -> None:
        self.plan_name = self.plan_name or self.config.plan

    @property
    def plan(self) -> Plan:
        return PLANS[self.plan_name]
