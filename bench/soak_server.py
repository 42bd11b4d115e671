"""The soak's sandbox: `arkan-sandbox` in a child process that also reports its fault counters.

    python -m bench.soak_server --data DIR --port N --plan enterprise [--chaos SPEC]

Serves exactly what `arkan-sandbox` serves (same app, same data directory), and prints one
JSON line a second with what the server did to its clients: answers replaced by injected
500s, write responses cut off after the commit, event sockets dropped, requests answered
429 by the rate limiter. The soak kills this process with SIGKILL at random moments, so
the last line printed is the count up to (at most) a second before the kill.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import signal
import threading
from pathlib import Path
from typing import Any

from arkan_desktop.sandbox import server as server_module
from arkan_desktop.sandbox.chaos import ChaosMiddleware
from arkan_desktop.sandbox.config import SandboxConfig, parse_chaos
from arkan_desktop.sandbox.ratelimit import ASGIApp, Receive, Scope, Send
from arkan_desktop.sandbox.server import SandboxServer

ROUTES: dict[str, int] = {}  # "route GET /accounting/invoices" -> requests that arrived


class DropCounter(logging.Handler):
    """Counts the sockets the chaos layer drops (it logs each round)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.dropped = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("chaos: dropped") and record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            self.dropped += int(args[0])  # type: ignore[call-overload]


_ID = re.compile(r"/(?=[^/]*\d)[0-9a-zA-Z_-]{8,}")


class RouteCounter:
    """Counts the HTTP requests that reach the app by method and route (ids folded)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = _ID.sub("/:id", scope["path"].removeprefix("/api/v1"))
            key = f"route {scope['method']} {path}"
            ROUTES[key] = ROUTES.get(key, 0) + 1
        await self.app(scope, receive, send)


def counters(server: SandboxServer, drops: DropCounter) -> dict[str, int]:
    app: Any = server.app
    layer: Any = getattr(app, "middleware_stack", None)
    while layer is not None and not isinstance(layer, ChaosMiddleware):
        layer = getattr(layer, "app", None)
    limiter = app.state.limiter if app is not None else None
    return {
        "injected_500s": layer.injected_errors if layer else 0,
        "lost_responses": layer.lost_responses if layer else 0,
        "ws_dropped": drops.dropped,
        "rejected_429": limiter.rejected if limiter is not None else 0,
        **ROUTES,
    }


def main() -> None:
    p = argparse.ArgumentParser(prog="bench.soak_server")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--plan", default="enterprise")
    p.add_argument("--chaos", default="")
    p.add_argument("--scale", type=int, default=1)
    args = p.parse_args()
    drops = DropCounter()
    chaos_log = logging.getLogger("arkan_desktop.sandbox.chaos")
    chaos_log.setLevel(logging.INFO)
    chaos_log.addHandler(drops)
    config = SandboxConfig(
        data_dir=args.data.resolve(),
        port=args.port,
        plan=args.plan,
        scale=args.scale,
        chaos=parse_chaos(args.chaos),
    )
    make_app = server_module.create_app

    def counted_app(config: SandboxConfig) -> Any:
        app = make_app(config)
        app.add_middleware(RouteCounter)  # the outermost layer: it sees every request
        return app

    server_module.create_app = counted_app
    server = SandboxServer(config).start(timeout=600)
    print(json.dumps({"ready": server.api_url}), flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    while not stop.wait(1.0) and server.running:
        print(json.dumps(counters(server, drops)), flush=True)
    print(json.dumps(counters(server, drops)), flush=True)
    server.stop()


if __name__ == "__main__":
    main()
