"""Assumed endpoints a real deployment lacks: answered as such a server answers them.

`SandboxConfig.without` names routes as "METHOD /path" below the API prefix, "*" standing
for one path segment (e.g. "PATCH /inventory/vendors/*"). A request to one of them is
answered before any handler runs, 404 in the shape a NestJS server gives an unknown route
(`{"message": "Cannot PATCH …", "error": "Not Found", "statusCode": 404}`), or 405 when
`without_status` says so (a server that routes the path but not the method).
"""

from __future__ import annotations

import json
import re

from arkan_desktop.sandbox.ratelimit import ASGIApp, Receive, Scope, Send, answer

REASONS = {404: "Not Found", 405: "Method Not Allowed"}


def route_pattern(route: str) -> tuple[str, re.Pattern[str]]:
    """(method, path pattern) of a "METHOD /path" entry ("*": one path segment)."""
    method, _space, path = route.strip().partition(" ")
    if not method or not path.startswith("/"):
        raise ValueError(f"a missing route is 'METHOD /path', not {route!r}")
    segments = ("[^/]+" if part == "*" else re.escape(part) for part in path.split("/"))
    return method.upper(), re.compile("/".join(segments) + "/?")


class MissingRoutes:
    def __init__(
        self, app: ASGIApp, prefix: str, routes: tuple[str, ...], status: int = 404
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.routes = [route_pattern(route) for route in routes]
        self.status = status

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path") or "")
        if scope["type"] == "http" and path.startswith(self.prefix):
            method, below = str(scope.get("method") or ""), path[len(self.prefix) :]
            if any(method == m and pattern.fullmatch(below) for m, pattern in self.routes):
                body = {
                    "message": f"Cannot {method} {path}",
                    "error": REASONS.get(self.status, "Not Found"),
                    "statusCode": self.status,
                }
                await answer(send, self.status, json.dumps(body).encode())
                return
        await self.app(scope, receive, send)
