"""Opening each week's check-in at the slot, reminding, and closing the week (the planner).

Reminders that depend on what happened ("later that day if neither started", "the next day if
someone has not finished") are planned when they come due, by looking at the answers then."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.scheduling import outbox, recurrence
from bot.services import insights, users
from bot.services.checkins.questions import response_of
from bot.services.checkins.slots import slot_of
from bot.services.checkins.weeks import (
    create_week,
    is_open,
    open_state,
    responses,
    to_each,
    week_key,
)
from bot.services.notices import notify_partner
from bot.services.users import members
from bot.storage.db import Database
from bot.storage.models import CheckIn, Couple, User

MISSED_LIMIT = 3
SNOOZE = timedelta(hours=1)
MAX_SNOOZES = 3


async def next_due(db: Database) -> datetime | None:
    async with db.transaction() as session:
        candidates = []
        for column, extra in (
            (Couple.next_checkin_at, None),
            (CheckIn.remind_at, "open"),
            (CheckIn.nudge_at, "open"),
            (CheckIn.closes_at, "open"),
        ):
            query = select(column).where(col(column).is_not(None)).order_by(col(column)).limit(1)
            if extra:
                query = query.where(CheckIn.status == extra)
            candidates.append((await session.exec(query)).first())
    found = [c for c in candidates if c is not None]
    return min(found) if found else None


async def plan(db: Database, now: datetime, settings: Settings) -> int:
    written = 0
    async with db.transaction() as session:
        due = list(await session.exec(select(Couple).where(col(Couple.next_checkin_at) <= now)))
        for couple in due:
            written += await _open_week(session, couple, now)
        for ci in await session.exec(
            select(CheckIn).where(CheckIn.status == "open", col(CheckIn.remind_at) <= now)
        ):
            ci.remind_at = None
            written += await _same_day_reminder(session, ci, now)
        for ci in await session.exec(
            select(CheckIn).where(CheckIn.status == "open", col(CheckIn.nudge_at) <= now)
        ):
            ci.nudge_at = None
            written += await _next_day_nudge(session, ci, now)
        for ci in await session.exec(
            select(CheckIn).where(CheckIn.status == "open", CheckIn.closes_at <= now)
        ):
            await close(session, ci, now)
    return written


async def _open_week(session: AsyncSession, couple: Couple, now: datetime) -> int:
    slot = slot_of(couple)
    occurrence = couple.next_checkin_at
    if slot is None or occurrence is None:
        couple.next_checkin_at = None
        return 0
    couple.next_checkin_at = recurrence.next_weekly(
        max(now, occurrence), slot.weekday, slot.at, slot.zone
    )[1]
    people = await members(session, couple.id)
    if not people:
        return 0
    key = week_key(recurrence.local_date(occurrence, slot.zone))
    existing = (
        await session.exec(
            select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.week_key == key)
        )
    ).first()
    if existing is not None:  # started early this week
        return 0
    for previous in await session.exec(
        select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.status == "open")
    ):
        await close(session, previous, now)
    ci = await create_week(session, couple, key, occurrence, len(people) == 1, now)
    if ci is None:
        return 0
    ref = f"checkin:{ci.id}"
    view, dedupe = "checkin.invitation", f"checkin:{ci.id}"
    if couple.missed_weeks >= MISSED_LIMIT:
        # Rather than more reminders: once, a gentle question about the time.
        ci.remind_at = ci.nudge_at = None
        if couple.missed_weeks > MISSED_LIMIT:
            return 0
        view, dedupe = "checkin.new_time", f"checkin_newtime:{ci.id}"
    return await to_each(
        session,
        people,
        now,
        kind="checkin",
        view=view,
        params={"checkin": ci.id},
        due_at=occurrence,
        ref=ref,
        dedupe=dedupe,
    )


async def _same_day_reminder(session: AsyncSession, ci: CheckIn, now: datetime) -> int:
    """Later on the day of the slot, if neither partner has started. If quiet hours hold it past
    midnight it is dropped (the next day's nudge takes over) rather than arriving next morning."""
    answers = await responses(session, ci)
    if any(r.started_at or r.skipped_week for r in answers.values()):
        return 0
    couple = await session.get(Couple, ci.couple_id)
    zone = (couple.checkin_zone if couple else None) or "UTC"
    day = recurrence.local_date(ci.slot_at, zone)
    day_ends = recurrence.local_instant(day + timedelta(days=1), time(0, 0), zone)
    return await to_each(
        session,
        await members(session, ci.couple_id),
        now,
        kind="checkin_reminder",
        ref=f"checkin:{ci.id}",
        dedupe=f"checkin_reminder:{ci.id}",
        not_after=max(day_ends, now),
        view="checkin.reminder",
        params={"checkin": ci.id},
    )


async def _next_day_nudge(session: AsyncSession, ci: CheckIn, now: datetime) -> int:
    """The next day, to a partner who has not finished, once someone has started."""
    answers = await responses(session, ci)
    if not any(r.started_at for r in answers.values()):
        return 0
    written = 0
    for person in await members(session, ci.couple_id):
        mine = answers.get(person.id)
        if mine is not None and (mine.finished_at or mine.skipped_week):
            continue
        written += await outbox.enqueue(
            session,
            outbox.Outgoing(
                kind="checkin_nudge",
                user_id=person.id,
                due_at=now,
                ref=f"checkin:{ci.id}",
                dedupe_key=f"checkin_nudge:{ci.id}:{person.id}",
                view="checkin.nudge" if mine and mine.started_at else "checkin.partner_started",
                params={"checkin": ci.id},
            ),
            now,
        )
    return written


async def close(session: AsyncSession, ci: CheckIn, now: datetime) -> None:
    """The week is over: record what happened and count missed weeks."""
    answers = await responses(session, ci)
    couple = await session.get(Couple, ci.couple_id)
    started = any(r.started_at for r in answers.values())
    people = await members(session, ci.couple_id)
    skipped = bool(people) and all(
        answers.get(p.id) is not None and answers[p.id].skipped_week for p in people
    )
    if ci.meeting in ("running", "paused", "done") and ci.meeting_started_at is not None:
        ci.status = "done"
    elif started:
        ci.status = "closed"
    elif skipped:
        ci.status = "skipped"
    else:
        ci.status = "missed"
    ci.remind_at = ci.nudge_at = None
    if couple is not None:
        couple.missed_weeks = couple.missed_weeks + 1 if ci.status == "missed" else 0
    await outbox.cancel(session, refs=[f"checkin:{ci.id}", f"checkin-meeting:{ci.id}"])
    for person in people:  # e.g. a partner who stopped answering shows only now
        mine = answers.get(person.id)
        if mine is not None and mine.started_at is not None:
            await insights.consider(session, person, now)
    for person in people:
        if (
            person.flow
            and person.flow.startswith("checkin.")
            and person.flow_data.get("checkin") == ci.id
        ):
            users.set_flow(person, None)


async def snooze(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    state, ci = await open_state(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    response = await response_of(session, user, ci, now)
    if response.finished_at is not None:
        return "stale"  # an old invitation's button: the answers are in
    if response.snoozes >= MAX_SNOOZES:
        return "no_more"
    response.snoozes += 1
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="checkin_reminder",
            user_id=user.id,
            due_at=now + SNOOZE,
            ref=f"checkin:{ci.id}",
            dedupe_key=f"checkin_snooze:{ci.id}:{user.id}:{response.snoozes}",
            view="checkin.snoozed",
            params={"checkin": ci.id},
        ),
        now,
    )
    return "ok"


async def skip_week(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    state, ci = await open_state(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    response = await response_of(session, user, ci, now)
    if response.finished_at is not None or response.skipped_week:
        return "stale"  # finished (or skipped) already: an old button, nothing changes
    response.skipped_week = True
    if user.flow == "checkin.answer":
        users.set_flow(user, None)
    await outbox.cancel(session, user_id=user.id, refs=[f"checkin:{ci.id}"])
    partner = await users.partner_of(session, user)
    if partner is not None:
        await notify_partner(
            session,
            partner,
            user,
            "checkin.partner_skipped",
            now,
            params={"checkin": ci.id},
            ref=f"checkin:{ci.id}",
        )
    return "ok"


async def start_early(session: AsyncSession, user: User, now: datetime) -> CheckIn | None:
    """'Start now' before the slot: this week's check-in opens at once (the slot then finds it
    and stays quiet)."""
    couple = await session.get(Couple, user.couple_id)
    slot = slot_of(couple) if couple else None
    if couple is None or slot is None:
        return None
    upcoming_day, _ = recurrence.next_weekly(now, slot.weekday, slot.at, slot.zone)
    key = week_key(upcoming_day)
    existing = (
        await session.exec(
            select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.week_key == key)
        )
    ).first()
    if existing is not None:
        return existing if is_open(existing, now) else None
    for previous in await session.exec(
        select(CheckIn).where(CheckIn.couple_id == couple.id, CheckIn.status == "open")
    ):
        await close(session, previous, now)
    people = await members(session, couple.id)
    ci = await create_week(session, couple, key, now, len(people) <= 1, now)
    if ci is not None:
        ci.remind_at = None
    return ci
