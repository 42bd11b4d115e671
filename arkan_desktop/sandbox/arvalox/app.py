"""Builds the Arvalox sandbox: its own FastAPI app mounted at `/v1`, as the reference's base URL."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from fastapi import FastAPI

from arkan_desktop.sandbox.arvalox import auth, routes
from arkan_desktop.sandbox.arvalox.errors import error_body, install_error_handlers
from arkan_desktop.sandbox.arvalox.limits import (
    DEFAULT_WINDOWS,
    WindowLimiter,
    WindowLimitMiddleware,
)
from arkan_desktop.sandbox.arvalox.seed import seed
from arkan_desktop.sandbox.arvalox.store import (
    DEMO_API_KEY,
    DEMO_EMAIL,
    DEMO_PASSWORD,
    ArvaloxStore,
)
from arkan_desktop.sandbox.chaos import ChaosMiddleware
from arkan_desktop.sandbox.config import SandboxConfig
from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send
from arkan_desktop.sandbox.sign_in_throttle import add_network_limits

log = logging.getLogger("arkan_desktop.sandbox.arvalox")
BASE_PATH = "/v1"


def store_path(data_dir: Path) -> Path:
    return data_dir / "arvalox.json"


_PUBLISHED_500 = json.dumps(
    {"detail": "Internal server error", "error_code": "INTERNAL_ERROR"}
).encode()


class CatchAllErrors:
    """A bug in a handler still answers 500 in the flavour's error shape (by default the
    published one). `expected` errors are ones the server answers 500 on purpose: they are
    logged without a traceback."""

    def __init__(
        self,
        app: ASGIApp,
        body: bytes = _PUBLISHED_500,
        content_type: bytes = b"application/json",
        expected: type[Exception] | None = None,
    ) -> None:
        self.app = app
        self.body = body
        self.content_type = content_type
        self.expected = expected

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started or scope["type"] != "http":
                raise
            where = f"{scope.get('method')} {scope.get('path')}"
            if self.expected is not None and isinstance(exc, self.expected):
                log.warning("500 on purpose in %s: %s", where, exc)
            else:
                log.exception("unhandled error in %s", where)
            await send(
                {
                    "type": "http.response.start",
                    "status": 500,
                    "headers": [(b"content-type", self.content_type)],
                }
            )
            await send({"type": "http.response.body", "body": self.body})


def create_arvalox_app(config: SandboxConfig) -> FastAPI:
    """Open (and seed, the first time) the data directory and build the application."""
    if config.arvalox_flavour == "real":
        from arkan_desktop.sandbox.arvalox.real.app import create_real_app

        return create_real_app(config)
    store = ArvaloxStore(store_path(config.data_dir), config.access_ttl, config.refresh_ttl)
    if not store.seeded:
        if config.seed == "demo":
            seed(store, config.scale)
        else:
            with store.writing():
                store.add_api_key(DEMO_API_KEY, "Demo key")
                store.add_user(DEMO_EMAIL, DEMO_PASSWORD, "Demo Admin")
    api = FastAPI(
        title="Arvalox API (sandbox)",
        version="1.0",
        description="A local server speaking the published Arvalox API, with demo data.",
        docs_url="/docs",
        redoc_url=None,
    )
    api.state.arvalox_store = store
    install_error_handlers(api)
    api.include_router(auth.router)
    api.include_router(routes.router)
    windows = () if config.plan == "unlimited" else (config.rate_windows or DEFAULT_WINDOWS)
    limiter = WindowLimiter(windows)
    api.state.limiter = limiter
    api.add_middleware(CatchAllErrors)
    api.add_middleware(ChaosMiddleware, chaos=config.chaos)
    add_network_limits(api, config, "/auth/login", error_body)
    api.add_middleware(WindowLimitMiddleware, limiter=limiter, store=store)

    root = FastAPI(title="Arvalox sandbox", docs_url=None, redoc_url=None, openapi_url=None)
    root.state.arvalox = api
    root.mount(BASE_PATH, api)
    return root
