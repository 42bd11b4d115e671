"""`arkan-sandbox`: serve a local Arkan-compatible server with demo data."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sqlite3
import sys
import threading
from pathlib import Path

from arkan_desktop.sandbox.config import (
    ARVALOX_FLAVOURS,
    PLANS,
    ConfigError,
    SandboxConfig,
    parse_chaos,
)
from arkan_desktop.sandbox.seed import DEMO_PASSWORD, DEMO_USERS


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="arkan-sandbox",
        description="A local server that speaks the Arkan ERP API, with realistic demo data.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback only)")
    p.add_argument("--port", type=int, default=8765, help="port (0 = any free port)")
    p.add_argument(
        "--data",
        type=Path,
        default=Path("sandbox-data"),
        help="directory for the SQLite file and signing key; kept across restarts",
    )
    p.add_argument(
        "--seed", choices=("demo", "empty"), default="demo", help="data for a new directory"
    )
    p.add_argument("--plan", choices=tuple(PLANS), default="enterprise", help="rate-limit plan")
    p.add_argument(
        "--access-ttl", type=int, default=3600, metavar="SECONDS", help="access token lifetime"
    )
    p.add_argument("--scale", type=int, default=1, metavar="N", help="multiply demo volumes by N")
    p.add_argument(
        "--kind",
        "--flavor",
        dest="flavor",
        default="arkan",
        help="which server to be: arkan (the ERP API, /api/v1) or arvalox (receivables)",
    )
    p.add_argument(
        "--flavour",
        choices=ARVALOX_FLAVOURS,
        default="published",
        help="with --kind arvalox: the published reference (/v1) or the open-source backend "
        "as really deployed (/api/v1, email sign-in only)",
    )
    p.add_argument(
        "--chaos",
        metavar="SPEC",
        help="inject faults, e.g. latency=20-200ms,error=0.05,lost=0.02,ws-drop=30s,seed=7",
    )
    p.add_argument("--tls-cert", type=Path, metavar="PEM", help="serve HTTPS with this certificate")
    p.add_argument("--tls-key", type=Path, metavar="PEM", help="the certificate's private key")
    p.add_argument(
        "--progress",
        action="store_true",
        help="while seeding a new data directory, print 'arkan-sandbox: progress N/M' lines",
    )
    p.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="ADDR",
        help=(
            "a reverse proxy (address or network) whose X-Forwarded-For is believed; "
            "repeat for several (default: none, the socket's peer is the client)"
        ),
    )
    return p


PROGRESS = "arkan-sandbox: progress"


def _needs_seeding(config: SandboxConfig) -> bool:
    """Whether this start seeds the data directory (a new one, or one whose seeding was cut)."""
    from arkan_desktop.sandbox.storage import meta_table

    path = config.database_path
    if not path.exists():
        return True
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            row = db.execute(f"SELECT 1 FROM {meta_table.name} WHERE key = 'seeded'").fetchone()
    except sqlite3.Error:
        return True
    return row is None


class _SeedingProgress(logging.Handler):
    """`--progress`: "progress 0/3 companies" when seeding starts, then a line per company
    seeded (the seeder logs each one), so the app can say how far the first start is."""

    def __init__(self, total: int) -> None:
        super().__init__(logging.INFO)
        self.total = total
        self.done = 0

    def start(self) -> None:
        print(f"{PROGRESS} 0/{self.total} companies", flush=True)

    def emit(self, record: logging.LogRecord) -> None:
        if str(record.msg).startswith("seeded "):
            self.done += 1
            print(f"{PROGRESS} {self.done}/{self.total} companies", flush=True)


def _report_seeding(config: SandboxConfig) -> None:
    if config.seed != "demo" or config.flavor != "arkan" or not _needs_seeding(config):
        return
    from arkan_desktop.sandbox.demo_catalog import COMPANIES

    handler = _SeedingProgress(len(COMPANIES))
    logging.getLogger("arkan_desktop.sandbox.seed").addHandler(handler)
    handler.start()


_EXPOSED = (
    "arkan-sandbox: WARNING: listening on {host}, beyond this machine: anyone on the network "
    "can reach it and sign in to the demo accounts, whose passwords everyone knows. "
    "Use --host 127.0.0.1 unless this is a training room."
)


def _print_arvalox(api_url: str, config: SandboxConfig, exposed: bool) -> None:
    from arkan_desktop.sandbox.arvalox.store import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD

    if config.arvalox_flavour == "real":
        from arkan_desktop.sandbox.arvalox.real import seed as real
        from arkan_desktop.sandbox.arvalox.real.app import banner

        lines = banner(api_url, config)
        if exposed:
            lines = [line for line in lines if f"'{real.DEMO_PASSWORD}'" not in line]
            lines.append(f"arkan-sandbox: demo sign-in: {real.DEMO_EMAIL} (the demo password)")
        print(*lines, sep="\n")
        return
    limits = "no rate limits" if config.plan == "unlimited" else "50/min, 1,000/h, 10,000/day"
    print(f"arkan-sandbox: serving the Arvalox API at {api_url}  ({limits})")
    print(f"arkan-sandbox: OpenAPI at {api_url}/openapi.json")
    if exposed:  # the banner may be on a projector: the key and password stay in the README
        print(f"arkan-sandbox: demo sign-in: {DEMO_EMAIL} (the demo API key and password)")
        return
    print(f"arkan-sandbox: demo API key: {DEMO_API_KEY}  (header x-arvalox-api-key)")
    print(f"arkan-sandbox: demo sign-in: {DEMO_EMAIL} / password '{DEMO_PASSWORD}'")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = SandboxConfig(
            data_dir=args.data.expanduser().resolve(),
            host=args.host,
            port=args.port,
            seed=args.seed,
            plan=args.plan,
            access_ttl=args.access_ttl,
            scale=args.scale,
            chaos=parse_chaos(args.chaos),
            flavor=args.flavor,
            arvalox_flavour=args.flavour,
            tls_certfile=args.tls_cert,
            tls_keyfile=args.tls_key,
            trusted_proxies=tuple(args.trusted_proxy),
        )
    except ConfigError as exc:
        print(f"arkan-sandbox: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from arkan_desktop.sandbox.server import SandboxServer, beyond_loopback

    print(
        f"arkan-sandbox: preparing {config.data_dir} "
        f"(seed={config.seed}, scale={config.scale}) ...",
        flush=True,
    )
    if args.progress:
        _report_seeding(config)
    server = SandboxServer(config)
    try:
        server.start(timeout=3600)
    except OSError as exc:
        print(
            f"arkan-sandbox: cannot listen on {config.host}:{config.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return 1
    exposed = beyond_loopback(config.host)
    if exposed:
        print(_EXPOSED.format(host=config.host), file=sys.stderr, flush=True)
    if config.flavor == "arvalox":
        _print_arvalox(server.api_url, config, exposed)
    else:
        print(f"arkan-sandbox: serving {server.api_url}  (events: {server.ws_url})")
        print(f"arkan-sandbox: OpenAPI at {server.api_url}/openapi.json; plan {config.plan}")
    if config.seed == "demo" and config.flavor == "arkan":
        password = "the demo password" if exposed else f"password '{DEMO_PASSWORD}'"
        print(f"arkan-sandbox: demo sign-ins ({password}):")
        for email, name, role in DEMO_USERS:
            print(f"    {email:<26} {name} ({role})")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("arkan-sandbox: press Ctrl+C to stop", flush=True)

    try:
        while server.running and not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    server.stop()
    return 0
