"""Twenty clients on one tenant's budget: the client limiter against the sandbox's bucket.

Each simulated desk has its own `RateLimiter` (the client's) and sends through it to one
server bucket (the sandbox's own `RateLimiter`, enterprise plan: 1,200 a minute, burst
200), with network latency both ways. Time is virtual (`tests.support.virtual_time`), so
minutes of traffic take a moment and every run is the same. The desks only learn about
each other from the `X-RateLimit-*` headers on their own answers, as on a real network.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from arkan_desktop.api.ratelimit import Priority, RateLimiter
from arkan_desktop.sandbox.config import PLANS
from arkan_desktop.sandbox.ratelimit import RateLimiter as ServerBucket
from tests.support.virtual_time import run_virtual

EPOCH = 1_713_024_000.0


@dataclass
class Tenant:
    """The server side: one bucket for every desk, and what it answered."""

    bucket: ServerBucket
    accepted: list[float] = field(default_factory=list)  # when each accepted request arrived
    refused: int = 0
    refused_at: list[float] = field(default_factory=list)


@dataclass
class Desk:
    limiter: RateLimiter
    rng: random.Random
    tenant: Tenant
    latency: float = 1.0  # times the usual (2-25 ms there, 5-50 ms back)
    sent: int = 0
    storms: list[float] = field(default_factory=list)  # how long each burst of pulls took

    async def request(self, priority: Priority = Priority.BACKGROUND) -> None:
        """One request as `ApiSession` makes it: acquire, travel, be answered, learn."""
        while True:
            await self.limiter.acquire(priority)
            self.sent += 1
            await asyncio.sleep(self.rng.uniform(0.002, 0.025) * self.latency)  # to the server
            decision = self.tenant.bucket.take("tenant:demo")
            loop = asyncio.get_running_loop()
            if decision.allowed:
                self.tenant.accepted.append(loop.time())
            else:
                self.tenant.refused += 1
                self.tenant.refused_at.append(loop.time())
            answer = {k.decode(): v.decode() for k, v in decision.headers()}
            # the server's work and the way back
            await asyncio.sleep(self.rng.uniform(0.005, 0.05) * self.latency)
            self.limiter.observe(answer)
            if decision.allowed:
                return
            self.limiter.rate_limited(answer)


Work = Callable[[Desk, float], Awaitable[None]]


def simulate(
    work: Work,
    desks: int = 20,
    seconds: float = 120.0,
    seed: int = 1,
    latency: float = 1.0,
    plan: str = "enterprise",
) -> tuple[Tenant, list[Desk]]:
    async def run() -> tuple[Tenant, list[Desk]]:
        loop = asyncio.get_running_loop()
        tenant = Tenant(ServerBucket(lambda: PLANS[plan], clock=lambda: EPOCH + loop.time()))
        rng = random.Random(seed)
        crowd = [
            Desk(
                RateLimiter(
                    clock=loop.time,
                    wall_clock=lambda: EPOCH + loop.time(),
                    jitter=random.Random(seed + i).random,
                ),
                random.Random(rng.random()),
                tenant,
                latency,
            )
            for i in range(desks)
        ]
        end = loop.time() + seconds
        tasks = [asyncio.create_task(work(desk, end)) for desk in crowd]
        await asyncio.gather(*tasks)
        return tenant, crowd

    return run_virtual(run())


def per_second(tenant: Tenant, start: float, end: float) -> float:
    return sum(1 for t in tenant.accepted if start <= t < end) / (end - start)


async def pull_forever(desk: Desk, end: float) -> None:
    """A desk that always has a page to fetch, one at a time (a big sync)."""
    loop = asyncio.get_running_loop()
    while loop.time() < end:
        await desk.request()


async def reconnect_storms(desk: Desk, end: float) -> None:
    """A desk that is mostly idle (a write now and then) until the server comes back from a
    restart every 30 s: then every desk pulls its twelve resources at once."""
    loop = asyncio.get_running_loop()
    storm = 30.0
    while loop.time() < end:
        if loop.time() >= storm:
            storm += 30.0
            began = loop.time()
            for _ in range(12):
                await desk.request()
            desk.storms.append(loop.time() - began)
        else:
            await asyncio.sleep(min(desk.rng.expovariate(1 / 5), storm - loop.time()))
            await desk.request(Priority.OUTBOX)


async def two_at_a_time(desk: Desk, end: float) -> None:
    """The outbox sender and a pull, each with a request in flight most of the time."""
    await asyncio.gather(pull_forever(desk, end), pull_forever(desk, end))


async def some_busy_some_not(desk: Desk, end: float) -> None:
    if desk.rng.random() < 0.5:
        await pull_forever(desk, end)
    else:
        await reconnect_storms(desk, end)


def test_twenty_desks_syncing_at_once_share_the_budget_without_a_429() -> None:
    tenant, _ = simulate(pull_forever)
    assert tenant.refused == 0
    # ...and are not timid: together they use nearly all of the 20 requests a second.
    assert per_second(tenant, 30, 120) > 0.9 * 20


def test_idle_desks_pulling_at_once_after_each_restart_get_no_429() -> None:
    tenant, desks = simulate(reconnect_storms)
    assert tenant.refused == 0
    # 240 pulls at once: each desk is done within the 12 s the limit alone needs for them
    # (the burst is kept in reserve for the desks that are not pulling)
    assert all(len(desk.storms) == 3 and max(desk.storms) < 12 for desk in desks)


def test_busy_and_idle_desks_together_get_no_429() -> None:
    assert simulate(some_busy_some_not)[0].refused == 0


def test_desks_with_two_requests_in_flight_get_no_429() -> None:
    assert simulate(two_at_a_time)[0].refused == 0


def test_a_desk_alone_soon_has_the_whole_limit() -> None:
    tenant, _ = simulate(two_at_a_time, desks=1, seconds=30)
    assert per_second(tenant, 0, 30) > 0.9 * 20
