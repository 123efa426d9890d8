"""The guided talk: it starts when both are ready, each step at its minute, moving on early,
a break, and the end; and the history of past weeks."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

from sqlmodel import select

from bot.services.checkins import history, talk
from bot.storage.models import CheckIn, User
from tests.services.conftest import ALEX, SAM, outbox_rows
from tests.services.test_checkins_planning import SLOT
from tests.services.test_checkins_questions import answer_all, opened


async def the_week(db) -> CheckIn:
    async with db.transaction() as session:
        return (await session.exec(select(CheckIn))).one()


async def ready(db, person: int, week: CheckIn, now=SLOT) -> str:
    async with db.transaction() as session:
        return await talk.ready(session, await session.get(User, person), week.id, now)


async def press(db, person: int, action: str, now) -> str:
    week = await the_week(db)
    async with db.transaction() as session:
        user = await session.get(User, person)
        return await talk.meeting_action(session, user, week.id, week.meeting_gen, action, now)


def test_who_speaks_first_alternates_week_by_week():
    sam, alex = SimpleNamespace(id=1), SimpleNamespace(id=2)
    assert talk.speaking_order("2026-W48", [sam, alex]) == [sam, alex]
    assert talk.speaking_order("2026-W47", [sam, alex]) == [alex, sam]
    assert talk.speaking_order("2026-W47", [sam]) == [sam]


async def test_the_talk_starts_when_both_are_ready_with_every_step_at_its_minute(
    db, clock, settings
):
    week = await opened(db, clock, settings)
    assert await ready(db, SAM, week) == "waiting"
    [asked] = await outbox_rows(db, view="checkin.partner_ready")
    assert (asked.user_id, asked.about_id) == (ALEX, SAM)
    assert await ready(db, ALEX, week) == "started"
    steps = await outbox_rows(db, view="checkin.step", user_id=SAM)
    assert [r.params["step"] for r in steps] == [0, 1, 2, 3, 4, 5]
    minutes = [int((r.due_at - SLOT) / timedelta(minutes=1)) for r in steps]
    assert minutes == [0, 5, 10, 13, 25, 29]
    [done] = await outbox_rows(db, view="checkin.done", user_id=SAM)
    assert done.due_at == SLOT + timedelta(minutes=30)
    assert await ready(db, SAM, week) == "running"


async def test_moving_on_early_plans_the_rest_again_and_old_buttons_go_stale(db, clock, settings):
    week = await opened(db, clock, settings)
    await ready(db, SAM, week)
    await ready(db, ALEX, week)
    before = (await the_week(db)).meeting_gen
    assert await press(db, SAM, "next", SLOT + timedelta(minutes=2)) == "moved"
    after = await the_week(db)
    assert after.meeting_step == 1 and after.meeting_gen == before + 1
    pending = await outbox_rows(db, view="checkin.step", user_id=SAM, status="pending")
    assert [r.params["step"] for r in pending] == [1, 2, 3, 4, 5]
    assert {r.params["gen"] for r in pending} == {after.meeting_gen}
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        stale = await talk.meeting_action(session, sam, week.id, before, "next", SLOT)
    assert stale == "stale"


async def test_a_break_holds_the_steps_until_both_carry_on(db, clock, settings):
    week = await opened(db, clock, settings)
    await ready(db, SAM, week)
    await ready(db, ALEX, week)
    assert await press(db, ALEX, "break", SLOT + timedelta(minutes=15)) == "paused"
    assert await outbox_rows(db, view="checkin.step", status="pending") == []
    assert len(await outbox_rows(db, view="checkin.break")) == 2
    paused = await the_week(db)
    assert (paused.meeting, paused.meeting_step) == ("paused", 3)  # the hard topic
    assert await press(db, SAM, "resume", SLOT + timedelta(minutes=40)) == "resumed"
    pending = await outbox_rows(db, view="checkin.step", user_id=SAM, status="pending")
    assert pending[0].params["step"] == 3 and pending[0].due_at == SLOT + timedelta(minutes=40)


async def test_ending_says_so_once_to_each(db, clock, settings):
    week = await opened(db, clock, settings)
    await ready(db, SAM, week)
    await ready(db, ALEX, week)
    assert await press(db, SAM, "end", SLOT + timedelta(minutes=3)) == "ended"
    assert await outbox_rows(db, view="checkin.step", status="pending") == []
    ended = [r for r in await outbox_rows(db, view="checkin.done") if r.status == "pending"]
    assert sorted(r.user_id for r in ended) == [SAM, ALEX]


async def test_history_shows_ones_own_pulse_and_only_the_topics_one_may_see(db, clock, settings):
    week = await opened(db, clock, settings)
    await answer_all(db, SAM, week)
    await answer_all(db, ALEX, week, hard="My family visiting")
    async with db.transaction() as session:
        [past] = await history.history(session, await session.get(User, SAM))
    # Both answered, not talked yet: shown as answered, not "this week".
    assert (past.status, past.my_pulse, past.partner_took_part) == ("closed", 17, True)
    assert past.topics == ["money"]  # both said money; Alex's shown since it was revealed
