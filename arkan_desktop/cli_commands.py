"""The headless commands of `arkan-desktop` (login, logout, sync, status, outbox, print).

`cli.py` parses the command line and imports this module only when a command runs, so
`--version` and `--help` answer without loading the client core. `run` turns every
failure into one line on stderr and an exit code; details go to the log file. Whatever a
server said (an error, a company's name, a rejection) is printed through `server_text`:
no escape sequence or control character reaches the terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import logging
import sys
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TextIO

from arkan_desktop.api.account import ServerOfAnotherKind
from arkan_desktop.api.credentials import CredentialStore, KeyringUnavailable
from arkan_desktop.api.errors import ApiError, InvalidServerUrl
from arkan_desktop.api.limits import SHOWN_WAIT
from arkan_desktop.api.text import duration, server_text
from arkan_desktop.cli_exit import EXIT_FAILED, EXIT_USAGE
from arkan_desktop.store.disk import CacheUnavailable, file_problem
from arkan_desktop.store.paths import settings_path
from arkan_desktop.store.settings import Settings, load_settings, save_settings
from arkan_desktop.sync.commands.descriptions import row_text
from arkan_desktop.sync.service import SyncSummary
from arkan_desktop.sync.workspace import Workspace, WorkspaceError, open_last_cache

log = logging.getLogger("arkan_desktop.cli")


class CommandError(Exception):
    """A failure to report in one line."""


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise CommandError("No password on stdin")
        return line
    if not sys.stdin.isatty():
        raise CommandError("Give the password with --password-stdin (stdin is not a terminal)")
    return getpass.getpass(f"Password for {args.email}: ")


def _api_key() -> str:
    key = sys.stdin.readline().strip()
    if not key:
        raise CommandError("No API key on stdin")
    return key


async def _open_workspace(args: argparse.Namespace, home: Path) -> Workspace:
    try:
        return await _sign_in_or_resume(args, home)
    except ServerOfAnotherKind as error:
        raise CommandError(
            f"This server is an {error.kind_display} server: add --kind {error.kind_name}"
        ) from None


async def _sign_in_or_resume(args: argparse.Namespace, home: Path) -> Workspace:
    email, server = getattr(args, "email", None), getattr(args, "server", None)
    with_key = getattr(args, "api_key_stdin", False)
    if with_key:
        if not server:
            raise CommandError("--api-key-stdin needs --server")
        if email or args.password_stdin:
            raise CommandError("sign in with an API key or with an email, not both")
        return await Workspace.sign_in(
            home,
            server,
            company=args.company,
            kind=args.kind,
            api_key=_api_key(),
            key_in_query=args.key_in_query,
            ca_bundle=args.ca_bundle,
        )
    if server or email:
        if not (server and email):
            raise CommandError("--server and --email go together (or --server and --api-key-stdin)")
        return await Workspace.sign_in(
            home,
            server,
            email,
            _password(args),
            args.company,
            kind=args.kind,
            ca_bundle=args.ca_bundle,
        )
    return await Workspace.resume(home, args.company)


async def cmd_login(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    workspace = await _open_workspace(args, home)
    try:
        name = server_text(workspace.company.get("name", workspace.company_id), 200)
        who = f"as {args.email}" if args.email else "with an API key"
        print(f"Signed in {who} to {workspace.session.server_url}, company {name}", file=out)
        if not workspace.session.persistent:
            print(f"Note: {workspace.session.persistence_message}", file=sys.stderr)
    finally:
        await workspace.close()
    return 0


async def cmd_logout(_args: argparse.Namespace, home: Path, out: TextIO) -> int:
    settings = load_settings(settings_path(home))
    if not settings.email:
        print("Not signed in", file=out)
        return 0
    with contextlib.suppress(KeyringUnavailable):  # nothing kept there, nothing to remove
        CredentialStore().delete_refresh_token(settings.server_url, settings.email)
    save_settings(
        settings_path(home),
        Settings(server_url=settings.server_url, company_id=settings.company_id),
    )
    print(f"Signed out {settings.email}", file=out)
    return 0


class _ProgressBar:
    """One line on a terminal, redrawn in place: `invoices  1,200/30,000 [####....]`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.last = 0.0

    def __call__(self, resource: str, done: int, total: int | None) -> None:
        now = time.monotonic()
        if now - self.last < 0.1:
            return
        self.last = now
        if total:
            filled = min(30, round(30 * done / max(total, 1)))
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,}"
        else:
            bar = f"{done:,}"
        self.stream.write(f"\r{resource:<16} {bar}\033[K")
        self.stream.flush()

    def finish(self) -> None:
        self.stream.write("\r\033[K")
        self.stream.flush()


