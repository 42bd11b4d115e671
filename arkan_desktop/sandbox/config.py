"""Sandbox settings: the plan table, chaos spec and everything `arkan-sandbox` takes.

Only parsing and plain values live here; nothing starts or serves.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Plan:
    """A rate-limit plan: sustained requests per minute and the burst above it."""

    name: str
    per_minute: int
    burst: int

    @property
    def unlimited(self) -> bool:
        return self.per_minute <= 0


# The published plan table (API reference, "Rate Limiting"), plus `unlimited` for benchmarks.
PLANS: dict[str, Plan] = {
    "free": Plan("free", 60, 10),
    "starter": Plan("starter", 120, 20),
    "professional": Plan("professional", 300, 50),
    "business": Plan("business", 600, 100),
    "enterprise": Plan("enterprise", 1200, 200),
    "unlimited": Plan("unlimited", 0, 0),
}


FLAVORS = ("arkan", "arvalox")
# Which Arvalox server to be: the published reference, or the open-source backend as deployed
# (sixtusagbo/arvalox: /api/v1, bearer sign-in only, FastAPI's own errors, no rate limits).
ARVALOX_FLAVOURS = ("published", "real")

# The largest request body accepted. The heaviest legitimate requests: a bank statement
# import of 5,000 lines (its most) with full SWIFT narratives is 3.1 MB of JSON (every
# field at its limit in ASCII: 4.8 MB); a 2,000-line invoice with every description at its
# 500-character limit in Arabic is 2.2 MB. 8 MiB leaves room above both.
MAX_BODY_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class SignInLimits:
    """How failed sign-ins are slowed, per account and per client address.

    `free_failures` failures in a row cost nothing; each further one locks the account (or
    the address) for `first_lock_seconds`, doubling up to its cap. A success resets both.
    The address cap is longer than the account cap, so that one attacking address cannot
    keep someone else's account locked: the account opens again while the attacker's own
    address is still locked.
    """

    free_failures: int = 5
    first_lock_seconds: float = 1.0
    account_lock_cap_seconds: float = 30.0
    address_lock_cap_seconds: float = 120.0
    forget_after_seconds: float = 15 * 60.0

    def __post_init__(self) -> None:
        if self.free_failures < 1 or self.first_lock_seconds <= 0:
            raise ConfigError("sign-in limits: at least one free failure and a positive lock")
        if self.address_lock_cap_seconds < self.account_lock_cap_seconds:
            raise ConfigError("sign-in limits: an address must stay locked as long as an account")


class ConfigError(ValueError):
    """A sandbox setting that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Chaos:
    """Faults injected on purpose, deterministic for a given seed.

    latency_ms: (low, high) extra delay before each HTTP request is handled.
    error_rate: share of requests answered 500 before the handler runs (nothing happens).
    lost_rate: share of writes whose effect commits but whose response is cut off
        mid-stream, so the client cannot tell whether it happened.
    ws_drop_seconds: every so many seconds, every WebSocket is dropped.
    dashboard_500: the real Arvalox deployment's dashboard bug (`--flavour real` only): the
        dashboard answers 500 for any organisation with a sent, paid or overdue invoice.
    """

    latency_ms: tuple[int, int] = (0, 0)
    error_rate: float = 0.0
    lost_rate: float = 0.0
    ws_drop_seconds: float = 0.0
    seed: int = 0
    dashboard_500: bool = False

    @property
    def active(self) -> bool:
        return (
            self.latency_ms[1] > 0
            or self.error_rate > 0
            or self.lost_rate > 0
            or self.ws_drop_seconds > 0
        )


_DURATION = re.compile(r"^(\d+(?:\.\d+)?)(ms|s)?$")


def _seconds(text: str, what: str) -> float:
    m = _DURATION.match(text.strip())
    if not m:
        raise ConfigError(f"chaos {what}: '{text}' is not a duration like 250ms or 30s")
    value = float(m.group(1))
    return value / 1000 if m.group(2) == "ms" else value


