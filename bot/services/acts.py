"""The daily small act: choosing one, planning it, and what the person does with it.

Choosing (``choose``) is a pure function of the catalogue and the person's history:

* no act repeats within 30 days while unseen ones remain (then the longest-unseen come back);
* long-distance couples never get an act that needs being together;
* categories the person keeps completing, and those whose acts the partner said "landed", are
  favoured; categories the person keeps skipping fade but never drop below a floor, so they can
  come back.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import Act, ActCatalog, acts, label, t
from bot.scheduling import outbox, recurrence
from bot.scheduling.planner import planner
from bot.services import users
from bot.storage.db import Database
from bot.storage.models import ActDelivery, Couple, User

NO_REPEAT_DAYS = 30
HISTORY_DAYS = 90
MAX_SWAPS_PER_DAY = 5
FLOOR_WEIGHT = 0.15
CEILING_WEIGHT = 6.0
DONE_STILL_COUNTS_DAYS = 7  # "Done" is accepted on an act up to a week old
PLAN_BATCH = 2000


# -- choosing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Past:
    """One earlier offer, as much as choosing needs."""

    act_id: str
    category: str
    local_date: date
    status: str
    landed: bool


def category_weights(catalog: ActCatalog, history: Sequence[Past]) -> dict[str, float]:
    done, skipped, landed = Counter(), Counter(), Counter()
    for past in history:
        if past.status == "done":
            done[past.category] += 1
        elif past.status == "skipped":
            skipped[past.category] += 1
        elif past.status == "replaced":
            skipped[past.category] += 0.5
        if past.landed:
            landed[past.category] += 1
    weights = {}
    for category in catalog.categories:
        raw = (1 + done[category] + 2 * landed[category]) / (1 + skipped[category])
        weights[category] = min(max(raw, FLOOR_WEIGHT), CEILING_WEIGHT)
    return weights


def choose(
    catalog: ActCatalog,
    history: Sequence[Past],
    *,
    today: date,
    long_distance: bool,
    rng: random.Random,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> Act:
    """Pick today's act for one person (see the module docstring for the rules)."""
    everything = catalog.eligible(long_distance)
    eligible = [a for a in everything if a.id not in exclude] if exclude else everything
    if not eligible:  # only possible with a tiny catalogue and many swaps
        eligible = everything
    last_seen: dict[str, date] = {}
    for past in history:
        if past.local_date > last_seen.get(past.act_id, date.min):
            last_seen[past.act_id] = past.local_date
    cutoff = today - timedelta(days=NO_REPEAT_DAYS)
    fresh = [a for a in eligible if last_seen.get(a.id, date.min) < cutoff]
    if not fresh:
        # Everything was seen recently: bring back those seen longest ago.
        oldest = min(last_seen.get(a.id, date.min) for a in eligible)
        fresh = [a for a in eligible if last_seen.get(a.id, date.min) == oldest]
    weights = category_weights(catalog, history)
    categories = sorted({a.category for a in fresh})
    category = rng.choices(categories, weights=[weights[c] for c in categories])[0]
    in_category = [a for a in fresh if a.category == category]
    landed_before = {p.act_id for p in history if p.landed}
    return rng.choices(
        in_category, weights=[3.0 if a.id in landed_before else 1.0 for a in in_category]
    )[0]


def rng_for(user_id: int, day: date, swap: int = 0) -> random.Random:
    """Reproducible per person, day and swap, so a re-plan picks the same act."""
    return random.Random(f"{user_id}:{day.isoformat()}:{swap}")


# -- the message --------------------------------------------------------------------------------


def act_text(act: Act, lang: str | None = None) -> str:
    category = acts().categories[act.category]
    parts = [
        t("acts.today", lang, emoji=category.emoji, category=category.name),
        "",
        t("acts.text", lang, text=act.text),
    ]
    if act.quick:
        parts += ["", t("acts.quick", lang)]
    return "\n".join(parts)


