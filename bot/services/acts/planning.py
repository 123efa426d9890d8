"""Planning the daily act: each person's next act time, and the planner that writes the day's
acts to the outbox in batches."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import Act, acts
from bot.scheduling import outbox, planner, recurrence
from bot.services.acts.choosing import Past, choose, rng_for
from bot.storage.db import Database
from bot.storage.models import ActDelivery, Couple, OutboxMessage, User

HISTORY_DAYS = 90
PLAN_BATCH = 2000


def next_act_at(user: User, after: datetime) -> datetime | None:
    if not user.is_set_up:
        return None
    return recurrence.next_daily_at(after, user.act_time, user.timezone)


async def reschedule(session: AsyncSession, user: User, now: datetime) -> None:
    """Recompute the next act after a change of time, time zone, set-up or pause, and re-plan
    an act still waiting to go out: one act per local day, in the new zone too."""
    user.next_act_at = next_act_at(user, now)
    await _replan_waiting(session, user, now)


async def _replan_waiting(session: AsyncSession, user: User, now: datetime) -> None:
    """A day's act not sent yet (held by quiet hours, say) moves to the new time when that is
    the same local day (and the schedule then moves on to the next day); an act for a day that
    is already over in the new zone is withdrawn."""
    if not user.timezone:
        return
    waiting = await session.exec(
        select(OutboxMessage).where(
            OutboxMessage.user_id == user.id,
            OutboxMessage.kind == "act",
            OutboxMessage.status == "pending",
        )
    )
    today = recurrence.local_date(now, user.timezone)
    late_after = outbox.kind_of("act").late_after
    for row in waiting:
        try:
            day = date.fromisoformat(row.dedupe_key.rsplit(":", 1)[1])
        except ValueError:
            continue
        if day < today:
            row.status, row.error = "cancelled", "its day is over in the new time zone"
        elif (
            user.next_act_at is not None
            and recurrence.local_date(user.next_act_at, user.timezone) == day
        ):
            row.due_at = user.next_act_at
            row.not_after = user.next_act_at + late_after
            user.next_act_at = next_act_at(user, user.next_act_at)


async def history_of(
    executor: AsyncSession | AsyncConnection, user_ids: Sequence[int], since: date
) -> dict[int, list[Past]]:
    """Each person's offers since ``since`` (works in a session or on a plain connection)."""
    table = ActDelivery.__table__
    query = core_select(
        table.c.user_id,
        table.c.act_id,
        table.c.category,
        table.c.local_date,
        table.c.status,
        table.c.landed_at,
    ).where(table.c.user_id.in_(list(user_ids)), table.c.local_date >= since)
    rows = (
        await executor.execute(query)
        if isinstance(executor, AsyncConnection)
        else await executor.exec(query)
    )
    found: dict[int, list[Past]] = {uid: [] for uid in user_ids}
    for row in rows:
        found[row.user_id].append(
            Past(row.act_id, row.category, row.local_date, row.status, row.landed_at is not None)
        )
    return found


# When the planner next has work: the earliest anyone's act is due.
next_due = planner.earliest(User.next_act_at)


