"""Local wall-clock times in a person's own calendar, converted to UTC instants.

Days are counted in the local calendar (never by adding 24 hours in UTC), so a daily message at
02:30 in Europe/Berlin arrives once on every local day: on the spring-forward day, when 02:30 does
not exist, it comes at 03:30 (the gap is skipped forward); on the fall-back day, when 02:30 happens
twice, it comes at the first one.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from bot.scheduling.zones import get_zone


def local_instant(day: date, at: time, zone: str) -> datetime:
    """The UTC instant of wall-clock ``at`` on ``day`` in ``zone``.

    ``fold=0`` picks the first of two repeated times, and for a time inside a DST gap it uses the
    offset from before the gap, which lands the same distance past the jump (02:30 -> 03:30).
    """
    return datetime.combine(day, at, tzinfo=get_zone(zone)).replace(fold=0).astimezone(UTC)


def local_date(instant: datetime, zone: str) -> date:
    return instant.astimezone(get_zone(zone)).date()


def local_time(instant: datetime, zone: str) -> time:
    return instant.astimezone(get_zone(zone)).time()


def next_daily(after: datetime, at: time, zone: str) -> tuple[date, datetime]:
    """The first local day whose ``at`` falls strictly after ``after``: (that day, its instant)."""
    day = local_date(after, zone)
    for _ in range(3):
        instant = local_instant(day, at, zone)
        if instant > after:
            return day, instant
        day += timedelta(days=1)
    raise AssertionError("unreachable: a local day always has a later occurrence")


def next_daily_at(after: datetime, at: time | None, zone: str | None) -> datetime | None:
    """A person's next daily time after ``after`` (``next_daily``'s instant); None while they
    have no time or no zone (the schedule is off)."""
    return next_daily(after, at, zone)[1] if at is not None and zone else None


def next_weekly(after: datetime, weekday: int, at: time, zone: str) -> tuple[date, datetime]:
    """Like ``next_daily`` for one weekday (Monday is 0)."""
    day = local_date(after, zone)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    instant = local_instant(day, at, zone)
    if instant <= after:
        day += timedelta(days=7)
        instant = local_instant(day, at, zone)
    return day, instant


def in_window(at: time, start: time, end: time) -> bool:
    """Whether ``at`` lies in [start, end), a window that may wrap past midnight."""
    if start == end:
        return False
    if start < end:
        return start <= at < end
    return at >= start or at < end


def window_end_after(instant: datetime, end: time, zone: str) -> datetime:
    """The next time the local clock reads ``end`` after ``instant`` (when quiet hours end)."""
    return next_daily(instant, end, zone)[1]
