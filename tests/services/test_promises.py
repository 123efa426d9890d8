"""Promises as the domain sees them: what each writes to the outbox, when, and what a late or
repeated answer changes (nothing)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.services.promises import answers, changes, making, overview
from bot.services.promises.making import Result
from bot.services.when import When
from bot.storage.models import Promise, User
from tests.services.conftest import ALEX, SAM, couple, outbox_rows


@pytest.mark.parametrize(
    ("ahead", "lead"),
    [
        (timedelta(hours=5), 30),
        (timedelta(minutes=90), 30),
        (timedelta(minutes=60), 20),
        (timedelta(minutes=10), None),
    ],
)
def test_the_reminder_comes_sooner_for_a_promise_made_close_to_its_time(clock, ahead, lead):
    found = making.reminder_lead(clock.now(), clock.now() + ahead)
    assert (None if found is None else found / timedelta(minutes=1)) == lead


@pytest.mark.parametrize(
    ("typed", "kept"), [("  call mum  ", "call mum"), ("!!!", None), ("", None)]
)
def test_only_something_to_promise_is_kept(typed, kept):
    assert making.clean_text(typed) == kept


async def promise(db, now, settings, *, private=False, ahead=timedelta(hours=5)) -> Promise:
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        return await making.make(
            session,
            sam,
            text="cook dinner",
            when=When(now + ahead, all_day=False),
            private=private,
            now=now,
            settings=settings,
        )


async def test_a_promise_plans_its_reminder_and_question_and_tells_the_partner(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    made = await promise(db, now, settings)
    rows = {r.view: r for r in await outbox_rows(db)}
    assert set(rows) == {"promises.reminder", "promises.check", "promises.partner_new"}
    reminder, check, news = (
        rows["promises.reminder"],
        rows["promises.check"],
        rows["promises.partner_new"],
    )
    assert reminder.params == {"promise": made.id, "revision": 0, "minutes": 30}
    assert reminder.due_at == made.due_at - timedelta(minutes=30)
    assert check.due_at == made.due_at + timedelta(minutes=10)
    assert (news.user_id, news.about_id, news.params) == (ALEX, SAM, {"promise": made.id})


async def test_a_private_promise_tells_no_one(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    await promise(db, now, settings, private=True)
    assert {r.user_id for r in await outbox_rows(db)} == {SAM}


async def test_kept_asks_the_partner_once_and_a_second_answer_changes_nothing(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    made = await promise(db, now, settings)
    later = made.due_at + timedelta(minutes=15)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        first = await answers.answer(session, sam, made.id, 0, "kept", later)
        again = await answers.answer(session, sam, made.id, 0, "couldnt", later)
        old_button = await answers.answer(session, sam, made.id, 7, "kept", later)
    assert (first.result, first.partner_asked) == (Result.OK, True)
    assert again.result is Result.ALREADY and old_button.result is Result.STALE
    [asked] = await outbox_rows(db, view="promises.confirm_ask")
    assert (asked.user_id, asked.about_id, asked.not_after) == (
        ALEX,
        SAM,
        later + timedelta(hours=24),
    )
    async with db.transaction() as session:
        alex = await session.get(User, ALEX)
        assert (await answers.confirm(session, alex, made.id, True, later)).result is Result.OK
        assert (
            await answers.confirm(session, alex, made.id, False, later)
        ).result is Result.ALREADY
    [news] = await outbox_rows(db, view="promises.confirmed_news")
    assert (news.user_id, news.about_id) == (SAM, ALEX)


async def test_not_yet_asks_again_in_an_hour_three_times_at_most(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    made = await promise(db, now, settings)
    later = made.due_at + timedelta(minutes=15)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        results = [
            (await answers.answer(session, sam, made.id, 0, "later", later)).result
            for _ in range(4)
        ]
    assert results == [Result.OK, Result.OK, Result.OK, Result.NO_MORE]
    checks = await outbox_rows(db, view="promises.check")
    assert [r.due_at - later for r in checks[1:]] == [timedelta(hours=1)] * 3


async def test_moving_a_promise_withdraws_the_old_reminders_and_plans_new_ones(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    made = await promise(db, now, settings)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        moved = When(made.due_at + timedelta(days=1), all_day=False)
        assert await changes.renegotiate(session, sam, made.id, moved, now, settings) is Result.OK
    reminders = await outbox_rows(db, view="promises.reminder")
    assert [(r.params["revision"], r.status) for r in reminders] == [
        (0, "cancelled"),
        (1, "pending"),
    ]
    # Alex's news had not gone out yet: it is withdrawn, and Alex hears of it once, at its time.
    views = {(r.view, r.status) for r in await outbox_rows(db, user_id=ALEX)}
    assert views == {("promises.partner_new", "cancelled"), ("promises.partner_new", "pending")}


async def test_cancelling_after_its_time_is_too_late(db, clock, settings):
    now = clock.now()
    await couple(db, now)
    made = await promise(db, now, settings)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        after = made.due_at + timedelta(minutes=1)
        assert await changes.cancel(session, sam, made.id, after) is Result.TOO_LATE
        assert await changes.cancel(session, sam, made.id, now) is Result.OK
        assert (await session.exec(select(Promise))).one().status == "cancelled"


async def test_the_kept_rate_counts_four_weeks_and_the_partner_sees_no_private_ones(
    db, clock, settings
):
    now = clock.now()
    await couple(db, now)
    for private, outcome in ((False, "kept"), (False, "not_kept"), (True, "kept")):
        made = await promise(db, now - timedelta(days=2), settings, private=private)
        async with db.transaction() as session:
            sam = await session.get(User, SAM)
            await answers.answer(
                session, sam, made.id, 0, "kept" if outcome == "kept" else "couldnt", now
            )
    async with db.transaction() as session:
        mine = await overview.stats(session, SAM, now, include_private=True)
        seen = await overview.stats(session, SAM, now, include_private=False)
    assert (mine.resolved, mine.kept, round(mine.kept_rate, 2)) == (3, 2, 0.67)
    assert (seen.resolved, seen.kept) == (2, 1)