async def plan(db: Database, now: datetime, settings: Settings) -> int:
    """Write today's act for everyone whose act time has come; move their schedule on.

    A batch at a time, in two steps. First, without any write lock: read who is due and their
    history, and choose each act. Then one short write transaction keeps only those still due
    (another planner may have taken some: ``SKIP LOCKED`` on PostgreSQL) and writes with
    set-based statements: one multi-row insert for the offers, one for the outbox rows (ON
    CONFLICT DO NOTHING on the dedupe key), one executemany for the schedules. On SQLite's
    single writer this keeps the dispatcher sending while the next batch is being chosen."""
    written = 0
    late_after = outbox.kind_of("act").late_after
    users_t, couples_t, deliveries_t = User.__table__, Couple.__table__, ActDelivery.__table__
    catalog = acts()
    due_query = (
        core_select(
            users_t.c.id,
            users_t.c.act_time,
            users_t.c.timezone,
            users_t.c.language,
            users_t.c.next_act_at,
            users_t.c.paused_until,
            users_t.c.blocked_at,
            users_t.c.setup_done_at,
            couples_t.c.long_distance,
        )
        .select_from(users_t.outerjoin(couples_t, users_t.c.couple_id == couples_t.c.id))
        .where(users_t.c.next_act_at <= now)
        .order_by(users_t.c.next_act_at)
        .limit(PLAN_BATCH)
    )
    while True:
        async with db.reading() as conn:
            due = (await conn.execute(due_query)).all()
            if not due:
                return written
            days = {u.id: recurrence.local_date(u.next_act_at, u.timezone) for u in due}
            histories = await history_of(
                conn, [u.id for u in due], min(days.values()) - timedelta(days=HISTORY_DAYS)
            )
        plans: dict[int, tuple[Any, datetime | None, Act | None]] = {}
        for person in due:
            occurrence = person.next_act_at
            following = (
                recurrence.next_daily_at(max(now, occurrence), person.act_time, person.timezone)
                if person.setup_done_at
                else None
            )
            # Nothing for the paused or blocked, and nothing stale after a long outage.
            paused = person.paused_until is not None and person.paused_until > now
            act = None
            if not (paused or person.blocked_at or now - occurrence > late_after):
                day = days[person.id]
                act = choose(
                    catalog,
                    histories[person.id],
                    today=day,
                    long_distance=bool(person.long_distance),
                    rng=rng_for(person.id, day),
                )
            plans[person.id] = (person, following, act)

        async with db.connection() as conn:
            check = core_select(users_t.c.id, users_t.c.next_act_at).where(
                users_t.c.id.in_(list(plans)), users_t.c.next_act_at <= now
            )
            if not db.is_sqlite:
                check = check.with_for_update(skip_locked=True)
            still = {
                row.id
                for row in (await conn.execute(check)).all()
                if row.next_act_at == plans[row.id][0].next_act_at
            }
            if not still:
                return written  # another planner is on these; the next run continues
            await conn.execute(
                update(users_t)
                .where(users_t.c.id == bindparam("b_id"))
                .values(next_act_at=bindparam("b_next")),
                [{"b_id": uid, "b_next": plans[uid][1]} for uid in still],
            )
            chosen = [(plans[uid][0], plans[uid][2], days[uid]) for uid in still if plans[uid][2]]
            if not chosen:
                continue
            inserted = (
                (
                    await conn.execute(
                        insert(deliveries_t).returning(
                            deliveries_t.c.id, sort_by_parameter_order=True
                        ),
                        [
                            {
                                "user_id": person.id,
                                "act_id": act.id,
                                "category": act.category,
                                "local_date": day,
                                "status": "offered",
                                "offered_at": person.next_act_at,
                            }
                            for person, act, day in chosen
                        ],
                    )
                )
                .scalars()
                .all()
            )
            messages, delivery_of = [], {}
            for delivery_id, (person, _act, day) in zip(inserted, chosen, strict=True):
                key = f"act:{person.id}:{day.isoformat()}"
                delivery_of[key] = delivery_id
                messages.append(
                    outbox.Outgoing(
                        kind="act",
                        user_id=person.id,
                        view="acts.daily",
                        params={"delivery": delivery_id},
                        dedupe_key=key,
                        due_at=person.next_act_at,
                        ref=f"act:{delivery_id}",
                    )
                )
            keys = await outbox.enqueue_keys(conn, messages, now)
            lost = [delivery_of[k] for k in delivery_of if k not in keys]
            if lost:  # planned already (another planner won): drop our duplicate offers
                await conn.execute(delete(deliveries_t).where(deliveries_t.c.id.in_(lost)))
            written += len(keys)
