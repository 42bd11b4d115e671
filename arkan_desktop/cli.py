"""`arkan-desktop`: the window, and headless commands that finance admins can script.

    arkan-desktop [--station] [--demo]          the window, or the warehouse station
    arkan-desktop login --server URL (--email EMAIL [--password-stdin] | --api-key-stdin)
    arkan-desktop logout
    arkan-desktop sync [--server URL --email EMAIL --password-stdin] [--company ID]
                       [--full] [--json]
    arkan-desktop status [--json]
    arkan-desktop outbox [--json] [retry ID | discard ID]

Every failure is one line on stderr and a non-zero exit (1: could not do it, 2: the
command line was wrong); details go to the log file in the data directory, never a
traceback on the terminal. No option drops what it is given: one that takes several
values takes them space-separated and repeated alike (`--sku A B --sku C`), and one that
takes a single value refuses a second, different one instead of keeping the last. A log
file that cannot be written (a full disk, a read-only home) is let go quietly: the
command still runs and says what it could not do. Only
argparse is loaded until a command runs (`cli_commands.py`) or the window opens, so
`--version` and `--help` answer at once.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from arkan_desktop import __version__
from arkan_desktop.api.kinds import API_KEY, DEFAULT_KIND, SERVER_KINDS, kind_for
from arkan_desktop.cli_exit import EXIT_FAILED, EXIT_USAGE
from arkan_desktop.printing.templates import template_names
from arkan_desktop.store.paths import data_home, ensure_home

__all__ = ["COMMANDS", "EXIT_FAILED", "EXIT_USAGE", "build_parser", "main"]

# The log file starts afresh past this size, keeping the previous few (a desktop install
# runs for years: the log must not grow forever).
LOG_MAX_BYTES = 5 * 1024 * 1024
LOG_BACKUPS = 3

# The commands, in the order --help lists them (their code is in cli_commands.py).
COMMANDS = ("login", "logout", "sync", "status", "outbox", "print")


class Once(argparse.Action):
    """A single-valued option given twice with different values is an error, not a
    silent "the last one wins" (`--template a --template b`: which one did they mean?)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        given = f"_given_{self.dest}"
        earlier = getattr(namespace, self.dest, None)
        if getattr(namespace, given, False) and earlier != values:
            raise argparse.ArgumentError(
                self, f"given twice ({earlier} and {values}); give it once"
            )
        setattr(namespace, given, True)
        setattr(namespace, self.dest, values)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arkan-desktop",
        description="Arkan Desktop: the desktop client for Arkan ERP and Arvalox servers.",
    )
    parser.add_argument("--version", action="version", version=f"arkan-desktop {__version__}")
    parser.add_argument(
        "--station",
        action="store_true",
        help="open the full-screen warehouse station (barcode scanner workflows)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a bundled local sandbox with demo data, signed in as the demo admin",
    )
    parser.add_argument(
        "--home",
        action=Once,
        type=Path,
        help="data directory (default: $ARKAN_DESKTOP_HOME or the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    login = commands.add_parser("login", help="sign in and choose a company")
    _account_options(login, required=True)

    commands.add_parser("logout", help="sign out and forget the saved sign-in")

    sync = commands.add_parser("sync", help="send queued writes, then bring the cache up to date")
    _account_options(sync, required=False)
    sync.add_argument("--full", action="store_true", help="reconcile everything (finds deletions)")
    sync.add_argument("--json", action="store_true", help="print a JSON summary")

    status = commands.add_parser("status", help="what the local cache holds (no network)")
    status.add_argument("--json", action="store_true", help="print JSON")

    outbox = commands.add_parser(
        "outbox", help="list queued and rejected writes; retry or discard one"
    )
    outbox.add_argument("--json", action="store_true", help="print JSON")
    outbox.add_argument(
        "action", nargs="?", choices=("retry", "discard"), help="what to do with a row"
    )
    outbox.add_argument("row_id", nargs="?", metavar="ID", help="the outbox row (from the listing)")
    add_print_parser(commands)
    return parser


def _account_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    parser.add_argument(
        "--server",
        action=Once,
        required=required,
        help="API root, e.g. https://erp.example.com/api/v1",
    )
    parser.add_argument("--email", action=Once, help="sign in with an email and password")
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from stdin"
    )
    parser.add_argument(
        "--api-key-stdin",
        action="store_true",
        help="Arvalox: sign in with an API key read from stdin (kept in the keyring)",
    )
    parser.add_argument(
        "--kind",
        action=Once,
        choices=SERVER_KINDS,
        help=(
            f"server kind (default: {DEFAULT_KIND}; {kind_for(API_KEY).name} with --api-key-stdin)"
        ),
    )
    parser.add_argument(
        "--key-in-query",
        action="store_true",
        help="Arvalox: send the API key as a query parameter (a proxy strips the header)",
    )
    parser.add_argument(
        "--company",
        action=Once,
        help="company id or name (default: the last one, else the first)",
    )
    parser.add_argument(
        "--ca-bundle", action=Once, help="PEM file of extra CA certificates (company proxies)"
    )


