"""A deliberately broken server: a loopback HTTP front for a real sandbox that misbehaves on demand.

Issue 14's faults, one `mode` each, applied to the requests whose path matches `where`
(a regular expression over the path after the API root; every other request is passed
to the sandbox untouched, so sign-in and the rest of a sync work as against a real
server). The mode can be changed while the server runs, which is how a test shows that
the client recovers "once the server behaves".

Modes (see FAULTS): answers too big (as sent, as decompressed, without end), answers too
slow (drip, silence), rate-limit waits without end, hostile text (escape sequences,
binary garbage, echoed secrets), bad records (stamps in year 9999 or 0001, a 5 MB id,
duplicates), endless pagination, a redirect to another host, deeply nested JSON on the
events socket, and endpoints the server does not have (404 "Cannot GET …").

It speaks HTTP/1.1 by hand (asyncio streams, one request per connection) because the
faults live below what a web framework lets one get wrong. It runs on its own event
loop in a thread, so sync tests, async tests and CLI subprocesses can all use it.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import json
import os
import re
import threading
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

# A decompression bomb: about 2.3 MB of gzip that unpacks to a 512 MiB JSON document (a
# list opened, then whitespace, which JSON allows anywhere). Built once, on first use, at
# level 1 (4 s; level 9 packs it to 0.26 MB but takes 9-30 s).
_BOMB_BYTES = 512 << 20
_bomb: bytes | None = None
_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
DEEP_AFTER = "after.deep"  # the eventName of the good event sent after the deep ones


def gzip_bomb() -> bytes:
    global _bomb
    if _bomb is None:
        packer = zlib.compressobj(1, zlib.DEFLATED, 31)  # 31: a gzip container
        chunk = b" " * (1 << 20)
        parts = [packer.compress(b'{"data": [')]
        parts += [packer.compress(chunk) for _ in range(_BOMB_BYTES >> 20)]
        parts.append(packer.compress(b'], "meta": {"hasMore": false}}'))
        parts.append(packer.flush())
        _bomb = b"".join(parts)
    return _bomb


FAULTS = (
    "none",
    "gzip-bomb",  # ~2.3 MB of gzip -> 512 MiB
    "huge-body",  # a 200 MB answer, sent as fast as the client reads
    "endless-chunked",  # a chunked answer that never ends
    "drip",  # headers, then one byte every `drip_seconds`
    "silent",  # the request is read and never answered
    "retry-after",  # 429 with Retry-After: 86400, every time
    "rate-limit-one",  # the real answer, with X-RateLimit-Limit: 1, Remaining: 0
    "escape-text",  # an error whose message carries terminal escape sequences
    "binary-500",  # a 500 whose body is binary garbage
    "echo-secrets",  # an error that echoes keys, passwords and tokens back
    "future-stamp",  # one record of a list stamped 9999-12-31
    "ancient-stamp",  # one record of a list stamped 0001-01-01T00:00:00
    "huge-id",  # one record of a list with a 5 MB id
    "duplicates",  # every record of a list page sent three times
    "endless-cursors",  # every list page says hasMore with a new cursor, forever
    "redirect",  # 302 to another host
    "deep-json-ws",  # the events socket sends JSON nested 100,000 deep
    "patch-405",  # a PATCH answered 405, as by a server without that endpoint (others pass)
    "patch-404",  # a PATCH answered FastAPI's bare 404 (others pass)
    "not-found",  # 404 as a server without the route answers it ("Cannot GET /path")
)
PATCH_MODES = {"patch-405": 405, "patch-404": 404}

ESCAPES = (
    "\x1b]0;pwned\x07"  # set the terminal's title
    "\x1b[2J\x1b[H"  # clear the screen
    "\x1b[31mred\x1b[0m"  # colour
    "\x07\x08\x0d"
)
ECHOED_SECRETS = (
    "apiKey: ak_live_SECRET1",
    "x-arvalox-api-key: ak_live_SECRET2",
    "password: hunter2SECRET3",
    "Authorization: Token SECRET4tok",
    "API_KEY=SECRET5",
    '"refresh_token": "SECRET6"',
)


@dataclass
class Request:
    method: str
    target: str  # path and query, as sent
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class BrokenServer:
    """A broken front for `upstream_url` (a sandbox's root, e.g. http://127.0.0.1:PORT)."""

    upstream_url: str
    mode: str = "none"
    # Which requests the fault applies to: a regex searched in the path (after /api/v1).
    where: str = r"^/accounting/invoices$"
    drip_seconds: float = 10.0
    retry_after: str = "86400"  # what the retry-after mode asks the client to wait
    port: int = 0
    requests: list[str] = field(default_factory=list)  # "GET /path" of every request
    faulted: int = 0  # requests answered with the fault
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _server: asyncio.Server | None = None
    _ready: threading.Event = field(default_factory=threading.Event)
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    # --- life ------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v1"

    def start(self) -> BrokenServer:
        self._thread = threading.Thread(target=self._run, name="broken-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(30):
            raise RuntimeError("the broken server did not start")
        return self

    def stop(self) -> None:
        """Stop serving (again: nothing; a test may stop it early to play a gone server)."""
        loop, self._loop = self._loop, None
        if loop is not None and self._thread is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._shutdown)
            self._thread.join(15)

    def __enter__(self) -> BrokenServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def set(self, mode: str, where: str | None = None) -> None:
        """Change the fault (takes effect for the next request)."""
        if mode not in FAULTS:
            raise ValueError(f"unknown fault {mode!r}; one of {FAULTS}")
        self.mode = mode
        if where is not None:
            self.where = where

    def _run(self) -> None:
        self._loop = loop = asyncio.new_event_loop()
        self._stopping = asyncio.Event()

        async def serve() -> None:
            self._http = httpx.AsyncClient(base_url=self.upstream_url, timeout=60)
            self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
            self.port = self._server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stopping.wait()
            self._server.close()
            for writer in list(self._writers):
                writer.transport.abort()
            await self._http.aclose()

        try:
            loop.run_until_complete(serve())
            loop.run_until_complete(_cancel_the_rest())
        finally:
            loop.close()

    def _shutdown(self) -> None:
        self._stopping.set()

    # --- one connection --------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            request = await _read_request(reader)
            if request is None:
                return
            self.requests.append(f"{request.method} {request.path}")
            api_path = request.path.removeprefix("/api/v1")
            faulty = self.mode != "none" and re.search(self.where, api_path) is not None
            if self.mode in PATCH_MODES and request.method != "PATCH":
                faulty = False
            if request.path == "/ws" or request.path.startswith("/ws"):
                if faulty or (self.mode == "deep-json-ws" and "ws" in self.where):
                    self.faulted += 1
                    await _deep_json_socket(request, writer)
                else:
                    await self._pipe_socket(request, reader, writer)
                return
            if faulty:
                self.faulted += 1
                await self._fault(request, writer)
            else:
                status, headers, body = await self._forward(request)
                await _respond(writer, status, headers, body)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client hung up: often the point of the fault
        finally:
            self._writers.discard(writer)
            writer.transport.abort()

    async def _forward(self, request: Request) -> tuple[int, dict[str, str], bytes]:
        headers = {
            k: v
            for k, v in request.headers.items()
            if k not in ("host", "content-length", "connection", "accept-encoding")
        }
        answer = await self._http.request(
            request.method, request.target, headers=headers, content=request.body or None
        )
        kept = {
            k: v
            for k, v in answer.headers.items()
            if k not in ("content-length", "content-encoding", "transfer-encoding", "connection")
        }
        return answer.status_code, kept, answer.content

    async def _pipe_socket(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """A WebSocket (or any upgrade) passed through to the sandbox byte for byte."""
        host, port = self.upstream_url.removeprefix("http://").rsplit(":", 1)
        up_reader, up_writer = await asyncio.open_connection(host, int(port))
        head = f"{request.method} {request.target} HTTP/1.1\r\n" + "".join(
            f"{k}: {v}\r\n" for k, v in request.headers.items()
        )
        up_writer.write(head.encode("latin-1") + b"\r\n" + request.body)

        async def pump(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            finally:
                sink.transport.abort()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))

    # --- the faults ------------------------------------------------------------------------

    async def _fault(self, request: Request, writer: asyncio.StreamWriter) -> None:
        json_type = {"content-type": "application/json"}
        mode = self.mode
        if mode == "gzip-bomb":
            await _respond(writer, 200, {**json_type, "content-encoding": "gzip"}, gzip_bomb())
        elif mode == "huge-body":
            size = 200 << 20
            head = b'{"data": [], "meta": {"hasMore": false}, "pad": "'
            await _head(writer, 200, {**json_type, "content-length": str(size)})
            writer.write(head)
            block = b"x" * (1 << 20)
            sent = len(head)
            while sent < size - 2:
                part = block[: size - 2 - sent]
                writer.write(part)
                await writer.drain()
                sent += len(part)
            writer.write(b'"}')
            await writer.drain()
        elif mode == "endless-chunked":
            await _head(writer, 200, {**json_type, "transfer-encoding": "chunked"})
            writer.write(b'a\r\n{"data": [\r\n')
            block = b" " * 65536
            while True:
                writer.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")
                await writer.drain()
        elif mode == "drip":
            await _head(writer, 200, {**json_type, "content-length": "1000"})
            while True:
                writer.write(b" ")
                await writer.drain()
                await asyncio.sleep(self.drip_seconds)
        elif mode == "silent":
            await asyncio.Event().wait()  # until the client gives up and hangs up
        elif mode == "retry-after":
            headers = {
                **json_type,
                "retry-after": self.retry_after,
                "x-ratelimit-limit": "600",
                "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": self.retry_after,
            }
            await _respond(writer, 429, headers, _error(429, "Too many requests"))
        elif mode == "escape-text":
            message = f"Invoice refused {ESCAPES} " + "long " * 400
            body = _error(400, message, [{"field": "lines" + ESCAPES, "message": ESCAPES}])
            await _respond(writer, 400, json_type, body)
        elif mode == "binary-500":
            garbage = os.urandom(584) + b"\x1b[2J\x00\xff"
            await _respond(writer, 500, {"content-type": "text/plain"}, garbage)
        elif mode == "echo-secrets":
            echoed = [f"{k}: {v}" for k, v in request.headers.items()]
            message = "Bad request; you sent " + "; ".join([*echoed, *ECHOED_SECRETS])
            await _respond(writer, 400, json_type, _error(400, message))
        elif mode in PATCH_MODES:
            status = PATCH_MODES[mode]
            detail = "Method Not Allowed" if status == 405 else "Not Found"
            await _respond(writer, status, json_type, json.dumps({"detail": detail}).encode())
        elif mode == "not-found":
            body = {
                "statusCode": 404,
                "message": f"Cannot {request.method} {request.path}",
                "error": "Not Found",
            }
            await _respond(writer, 404, json_type, json.dumps(body).encode())
        elif mode == "redirect":
            headers = {"location": "http://127.0.0.2:9/api/v1" + request.path, **json_type}
            await _respond(writer, 302, headers, b"{}")
        else:
            await self._rewritten(request, writer, mode)

    async def _rewritten(self, request: Request, writer: asyncio.StreamWriter, mode: str) -> None:
        """The sandbox's real answer to a list, with its records spoiled one way or another."""
        if mode == "endless-cursors":
            # The cursors are made up here: the sandbox is asked for its first page again.
            parts = httpx.URL(request.target)
            kept = [(k, v) for k, v in parts.params.multi_items() if k != "cursor"]
            target = str(parts.copy_with(params=kept))
            request = Request(request.method, target, request.headers, request.body)
        status, headers, raw = await self._forward(request)
        if status != 200:
            await _respond(writer, status, headers, raw)
            return
        body: Any = json.loads(raw)
        records: list[dict[str, Any]] = body.get("data") if isinstance(body, dict) else None
        if not isinstance(records, list):
            await _respond(writer, status, headers, raw)
            return
        spoil: dict[str, Callable[[list[dict[str, Any]]], None]] = {
            "future-stamp": lambda r: r[0].update(updatedAt="9999-12-31T23:59:59.999Z"),
            "ancient-stamp": lambda r: r[0].update(updatedAt="0001-01-01T00:00:00"),
            "huge-id": lambda r: r[0].update(id="x" * (5 << 20)),
            "duplicates": lambda r: r.extend(r * 2),
            "rate-limit-one": lambda r: None,
        }
        if records and mode in spoil:
            spoil[mode](records)
        if mode == "endless-cursors":
            # Never the same page twice: fresh records, fresh cursor, always more.
            for record in records:
                record["id"] = str(uuid.uuid4())
            body.setdefault("meta", {}).update(hasMore=True, cursor=uuid.uuid4().hex)
        if mode == "rate-limit-one":
            headers = {
                **headers,
                "x-ratelimit-limit": "1",
                "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": "240",
            }
        await _respond(writer, status, headers, json.dumps(body).encode())


async def _cancel_the_rest() -> None:
    """Connections still held (a silent answer, a drip) end with the server."""
    pending = asyncio.all_tasks() - {asyncio.current_task()}
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


def _error(status: int, message: str, errors: list[dict[str, str]] | None = None) -> bytes:
    return json.dumps({"statusCode": status, "message": message, "errors": errors or []}).encode()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            key, value = line.split(":", 1)
            headers[key.strip().lower()] = value.strip()
    length = int(headers.get("content-length") or 0)
    body = await reader.readexactly(length) if length else b""
    return Request(method, target, headers, body)


async def _head(writer: asyncio.StreamWriter, status: int, headers: dict[str, str]) -> None:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    lines.append("connection: close")
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    await writer.drain()


async def _respond(
    writer: asyncio.StreamWriter, status: int, headers: dict[str, str], body: bytes
) -> None:
    await _head(writer, status, {**headers, "content-length": str(len(body))})
    writer.write(body)
    await writer.drain()


async def _deep_json_socket(request: Request, writer: asyncio.StreamWriter) -> None:
    """Accept the WebSocket, send an event nested 100,000 lists deep three times, then one
    good event (`DEEP_AFTER`)."""
    key = request.headers.get("sec-websocket-key", "")
    accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
    writer.write(
        (
            "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
            f"sec-websocket-accept: {accept}\r\n\r\n"
        ).encode()
    )
    depth = 100_000
    payload = ('{"event": "module.invalidate", "data": ' + "[" * depth + "]" * depth + "}").encode()
    for _ in range(3):
        writer.write(_ws_frame(payload))
        await writer.drain()
        await asyncio.sleep(0.5)
    # Then a good event: a client that kept the connection through the bad ones hears it.
    after = {"event": "module.invalidate", "data": {"moduleKey": "crm", "eventName": DEEP_AFTER}}
    writer.write(_ws_frame(json.dumps(after).encode()))
    await writer.drain()
    await asyncio.Event().wait()


def _ws_frame(payload: bytes) -> bytes:
    """One unmasked text frame (a server's)."""
    size = len(payload)
    if size < 126:
        head = bytes([0x81, size])
    elif size < 1 << 16:
        head = bytes([0x81, 126]) + size.to_bytes(2, "big")
    else:
        head = bytes([0x81, 127]) + size.to_bytes(8, "big")
    return head + payload


def gunzipped_size(data: bytes) -> int:
    """How big `data` is unpacked (for the harness's own test), reading in pieces."""
    total = 0
    with gzip.GzipFile(fileobj=__import__("io").BytesIO(data)) as unpacked:
        while piece := unpacked.read(1 << 22):
            total += len(piece)
    return total
