"""The request body limit: 413 as soon as a body passes the cap, never after buffering it.

A declared `Content-Length` over the cap is refused before a byte of the body is read; a
chunked body is counted as it streams in and refused the moment it passes the cap. The
server reads and drops (never keeps) the rest of a refused body, so a client that goes on
sending still reads the answer. Both flavours use this, each with its own error shape.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException

from arkan_desktop.sandbox.ratelimit import ASGIApp, Message, Receive, Scope, Send, answer

# (status, message) -> the error body in the flavour's published shape
ErrorBody = Callable[[int, str], bytes]


def too_large_message(limit: int) -> str:
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
    return f"The request body is larger than the {size} this server accepts"


class BodyTooLarge(HTTPException):
    """Raised from `receive` when a body passes its cap.

    An HTTPException, so that inside the application it is answered by the flavour's own
    handler in its error shape; outside it, `BodyLimitMiddleware` answers it.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_message(limit))


def declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None  # the HTTP parser refuses it before it gets here
    return None


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int, error_body: ErrorBody) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.error_body = error_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await answer(send, 413, self.error_body(413, too_large_message(self.max_bytes)))
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await answer(send, 413, self.error_body(413, str(exc.detail)))
