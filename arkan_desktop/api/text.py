"""Text from a server, made fit to show a person: plain, short, and with no secret in it.

A server's words reach a terminal and the window's labels (an error message, a field
error, a rejection in the outbox). `server_text` strips what a terminal would obey
(escape sequences that retitle it, clear it or colour it, bells, backspaces, carriage
returns) and other control characters, caps the length, and redacts anything that looks
like a key, password or token (`redact`). `binary_summary` says how big an answer was
when it was not text at all. No I/O; nothing here raises.
"""

from __future__ import annotations

import math
import re

MAX_SERVER_TEXT = 500
ELLIPSIS = "…"

# ESC sequences: CSI (colours, cursor, clear), OSC (title, hyperlinks; ended by BEL or
# ST), DCS/SOS/PM/APC strings, and two-character escapes. Then the 8-bit C1 forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# Every other control character but the newline (a tab is a space), and the Unicode
# controls that reorder what a terminal shows (bidirectional overrides and isolates).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[ \t]+")
_WHITE = re.compile(r"[\t\n\r\v\f]")  # read as spaces on one line
_BREAKS = re.compile(r"[\r\v\f]")  # read as line breaks where lines are kept
_BLANK_LINES = re.compile(r"\n{3,}")

# Names of fields and headers whose value is a secret, in the spellings servers echo:
# apiKey, api_key, API-KEY, x-arvalox-api-key, refresh_token, password, authorization…
_SECRET_NAME = (
    r"(?:x[-_]?arvalox[-_]?api[-_]?key|x[-_]?api[-_]?key|api[-_ ]?key|api[-_]?secret"
    r"|client[-_]?secret|secret[-_]?key|secret"
    r"|(?:access|refresh|id|auth|session|csrf|bearer)[-_]?token|token"
    r"|pass(?:word|wd|phrase)?|pwd|authorization|proxy[-_]?authorization|cookie|set[-_]?cookie)"
)
# The name, perhaps quoted, then `:` or `=`, then perhaps a scheme (Bearer, Token, Basic).
_SECRET_QUOTED = re.compile(
    rf"(?i)(\b{_SECRET_NAME}[\"']?\s*[:=]\s*)([\"'])(?:(bearer|token|basic|digest)\s+)?[^\"']*"
)
_SECRET_PLAIN = re.compile(
    rf"(?i)(\b{_SECRET_NAME}[\"']?\s*[:=]\s*)(?!\*\*\*)(?:(bearer|token|basic|digest)\s+)?"
    r"[^\s\"'&,;#)\]}]+"
)
_SCHEME = re.compile(r"(?i)\b(bearer|token|basic)(\s+)(?!\*\*\*)[A-Za-z0-9._~+/=-]{8,}")
_JWT = re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*")


def _quoted(match: re.Match[str]) -> str:
    scheme = f"{match.group(3)} " if match.group(3) else ""
    return f"{match.group(1)}{match.group(2)}{scheme}***"


def _plain(match: re.Match[str]) -> str:
    scheme = f"{match.group(2)} " if match.group(2) else ""
    return f"{match.group(1)}{scheme}***"


def redact(text: str) -> str:
    """The text with anything that looks like a token, key or password replaced by ***.

    Catches `name: value`, `name=value` and quoted JSON fields for the usual names of
    keys, passwords and tokens in any case and spelling, an `Authorization` value with
    its scheme (`Bearer`, `Token`, `Basic`), a bare `Bearer x`, and JWTs anywhere.
    """
    text = _SECRET_QUOTED.sub(_quoted, text)
    text = _SECRET_PLAIN.sub(_plain, text)
    text = _SCHEME.sub(r"\1\2***", text)
    return _JWT.sub("***", text)


def server_text(text: object, limit: int = MAX_SERVER_TEXT, *, newlines: bool = False) -> str:
    """A server's words fit for a terminal or a label: no escape sequences or control
    characters, runs of spaces collapsed, at most `limit` characters (then "…"), and
    secrets redacted. Newlines are kept (at most one blank line) only with `newlines`."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = _ESCAPES.sub("", text)
    if newlines:
        text = _BREAKS.sub("\n", text.replace("\r\n", "\n"))
        text = _CONTROLS.sub("", text.replace("\t", " "))
        lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
        text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    else:
        text = _CONTROLS.sub("", _WHITE.sub(" ", text))
        text = _SPACES.sub(" ", text).strip()
    text = redact(text)
    if len(text) > limit:
        text = text[: max(0, limit - 1)].rstrip() + ELLIPSIS
    return text


def duration(seconds: float) -> str:
    """A span of time as people say it: "42 s", "5 min", "24 h"."""
    if seconds < 10:
        return f"{max(0.0, seconds):.1f}".removesuffix(".0") + " s"
    if seconds < 90:
        return f"{round(seconds)} s"
    if seconds < 90 * 60:
        return f"{round(seconds / 60)} min"
    return f"{round(seconds / 3600)} h"


def later(seconds: float) -> str:
    """When to try again, never sooner than the wait: "10 min", "24 h"."""
    if seconds <= 120 * 60:
        return f"{math.ceil(seconds / 60)} min"
    return f"{math.ceil(seconds / 3600)} h"


def looks_binary(content: bytes) -> bool:
    """Is this answer not text (not UTF-8, or full of control characters)?"""
    if not content:
        return False
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return True
    controls = len(_CONTROLS.findall(text)) - text.count("\t")
    return controls > max(2, len(text) // 20)


def binary_summary(status: int, content: bytes) -> str:
    """What to say of an answer that is binary data, without showing any of it."""
    return f"The server answered {status} with {len(content):,} bytes of binary data"
