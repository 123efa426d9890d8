"""The daily question's services with a moved clock: a year of planning, the rules of choosing,
intimacy only with both, re-pairing, the nudge's time and retention.

A year of days is planned here by calling the planner at each due time rather than through 365
days of updates; tests/handlers/test_daily_questions.py drives weeks of it through the real
Application.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from sqlalchemy import update
from sqlmodel import select

from bot.content import questions as bank
from bot.services import privacy
from bot.services.questions import answers, choosing, opt_in, planning
from bot.storage.models import Couple, DailyQuestion, OutboxMessage, QuestionAnswer, User
from tests.factories import make_user
from tests.services.conftest import ALEX, CASEY, SAM

EVENING = time(20, 0)


async def turn_on(db, user_id: int, now: datetime, at: time = EVENING) -> None:
    async with db.transaction() as session:
        await opt_in.turn_on(session, await session.get(User, user_id), at, now)


async def plan_until(db, settings, end: datetime) -> None:
    """The planner at every moment a question falls due, up to ``end``."""
    while (due := await planning.next_due(db)) is not None and due < end:
        await planning.plan(db, due, settings)


async def days_of(db, couple_id: int) -> list[DailyQuestion]:
    async with db.transaction() as session:
        return list(
            await session.exec(
                select(DailyQuestion)
                .where(DailyQuestion.couple_id == couple_id)
                .order_by(DailyQuestion.local_date)
            )
        )


async def long_distance_couple(db, now) -> tuple[User, User]:
    """Sam in Berlin and Alex in New York, living apart."""
    sam = await make_user(db, SAM, now=now, name="Sam", long_distance=True)
    alex = await make_user(
        db, ALEX, now=now, name="Alex", couple_id=sam.couple_id, zone="America/New_York"
    )
    return sam, alex


async def test_a_year_of_questions_without_a_repeat(db, clock, settings):
    now = clock.now()
    sam, _ = await long_distance_couple(db, now)
    await turn_on(db, SAM, now)
    await plan_until(db, settings, now + timedelta(days=365))
    days = await days_of(db, sam.couple_id)
    assert len(days) == 365
    assert len({d.question_id for d in days}) == 365  # no repeat within the year
    assert [d.local_date for d in days] == [days[0].local_date + timedelta(n) for n in range(365)]
    found = [bank().get(d.question_id) for d in days]
    assert not any(q.together for q in found)  # they live apart
    assert not any(q.category == "intimacy" for q in found)  # nobody turned it on
    assert not any(a.deep and b.deep for a, b in pairwise(found))
    # Every kind, and none dominating.
    counts = Counter(q.category for q in found)
    assert set(counts) == {c.id for c in bank().categories.values() if not c.opt_in}
    assert max(counts.values()) < 365 * 0.4
    async with db.transaction() as session:
        asked = list(await session.exec(select(QuestionAnswer)))
        keys = list(await session.exec(select(OutboxMessage.dedupe_key)))
    # Each partner asked every local day of theirs, each once, the same question as the other.
    assert Counter(a.user_id for a in asked) == {SAM: 365, ALEX: 365}
    assert len([k for k in keys if k.startswith("question:")]) == 730
    assert len(set(keys)) == len(keys)


async def test_intimacy_questions_only_once_both_agreed(db, clock, settings):
    now = clock.now()
    sam = await make_user(db, SAM, now=now, name="Sam")
    await make_user(db, ALEX, now=now, name="Alex", couple_id=sam.couple_id)
    await turn_on(db, SAM, now)
    async with db.transaction() as session:
        await opt_in.set_intimacy(session, await session.get(User, SAM), True, now)
    await plan_until(db, settings, now + timedelta(days=60))
    assert not [d for d in await days_of(db, sam.couple_id) if d.category == "intimacy"]

    later = now + timedelta(days=60)
    async with db.transaction() as session:
        found = await opt_in.set_intimacy(session, await session.get(User, ALEX), True, later)
    assert found.intimacy == "on"
    await plan_until(db, settings, later + timedelta(days=90))
    recent = [d for d in await days_of(db, sam.couple_id) if d.created_at >= later]
    assert [d for d in recent if d.category == "intimacy"]

    async with db.transaction() as session:  # either one turns it off, for both
        found = await opt_in.set_intimacy(session, await session.get(User, SAM), False, later)
        assert found.intimacy == "off"
        assert not (await session.get(User, ALEX)).question_intimacy


async def test_a_re_paired_person_never_gets_what_they_answered_within_the_year(
    db, clock, settings
):
    now = clock.now()
    sam = await make_user(db, SAM, now=now, name="Sam")
    await make_user(db, ALEX, now=now, name="Alex", couple_id=sam.couple_id)
    await turn_on(db, SAM, now)
    await plan_until(db, settings, now + timedelta(days=40))
    async with db.transaction() as session:  # Sam answered every one of them
        await session.exec(
            update(QuestionAnswer)
            .where(QuestionAnswer.user_id == SAM)
            .values(text="An answer of a good few words", answered_at=now)
        )
    answered = {d.question_id for d in await days_of(db, sam.couple_id)}
    assert len(answered) == 40

    # Sam pairs with Casey (a new couple); 200 more days, all within a year of the answers.
    moved = now + timedelta(days=40)
    async with db.transaction() as session:
        couple = Couple(created_at=moved)
        session.add(couple)
        await session.flush()
        new_couple = couple.id
        (await session.get(User, SAM)).couple_id = new_couple
        (await session.get(User, ALEX)).next_question_at = None
    await make_user(db, CASEY, now=moved, name="Casey", couple_id=new_couple)
    await turn_on(db, CASEY, moved)
    await plan_until(db, settings, moved + timedelta(days=200))
    with_casey = await days_of(db, new_couple)
    assert len(with_casey) == 200
    assert not answered & {d.question_id for d in with_casey}


def test_engaged_categories_come_more_often_and_every_kind_keeps_a_floor():
    questions = bank()
    replies = [choosing.Reply("memories", True, True)] * 20  # long answers, ❤️, both of them
    replies += [choosing.Reply("values", False, False)] * 20  # a word or two, no ❤️

    def shares(with_replies) -> Counter:
        picked = Counter()
        for n in range(3000):
            question = choosing.choose(
                questions,
                today=date(2027, 1, 1),
                last_asked={},
                replies=with_replies,
                previous_deep=False,
                long_distance=False,
                intimacy=False,
                rng=random.Random(n),
            )
            picked[question.category] += 1
        return picked

    plain, leaning = shares([]), shares(replies)
    assert leaning["memories"] > 1.4 * plain["memories"]
    assert leaning["values"] < plain["values"]
    kinds = [c.id for c in questions.categories.values() if not c.opt_in]
    floor = choosing.FLOOR_SHARE / len(kinds)
    assert all(leaning[c] > 3000 * floor * 0.8 for c in kinds), leaning


def test_never_two_deep_days_and_never_together_apart():
    questions = bank()
    for n in range(500):
        question = choosing.choose(
            questions,
            today=date(2027, 1, 1),
            last_asked={},
            replies=[],
            previous_deep=True,
            long_distance=True,
            intimacy=True,
            rng=random.Random(n),
        )
        assert not question.deep and not question.together


def test_after_everything_was_asked_the_longest_unasked_comes_back():
    questions = bank()
    today = date(2027, 6, 1)
    pool = questions.eligible(long_distance=False, opted_in=frozenset())
    last_asked = {q.id: today - timedelta(days=10) for q in pool}
    oldest = pool[7].id
    last_asked[oldest] = today - timedelta(days=200)
    question = choosing.choose(
        questions,
        today=today,
        last_asked=last_asked,
        replies=[],
        previous_deep=False,
        long_distance=False,
        intimacy=False,
        rng=random.Random(1),
    )
    assert question.id == oldest


def test_the_nudge_comes_the_same_evening_before_quiet_hours(settings):
    berlin = User(id=1, timezone="Europe/Berlin", consented_at=datetime.now(UTC))

    def nudge(hour: int, minute: int = 0, person: User = berlin) -> str | None:
        asked = datetime(2026, 11, 21, hour - 1, minute, tzinfo=UTC)  # Berlin is UTC+1
        found = planning.nudge_time(person, asked, settings)
        return found.astimezone(UTC).strftime("%H:%M") if found else None

    assert nudge(12, 30) == "14:30"  # three hours later: 15:30 in Berlin
    assert nudge(20) == "20:30"  # 21:30 in Berlin, before the quiet hours at 22:00
    assert nudge(21) is None  # too close to the quiet hours: no nudge that day
    night_owl = User(
        id=2,
        timezone="Europe/Berlin",
        quiet_start=time(0),
        quiet_end=time(0),
        consented_at=datetime.now(UTC),
    )
    assert nudge(22, person=night_owl) is None  # 01:00 is another day


async def test_answers_older_than_26_weeks_are_erased_but_counted(db, clock, settings):
    now = clock.now()
    sam = await make_user(db, SAM, now=now, name="Sam")
    await turn_on(db, SAM, now)
    await plan_until(db, settings, now + timedelta(days=2))
    async with db.transaction() as session:
        rows = list(await session.exec(select(QuestionAnswer).order_by(QuestionAnswer.id)))
        assert len(rows) == 2
        rows[0].asked_at = now - timedelta(weeks=27)
        for row, words in zip(rows, ("long ago in Lisbon", "yesterday's walk"), strict=True):
            row.text, row.answered_at = words, row.asked_at
    assert await privacy.erase_old_text(db, now + timedelta(days=2)) == 1
    async with db.transaction() as session:
        rows = list(await session.exec(select(QuestionAnswer).order_by(QuestionAnswer.id)))
    assert [r.text for r in rows] == [None, "yesterday's walk"]
    assert all(r.answered_at is not None for r in rows)  # still counts as answered
    assert sam.couple_id is not None


async def test_partners_answering_at_the_same_moment_reveal_exactly_once(
    db, clock, settings, monkeypatch
):
    now = clock.now()
    sam = await make_user(db, SAM, now=now, name="Sam")
    await make_user(db, ALEX, now=now, name="Alex", couple_id=sam.couple_id)
    await turn_on(db, SAM, now)
    await plan_until(db, settings, now + timedelta(days=1))
    async with db.transaction() as session:  # both questions went out
        await session.exec(
            update(OutboxMessage).where(OutboxMessage.kind == "question").values(status="sent")
        )
    later = now + timedelta(days=1)
    # Each answer waits, once written and before it looks at the partner's, until the other
    # one is there too - or, when the other one is held by the lock on the day's question
    # (PostgreSQL) or by the single writer (SQLite), for a moment.
    arrived, both_there = [], asyncio.Event()
    after_answer = answers._after_answer

    async def meeting(session, *args):
        await session.flush()
        arrived.append(args[0].id)
        if len(arrived) == 2:
            both_there.set()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(both_there.wait(), 0.3)
        return await after_answer(session, *args)

    monkeypatch.setattr(answers, "_after_answer", meeting)

    async def answer(person: int, words: str) -> str:
        async with db.transaction() as session:
            user = await session.get(User, person)
            return (await answers.answer(session, user, words, later)).result

    results = await asyncio.gather(answer(SAM, "A walk at dawn"), answer(ALEX, "Pancakes"))
    assert sorted(results) == ["revealed", "saved"]
    async with db.transaction() as session:
        [day] = list(await session.exec(select(DailyQuestion)))
        reveals = list(
            await session.exec(
                select(OutboxMessage).where(OutboxMessage.view == "questions.reveal")
            )
        )
    assert day.revealed_at is not None and len(reveals) == 1
