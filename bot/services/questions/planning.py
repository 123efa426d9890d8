"""Planning the daily question: the planner that asks each person at the couple's time in their
own zone, the couple's question of the day, and the one gentle nudge.

The schedule is ``User.next_question_at``: the couple's clock time (``Couple.daily_question_at``)
on the person's next local day. Nothing is kept per person in the scheduler. When it comes due,
the planner finds (or chooses) the couple's question for that local date - the partner whose day
comes first chooses it, the other finds it - records that the person was asked, and writes the
message (``question:{user}:{local_date}``) and, for a couple, one nudge for later that day (
``question_nudge:{user}:{local_date}``, cancelled when they answer) to the outbox.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import questions
from bot.scheduling import outbox, planner, recurrence
from bot.services import users
from bot.services.questions.choosing import (
    NO_REPEAT_DAYS,
    Reply,
    choose,
    rng_for,
    wrote_more_than_a_few_words,
)
from bot.storage.db import Database
from bot.storage.models import Couple, DailyQuestion, QuestionAnswer, User

PLAN_BATCH = 200
# Engagement (long answers, ❤️) over this many days leans the choice of category.
ENGAGEMENT_DAYS = 90
# The nudge: three hours after the question, or half an hour before the person's quiet hours
# begin when that comes first and still leaves an hour to answer; never on another day.
NUDGE_AFTER = timedelta(hours=3)
NUDGE_BEFORE_QUIET = timedelta(minutes=30)
NUDGE_NOT_BEFORE = timedelta(hours=1)


def next_question_at(user: User, at: time | None, after: datetime) -> datetime | None:
    """The person's next question: ``at`` on their next local day (None when off)."""
    if not user.is_set_up:
        return None
    return recurrence.next_daily_at(after, at, user.timezone)


async def reschedule(session: AsyncSession, user: User, now: datetime) -> None:
    """Recompute the next question after a change of time zone or set-up."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    user.next_question_at = next_question_at(
        user, couple.daily_question_at if couple else None, now
    )


async def members(session: AsyncSession, couple_id: int) -> list[User]:
    """The couple's set-up members, by id."""
    return list(
        await session.exec(
            select(User)
            .where(User.couple_id == couple_id, col(User.setup_done_at).is_not(None))
            .order_by(User.id)
        )
    )


# When the planner next has work: the earliest anyone's question is due.
next_due = planner.earliest(User.next_question_at)


async def plan(db: Database, now: datetime, settings: Settings) -> int:
    """Ask everyone whose question time has come; move their schedule to their next day."""
    written = 0
    while True:
        async with db.transaction() as session:
            query = (
                select(User)
                .where(col(User.next_question_at) <= now)
                .order_by(col(User.next_question_at))
                .limit(PLAN_BATCH)
            )
            if not db.is_sqlite:
                query = query.with_for_update(skip_locked=True)
            due = list(await session.exec(query))
            if not due:
                return written
            for person in due:
                written += await _ask(session, person, now, settings)


async def _ask(session: AsyncSession, person: User, now: datetime, settings: Settings) -> int:
    occurrence = person.next_question_at
    couple = await session.get(Couple, person.couple_id) if person.couple_id else None
    at = couple.daily_question_at if couple is not None else None
    if couple is None or occurrence is None:
        person.next_question_at = None
        return 0
    # Off since (turned off, or they left the couple that had it on): the schedule ends here.
    person.next_question_at = next_question_at(person, at, max(now, occurrence))
    if person.next_question_at is None:
        return 0
    # Nothing while paused or blocked, and nothing stale after a long outage.
    late = now - occurrence > outbox.kind_of("question").late_after
    if late or users.is_paused(person, now) or person.blocked_at is not None:
        return 0
    day = recurrence.local_date(occurrence, person.timezone)
    people = await members(session, couple.id)
    question = await question_of_the_day(session, couple, people, day, now)
    if question is None:
        return 0
    mine = QuestionAnswer(
        daily_question_id=question.id, user_id=person.id, local_date=day, asked_at=occurrence
    )
    try:
        async with session.begin_nested():
            session.add(mine)
            await session.flush()
    except IntegrityError:  # asked this one already (the zone changed, or another planner)
        return 0
    if person.flow == "questions.replace":  # a replacement for yesterday's answer: moot now
        users.set_flow(person, None)
    rows = [
        outbox.Outgoing(
            kind="question",
            user_id=person.id,
            view="questions.daily",
            params={"question": question.id},
            dedupe_key=f"question:{person.id}:{day.isoformat()}",
            due_at=occurrence,
            ref=f"question:{question.id}",
        )
    ]
    partner = next((p for p in people if p.id != person.id), None)
    nudge_at = nudge_time(person, occurrence, settings)
    if partner is not None and nudge_at is not None:
        rows.append(
            outbox.Outgoing(
                kind="question_nudge",
                user_id=person.id,
                view="questions.nudge",
                about_id=partner.id,
                params={"question": question.id},
                dedupe_key=f"question_nudge:{person.id}:{day.isoformat()}",
                due_at=nudge_at,
                ref=nudge_ref(mine),
            )
        )
    return await outbox.enqueue_many(session, rows, now)


