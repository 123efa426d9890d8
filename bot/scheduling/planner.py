"""Turning due schedules into outbox rows.

Each feature with a recurring schedule (the daily act, the weekly check-in, ...) has a planning
function. A planning function finds what is due up to ``now``, writes outbox rows with
deterministic dedupe keys (so planning twice writes once) and moves its schedule forward in the
same transaction: a crash in between re-plans the same occurrence and the key absorbs it.

The planners are listed where the timer jobs are built (``bot.app.PLANNERS``), not registered
by importing a module.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import col, select

from bot.config import Settings
from bot.storage.db import Database
from bot.storage.models import OutboxMessage

log = logging.getLogger(__name__)

PlanFunction = Callable[[Database, datetime, Settings], Awaitable[int]]
# The earliest instant at which a planning function will have something to do (or None).
NextDueFunction = Callable[[Database], Awaitable[datetime | None]]


@dataclass(frozen=True)
class Planner:
    """One feature's planning function, and a way to ask when it is next due."""

    name: str
    plan: PlanFunction
    next_due: NextDueFunction


def earliest(column: Any) -> NextDueFunction:
    """The ``next_due`` of a schedule kept in one column: its earliest instant (None: none set)."""

    async def next_due(db: Database) -> datetime | None:
        async with db.transaction() as session:
            query = select(column).where(col(column).is_not(None)).order_by(col(column)).limit(1)
            return (await session.exec(query)).first()

    return next_due


async def next_event(db: Database, planners: Sequence[Planner]) -> datetime | None:
    """When the timer jobs will next have work: the earliest schedule or pending outbox row.

    The simulator uses it to jump the clock from event to event instead of ticking every second.
    """
    async with db.transaction() as session:
        candidates = [
            (
                await session.exec(
                    select(func.min(OutboxMessage.due_at)).where(OutboxMessage.status == "pending")
                )
            ).one()
        ]
    for planner in planners:
        candidates.append(await planner.next_due(db))
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    # func.min bypasses the column type on SQLite: make the instant aware again.
    return min(c if c.tzinfo else c.replace(tzinfo=UTC) for c in found)


async def run(rt) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Run every planning function of the runtime (``rt.planners``) once at its current time."""
    now = rt.clock.now()
    written: dict[str, int] = {}
    for planner in rt.planners:
        try:
            written[planner.name] = await planner.plan(rt.db, now, rt.settings)
        except Exception:  # one feature's failure must not stop the others
            log.exception("planner %s failed", planner.name)
            written[planner.name] = 0
    try:
        await rt.db.optimize_daily(now)  # SQLite's planner statistics (PRAGMA optimize)
    except Exception:
        log.exception("PRAGMA optimize failed")
    return written
