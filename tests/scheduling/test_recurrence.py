"""Local wall-clock times in the person's own calendar, across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.scheduling.recurrence import (
    in_window,
    local_instant,
    next_daily,
    next_daily_at,
    next_weekly,
)


def test_spring_forward_gap_moves_the_time_past_the_jump():
    # Berlin, 29 March 2026: 02:00 -> 03:00. 02:30 does not exist; it becomes 03:30 CEST.
    assert local_instant(date(2026, 3, 29), time(2, 30), "Europe/Berlin") == datetime(
        2026, 3, 29, 1, 30, tzinfo=UTC
    )


def test_fall_back_overlap_uses_the_first_occurrence():
    # Berlin, 25 October 2026: 03:00 -> 02:00. 02:30 happens twice; the first is 00:30 UTC.
    assert local_instant(date(2026, 10, 25), time(2, 30), "Europe/Berlin") == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    ("zone", "at", "start"),
    [
        ("Europe/Berlin", time(2, 30), date(2026, 3, 26)),
        ("Europe/Berlin", time(2, 30), date(2026, 10, 22)),
        ("America/New_York", time(2, 30), date(2026, 3, 5)),
        ("America/New_York", time(1, 30), date(2026, 10, 29)),
        ("Australia/Lord_Howe", time(2, 15), date(2026, 10, 1)),
        ("Australia/Lord_Howe", time(1, 45), date(2026, 4, 2)),
        ("Asia/Kathmandu", time(2, 30), date(2026, 3, 26)),
    ],
)
def test_exactly_one_occurrence_per_local_day(zone, at, start):
    after = local_instant(start, time(12, 0), zone)
    days = []
    for _ in range(8):
        day, instant = next_daily(after, at, zone)
        days.append(day)
        assert instant > after
        after = instant
    assert days == [start + timedelta(days=i) for i in range(1, 9)]


def test_a_daily_time_is_off_without_a_time_or_a_zone():
    after = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    assert (
        next_daily_at(after, time(2, 30), "Europe/Berlin")
        == next_daily(after, time(2, 30), "Europe/Berlin")[1]
    )
    assert next_daily_at(after, None, "Europe/Berlin") is None
    assert next_daily_at(after, time(2, 30), None) is None
    assert next_daily_at(after, time(2, 30), "") is None


def test_weekly_lands_on_the_weekday_in_local_time():
    after = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)  # Saturday
    day, instant = next_weekly(after, 6, time(19, 0), "Asia/Kathmandu")  # Sunday 19:00
    assert day == date(2026, 11, 22)
    assert instant == datetime(2026, 11, 22, 13, 15, tzinfo=UTC)


def test_quiet_window_wraps_midnight():
    assert in_window(time(23, 0), time(22, 0), time(8, 0))
    assert in_window(time(7, 59), time(22, 0), time(8, 0))
    assert not in_window(time(8, 0), time(22, 0), time(8, 0))
    assert not in_window(time(3, 0), time(0, 0), time(0, 0))  # "off"
