"""/progress: acts done this week, the run of days, the last seven days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam, func
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import recurrence
from bot.storage.models import ActDelivery, User


@dataclass(frozen=True)
class Progress:
    done_this_week: int
    run_days: int  # consecutive days with an act done, ending today (or yesterday)
    last_7: list[str]  # oldest first: "done" | "skipped" | "open" | "none"
    next_at: datetime | None


# Built once (issue 18): building a statement costs more CPU than SQLite takes to run it.
_DONE_SINCE = (
    select(func.count())
    .select_from(ActDelivery)
    .where(
        ActDelivery.user_id == bindparam("user"),
        ActDelivery.status == "done",
        ActDelivery.local_date >= bindparam("monday"),
    )
)


async def done_this_week(session: AsyncSession, user: User, now: datetime) -> int:
    """Acts done since Monday in the person's own calendar."""
    today = recurrence.local_date(now, user.timezone or "UTC")
    monday = today - timedelta(days=today.weekday())
    result = await session.exec(_DONE_SINCE, params={"user": user.id, "monday": monday})
    return int(result.one())


async def progress(session: AsyncSession, user: User, now: datetime) -> Progress:
    zone = user.timezone or "UTC"
    today = recurrence.local_date(now, zone)
    rows = list(
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id, ActDelivery.local_date > today - timedelta(days=400)
            )
        )
    )
    done_days = {r.local_date for r in rows if r.status == "done"}
    week_start = today - timedelta(days=today.weekday())
    done_this_week = sum(1 for r in rows if r.status == "done" and r.local_date >= week_start)
    day = today if today in done_days else today - timedelta(days=1)
    run = 0
    while day in done_days:
        run += 1
        day -= timedelta(days=1)
    by_day: dict[date, str] = {}
    for r in rows:
        rank = {"done": 3, "offered": 2, "skipped": 1, "replaced": 0}[r.status]
        current = by_day.get(r.local_date)
        if current is None or rank > {"done": 3, "open": 2, "skipped": 1, "none": 0}[current]:
            by_day[r.local_date] = {
                "done": "done",
                "offered": "open",
                "skipped": "skipped",
                "replaced": "none",
            }[r.status]
    last_7 = [by_day.get(today - timedelta(days=i), "none") for i in range(6, -1, -1)]
    return Progress(done_this_week, run, last_7, user.next_act_at)
