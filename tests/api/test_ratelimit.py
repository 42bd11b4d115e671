"""The client-side token bucket: priority order, refill, capacity and 429 pauses (fake clock)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field

from arkan_desktop.api.ratelimit import Priority, RateLimiter
from tests.support.virtual_time import run_virtual

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


def limiter_on(clock: FakeClock, share: float = 1.0) -> RateLimiter:
    """A limiter that already knows it is alone on its budget (the whole limit is its
    share), unless the test says otherwise."""
    return RateLimiter(
        clock=clock.monotonic,
        wall_clock=clock.wall,
        call_later=clock.call_later,
        jitter=lambda: 0.0,  # pauses exactly as the server says
        share=share,
    )


def headers(limit: int, remaining: int, **extra: str) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(int(EPOCH) + 60),
        **extra,
    }


def test_before_the_server_says_its_limits_a_few_requests_go_then_one_a_second() -> None:
    """Twenty desks signing in at once must not each fire a whole sync at an unknown limit."""

    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        for _ in range(4):
            await limiter.acquire(Priority.BACKGROUND)
        fifth = asyncio.create_task(limiter.acquire(Priority.BACKGROUND))
        await settle()
        assert not fifth.done()
        await clock.advance(1.0)
        assert fifth.done()
        limiter.observe(headers(60, 9))  # the first answer: now the bucket is known
        assert limiter.limit == 60 and limiter.capacity == 10

    asyncio.run(scenario())


def test_a_server_that_does_not_say_its_limits_is_not_limited() -> None:
    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock)
        limiter.observe({"Content-Type": "application/json"}, 500)  # a failure says nothing
        for _ in range(4):
            await limiter.acquire()
        assert limiter.tokens < 1
        limiter.observe({"Content-Type": "application/json"})  # an answer without limits
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
        limiter.observe(headers(60, 5))  # another copy of the app used some
        assert limiter.tokens == 5
        limiter.observe(headers(60, 8))  # a late answer cannot hand back tokens
        assert limiter.tokens == 5

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
        await clock.advance(2.0)  # an empty bucket halved the share: a token every 2 s
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


def test_a_429_halves_the_share_once_per_episode() -> None:
    """Twenty stations on one tenant each see the whole limit in the headers: after a 429
    a client refills at half its rate, once per episode however many answers said 429."""

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

    asyncio.run(scenario())


def test_the_share_follows_what_the_server_says_is_left() -> None:
    """Enterprise plan (1,200 a minute, burst 200) shared with desks this one cannot see:
    it starts at a quarter, grows only while its own callers wait and the bucket is well
    filled, halves when the bucket drains fast, and slows down as it runs dry."""

    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock, share=0.25)
        limiter.observe(headers(1200, 199))
        assert limiter.capacity == 200
        assert limiter.tokens == 199 * 0.25  # its part of what is left, not all of it
        await clock.advance(1)
        limiter.observe(headers(1200, 199))
        assert limiter.share == 0.25  # idle: plenty left does not make it claim more

        while limiter.tokens >= 1:
            await limiter.acquire()
        waiter = asyncio.create_task(limiter.acquire())  # a caller is held back...
        await settle()
        assert limiter.waiting == 1
        await clock.advance(0.5)
        await waiter
        limiter.observe(headers(1200, 190))  # ...while the bucket is well filled: grow
        assert abs(limiter.share - 0.30) < 1e-9

        await clock.advance(1)
        limiter.observe(headers(1200, 40))  # 150 gone in a second: empty within 2 s
        assert abs(limiter.share - 0.15) < 1e-9
        await clock.advance(2)
        limiter.observe(headers(1200, 30))  # a slow fall, but less than 40 % left
        assert abs(limiter.share - 0.15 * (0.5 + 0.5 * 30 / 80)) < 1e-9
        assert limiter.tokens <= 30 * limiter.share

    asyncio.run(scenario())


def test_a_client_alone_on_its_budget_soon_has_all_of_it() -> None:
    """When what the server says is left is always what this client's own use explains,
    nobody else draws from the bucket: after 5 s of that, its share grows fast."""

    async def scenario() -> None:
        clock = FakeClock()
        limiter = limiter_on(clock, share=0.25)
        limiter.observe(headers(1200, 199))
        callers = []
        for _ in range(8):  # 40 callers a second, more than a quarter of 20 a second
            callers += [asyncio.create_task(limiter.acquire()) for _ in range(40)]
            await clock.advance(1)
            limiter.observe(headers(1200, 199))  # the refill covers what it used
        assert limiter.share == 1.0
        for caller in callers:
            caller.cancel()
        await settle()

    asyncio.run(scenario())


# --- a server that says nothing (issue 15): the published plan, growing without 429s ------


def test_with_no_headers_the_pace_starts_at_the_published_plan_and_grows() -> None:
    """The open-source Arvalox backend sends no X-RateLimit-* headers and limits nothing.
    A first sync must not crawl at a quarter of the plan (12.5 a minute): it starts at
    the plan (50 a minute, a minute's burst) and speeds up while no 429 comes."""

    async def sync(seconds: float, answer_429_at: int | None = None) -> tuple[int, list[float]]:
        loop = asyncio.get_running_loop()
        limiter = RateLimiter(clock=loop.time, wall_clock=loop.time, jitter=lambda: 0.0)
        limiter.assume(50)
        done, paces = 0, []
        while loop.time() < seconds:
            await limiter.acquire(Priority.BACKGROUND)
            await asyncio.sleep(0.05)  # the server's answer
            done += 1
            if done == answer_429_at:
                limiter.rate_limited({})  # a server that limits without saying so
            else:
                limiter.observe({}, 200)
            paces.append(limiter.assumed_pace or 0.0)
        return done, paces

    first_minute, paces = run_virtual(sync(60.0))
    assert first_minute > 12.5 * 20  # the old crawl: 12.5 requests a minute
    assert paces[0] == 50 / 60 and max(paces) > 50 / 60 * 8  # grew while callers waited
    _, paces = run_virtual(sync(30.0, answer_429_at=120))
    halved = paces[119]
    assert halved == paces[118] / 2  # a real 429 halves it...
    assert paces[-1] < halved * 8  # ...and it grows back gently, not by doubling


def test_headers_once_an_answer_carries_them_take_over_from_the_assumed_plan() -> None:
    clock = FakeClock()
    limiter = limiter_on(clock, share=1 / 4)
    limiter.assume(50)
    assert limiter.assumed_pace == 50 / 60 and limiter.limit is None
    limiter.observe(headers(600, 599))
    assert limiter.assumed_pace is None and limiter.limit == 600
