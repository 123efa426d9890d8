"""The weekly check-in: a slot each week, private questions for each partner, the reveal, and a
guided 30-minute talk together.

Everything that matters lives in the database: the open check-in (``CheckIn``), the question
each partner is on (``CheckInResponse.position``), the step the talk has reached. So a partner
can stop and resume later, after a restart or on another worker.

Reminders that depend on what happened ("later that day if neither started", "the next day if
someone has not finished") are planned when they come due, by looking at the answers then.

Ratings stay private to their author (they feed that person's own trends and insights only);
written answers are revealed side by side once both have finished, unless marked private.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import AgendaStep, checkin, label, t
from bot.scheduling import outbox, recurrence
from bot.scheduling.planner import planner
from bot.services import insights, promises, safety, users
from bot.services.times import format_time, parse_time_of_day
from bot.services.timezones import get_zone
from bot.services.when import WEEKDAYS, When, read
from bot.storage.db import Database
from bot.storage.models import CheckIn, CheckInResponse, Couple, User

TEXT_LIMIT = 1500
CLOSE_AFTER = timedelta(days=6, hours=12)
SAME_DAY_REMINDER = timedelta(minutes=90)
NEXT_DAY_NUDGE = timedelta(hours=24)
SNOOZE = timedelta(hours=1)
MAX_SNOOZES = 3
MISSED_LIMIT = 3
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


# -- the questions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    field: str
    kind: str  # scale | often | yesno | text | topic
    max: int = 0


def questions(with_topic_followup: bool) -> list[Question]:
    """The private questions in order; last week's unresolved topic adds one."""
    content = checkin()
    found = [Question(q.id, "scale", q.max) for q in content.pulse]
    found += [Question(item.id, "often", 3) for item in content.patterns.items]
    if with_topic_followup:
        found.append(Question("topic_resolved", "yesno"))
    found += [
        Question("went_well", "text"),
        Question("hard", "text"),
        Question("hard_topic", "topic"),
        Question("improve", "text"),
    ]
    return found


def validate(question: Question, value: object) -> object | None:
    """The value to store, or None when it is not a valid answer to this question."""
    if question.kind in ("scale", "often"):
        return value if isinstance(value, int) and 0 <= value <= question.max else None
    if question.kind == "yesno":
        return value if isinstance(value, bool) else None
    if question.kind == "topic":
        return value if isinstance(value, str) and value in checkin().topics else None
    if question.kind == "text":
        if not isinstance(value, str):
            return None
        text = value.strip()
        return text if 0 < len(text) <= TEXT_LIMIT else None
    return None


# -- the slot -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    weekday: int
    at: time
    zone: str


def slot_of(couple: Couple) -> Slot | None:
    if couple.checkin_weekday is None or couple.checkin_time is None or not couple.checkin_zone:
        return None
    return Slot(couple.checkin_weekday, couple.checkin_time, couple.checkin_zone)


def parse_slot(text: str) -> tuple[int, time] | None:
    """'Sunday 7pm', 'wed 20:30', 'Saturdays at 10am' -> (weekday, time)."""
    words = text.lower().replace(",", " ").split()
    weekday = next((WEEKDAYS[w.rstrip("s")] for w in words if w.rstrip("s") in WEEKDAYS), None)
    if weekday is None:
        return None
    rest = " ".join(w for w in words if w.rstrip("s") not in WEEKDAYS and w not in ("at", "on"))
    at = parse_time_of_day(rest)
    return (weekday, at) if at is not None else None


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def local_slot(slot: Slot, zone: str, now: datetime) -> tuple[str, time]:
    """The slot seen from another time zone: (weekday name, local time) of the next one."""
    _, instant = recurrence.next_weekly(now, slot.weekday, slot.at, slot.zone)
    local = instant.astimezone(get_zone(zone))
    return WEEKDAY_NAMES[local.weekday()], local.time()


def describe_slot(slot: Slot) -> str:
    return f"{WEEKDAY_NAMES[slot.weekday]}s {format_time(slot.at)}"


async def members(session: AsyncSession, couple_id: int) -> list[User]:
    return list(
        await session.exec(
            select(User)
            .where(User.couple_id == couple_id, col(User.setup_done_at).is_not(None))
            .order_by(User.id)
        )
    )


