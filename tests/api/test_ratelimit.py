"""The client-side token bucket: priority order, refill, capacity and 429 pauses (fake clock)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from arkan_desktop.api.ratelimit import Priority, RateLimiter

EPOCH = 1_713_024_000.0


@dataclass
class _Timer:
    due: float
    callback: Callable[[], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class FakeClock:
    """Time that moves only when the test says; timers fire as it passes them."""

    now: float = 0.0
    timers: list[_Timer] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return EPOCH + self.now

    def call_later(self, delay: float, callback: Callable[[], None]) -> _Timer:
        timer = _Timer(self.now + delay, callback)
        self.timers.append(timer)
        return timer

    async def advance(self, seconds: float) -> None:
        target = self.now + seconds
        while True:
            due = [t for t in self.timers if not t.cancelled and t.due <= target]
            if not due:
                break
            timer = min(due, key=lambda t: t.due)
            self.timers.remove(timer)
            self.now = max(self.now, timer.due)
            timer.callback()
            await settle()
        self.now = target
        await settle()


async def settle() -> None:
    """Let every task that can run, run (no time passes)."""
    for _ in range(5):
        await asyncio.sleep(0)


def limiter_on(clock: FakeClock) -> RateLimiter:
    return RateLimiter(
        clock=clock.monotonic,
        wall_clock=clock.wall,
        call_later=clock.call_later,
        jitter=lambda: 0.0,  # pauses exactly as the server says
    )


def headers(limit: int, remaining: int, **extra: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(EPOCH) + 60),
        **extra,
    }


def test_unknown_limit_lets_requests_through() -> None:
    async def scenario() -> None:
        limiter = limiter_on(FakeClock())
        for _ in range(50):
            await limiter.acquire(Priority.BACKGROUND)
        assert limiter.limit is None

    asyncio.run(scenario())


def test_waiters_are_released_by_priority_as_tokens_come_back() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(60, 9))  # free plan: 1 token a second, burst 10
        assert limiter.capacity == 10
        for _ in range(9):
            await limiter.acquire()
        served: list[str] = []

        async def wants(name: str, priority: Priority) -> None:
            await limiter.acquire(priority)
            served.append(name)

        tasks = [
            asyncio.create_task(wants(name, priority))
            for name, priority in [
                ("pull-1", Priority.BACKGROUND),
                ("pull-2", Priority.BACKGROUND),
                ("outbox", Priority.OUTBOX),
                ("person", Priority.INTERACTIVE),
            ]
        ]
        await settle()
        assert served == [] and limiter.waiting == 4
        await clock.advance(0.99)
        assert served == []
        await clock.advance(0.01)
        assert served == ["person"]
        await clock.advance(1.0)
        assert served == ["person", "outbox"]
        late = asyncio.create_task(wants("late person", Priority.INTERACTIVE))
        await settle()
        await clock.advance(1.0)
        assert served == ["person", "outbox", "late person"]  # jumps ahead of the pulls
        await clock.advance(2.0)
        assert served == ["person", "outbox", "late person", "pull-1", "pull-2"]
        await asyncio.gather(*tasks, late)

    asyncio.run(scenario())


def test_refill_rate_and_capacity() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(120, 19))  # 2 tokens a second, burst 20
        assert limiter.tokens == 19
        for _ in range(19):
            await limiter.acquire()
        assert limiter.tokens == 0
        await clock.advance(2.5)
        assert limiter.tokens == 5
        await clock.advance(3600)
        assert limiter.tokens == 20  # never more than the burst the server showed

    asyncio.run(scenario())


def test_server_remaining_lowers_the_local_count() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(60, 9))
        limiter.observe(headers(60, 3))  # another copy of the app used some
        assert limiter.tokens == 3
        limiter.observe(headers(60, 8))  # a late answer cannot hand back tokens
        assert limiter.tokens == 3

    asyncio.run(scenario())


def test_a_429_pauses_everyone_until_retry_after() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(6000, 100))
        assert limiter.rate_limited(headers(6000, 0, **{"Retry-After": "3"})) == 3
        done: list[Priority] = []

        async def wants(priority: Priority) -> None:
            await limiter.acquire(priority)
            done.append(priority)

        task = asyncio.create_task(wants(Priority.INTERACTIVE))
        await clock.advance(2.9)
        assert done == [] and limiter.paused_for() > 0
        await clock.advance(0.2)
        assert done == [Priority.INTERACTIVE]
        await task

    asyncio.run(scenario())


def test_a_429_without_retry_after_waits_for_the_reset_time() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        reset = {"X-RateLimit-Reset": str(int(EPOCH) + 4)}
        assert limiter.rate_limited(reset) == 4.0
        relative = limiter_on(FakeClock())
        assert relative.rate_limited({"X-RateLimit-Reset": "7"}) == 7.0

    asyncio.run(scenario())


def test_a_cancelled_waiter_gives_its_place_up() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(60, 0))
        served: list[str] = []

        async def wants(name: str) -> None:
            await limiter.acquire(Priority.OUTBOX)
            served.append(name)

        first = asyncio.create_task(wants("first"))
        second = asyncio.create_task(wants("second"))
        await settle()
        first.cancel()
        await settle()
        await clock.advance(1.0)
        assert served == ["second"]
        await second

    asyncio.run(scenario())


def test_nonsense_headers_are_ignored() -> None:
    async def scenario() -> None:
        limiter = limiter_on(FakeClock())
        limiter.observe({"X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "nan"})
        limiter.observe({"x-ratelimit-limit": "inf", "x-ratelimit-remaining": "1"})
        assert limiter.limit is None
        await limiter.acquire()

    asyncio.run(scenario())


def test_clients_sharing_a_budget_back_off_after_429s_and_recover_alone() -> None:
    """Twenty stations on one tenant each see the whole limit in the headers: after a 429
    a client refills at half its rate (once per episode, however many answers said 429),
    and answers that are not 429s bring it back to the full rate."""

    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe(headers(60, 30))
        assert limiter.share == 1.0
        for _ in range(3):  # three answers of one burst say 429: one halving
            limiter.rate_limited(headers(60, 0, **{"Retry-After": "2"}))
        assert limiter.share == 0.5
        await clock.advance(2)
        limiter.rate_limited(headers(60, 0, **{"Retry-After": "2"}))  # a second episode
        assert limiter.share == 0.25
        assert limiter.tokens == 0
        await clock.advance(6)  # 60/min at a quarter share: 1.5 tokens in 6 s, not 6
        assert abs(limiter.tokens - 1.5) < 1e-6
        for _ in range(100):
            limiter.answered()
        assert limiter.share == 1.0

    asyncio.run(scenario())
