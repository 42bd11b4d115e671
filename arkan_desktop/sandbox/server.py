"""Run a sandbox in a background thread: for tests, benchmarks and the CLI.

    with SandboxServer(SandboxConfig(data_dir=tmp, port=0)) as sandbox:
        httpx.get(sandbox.api_url + "/companies")

`stop()` then `start()` again keeps the data directory and (when it can) the port, so a
test can take the server away and bring it back.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import socket
import threading
import time
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from arkan_desktop.sandbox.app import create_app
from arkan_desktop.sandbox.config import SandboxConfig


def beyond_loopback(host: str) -> bool:
    """Whether listening on `host` lets other machines connect (any of its addresses)."""
    if host.strip("[]").lower() == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except OSError:
        return True  # a name we cannot resolve here: say so rather than stay silent
    return not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses)


class SandboxServer:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.app: FastAPI | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = config.port

    @property
    def url(self) -> str:
        host = f"[{self.config.host}]" if ":" in self.config.host else self.config.host
        scheme = "https" if self.config.tls_certfile else "http"
        return f"{scheme}://{host}:{self.port}"

    @property
    def api_url(self) -> str:
        """The API root: `/api/v1` for Arkan and the real Arvalox deployment, `/v1` for the
        published Arvalox reference."""
        published = self.config.flavor == "arvalox" and self.config.arvalox_flavour == "published"
        return f"{self.url}/v1" if published else f"{self.url}/api/v1"

    @property
    def ws_url(self) -> str:
        return self.url.replace("http", "ws", 1) + "/ws"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 120.0) -> SandboxServer:
        if self.running:
            return self
        config = dataclasses.replace(self.config, port=self.port)
        self.app = create_app(config)
        # proto must say TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto
        # is IPPROTO_TCP, and without it every keep-alive response waits ~40 ms on Nagle.
        family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((config.host, config.port))
        self.port = sock.getsockname()[1]
        uv_config = uvicorn.Config(
            self.app,
            log_level="warning",
            lifespan="on",
            ws_ping_interval=config.heartbeat_seconds,
            ws_ping_timeout=config.heartbeat_seconds,
            timeout_graceful_shutdown=2,
            # X-Forwarded-For is believed only from proxies we were told to trust (uvicorn
            # believes 127.0.0.1 by default, which let one client pose as many).
            proxy_headers=bool(config.trusted_proxies),
            forwarded_allow_ips=list(config.trusted_proxies),
            ssl_certfile=str(config.tls_certfile) if config.tls_certfile else None,
            ssl_keyfile=str(config.tls_keyfile) if config.tls_keyfile else None,
        )
        server = uvicorn.Server(uv_config)
        self._server = server
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="arkan-sandbox", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                raise TimeoutError("the sandbox server did not start in time")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=15)
        self._server = None
        self._thread = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