def at_night(slot: Slot, user: User, settings: Settings, now: datetime) -> time | None:
    """The local time if the slot falls in ``user``'s quiet hours, else None."""
    _, local = local_slot(slot, user.timezone or slot.zone, now)
    start, end = users.quiet_hours(user, settings.quiet_hours_start, settings.quiet_hours_end)
    return local if recurrence.in_window(local, start, end) else None


async def set_slot(
    session: AsyncSession, couple: Couple, weekday: int, at: time, zone: str, now: datetime
) -> Slot:
    couple.checkin_weekday, couple.checkin_time, couple.checkin_zone = weekday, at, zone
    couple.checkin_proposal = None
    couple.missed_weeks = 0
    couple.next_checkin_at = recurrence.next_weekly(now, weekday, at, zone)[1]
    await session.flush()
    return Slot(weekday, at, zone)


async def propose_slot(
    session: AsyncSession, user: User, weekday: int, at: time, now: datetime
) -> str:
    """Either partner may propose a new slot; the other confirms. Returns 'set' (no partner, or
    no slot yet) or 'proposed'."""
    couple = await session.get(Couple, user.couple_id)
    partner = await users.partner_of(session, user)
    zone = couple.checkin_zone or user.timezone or "UTC"
    if partner is None or slot_of(couple) is None:
        slot = await set_slot(session, couple, weekday, at, zone, now)
        if partner is not None:
            await _notice(
                session,
                partner,
                now,
                "checkin.partner_chose_slot",
                "slot-news",
                name=user.name,
                slot=_slot_for(slot, partner, now),
            )
        return "set"
    nonce = secrets.token_hex(4)
    couple.checkin_proposal = {
        "by": user.id,
        "weekday": weekday,
        "time": format_time(at),
        "zone": zone,
        "id": nonce,
    }
    proposed = Slot(weekday, at, zone)
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="notice",
            user_id=partner.id,
            due_at=now,
            dedupe_key=f"slot-proposal:{nonce}",
            text=t(
                "checkin.proposal",
                partner.language,
                name=user.name,
                slot=_slot_for(proposed, partner, now),
            ),
            buttons=[
                [
                    outbox.button(
                        label("checkin.button_accept", partner.language), f"cs:ok:{nonce}"
                    ),
                    outbox.button(
                        label("checkin.button_decline", partner.language), f"cs:no:{nonce}"
                    ),
                ]
            ],
        ),
        now,
    )
    return "proposed"


def _slot_for(slot: Slot, viewer: User, now: datetime) -> str:
    text = describe_slot(slot)
    if viewer.timezone and viewer.timezone != slot.zone:
        weekday, local = local_slot(slot, viewer.timezone, now)
        text += t("checkin.slot_for_you", weekday=weekday, time=format_time(local))
    return text


async def answer_proposal(
    session: AsyncSession, user: User, nonce: str, accept: bool, now: datetime
) -> Slot | bool | None:
    """The other partner's answer. Returns the new slot, None (declined) or False (stale)."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    proposal = couple.checkin_proposal if couple else None
    if not proposal or proposal.get("id") != nonce or proposal.get("by") == user.id:
        return False
    proposer = await session.get(User, proposal["by"])
    couple.checkin_proposal = None
    if not accept:
        if proposer is not None:
            await _notice(
                session, proposer, now, "checkin.proposal_declined", "slot-news", name=user.name
            )
        return None
    slot = await set_slot(
        session,
        couple,
        proposal["weekday"],
        parse_time_of_day(proposal["time"]),
        proposal["zone"],
        now,
    )
    if proposer is not None:
        await _notice(
            session,
            proposer,
            now,
            "checkin.proposal_accepted",
            "slot-news",
            name=user.name,
            slot=_slot_for(slot, proposer, now),
        )
    return slot


async def _notice(
    session: AsyncSession,
    user: User,
    now: datetime,
    key: str,
    prefix: str,
    kind: str = "notice",
    buttons: outbox.Buttons | None = None,
    ref: str | None = None,
    **values: object,
) -> None:
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind=kind,
            user_id=user.id,
            due_at=now,
            dedupe_key=outbox.once(prefix),
            ref=ref,
            text=t(key, user.language, **values),
            buttons=buttons,
        ),
        now,
    )


async def _to_each(
    session: AsyncSession,
    people: list[User],
    now: datetime,
    *,
    kind: str,
    dedupe: str,
    ref: str,
    text,
    buttons=None,
    due_at: datetime | None = None,
    not_after: datetime | None = None,
) -> int:
    """One outbox row for each person; ``text`` and ``buttons`` are called with the person, so
    each gets their own language. The person's id completes the dedupe key."""
    rows = [
        outbox.Outgoing(
            kind=kind,
            user_id=p.id,
            due_at=due_at or now,
            ref=ref,
            dedupe_key=f"{dedupe}:{p.id}",
            text=text(p),
            buttons=buttons(p) if buttons else None,
            not_after=not_after,
        )
        for p in people
    ]
    return await outbox.enqueue_many(session, rows, now)