def add_print_parser(commands: Any) -> None:
    printer = commands.add_parser("print", help="print invoices or labels from the local cache")
    kinds = printer.add_subparsers(dest="print_kind", metavar="WHAT", required=True)

    invoice = kinds.add_parser("invoice", help="a tax invoice or credit note as PDF")
    invoice.add_argument("number", help="invoice number, e.g. INV-2026-00042")
    invoice.add_argument("-o", "--output", action=Once, type=Path, help="write the PDF here")
    invoice.add_argument("--printer", action=Once, help="send to this system printer (CUPS queue)")
    invoice.add_argument(
        "--lang", action=Once, choices=("en", "ar", "both"), help="language of the labels"
    )

    labels = kinds.add_parser("labels", help="product, location or receiving labels")
    what = labels.add_mutually_exclusive_group(required=True)
    # Several values: space-separated, repeated, or both (--sku A B --sku C is A, B and C).
    what.add_argument(
        "--sku",
        action="extend",
        nargs="+",
        metavar="SKU[xN]",
        help="product SKUs, N labels each (repeat the option or list them)",
    )
    what.add_argument(
        "--location",
        action="extend",
        nargs="+",
        metavar="CODE",
        help="bin codes or barcodes (repeat the option or list them)",
    )
    what.add_argument(
        "--po", action=Once, metavar="NUMBER", help="receiving labels for a purchase order"
    )
    labels.add_argument(
        "--template", action=Once, required=True, help=f"one of {', '.join(template_names())}"
    )
    labels.add_argument(
        "--start", action=Once, type=int, default=1, help="first free position on the sheet"
    )
    labels.add_argument("--price", action="store_true", help="show the sale price")
    where = labels.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "-o", "--output", action=Once, type=Path, help="write a PDF (sheets) or ZPL (thermal)"
    )
    where.add_argument(
        "--printer", action=Once, help="send a PDF to this system printer (CUPS queue)"
    )
    where.add_argument(
        "--zpl-host", action=Once, metavar="HOST:PORT", help="send ZPL to a label printer"
    )


class PrivateLogFile(RotatingFileHandler):
    """A log file that rotates by size and is readable by its owner only (0600, not 0644),
    the fresh file after each rotation included. A record it cannot write (the disk is
    full) is dropped silently, not printed with a traceback on the terminal; `failed`
    keeps the first error."""

    failed: OSError | None = None

    def _open(self) -> Any:
        os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if self.failed is None and isinstance(error, OSError):
            self.failed = error


def _setup_logging(home: Path) -> PrivateLogFile | None:
    """The log file in the data directory; None when it cannot be opened (a read-only
    home, a full disk): the command then runs without one."""
    try:
        logs = ensure_home(home) / "logs"
        logs.mkdir(mode=0o700, exist_ok=True)
        handler = PrivateLogFile(
            logs / "arkan-desktop.log",
            maxBytes=LOG_MAX_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
        )
    except OSError:
        handler = None
    root = logging.getLogger()
    if handler is not None:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    else:  # without one, logging's last resort would print warnings on the terminal
        root.addHandler(logging.NullHandler())
    root.setLevel(logging.INFO)
    for noisy in ("httpx", "httpcore", "websockets"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return handler


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    home = (args.home or data_home()).expanduser()
    log_file = _setup_logging(home)
    if args.command is None:
        # No command: the desktop window (Qt is imported only on this path).
        if args.station:
            from arkan_desktop.gui.station.launch import run_station

            return run_station(demo=args.demo, home=home)
        from arkan_desktop.gui.app import run_app

        return run_app(demo=args.demo, home=home)
    if args.demo or args.station:
        print("arkan-desktop: --demo opens the window; give it without a command", file=sys.stderr)
        return EXIT_USAGE
    from arkan_desktop.cli_commands import run

    return run(args, home, lambda: log_file is not None and log_file.failed is None)
