"""Arvalox sandboxes of either flavour, for tests that must pass against both.

"published" is the server the Arvalox reference describes (`/v1`, API keys and email
sign-in, its own error shape, rate limits); "real" is the open-source backend as deployed
(`/api/v1`, email sign-in only, FastAPI's errors, no limits). A client test parametrised
over `FLAVOURS` starts one with `start_deployment` and signs in with what it returns:

    deployment = start_deployment(tmp_path, "real")
    with deployment.http() as http:        # signed-in httpx client at the API root
        http.get("/invoices/")

Everything is real HTTP over loopback.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

from arkan_desktop.sandbox.arvalox.real import seed as real_seed
from arkan_desktop.sandbox.arvalox.store import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD
from arkan_desktop.sandbox.config import ARVALOX_FLAVOURS, SandboxConfig
from arkan_desktop.sandbox.server import SandboxServer

FLAVOURS = ARVALOX_FLAVOURS


@dataclass(frozen=True)
class Deployment:
    """A running Arvalox sandbox and what a user of it is given to sign in."""

    server: SandboxServer
    flavour: str
    email: str
    password: str
    # Only the published flavour has API keys; the real backend has none.
    api_key: str | None

    @property
    def api_url(self) -> str:
        """The API root a user types: `…/v1` (published) or `…/api/v1` (real)."""
        return self.server.api_url

    def sign_in(self, http: httpx.Client) -> str:
        """An access token for the demo user, by email and password."""
        answer = http.post(
            f"{self.api_url}/auth/login", json={"email": self.email, "password": self.password}
        )
        answer.raise_for_status()
        return str(answer.json()["access_token"])

    def http(self) -> httpx.Client:
        """An HTTP client at the API root, signed in with a bearer token (close it)."""
        with httpx.Client(timeout=30) as once:
            token = self.sign_in(once)
        return httpx.Client(
            base_url=self.api_url, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )

    def stop(self) -> None:
        self.server.stop()


def start_deployment(data_dir: Path, flavour: str, **options: object) -> Deployment:
    """Start an Arvalox sandbox of a flavour on a free loopback port (no rate limits unless
    a `plan` is given; demo data unless `seed="empty"`)."""
    options.setdefault("plan", "unlimited")
    config = SandboxConfig(
        data_dir=data_dir,
        port=0,
        flavor="arvalox",
        arvalox_flavour=flavour,
        **options,  # type: ignore[arg-type]
    )
    server = SandboxServer(config).start()
    if flavour == "real":
        return Deployment(server, flavour, real_seed.DEMO_EMAIL, real_seed.DEMO_PASSWORD, None)
    return Deployment(server, flavour, DEMO_EMAIL, DEMO_PASSWORD, DEMO_API_KEY)


def banner_of(data_dir: Path, *options: str) -> str:
    """What `arkan-sandbox <options>` prints up to "press Ctrl+C" (a real child process on
    a free port), then stop it."""
    command = [sys.executable, "-m", "arkan_desktop.sandbox", "--port", "0"]
    command += ["--data", str(data_dir), *options]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    lines: list[str] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if "Ctrl+C" in line:
                break
    finally:
        process.terminate()
        process.wait(timeout=15)
        if process.stdout is not None:
            process.stdout.close()
    return "".join(lines)