# -- opening, reminding and closing (the planner) -----------------------------------------------


def _slot_buttons(checkin_id: int, lang: str) -> outbox.Buttons:
    return [
        [outbox.button(label("checkin.button_start", lang), f"ck:start:{checkin_id}")],
        [
            outbox.button(label("checkin.button_snooze", lang), f"ck:snooze:{checkin_id}"),
            outbox.button(label("checkin.button_skip", lang), f"ck:skip:{checkin_id}"),
        ],
    ]


async def _next_due(db: Database) -> datetime | None:
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


@planner("checkins", next_due=_next_due)
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
    ci = await _create(session, couple, key, occurrence, len(people) == 1, now)
    if ci is None:
        return 0
    ref = f"checkin:{ci.id}"
    if couple.missed_weeks >= MISSED_LIMIT:
        # Rather than more reminders: once, a gentle question about the time.
        ci.remind_at = ci.nudge_at = None
        if couple.missed_weeks > MISSED_LIMIT:
            return 0
        return await _to_each(
            session,
            people,
            now,
            kind="checkin",
            due_at=occurrence,
            ref=ref,
            dedupe=f"checkin_newtime:{ci.id}",
            text=lambda p: t("checkin.new_time", p.language),
            buttons=lambda p: [
                [outbox.button(label("checkin.button_pick_time", p.language), "cs:pick")],
                [outbox.button(label("checkin.button_keep_time", p.language), "cs:keep")],
            ],
        )
    key = "checkin.slot_solo" if ci.solo else "checkin.slot"
    return await _to_each(
        session,
        people,
        now,
        kind="checkin",
        due_at=occurrence,
        ref=ref,
        dedupe=f"checkin:{ci.id}",
        text=lambda p: t(key, p.language, name=p.name),
        buttons=lambda p: _slot_buttons(ci.id, p.language),
    )


async def _create(
    session: AsyncSession, couple: Couple, key: str, slot_at: datetime, solo: bool, now: datetime
) -> CheckIn | None:
    ci = CheckIn(
        couple_id=couple.id,
        week_key=key,
        slot_at=slot_at,
        solo=solo,
        closes_at=slot_at + CLOSE_AFTER,
        remind_at=slot_at + SAME_DAY_REMINDER,
        nudge_at=slot_at + NEXT_DAY_NUDGE,
        created_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(ci)
            await session.flush()
    except IntegrityError:  # another worker opened this week a moment ago
        return None
    return ci


async def _responses(session: AsyncSession, ci: CheckIn) -> dict[int, CheckInResponse]:
    return {
        r.user_id: r
        for r in await session.exec(
            select(CheckInResponse).where(CheckInResponse.checkin_id == ci.id)
        )
    }


async def _same_day_reminder(session: AsyncSession, ci: CheckIn, now: datetime) -> int:
    """Later on the day of the slot, if neither partner has started. If quiet hours hold it past
    midnight it is dropped (the next day's nudge takes over) rather than arriving next morning."""
    answers = await _responses(session, ci)
    if any(r.started_at or r.skipped_week for r in answers.values()):
        return 0
    couple = await session.get(Couple, ci.couple_id)
    zone = (couple.checkin_zone if couple else None) or "UTC"
    day = recurrence.local_date(ci.slot_at, zone)
    day_ends = recurrence.local_instant(day + timedelta(days=1), time(0, 0), zone)
    return await _to_each(
        session,
        await members(session, ci.couple_id),
        now,
        kind="checkin_reminder",
        ref=f"checkin:{ci.id}",
        dedupe=f"checkin_reminder:{ci.id}",
        not_after=max(day_ends, now),
        text=lambda p: t("checkin.reminder", p.language),
        buttons=lambda p: _slot_buttons(ci.id, p.language),
    )


async def _next_day_nudge(session: AsyncSession, ci: CheckIn, now: datetime) -> int:
    """The next day, to a partner who has not finished, once someone has started."""
    answers = await _responses(session, ci)
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
                kind="checkin_reminder",
                user_id=person.id,
                due_at=now,
                ref=f"checkin:{ci.id}",
                dedupe_key=f"checkin_nudge:{ci.id}:{person.id}",
                text=t(
                    "checkin.nudge"
                    if mine and mine.started_at
                    else "checkin.nudge_partner_started",
                    person.language,
                ),
                buttons=[
                    [
                        outbox.button(
                            label("checkin.button_continue", person.language), f"ck:start:{ci.id}"
                        )
                    ]
                ],
            ),
            now,
        )
    return written


