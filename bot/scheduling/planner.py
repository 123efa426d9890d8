"""Turning due schedules into outbox rows.

Each feature that has a recurring schedule (the daily act, the weekly check-in, ...) registers a
planning function here. A planning function finds what is due up to ``now``, writes outbox rows
with deterministic dedupe keys (so planning twice writes once) and moves its schedule forward in
the same transaction: a crash in between re-plans the same occurrence and the key absorbs it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from bot.config import Settings
from bot.storage.db import Database

log = logging.getLogger(__name__)

PlanFunction = Callable[[Database, datetime, Settings], Awaitable[int]]
# The earliest instant at which a planning function will have something to do (or None).
NextDueFunction = Callable[[Database], Awaitable[datetime | None]]
PLANNERS: list[tuple[str, PlanFunction]] = []
NEXT_DUE: list[NextDueFunction] = []


def planner(name: str, *, next_due: NextDueFunction) -> Callable[[PlanFunction], PlanFunction]:
    """Register a planning function (a decorator), with a way to ask when it is next due."""

    def register(func: PlanFunction) -> PlanFunction:
        PLANNERS.append((name, func))
        NEXT_DUE.append(next_due)
        return func

    return register


async def next_event(db: Database) -> datetime | None:
    """When the timer jobs will next have work: the earliest schedule or pending outbox row.

    The simulator uses it to jump the clock from event to event instead of ticking every second.
    """
    from sqlalchemy import func
    from sqlmodel import select

    from bot.storage.models import OutboxMessage

    async with db.transaction() as session:
        candidates = [
            (
                await session.exec(
                    select(func.min(OutboxMessage.due_at)).where(OutboxMessage.status == "pending")
                )
            ).one()
        ]
    for next_due in NEXT_DUE:
        candidates.append(await next_due(db))
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    # func.min bypasses the column type on SQLite: make the instant aware again.
    return min(c if c.tzinfo else c.replace(tzinfo=UTC) for c in found)


async def run(rt) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Run every planning function once at the runtime's current time."""
    now = rt.clock.now()
    written: dict[str, int] = {}
    for name, func in PLANNERS:
        try:
            written[name] = await func(rt.db, now, rt.settings)
        except Exception:  # one feature's failure must not stop the others
            log.exception("planner %s failed", name)
            written[name] = 0
    try:
        await rt.db.optimize_daily(now)  # SQLite's planner statistics (PRAGMA optimize)
    except Exception:
        log.exception("PRAGMA optimize failed")
    return written