class _WaitLine:
    """Says on stderr that a rate limit holds the sync: "waiting for the server's rate
    limit, 42 s" (counted down in place on a terminal; one line otherwise)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.live = stream.isatty()
        self._ends = 0.0
        self._timer: asyncio.TimerHandle | None = None

    def __call__(self, seconds: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if seconds < SHOWN_WAIT:
            if self.live and self._ends:
                self.stream.write("\r\033[K")
                self.stream.flush()
            self._ends = 0.0
            return
        ends = time.monotonic() + seconds
        if not self.live and abs(ends - self._ends) < 2.0:
            return  # the same wait, told by another request held back by it
        self._ends = ends
        if not self.live:
            text = f"arkan-desktop: waiting for the server's rate limit, {duration(seconds)}"
            print(text, file=self.stream, flush=True)
            return
        self._tick()

    def _tick(self) -> None:
        left = self._ends - time.monotonic()
        if left <= 0:
            return
        self.stream.write(f"\rwaiting for the server's rate limit, {duration(left)}\033[K")
        self.stream.flush()
        self._timer = asyncio.get_running_loop().call_later(min(1.0, left), self._tick)


def summary_json(workspace: Workspace, summary: SyncSummary, full: bool) -> dict[str, Any]:
    return {
        "server": workspace.session.server_url,
        "company": workspace.company_id,
        "full": full,
        "resources": {
            name: {"records": r.records, "requests": r.requests, "removed": r.removed}
            for name, r in summary.results.items()
        },
        "skipped": {k: server_text(v) for k, v in summary.skipped.items()},
        "notes": list(summary.notes),
        "warnings": [server_text(w) for w in summary.warnings],
        "notStored": {k: [server_text(e) for e in v] for k, v in summary.errors.items()},
        "senderActive": summary.sender_active,
        "outbox": vars(summary.outbox),
        "requests": summary.requests,
        "seconds": round(
            ((summary.finished or summary.started) - summary.started).total_seconds(), 3
        ),
    }


async def cmd_sync(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    workspace = await _open_workspace(args, home)
    try:
        bar = _ProgressBar(sys.stderr) if sys.stderr.isatty() and not args.json else None
        workspace.session.wait_listeners.append(_WaitLine(sys.stderr))
        summary = await workspace.service.sync_all(full=args.full, progress=bar)
        if bar:
            bar.finish()
        status = await workspace.service.worker.run(workspace.cache.status)
    finally:
        await workspace.close()
    if args.json:
        print(json.dumps(summary_json(workspace, summary, args.full), indent=2), file=out)
        return _not_stored(summary)
    sent = summary.outbox
    print(
        f"Synced {server_text(workspace.company.get('name', workspace.company_id), 200)}: "
        f"{summary.records:,} records "
        f"in {summary.requests:,} requests; outbox sent {sent.sent}, rejected {sent.rejected}, "
        f"waiting {status['outbox']['pending']}",
        file=out,
    )
    for resource, why in summary.skipped.items():
        print(f"  skipped {resource}: {server_text(why)}", file=out)
    for note in summary.notes:
        print(f"  note: {note}", file=out)
    for warning in summary.warnings:
        print(f"  warning: {server_text(warning)}", file=out)
    for resource, problems in summary.errors.items():
        for problem in problems:
            print(f"  not stored ({resource}): {server_text(problem)}", file=out)
    return _not_stored(summary)


def _not_stored(summary: SyncSummary) -> int:
    """A sync that could not store every record says so on stderr and fails (exit 1):
    the copy is incomplete, and a script must not take it for a whole one."""
    count = sum(len(problems) for problems in summary.errors.values())
    if not count:
        return 0
    what = ", ".join(sorted(summary.errors))
    print(
        f"arkan-desktop: {count:,} record{'s' if count != 1 else ''} could not be stored "
        f"({what}); the local copy is incomplete",
        file=sys.stderr,
    )
    return EXIT_FAILED


async def cmd_status(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    settings, cache = open_last_cache(home)
    if cache is None:
        raise CommandError("No local cache yet: run `arkan-desktop login` and `arkan-desktop sync`")
    try:
        status = cache.status()
        company = json.loads(cache.meta("company") or "{}")
        offered = json.loads(cache.meta("resources") or "null")
    finally:
        cache.close()
    if offered:  # the resources this server offers, not every table the cache knows
        status["resources"] = {k: v for k, v in status["resources"].items() if k in offered}
    report = {"server": settings.server_url, "company": settings.company_id, **status}
    if args.json:
        print(json.dumps(report, indent=2), file=out)
        return 0
    name = server_text(company.get("name", settings.company_id), 200)
    print(f"{name} on {settings.server_url}", file=out)
    print(f"last sync: {status['lastSync'] or 'never'}", file=out)
    for name, info in status["resources"].items():
        print(f"  {name:<16} {info['count']:>8,}", file=out)
    print(
        f"outbox: {status['outbox']['pending']} waiting, {status['outbox']['rejected']} rejected, "
        f"{status['outbox']['conflict']} in conflict",
        file=out,
    )
    return 0


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": row.status,
        "description": server_text(row_text(row), 200),
        "resource": row.resource,
        "action": row.action,
        "recordId": row.record_id,
        "attempts": row.attempts,
        "createdAt": row.created_at,
        "lastError": row.last_error,
        "rejection": None
        if row.rejection_status is None
        else {
            "status": row.rejection_status,
            "message": server_text(row.rejection_message),
            "fieldErrors": row.field_error_list(),
        },
    }


async def cmd_outbox(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    if args.action and not args.row_id:
        raise CommandError(f"outbox {args.action} needs the row's ID (see `arkan-desktop outbox`)")
    _settings, cache = open_last_cache(home)
    if cache is None:
        raise CommandError("No local cache yet: run `arkan-desktop login` first")
    try:
        if args.action:
            matches = [r for r in cache.outbox_rows() if r.id.startswith(args.row_id)]
            if len(matches) != 1:
                raise CommandError(f"No single outbox row matches '{args.row_id}'")
            row = matches[0]
            if args.action == "retry":
                cache.retry(row.id)
                print(f"Will resend on the next sync: {row_text(row)}", file=out)
            else:
                cache.discard(row.id)
                print(f"Discarded: {row_text(row)}", file=out)
            return 0
        rows = cache.outbox_rows(status=("pending", "in_flight", "rejected", "conflict"))
    finally:
        cache.close()
    if args.json:
        print(json.dumps([_row_json(r) for r in rows], indent=2), file=out)
        return 0
    if not rows:
        print("The outbox is empty", file=out)
    for row in rows:
        line = f"{row.id[:8]}  {row.status:<9} {server_text(row_text(row), 200)}"
        if row.rejection_message:
            line += f"  — {server_text(row.rejection_message)}"
        print(line, file=out)
        for error in row.field_error_list():
            field, message = server_text(error.get("field"), 200), server_text(error.get("message"))
            print(f"            {field}: {message}", file=out)
    return 0


async def cmd_print(args: argparse.Namespace, home: Path, out: TextIO) -> int:
    # Printing (reportlab, fonts) is imported only by this command: the others start faster.
    from arkan_desktop.cli_print import PrintCommandError, PrintingError, run_print

    try:
        return run_print(args, home, out)
    except (PrintCommandError, PrintingError) as error:
        raise CommandError(str(error)) from error


COMMANDS: dict[str, Callable[[argparse.Namespace, Path, TextIO], Coroutine[Any, Any, int]]] = {
    "login": cmd_login,
    "logout": cmd_logout,
    "sync": cmd_sync,
    "status": cmd_status,
    "outbox": cmd_outbox,
    "print": cmd_print,
}


def _say(text: object) -> None:
    print(f"arkan-desktop: {server_text(text, 1000)}", file=sys.stderr)


def run(args: argparse.Namespace, home: Path, log_works: Callable[[], bool] = lambda: True) -> int:
    """Run the parsed command; every failure becomes one line on stderr and an exit code.

    `log_works` says whether the log file could be written (a full disk): the last line
    of defence points to it only then."""
    try:
        return asyncio.run(COMMANDS[args.command](args, home, sys.stdout))
    except (
        CommandError,
        WorkspaceError,
        ApiError,
        KeyringUnavailable,
        CacheUnavailable,
    ) as error:
        log.info("%s failed: %s", args.command, error)
        _say(error)
        return EXIT_FAILED
    except InvalidServerUrl as error:
        _say(error)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except OSError as error:
        log.exception("file error")
        _say(file_problem(error) or f"{error.strerror or error} ({error.filename or ''})")
        return EXIT_FAILED
    except Exception as error:  # the last line of defence: one line, details in the log
        log.exception("unexpected error in %s", args.command)
        where = f"; details in {home / 'logs'}" if log_works() else ""
        _say(f"unexpected error ({type(error).__name__}){where}")
        return EXIT_FAILED