async def close(session: AsyncSession, ci: CheckIn, now: datetime) -> None:
    """The week is over: record what happened and count missed weeks."""
    answers = await _responses(session, ci)
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


# -- answering ----------------------------------------------------------------------------------


@dataclass
class Turn:
    """What happened, and what to show next."""

    result: str  # ok | stale | closed | invalid | too_long | finished | skipped | no_more
    checkin: CheckIn | None = None
    response: CheckInResponse | None = None
    question: Question | None = None
    number: int = 0  # 1-based position of ``question``
    total: int = 0
    partner_finished: bool = False
    revealed: bool = False
    tip: str | None = None  # a skill tip for this person (solo: shown when they finish)
    protected: bool = False  # the answer signalled danger and was made private


def is_open(ci: CheckIn, now: datetime) -> bool:
    return ci.status == "open" and now < ci.closes_at


async def of_couple(session: AsyncSession, user: User, checkin_id: int) -> CheckIn | None:
    """The check-in only if it belongs to this person's couple (forged ids get nothing).

    The person's own answers come in the same query and are kept on the session, so
    ``response_of`` then needs no query of its own."""
    if user.couple_id is None:
        return None
    row = (
        await session.exec(
            select(CheckIn, CheckInResponse)
            .outerjoin(
                CheckInResponse,
                (col(CheckInResponse.checkin_id) == CheckIn.id)
                & (CheckInResponse.user_id == user.id),
            )
            .where(CheckIn.id == checkin_id, CheckIn.couple_id == user.couple_id)
        )
    ).first()
    if row is None:
        return None
    session.info.setdefault("responses", {})[(row[0].id, user.id)] = row[1]
    return row[0]


async def open_for(session: AsyncSession, user: User, now: datetime) -> CheckIn | None:
    if user.couple_id is None:
        return None
    return (
        await session.exec(
            select(CheckIn)
            .where(
                CheckIn.couple_id == user.couple_id,
                CheckIn.status == "open",
                CheckIn.closes_at > now,
            )
            .order_by(col(CheckIn.slot_at).desc())
        )
    ).first()


async def _previous_topic(session: AsyncSession, user: User, ci: CheckIn) -> str | None:
    """Last week's 'felt hard' topic of this person, unless they said it was settled."""
    previous = (
        await session.exec(
            select(CheckInResponse)
            .join(CheckIn, col(CheckInResponse.checkin_id) == CheckIn.id)
            .where(CheckInResponse.user_id == user.id, CheckIn.slot_at < ci.slot_at)
            .order_by(col(CheckIn.slot_at).desc())
            .limit(1)
        )
    ).first()
    if previous is None or previous.hard_topic is None or previous.hard_topic == "other":
        return None
    return previous.hard_topic


async def response_of(
    session: AsyncSession, user: User, ci: CheckIn, now: datetime, *, create: bool = True
) -> CheckInResponse | None:
    found = session.info.get("responses", {}).get((ci.id, user.id))  # from ``of_couple``
    if found is None:
        found = (
            await session.exec(
                select(CheckInResponse).where(
                    CheckInResponse.checkin_id == ci.id, CheckInResponse.user_id == user.id
                )
            )
        ).first()
    if found is None and create:
        # The week's questions are fixed when a partner starts: last week's unresolved topic
        # (if any) adds a follow-up, looked up once here rather than on every answer.
        found = CheckInResponse(
            checkin_id=ci.id,
            user_id=user.id,
            followup_topic=await _previous_topic(session, user, ci),
        )
        session.add(found)
        await session.flush()
    return found


def question_list(response: CheckInResponse) -> list[Question]:
    return questions(response.followup_topic is not None)