def nudge_ref(answer: QuestionAnswer) -> str:
    """What the nudge is about, so that answering cancels it."""
    return f"question_nudge:{answer.id}"


def nudge_time(person: User, asked: datetime, settings: Settings) -> datetime | None:
    """When to nudge, on the day of the question and outside quiet hours (None: no nudge)."""
    zone = person.timezone or "UTC"
    start, end = users.quiet_hours(person, settings.quiet_hours_start, settings.quiet_hours_end)
    candidate = asked + NUDGE_AFTER
    if recurrence.in_window(recurrence.local_time(candidate, zone), start, end):
        day = recurrence.local_date(candidate, zone)
        quiet_begins = recurrence.local_instant(day, start, zone)
        if quiet_begins > candidate:
            quiet_begins = recurrence.local_instant(day - timedelta(days=1), start, zone)
        candidate = quiet_begins - NUDGE_BEFORE_QUIET
        if candidate < asked + NUDGE_NOT_BEFORE:
            return None
    if recurrence.local_date(candidate, zone) != recurrence.local_date(asked, zone):
        return None
    return candidate


async def question_of_the_day(
    session: AsyncSession, couple: Couple, people: list[User], day: date, now: datetime
) -> DailyQuestion | None:
    """The couple's question for their local ``day``: found, or chosen now."""
    existing = await _of_day(session, couple.id, day)
    if existing is not None:
        return existing
    bank = questions()
    ids = [p.id for p in people]
    last_asked: dict[str, date] = {}

    def seen(question_id: str, on: date) -> None:
        if on > last_asked.get(question_id, date.min):
            last_asked[question_id] = on

    since = day - timedelta(days=NO_REPEAT_DAYS + 1)
    for question_id, on in await session.exec(
        select(DailyQuestion.question_id, DailyQuestion.local_date).where(
            DailyQuestion.couple_id == couple.id, DailyQuestion.local_date > since
        )
    ):
        seen(question_id, on)
    replies: list[Reply] = []
    if ids:
        answered = await session.exec(
            select(
                DailyQuestion.question_id,
                DailyQuestion.category,
                QuestionAnswer.local_date,
                QuestionAnswer.text,
                QuestionAnswer.hearted_at,
            )
            .join(DailyQuestion, col(QuestionAnswer.daily_question_id) == DailyQuestion.id)
            .where(
                col(QuestionAnswer.user_id).in_(ids),
                QuestionAnswer.asked_at > now - timedelta(days=NO_REPEAT_DAYS + 1),
                col(QuestionAnswer.answered_at).is_not(None),
            )
        )
        recent = day - timedelta(days=ENGAGEMENT_DAYS)
        for question_id, category, on, text, hearted_at in answered:
            seen(question_id, on)  # with anyone: a re-paired person brings this along
            if on > recent:
                replies.append(
                    Reply(category, wrote_more_than_a_few_words(text), hearted_at is not None)
                )
    previous = (
        await session.exec(
            select(DailyQuestion)
            .where(DailyQuestion.couple_id == couple.id, DailyQuestion.local_date < day)
            .order_by(col(DailyQuestion.local_date).desc())
            .limit(1)
        )
    ).first()
    picked = choose(
        bank,
        today=day,
        last_asked=last_asked,
        replies=replies,
        previous_deep=previous is not None
        and previous.deep
        and previous.local_date == day - timedelta(days=1),
        long_distance=couple.long_distance,
        intimacy=bool(people) and all(p.question_intimacy for p in people),
        rng=rng_for(couple.id, day),
    )
    if picked is None:
        return None
    chosen = DailyQuestion(
        couple_id=couple.id,
        local_date=day,
        question_id=picked.id,
        category=picked.category,
        deep=picked.deep,
        created_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(chosen)
            await session.flush()
    except IntegrityError:  # the partner's planner (another worker) chose it a moment ago
        return await _of_day(session, couple.id, day)
    return chosen


async def _of_day(session: AsyncSession, couple_id: int, day: date) -> DailyQuestion | None:
    return (
        await session.exec(
            select(DailyQuestion).where(
                DailyQuestion.couple_id == couple_id, DailyQuestion.local_date == day
            )
        )
    ).first()
