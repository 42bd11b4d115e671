"""Builds the sandbox's ASGI application: routers, error shape, limits, chaos, events."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from arkan_desktop.sandbox import auth, companies, events, notifications_api, projects
from arkan_desktop.sandbox.accounting.routes import router as accounting_router
from arkan_desktop.sandbox.chaos import ChaosMiddleware, drop_sockets_periodically
from arkan_desktop.sandbox.config import SandboxConfig
from arkan_desktop.sandbox.crm import router as crm_router
from arkan_desktop.sandbox.errors import error_body, install_error_handlers
from arkan_desktop.sandbox.inventory.routes import router as inventory_router
from arkan_desktop.sandbox.missing_routes import MissingRoutes
from arkan_desktop.sandbox.notifications import watch_overdue
from arkan_desktop.sandbox.notifications_api import RefusedWrites
from arkan_desktop.sandbox.ratelimit import (
    ASGIApp,
    Message,
    RateLimiter,
    RateLimitMiddleware,
    Receive,
    Scope,
    Send,
    answer,
)
from arkan_desktop.sandbox.sales.routes import router as sales_router
from arkan_desktop.sandbox.seed import ensure_seeded
from arkan_desktop.sandbox.sign_in_throttle import add_network_limits
from arkan_desktop.sandbox.state import SandboxState, load_signing_key
from arkan_desktop.sandbox.storage import open_database

log = logging.getLogger("arkan_desktop.sandbox")
API_PREFIX = "/api/v1"


class CatchAllErrors:
    """A bug in a handler still answers in the published error shape (and with limit headers)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if started:
                raise
            log.exception("unhandled error in %s %s", scope.get("method"), scope.get("path"))
            await answer(send, 500, error_body(500, "Internal server error"))


def create_app(config: SandboxConfig) -> FastAPI:
    """Open (and seed, the first time) the data directory and build the application."""
    if config.flavor == "arvalox":
        from arkan_desktop.sandbox.arvalox.app import create_arvalox_app

        return create_arvalox_app(config)
    engine = open_database(config.database_path)
    ensure_seeded(engine, config)
    state = SandboxState(config, engine, load_signing_key(config.data_dir))

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state.hub.bind(asyncio.get_running_loop())
        overdue = asyncio.create_task(watch_overdue(state))
        dropper = None
        if config.chaos.ws_drop_seconds > 0:
            dropper = asyncio.create_task(
                drop_sockets_periodically(state.hub, config.chaos.ws_drop_seconds)
            )
        try:
            yield
        finally:
            overdue.cancel()
            if dropper:
                dropper.cancel()
            await state.hub.drop_all()
            engine.dispose()

    app = FastAPI(
        title="Arkan ERP API (sandbox)",
        version="1.0",
        description=(
            "A local server speaking the published Arkan ERP API, with demo data. "
            "Endpoints tagged `assumed` are not in the published reference; real servers "
            "may answer them with 404."
        ),
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.sandbox = state
    install_error_handlers(app)
    for router in (
        auth.router,
        companies.router,
        accounting_router,
        inventory_router,
        crm_router,
        sales_router,
        projects.router,
        notifications_api.router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(events.router)

    # Outermost last: limits see every request, chaos sits inside them, the catch-all
    # innermost so that even a bug answers in the error shape with limit headers. The body
    # limit sits outside the sign-in throttle, which reads the sign-in body itself.
    limiter = RateLimiter(lambda: state.plan)
    app.state.limiter = limiter
    app.add_middleware(CatchAllErrors)
    app.add_middleware(RefusedWrites, prefix=API_PREFIX, state=state)
    if config.without:
        app.add_middleware(
            MissingRoutes, prefix=API_PREFIX, routes=config.without, status=config.without_status
        )
    app.add_middleware(ChaosMiddleware, chaos=config.chaos)
    add_network_limits(app, config, f"{API_PREFIX}/auth/login", error_body)
    app.add_middleware(RateLimitMiddleware, limiter=limiter, signing_key=state.signing_key)
    return app