def _rate(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise ConfigError(f"chaos {what}: '{text}' is not a number between 0 and 1") from None
    if not 0 <= value <= 1:
        raise ConfigError(f"chaos {what}: {value} is not between 0 and 1")
    return value


def _switch(text: str, what: str) -> bool:
    value = text.strip().lower()
    if value in ("on", "1", "true", "yes"):
        return True
    if value in ("off", "0", "false", "no"):
        return False
    raise ConfigError(f"chaos {what}: '{text}' is not on or off")


def parse_chaos(spec: str | None) -> Chaos:
    """Parse `latency=50-200ms,error=0.05,lost=0.02,ws-drop=30s,seed=7,dashboard-500`.

    Every key is optional; an empty or missing spec means no chaos. `dashboard-500` is a
    switch (bare, or =on/off).
    """
    if not spec:
        return Chaos()
    values: dict[str, object] = {}
    for part in spec.split(","):
        if not part.strip():
            continue
        key, sep, raw = part.partition("=")
        key = key.strip().lower()
        if key in ("dashboard-500", "dashboard_500"):
            values["dashboard_500"] = _switch(raw if sep else "on", key)
            continue
        if not sep:
            raise ConfigError(f"chaos: '{part}' should be key=value")
        if key == "latency":
            low, _, high = raw.partition("-")
            lo = _seconds(low if low.endswith(("ms", "s")) or not high else low + "ms", key)
            hi = _seconds(high, key) if high else lo
            if hi < lo:
                raise ConfigError("chaos latency: the upper bound is below the lower one")
            values["latency_ms"] = (round(lo * 1000), round(hi * 1000))
        elif key == "error":
            values["error_rate"] = _rate(raw, key)
        elif key == "lost":
            values["lost_rate"] = _rate(raw, key)
        elif key in ("ws-drop", "ws_drop"):
            values["ws_drop_seconds"] = _seconds(raw, key)
        elif key == "seed":
            try:
                values["seed"] = int(raw)
            except ValueError:
                raise ConfigError(f"chaos seed: '{raw}' is not a whole number") from None
        else:
            raise ConfigError(
                f"chaos: unknown key '{key}' "
                "(known: latency, error, lost, ws-drop, seed, dashboard-500)"
            )
    return Chaos(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class SandboxConfig:
    """Everything one sandbox server needs to know."""

    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8765
    seed: str = "demo"
    plan: str = "enterprise"
    access_ttl: int = 3600
    refresh_ttl: int = 30 * 24 * 3600
    scale: int = 1
    chaos: Chaos = field(default_factory=Chaos)
    heartbeat_seconds: float = 20.0
    max_body_bytes: int = MAX_BODY_BYTES
    sign_in_limits: SignInLimits = field(default_factory=SignInLimits)
    # Addresses (or networks) of reverse proxies whose X-Forwarded-For is believed; with
    # none, the client address is always the socket's peer.
    trusted_proxies: tuple[str, ...] = ()
    # How often overdue invoices are looked for (besides at start-up); 0: daily, just
    # after midnight UTC, when invoices fall due.
    overdue_check_seconds: float = 0.0
    # "arkan" (the ERP API at /api/v1) or "arvalox" (the receivables API at /v1)
    flavor: str = "arkan"
    # Arvalox only: "published" (the reference, at /v1) or "real" (the open-source backend
    # as deployed, at /api/v1); see ARVALOX_FLAVOURS.
    arvalox_flavour: str = "published"
    # Serve HTTPS with this certificate and key (PEM files): for testing TLS verification
    # and a company's own CA bundle.
    tls_certfile: Path | None = None
    tls_keyfile: Path | None = None
    # Arvalox only: (requests, seconds) windows instead of 50/min, 1,000/h, 10,000/day
    rate_windows: tuple[tuple[int, float], ...] = ()
    # Assumed endpoints this server lacks, as a real deployment may ("PATCH /crm/clients/*"):
    # answered `without_status` (404 or 405) before any handler (see missing_routes).
    without: tuple[str, ...] = ()
    without_status: int = 404

    def __post_init__(self) -> None:
        if self.flavor not in FLAVORS:
            hint = ""
            if self.flavor in ARVALOX_FLAVOURS:
                hint = " (the Arvalox deployment is chosen with --flavour)"
            raise ConfigError(
                f"--kind must be one of {', '.join(FLAVORS)}, not '{self.flavor}'{hint}"
            )
        if self.arvalox_flavour not in ARVALOX_FLAVOURS:
            raise ConfigError(
                f"--flavour must be one of {', '.join(ARVALOX_FLAVOURS)}, "
                f"not '{self.arvalox_flavour}'"
            )
        if self.arvalox_flavour != "published" and self.flavor != "arvalox":
            raise ConfigError(
                f"--flavour {self.arvalox_flavour} is an Arvalox server: add --kind arvalox"
            )
        if self.without_status not in (404, 405):
            raise ConfigError("a missing route answers 404 or 405")
        if self.seed not in ("demo", "empty"):
            raise ConfigError(f"--seed must be demo or empty, not '{self.seed}'")
        if self.plan not in PLANS:
            raise ConfigError(f"--plan must be one of {', '.join(PLANS)}, not '{self.plan}'")
        if self.access_ttl < 1:
            raise ConfigError("--access-ttl must be at least 1 second")
        if self.scale < 1:
            raise ConfigError("--scale must be at least 1")
        if self.max_body_bytes < 1024:
            raise ConfigError("the request body limit must be at least 1 KiB")
        for proxy in self.trusted_proxies:
            try:
                ipaddress.ip_network(proxy, strict=False)
            except ValueError:
                raise ConfigError(
                    f"--trusted-proxy: '{proxy}' is not an IP address or network"
                ) from None

    @property
    def database_path(self) -> Path:
        return self.data_dir / "sandbox.sqlite3"
