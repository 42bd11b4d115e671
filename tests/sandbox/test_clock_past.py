"""Seeded history never carries a stamp later than the wall clock: seeding early in the
(UTC) day once stamped records with that day's later hours, which put every client's
watermark ahead of the live changes that followed (they were never pulled)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from arkan_desktop.sandbox import clock
from tests.sandbox.conftest import Api


def test_a_stamp_later_today_is_brought_back_to_now() -> None:
    later = clock.iso(datetime.now(UTC) + timedelta(hours=6))
    assert clock.parse_iso(clock.past(later)) < datetime.now(UTC)
    with clock.replaying_history():
        assert clock.parse_iso(clock.past(later)) < datetime.now(UTC)
        clock.replay_at(clock.past(later))
        assert clock.parse_iso(clock.now_iso()) < datetime.now(UTC)


def test_a_stamp_in_the_past_is_kept() -> None:
    earlier = "2026-01-01T13:06:47.000000Z"
    assert clock.past(earlier) == earlier


def test_no_seeded_record_is_stamped_after_the_moment_it_is_listed(admin: Api) -> None:
    """Whatever the hour of seeding, the newest `updatedAt` of every list is in the past."""
    for path in (
        "/accounting/invoices",
        "/accounting/payments",
        "/accounting/journal-entries",
        "/inventory/moves",
        "/inventory/stock",
        "/inventory/purchase-orders",
    ):
        newest = admin.get(path, sort="updatedAt", order="desc", limit=1)
        stamps = [r["updatedAt"] for r in admin.ok(newest)["data"]]
        assert stamps and clock.parse_iso(stamps[0]) <= datetime.now(UTC), path