def act_buttons(delivery_id: int, lang: str | None = None) -> outbox.Buttons:
    return [
        [outbox.button(label("acts.button_done", lang), f"act:done:{delivery_id}")],
        [
            outbox.button(label("acts.button_another", lang), f"act:another:{delivery_id}"),
            outbox.button(label("acts.button_skip", lang), f"act:skip:{delivery_id}"),
        ],
    ]


# -- the schedule -------------------------------------------------------------------------------


def next_act_at(user: User, after: datetime) -> datetime | None:
    if not user.timezone or not user.is_set_up:
        return None
    return recurrence.next_daily(after, user.act_time, user.timezone)[1]


async def reschedule(session: AsyncSession, user: User, now: datetime) -> None:
    """Recompute the next act after a change of time, time zone, set-up or pause."""
    user.next_act_at = next_act_at(user, now)


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


async def _next_due(db: Database) -> datetime | None:
    async with db.transaction() as session:
        result = await session.exec(
            select(User.next_act_at)
            .where(col(User.next_act_at).is_not(None))
            .order_by(col(User.next_act_at))
            .limit(1)
        )
        return result.first()


@planner("acts", next_due=_next_due)
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
                recurrence.next_daily(max(now, occurrence), person.act_time, person.timezone)[1]
                if person.timezone and person.setup_done_at
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
            for delivery_id, (person, act, day) in zip(inserted, chosen, strict=True):
                key = f"act:{person.id}:{day.isoformat()}"
                delivery_of[key] = delivery_id
                messages.append(
                    outbox.Outgoing(
                        kind="act",
                        user_id=person.id,
                        text=act_text(act, person.language),
                        buttons=act_buttons(delivery_id, person.language),
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


# -- what the person does with it ---------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened when a button on an act was pressed."""

    result: str  # done | already_done | skipped | swapped | no_more_swaps | stale
    delivery: ActDelivery | None = None
    act: Act | None = None
    ask_to_share: bool = False
    told_partner: bool = False


async def _own_delivery(
    session: AsyncSession, user: User, delivery_id: int, now: datetime
) -> ActDelivery | None:
    delivery = await session.get(ActDelivery, delivery_id)
    if delivery is None or delivery.user_id != user.id:
        return None
    today = recurrence.local_date(now, user.timezone or "UTC")
    if (today - delivery.local_date).days > DONE_STILL_COUNTS_DAYS:
        return None
    return delivery


async def mark_done(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    delivery = await _own_delivery(session, user, delivery_id, now)
    if delivery is None or delivery.status == "replaced":
        return Outcome("stale")
    act = acts().get(delivery.act_id)
    if delivery.status == "done":
        return Outcome("already_done", delivery, act)
    delivery.status, delivery.done_at = "done", now
    partner = await users.partner_of(session, user)
    told = False
    if partner is not None and user.share_acts and act is not None:
        told = await _tell_partner(session, user, partner, delivery, act, now)
    return Outcome(
        "done",
        delivery,
        act,
        ask_to_share=partner is not None and user.share_acts is None,
        told_partner=told,
    )


async def _open_offer(
    session: AsyncSession, user: User, delivery_id: int, now: datetime
) -> tuple[ActDelivery | None, Outcome | None]:
    """Today's offer if it is still open, else the outcome to report (stale, already done)."""
    delivery = await _own_delivery(session, user, delivery_id, now)
    if delivery is None or delivery.status == "replaced":
        return None, Outcome("stale", delivery)
    if delivery.status != "offered":
        return None, Outcome("already_done", delivery)
    return delivery, None


async def skip(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    delivery, refused = await _open_offer(session, user, delivery_id, now)
    if delivery is None:
        return refused
    delivery.status = "skipped"
    return Outcome("skipped", delivery)


async def swap(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    """'Another one': replace today's offer with a different act."""
    delivery, refused = await _open_offer(session, user, delivery_id, now)
    if delivery is None:
        return refused
    same_day = list(
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id, ActDelivery.local_date == delivery.local_date
            )
        )
    )
    if len(same_day) > MAX_SWAPS_PER_DAY:
        return Outcome("no_more_swaps", delivery, acts().get(delivery.act_id))
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    history = (
        await history_of(session, [user.id], delivery.local_date - timedelta(days=HISTORY_DAYS))
    )[user.id]
    act = choose(
        acts(),
        history,
        today=delivery.local_date,
        long_distance=bool(couple and couple.long_distance),
        rng=rng_for(user.id, delivery.local_date, len(same_day)),
        exclude={d.act_id for d in same_day},
    )
    delivery.status = "replaced"
    fresh = ActDelivery(
        user_id=user.id,
        act_id=act.id,
        category=act.category,
        local_date=delivery.local_date,
        offered_at=now,
    )
    session.add(fresh)
    await session.flush()
    return Outcome("swapped", fresh, act)


async def mark_landed(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> str:
    """The partner says the act landed. Returns 'landed', 'already' or 'stale'."""
    delivery = await session.get(ActDelivery, delivery_id)
    if delivery is None or delivery.status != "done":
        return "stale"
    doer = await session.get(User, delivery.user_id)
    if (
        doer is None
        or doer.couple_id is None
        or doer.couple_id != user.couple_id
        or doer.id == user.id
    ):
        return "stale"
    if delivery.landed_at is not None:
        return "already"
    delivery.landed_at = now
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="notice",
            user_id=doer.id,
            due_at=now,
            text=t("acts.it_landed", doer.language, name=user.name),
            dedupe_key=f"landed:{delivery.id}",
            ref=f"act:{delivery.id}",
        ),
        now,
    )
    return "landed"


# -- progress -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    done_this_week: int
    run_days: int  # consecutive days with an act done, ending today (or yesterday)
    last_7: list[str]  # oldest first: "done" | "skipped" | "open" | "none"
    next_at: datetime | None


async def done_this_week(session: AsyncSession, user: User, now: datetime) -> int:
    """Acts done since Monday in the person's own calendar."""
    today = recurrence.local_date(now, user.timezone or "UTC")
    monday = today - timedelta(days=today.weekday())
    result = await session.exec(
        select(func.count())
        .select_from(ActDelivery)
        .where(
            ActDelivery.user_id == user.id,
            ActDelivery.status == "done",
            ActDelivery.local_date >= monday,
        )
    )
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


async def set_share_acts(session: AsyncSession, user: User, value: bool, now: datetime) -> bool:
    """Remember whether to tell the partner; when switched on, tell them about today's act if it
    is already done. Returns whether the partner was told now."""
    user.share_acts = value
    if not value:
        return False
    today = recurrence.local_date(now, user.timezone or "UTC")
    done_today = (
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id,
                ActDelivery.local_date == today,
                ActDelivery.status == "done",
            )
        )
    ).first()
    if done_today is None:
        return False
    partner = await users.partner_of(session, user)
    act = acts().get(done_today.act_id)
    if partner is None or act is None:
        return False
    return await _tell_partner(session, user, partner, done_today, act, now)


async def _tell_partner(
    session: AsyncSession, user: User, partner: User, delivery: ActDelivery, act: Act, now: datetime
) -> bool:
    return await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="act_landed",
            user_id=partner.id,
            due_at=now,
            text=t("acts.partner_did_it", partner.language, name=user.name, act=act.text),
            buttons=[
                [
                    outbox.button(
                        label("acts.button_landed", partner.language), f"act:landed:{delivery.id}"
                    )
                ]
            ],
            dedupe_key=f"act_landed:{delivery.id}",
            ref=f"act:{delivery.id}",
        ),
        now,
    )


async def set_long_distance(session: AsyncSession, user: User, value: bool) -> User | None:
    """Mark the couple as living apart (or not). Returns the partner to tell, if any."""
    if user.couple_id is None:
        return None
    await session.exec(
        update(Couple).where(Couple.id == user.couple_id).values(long_distance=value)
    )
    return await users.partner_of(session, user)
