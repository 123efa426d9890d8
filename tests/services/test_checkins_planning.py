"""Opening each week's check-in at the slot, the reminders that depend on what happened, and
closing the week."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from bot.services.checkins import planning, questions
from bot.storage.models import CheckIn, Couple, User
from tests.services.conftest import ALEX, SAM, SLOT, outbox_rows, with_slot


async def weeks(db) -> list[CheckIn]:
    async with db.transaction() as session:
        return list(await session.exec(select(CheckIn).order_by(CheckIn.slot_at)))


async def test_the_slot_opens_the_week_and_invites_both(db, clock, settings):
    await with_slot(db, clock.now())
    assert await planning.plan(db, SLOT - timedelta(minutes=1), settings) == 0
    assert await planning.plan(db, SLOT, settings) == 2
    [week] = await weeks(db)
    assert (week.week_key, week.status, week.solo) == ("2026-W47", "open", False)
    invitations = await outbox_rows(db, view="checkin.invitation")
    assert {(r.user_id, r.params["checkin"]) for r in invitations} == {
        (SAM, week.id),
        (ALEX, week.id),
    }
    assert await planning.plan(db, SLOT, settings) == 0  # planning twice writes once
    assert await planning.next_due(db) == SLOT + timedelta(minutes=90)  # the reminder


async def test_a_reminder_only_if_neither_started_then_a_nudge_for_who_has_not_finished(
    db, clock, settings
):
    await with_slot(db, clock.now())
    await planning.plan(db, SLOT, settings)
    [week] = await weeks(db)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        await questions.start(session, sam, week.id, SLOT + timedelta(minutes=30))
    await planning.plan(db, SLOT + timedelta(minutes=90), settings)
    assert await outbox_rows(db, view="checkin.reminder") == []  # Sam has started
    await planning.plan(db, SLOT + timedelta(hours=24), settings)
    nudges = {r.user_id: r.view for r in await outbox_rows(db, kind="checkin_nudge")}
    assert nudges == {SAM: "checkin.nudge", ALEX: "checkin.partner_started"}


async def test_no_one_started_so_the_same_day_reminder_goes_to_both(db, clock, settings):
    await with_slot(db, clock.now())
    await planning.plan(db, SLOT, settings)
    await planning.plan(db, SLOT + timedelta(minutes=90), settings)
    reminders = await outbox_rows(db, view="checkin.reminder")
    assert {r.user_id for r in reminders} == {SAM, ALEX}
    # Not worth sending the next morning: it is only good until the end of the slot's day.
    assert all(r.not_after == datetime(2026, 11, 22, 23, 0, tzinfo=UTC) for r in reminders)


async def test_three_missed_weeks_bring_one_question_about_the_time(db, clock, settings):
    await with_slot(db, clock.now())
    for week in range(4):
        await planning.plan(db, SLOT + timedelta(weeks=week), settings)
    statuses = [w.status for w in await weeks(db)]
    assert statuses == ["missed", "missed", "missed", "open"]
    asked = await outbox_rows(db, view="checkin.new_time")
    assert sorted(r.user_id for r in asked) == [SAM, ALEX]  # once each
    async with db.transaction() as session:
        assert (
            await session.get(Couple, (await session.get(User, SAM)).couple_id)
        ).missed_weeks == 3
    invitations = await outbox_rows(db, view="checkin.invitation")
    assert len(invitations) == 6  # weeks 1-3 only; week 4 asks about the time instead


async def test_skipping_withdraws_ones_own_reminders_and_tells_the_partner(db, clock, settings):
    await with_slot(db, clock.now())
    await planning.plan(db, SLOT, settings)
    [week] = await weeks(db)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        assert await planning.skip_week(session, sam, week.id, SLOT) == "ok"
        assert await planning.skip_week(session, sam, week.id + 99, SLOT) == "stale"
    rows = await outbox_rows(db)
    mine = [r for r in rows if r.user_id == SAM and r.view == "checkin.invitation"]
    assert [r.status for r in mine] == ["cancelled"]
    [told] = [r for r in rows if r.view == "checkin.partner_skipped"]
    assert (told.user_id, told.about_id) == (ALEX, SAM)


async def test_snoozing_is_limited(db, clock, settings):
    await with_slot(db, clock.now())
    await planning.plan(db, SLOT, settings)
    [week] = await weeks(db)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        results = [await planning.snooze(session, sam, week.id, SLOT) for _ in range(4)]
    assert results == ["ok", "ok", "ok", "no_more"]
    snoozed = await outbox_rows(db, view="checkin.snoozed")
    assert [r.due_at for r in snoozed] == [SLOT + planning.SNOOZE] * 3
