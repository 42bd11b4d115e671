"""Builds the real Arvalox flavour: one FastAPI app with the API under `/api/v1`
(backend/app/main.py and api/v1/api.py), `/` and `/health` beside it, and nothing under
`/v1`. FastAPI's default errors stay as they are (`{"detail": ...}`, 422 lists, 307 to the
trailing slash); an unhandled error is the bare `Internal Server Error` text Starlette
answers. No rate limiting (only the sandbox's own body limit and failed-sign-in
throttle, as in every flavour), no idempotency, no events socket.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI

from arkan_desktop.sandbox.arvalox.app import CatchAllErrors
from arkan_desktop.sandbox.arvalox.real import accounts, reports, routes
from arkan_desktop.sandbox.arvalox.real.security import ACCESS_MINUTES, Keys
from arkan_desktop.sandbox.arvalox.real.seed import DEMO_EMAIL, DEMO_PASSWORD, seed
from arkan_desktop.sandbox.arvalox.real.store import RealStore, ServerFault
from arkan_desktop.sandbox.chaos import ChaosMiddleware
from arkan_desktop.sandbox.config import SandboxConfig
from arkan_desktop.sandbox.sign_in_throttle import add_network_limits
from arkan_desktop.sandbox.state import load_signing_key

API_PREFIX = "/api/v1"


def store_path(data_dir: Path) -> Path:
    return data_dir / "arvalox-real.json"


def create_real_app(config: SandboxConfig) -> FastAPI:
    """Open (and seed, the first time) the data directory and build the application."""
    store = RealStore(store_path(config.data_dir))
    if not store.seeded:
        seed(store, config.scale, demo=config.seed == "demo")
    app = FastAPI(
        title="Arvalox API",
        description="SaaS Accounts Receivable Management Platform (sandbox of a real deployment)",
        version="1.0.0",
    )
    app.state.store = store
    # The real server's access tokens live 30 minutes; --access-ttl may only shorten that.
    app.state.keys = Keys(
        load_signing_key(config.data_dir),
        min(config.access_ttl, ACCESS_MINUTES * 60),
        config.refresh_ttl,
    )
    app.state.dashboard_500 = config.chaos.dashboard_500
    for router in (accounts.router, routes.router, reports.router):
        app.include_router(router, prefix=API_PREFIX)

    @app.get("/")
    def root() -> dict[str, str]:
        return {"message": "Arvalox API", "version": "1.0.0"}

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "healthy"}

    # Starlette's own answer to an unhandled error: bare text, not JSON.
    app.add_middleware(
        CatchAllErrors,
        body=b"Internal Server Error",
        content_type=b"text/plain; charset=utf-8",
        expected=ServerFault,
    )
    app.add_middleware(ChaosMiddleware, chaos=config.chaos)
    add_network_limits(app, config, f"{API_PREFIX}/auth/login", _detail)
    return app


def _detail(_status: int, message: str) -> bytes:
    """FastAPI's own error shape, for the sandbox's body limit and sign-in throttle."""
    return json.dumps({"detail": message}).encode()


def banner(api_url: str, config: SandboxConfig) -> list[str]:
    """What `arkan-sandbox` prints for this flavour once it serves."""
    lines = [
        f"arkan-sandbox: serving the Arvalox API (the real deployment) at {api_url}  "
        "(no rate limits, no API keys)",
        f"arkan-sandbox: OpenAPI at {api_url.removesuffix(API_PREFIX)}/openapi.json",
    ]
    lines.append(f"arkan-sandbox: demo sign-in: {DEMO_EMAIL} / password '{DEMO_PASSWORD}'")
    if config.chaos.dashboard_500:
        lines.append("arkan-sandbox: the dashboard answers 500, as the real server does")
    return lines
