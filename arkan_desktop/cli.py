"""`arkan-desktop`: the client's command line.

For now it reports its version; the sign-in, sync, outbox and print commands and the
desktop window arrive with the client core (see README, "Status").
"""

from __future__ import annotations

import argparse

from arkan_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arkan-desktop",
        description="Arkan Desktop: the desktop client for Arkan ERP and Arvalox servers.",
        epilog="To try the API today, run `arkan-sandbox` (a local Arkan server with demo data).",
    )
    parser.add_argument("--version", action="version", version=f"arkan-desktop {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    build_parser().parse_args(argv)
    build_parser().print_help()
    return 0