async def start(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> Turn:
    """Begin, or carry on with, this person's private questions."""
    state, ci = await _open(session, user, checkin_id, now)
    if ci is None or state != "open":
        return Turn(state, ci)
    response = await response_of(session, user, ci, now)
    response.skipped_week = False
    if response.started_at is None:
        response.started_at = now
    listed = question_list(response)
    if response.finished_at is not None or response.position >= len(listed):
        return Turn("finished", ci, response)
    users.set_flow(user, "checkin.answer", checkin=ci.id)
    return Turn("ok", ci, response, listed[response.position], response.position + 1, len(listed))


def parse(question: Question, raw: str) -> object:
    """A button's value for this question ('skip' is None; unknown values stay as text and are
    refused by ``validate``)."""
    if raw == "skip":
        return None
    if question.kind in ("scale", "often"):
        return int(raw) if raw.isdigit() else raw
    if question.kind == "yesno":
        return {"y": True, "n": False}.get(raw, raw)
    return raw


async def answer(
    session: AsyncSession,
    user: User,
    checkin_id: int,
    field: str,
    value: object,
    now: datetime,
    *,
    raw: str | None = None,
) -> Turn:
    """Save one answer the moment it is given (``value`` None: skipped) and move on. A button
    passes ``raw`` instead, read according to the question it belongs to."""
    state, ci = await _open(session, user, checkin_id, now)
    if ci is None or state != "open":
        return Turn(state, ci)
    response = await response_of(session, user, ci, now)
    listed = question_list(response)
    index = next((i for i, q in enumerate(listed) if q.field == field), None)
    if index is None:
        return Turn("stale", ci)
    question = listed[index]
    if raw is not None:
        if question.kind == "text" and raw != "skip":
            return Turn("invalid", ci, response, question, index + 1, len(listed))
        value = parse(question, raw)
    protected = False
    if value is not None:
        if question.kind == "text" and isinstance(value, str) and len(value.strip()) > TEXT_LIMIT:
            return Turn("too_long", ci, response, question, index + 1, len(listed))
        stored = validate(question, value)
        if stored is None:
            return Turn("invalid", ci, response, question, index + 1, len(listed))
        setattr(response, field, stored)
        if question.kind == "text" and (await safety.screen_async(str(stored))).flagged:
            # Words that signal danger are never revealed to the partner. Marking the answer
            # private looks like any other private answer, so nothing the partner sees changes.
            setattr(response, f"{field}_private", True)
            protected = True
    if response.started_at is None:
        response.started_at = now
    response.skipped_week = False
    if index == response.position:
        response.position += 1
        if question.field == "hard" and value is None:
            response.position += 1  # nothing felt hard: no topic to tag
    if response.position < len(listed) and response.finished_at is None:
        users.set_flow(user, "checkin.answer", checkin=ci.id)
        following = listed[response.position]
        return Turn(
            "ok", ci, response, following, response.position + 1, len(listed), protected=protected
        )
    finished = await _finish(session, user, ci, response, now)
    finished.protected = protected
    return finished


async def _finish(
    session: AsyncSession, user: User, ci: CheckIn, response: CheckInResponse, now: datetime
) -> Turn:
    if response.finished_at is None:
        response.finished_at = now
    if user.flow == "checkin.answer":
        users.set_flow(user, None)
    people = await members(session, ci.couple_id)
    answers = await _responses(session, ci)
    others = [p for p in people if p.id != user.id]
    done = all(answers.get(p.id) is not None and answers[p.id].finished_at for p in others)
    revealed = False
    if others and done and ci.revealed_at is None:
        ci.revealed_at = now
        tips = {p.id: await insights.tip_for(session, p, now) for p in people}
        ready = [] if ci.meeting != "none" else [f"ck:ready:{ci.id}"]
        await _to_each(
            session,
            people,
            now,
            kind="checkin_reveal",
            ref=f"checkin:{ci.id}",
            dedupe=f"checkin_reveal:{ci.id}",
            text=lambda p: reveal_text(p, people, answers, tip=tips[p.id]),
            buttons=lambda p: (
                [[outbox.button(label("checkin.button_ready", p.language), d)] for d in ready]
                or None
            ),
        )
        revealed = True
    elif others and not done:
        for other in others:
            mine = answers.get(other.id)
            if mine is None or not mine.skipped_week:
                await _notice(
                    session,
                    other,
                    now,
                    "checkin.partner_finished",
                    "checkin-news",
                    kind="checkin_reminder",
                    ref=f"checkin:{ci.id}",
                    name=user.name,
                    buttons=[
                        [
                            outbox.button(
                                label("checkin.button_start", other.language), f"ck:start:{ci.id}"
                            )
                        ]
                    ],
                )
    # Suggestions read complete weeks: both partners at the reveal, a solo partner now, and
    # anyone whose partner never finished when the week closes.
    for person in people if revealed else ([] if others else [user]):
        await insights.consider(session, person, now)
    return Turn(
        "finished",
        ci,
        response,
        partner_finished=done and bool(others),
        revealed=revealed,
        tip=None if others else await insights.tip_for(session, user, now),
    )


def reveal_text(
    viewer: User, people: list[User], answers: dict[int, CheckInResponse], tip: str | None = None
) -> str:
    """The viewer's written answers beside the partner's (private ones are not shown), and a
    skill tip for the viewer alone when their own answers call for one."""
    partner = next((p for p in people if p.id != viewer.id), None)
    mine = answers.get(viewer.id)
    theirs = answers.get(partner.id) if partner else None
    content = checkin()
    parts = [t("checkin.reveal_title", viewer.language, partner=partner.name if partner else "")]
    for question in content.written:
        field = question.id
        heading = re.sub(r"<[^>]+>|✍️\s*", "", question.text).split("?")[0] + "?"
        if field == "hard":
            topics = [
                r.hard_topic
                for r in (mine, theirs)
                if r is not None and r.hard_topic and not r.hard_private
            ]
            if topics:
                heading += " (" + ", ".join(dict.fromkeys(content.topics[x] for x in topics)) + ")"
        parts += [
            "",
            f"<b>{heading}</b>",
            t("checkin.reveal_you", viewer.language, text=_shown(mine, field)),
            t(
                "checkin.reveal_partner",
                viewer.language,
                name=partner.name if partner else "",
                text=_shown(theirs, field, viewer_is_author=False),
            ),
        ]
    if tip:
        parts += ["", tip]
    return "\n".join(parts)


def _shown(response: CheckInResponse | None, field: str, *, viewer_is_author: bool = True) -> str:
    if response is None or getattr(response, field) is None:
        return label("checkin.reveal_skipped")
    if getattr(response, f"{field}_private") and not viewer_is_author:
        return label("checkin.reveal_private")
    text = " ".join(str(getattr(response, field)).split())
    return text if len(text) <= 600 else text[:599] + "…"


async def toggle_private(
    session: AsyncSession, user: User, checkin_id: int, field: str, now: datetime
) -> bool | None:
    """Keep one written answer private (or share it again) until the reveal. Returns the new
    setting, or None when it can no longer change."""
    if field not in ("went_well", "hard", "improve"):
        return None
    ci = await of_couple(session, user, checkin_id)
    if ci is None or not is_open(ci, now) or ci.revealed_at is not None:
        return None
    response = await response_of(session, user, ci, now, create=False)
    if response is None:
        return None
    value = not getattr(response, f"{field}_private")
    setattr(response, f"{field}_private", value)
    return value


async def _open(
    session: AsyncSession, user: User, checkin_id: int, now: datetime
) -> tuple[str, CheckIn | None]:
    """The check-in a button points at, if it is this person's: ("stale", None) when it is not,
    ("closed", ci) when its week is over, ("open", ci) otherwise."""
    ci = await of_couple(session, user, checkin_id)
    if ci is None:
        return "stale", None
    return ("open" if is_open(ci, now) else "closed"), ci


async def snooze(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    state, ci = await _open(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    response = await response_of(session, user, ci, now)
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
            text=t("checkin.snoozed_again", user.language),
            buttons=_slot_buttons(ci.id, user.language),
        ),
        now,
    )
    return "ok"


async def skip_week(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    state, ci = await _open(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    response = await response_of(session, user, ci, now)
    response.skipped_week = True
    if user.flow == "checkin.answer":
        users.set_flow(user, None)
    await outbox.cancel(session, user_id=user.id, refs=[f"checkin:{ci.id}"])
    partner = await users.partner_of(session, user)
    if partner is not None:
        await _notice(
            session,
            partner,
            now,
            "checkin.partner_skipped",
            "checkin-news",
            ref=f"checkin:{ci.id}",
            name=user.name,
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
    ci = await _create(session, couple, key, now, len(people) <= 1, now)
    if ci is not None:
        ci.remind_at = None
    return ci


# -- the talk together --------------------------------------------------------------------------


def agenda(ci: CheckIn) -> list[AgendaStep]:
    return checkin().agenda_for(ci.solo)


def current_step(ci: CheckIn, now: datetime) -> int:
    """The step the talk is on: the one planned last, moved on by the minutes that passed."""
    if ci.meeting_started_at is None:
        return 0
    steps = agenda(ci)
    elapsed = now - ci.meeting_started_at
    index, offset = ci.meeting_step, timedelta(0)
    while index < len(steps) - 1:
        offset += timedelta(minutes=steps[index].minutes)
        if elapsed < offset:
            break
        index += 1
    return index


async def ready(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    """'Ready to talk': the talk starts when both are (at once when solo)."""
    state, ci = await _open(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    if ci.meeting in ("running", "paused"):
        return "running"
    if user.id not in ci.ready:
        ci.ready = [*ci.ready, user.id]
    people = await members(session, ci.couple_id)
    waiting = [p for p in people if p.id not in ci.ready]
    if waiting:
        for person in waiting:
            await _notice(
                session,
                person,
                now,
                "checkin.partner_ready",
                "checkin-news",
                kind="checkin_step",
                ref=f"checkin:{ci.id}",
                name=user.name,
                buttons=[
                    [
                        outbox.button(
                            label("checkin.button_ready_too", person.language), f"ck:ready:{ci.id}"
                        )
                    ]
                ],
            )
        return "waiting"
    ci.meeting, ci.meeting_step, ci.meeting_started_at = "running", 0, now
    await _plan_steps(session, ci, now)
    return "started"


async def _plan_steps(session: AsyncSession, ci: CheckIn, now: datetime) -> None:
    """Write the remaining steps to the outbox, each at its minute; old ones are cancelled."""
    await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
    ci.meeting_gen += 1
    ci.meeting_started_at = now
    people = await members(session, ci.couple_id)
    couple = await session.get(Couple, ci.couple_id)
    first, second = _speakers(ci, people)
    slot = slot_of(couple) if couple else None
    steps = agenda(ci)
    offset = timedelta(0)
    rows = []
    for index in range(ci.meeting_step, len(steps)):
        step = steps[index]
        for person in people:
            rows.append(
                outbox.Outgoing(
                    kind="checkin_step",
                    user_id=person.id,
                    due_at=now + offset,
                    ref=f"checkin-meeting:{ci.id}",
                    dedupe_key=f"checkin_step:{ci.id}:{ci.meeting_gen}:{index}:{person.id}",
                    text=step.text.format(
                        first=first, second=second, slot=describe_slot(slot) if slot else ""
                    )
                    + "\n\n"
                    + t("checkin.step_counter", person.language, n=index + 1, total=len(steps)),
                    buttons=_step_buttons(ci, step.id, person.language),
                )
            )
        offset += timedelta(minutes=step.minutes)
    for person in people:
        rows.append(
            outbox.Outgoing(
                kind="checkin_step",
                user_id=person.id,
                due_at=now + offset,
                ref=f"checkin-meeting:{ci.id}",
                dedupe_key=f"checkin_step:{ci.id}:{ci.meeting_gen}:end:{person.id}",
                text=t(
                    "checkin.meeting_done_solo" if ci.solo else "checkin.meeting_done",
                    person.language,
                ),
            )
        )
    await outbox.enqueue_many(session, rows, now)


def _speakers(ci: CheckIn, people: list[User]) -> tuple[str, str]:
    """Who speaks first alternates week by week."""
    names = [p.name or "" for p in people] + ["", ""]
    if int(ci.week_key[-2:] or 0) % 2 and len(people) == 2:
        return names[1], names[0]
    return names[0], names[1]


def _step_buttons(ci: CheckIn, step_id: str, lang: str) -> outbox.Buttons:
    key = f"{ci.id}:{ci.meeting_gen}"
    rows: outbox.Buttons = []
    if step_id == "loved":
        rows.append([outbox.button(label("checkin.button_loved", lang), f"ck:loved:{key}")])
    if step_id == "hard_topic" and not ci.solo:
        rows.append([outbox.button(label("checkin.button_break", lang), f"ck:break:{key}")])
    if step_id == "next_week":
        rows.append(
            [
                outbox.button(label("checkin.button_same_time", lang), f"ck:end:{key}"),
                outbox.button(label("checkin.button_change_time", lang), "cs:pick"),
            ]
        )
    else:
        rows.append(
            [
                outbox.button(label("checkin.button_next", lang), f"ck:next:{key}"),
                outbox.button(label("checkin.button_end", lang), f"ck:end:{key}"),
            ]
        )
    return rows


async def meeting_action(
    session: AsyncSession, user: User, checkin_id: int, gen: int, action: str, now: datetime
) -> str:
    """next | end | break | resume, from buttons on the current step (either partner)."""
    ci = await of_couple(session, user, checkin_id)
    if ci is None or gen != ci.meeting_gen:
        return "stale"
    if not is_open(ci, now):
        return "closed"
    if action == "resume":
        if ci.meeting != "paused":
            return "stale"
        ci.meeting = "running"
        await _plan_steps(session, ci, now)
        return "resumed"
    if ci.meeting != "running":
        return "stale"
    step = current_step(ci, now)
    people = await members(session, ci.couple_id)
    if action == "break":
        await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
        ci.meeting, ci.meeting_step = "paused", step
        ci.meeting_gen += 1
        resume = f"ck:resume:{ci.id}:{ci.meeting_gen}"
        await _to_each(
            session,
            people,
            now,
            kind="checkin_step",
            ref=f"checkin-meeting:{ci.id}",
            dedupe=f"checkin_break:{ci.id}:{ci.meeting_gen}",
            text=lambda p: checkin().break_,
            buttons=lambda p: [[outbox.button(label("checkin.button_resume", p.language), resume)]],
        )
        return "paused"
    if action == "next" and step + 1 < len(agenda(ci)):
        ci.meeting_step = step + 1
        await _plan_steps(session, ci, now)
        return "moved"
    # end (or "next" on the last step)
    await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
    ci.meeting = "done"
    ci.meeting_gen += 1
    done = "checkin.meeting_done_solo" if ci.solo else "checkin.meeting_done"
    await _to_each(
        session,
        people,
        now,
        kind="checkin_step",
        ref=f"checkin:{ci.id}",
        dedupe=f"checkin_end:{ci.id}",
        text=lambda p: t(done, p.language),
    )
    return "ended"


async def loved_promise(
    session: AsyncSession, user: User, checkin_id: int, text: str, now: datetime, settings: Settings
) -> promises.Promise | None:
    """'What can I do to make you feel loved this week?' - the answer becomes a promise."""
    ci = await of_couple(session, user, checkin_id)
    cleaned = promises.clean_text(text)
    if ci is None or cleaned is None:
        return None
    reading = read(cleaned, now, user.timezone or "UTC")
    due = reading.when or read("this week", now, user.timezone or "UTC").when
    if due is None or due.at <= now:
        due = When(now + timedelta(days=7), all_day=True)
    users.set_flow(user, None)
    return await promises.make(
        session,
        user,
        text=cleaned,
        when=due,
        private=False,
        now=now,
        settings=settings,
        source="checkin",
    )


# -- history ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Week:
    day: date
    status: str
    my_pulse: int | None
    partner_took_part: bool | None  # None when solo
    topics: list[str]


async def history(session: AsyncSession, user: User, weeks: int = 8) -> list[Week]:
    if user.couple_id is None:
        return []
    rows = list(
        await session.exec(
            select(CheckIn)
            .where(CheckIn.couple_id == user.couple_id)
            .order_by(col(CheckIn.slot_at).desc())
            .limit(weeks)
        )
    )
    found = []
    for ci in rows:
        answers = await _responses(session, ci)
        mine = answers.get(user.id)
        others = [r for uid, r in answers.items() if uid != user.id]
        topics = []
        if mine is not None and mine.hard_topic:
            topics.append(mine.hard_topic)
        for other in others:  # the partner's topic only if they shared that answer
            if other.hard_topic and not other.hard_private and ci.revealed_at is not None:
                topics.append(other.hard_topic)
        zone = user.timezone or "UTC"
        found.append(
            Week(
                recurrence.local_date(ci.slot_at, zone),
                ci.status,
                mine.pulse if mine else None,
                None if ci.solo else any(o.started_at for o in others),
                list(dict.fromkeys(topics)),
            )
        )
    return found


async def keep_time(session: AsyncSession, user: User) -> bool:
    """'Keep this time' after three missed weeks: reminders come back."""
    if user.couple_id is None:
        return False
    await session.exec(update(Couple).where(Couple.id == user.couple_id).values(missed_weeks=0))
    return True
