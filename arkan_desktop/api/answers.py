"""Reading one answer off the wire within limits, and the server's clock from its answers.

`read_body` reads a streamed httpx response piece by piece and stops at
`MAX_ANSWER_BYTES` as received and again as unpacked (gzip), so neither a 100 MB body,
an endless chunked one nor a decompression bomb is ever held whole; `exchange` sends a
request and reads its answer so. `redirected` words a 3xx the client does not follow.
`ServerClock` keeps the offset between the server's `Date` header and the local clock,
so that a record's stamp can be judged by the server's own idea of now. No retries and no
waiting here: the request loop (http.py) does those.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from arkan_desktop.api.errors import ApiError, ApiErrorKind, origin_of
from arkan_desktop.api.limits import MAX_ANSWER_BYTES

# An error answer is read for its message only: the rest is let go.
MAX_ERROR_BYTES = 64 << 10


def _megabytes(size: int) -> str:
    return f"{size / (1 << 20):,.0f} MB"


def too_big(size: int | None = None, *, unpacked: bool = False) -> ApiError:
    limit = _megabytes(MAX_ANSWER_BYTES)
    if unpacked:
        said = f"The server's answer unpacks to more than {limit}"
    elif size is not None:
        said = f"The server's answer is {_megabytes(size)}, more than the {limit} the client reads"
    else:
        said = f"The server's answer is larger than {limit}"
    return ApiError(
        ApiErrorKind.MALFORMED, f"{said}; it was not read (a proxy or the server is misbehaving)"
    )


async def read_body(response: httpx.Response, *, limit: int = MAX_ANSWER_BYTES) -> bytes:
    """The whole (unpacked) body of a streamed answer, refused past `limit` either way."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big(int(declared))
    parts: list[bytes] = []
    size = 0
    async for part in response.aiter_bytes():
        size += len(part)
        if response.num_bytes_downloaded > limit:
            raise too_big()
        if size > limit:
            raise too_big(unpacked=True)
        parts.append(part)
    return b"".join(parts)


async def read_error_body(response: httpx.Response) -> bytes:
    """The first `MAX_ERROR_BYTES` of an error answer (enough for any message)."""
    parts: list[bytes] = []
    size = 0
    async for part in response.aiter_bytes():
        parts.append(part)
        size += len(part)
        if size >= MAX_ERROR_BYTES or response.num_bytes_downloaded >= MAX_ERROR_BYTES:
            break
    return b"".join(parts)[:MAX_ERROR_BYTES]


@dataclass(frozen=True)
class Answer:
    """One answer, read whole within the limits; `failure` when it is one by its nature
    (a redirect the client does not follow)."""

    status: int
    headers: httpx.Headers
    content: bytes
    failure: ApiError | None = None


async def exchange(client: httpx.AsyncClient, request: httpx.Request, api_root_hint: str) -> Answer:
    """Send one request and read its whole answer within the limits. A redirect is not
    followed (a token must not go elsewhere); it comes back as the answer's `failure`."""
    response = await client.send(request, stream=True)
    try:
        status = response.status_code
        if 300 <= status < 400 and status != 304:
            return Answer(status, response.headers, b"", redirected(response, api_root_hint))
        if status >= 400:
            return Answer(status, response.headers, await read_error_body(response))
        return Answer(status, response.headers, await read_body(response))
    finally:
        await response.aclose()


def redirected(response: httpx.Response, api_root_hint: str) -> ApiError:
    """A 3xx: the client follows none (a token must not go elsewhere); say where it led."""
    location = response.headers.get("location", "")
    target = str(response.request.url.join(location)) if location else ""
    there, here = origin_of(target), origin_of(str(response.request.url))
    if target and there != here:
        message = f"The server redirected to another address ({there}); check the server address"
    else:
        path = urlsplit(target).path if target else "another page"
        message = (
            f"The server redirected the request to {path}; check that the server address "
            f"is the API root ({api_root_hint})"
        )
    return ApiError(ApiErrorKind.MALFORMED, message, status=response.status_code)


class ServerClock:
    """The server's idea of now, learnt from the `Date` header of its answers."""

    def __init__(self, wall_clock: Callable[[], float] = time.time) -> None:
        self._wall = wall_clock
        self.offset: float | None = None  # server minus local, in seconds; None: no Date yet

    def observe(self, headers: httpx.Headers) -> None:
        date = headers.get("date")
        if not date:
            return
        try:
            moment = parsedate_to_datetime(date)
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        if moment.tzinfo is None:
            return
        self.offset = moment.timestamp() - self._wall()

    def now(self) -> float:
        """Unix time as the server sees it (the local clock until a `Date` arrived)."""
        return self._wall() + (self.offset or 0.0)
