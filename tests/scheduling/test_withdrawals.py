"""Messages that are no longer true are withdrawn before they go out: a check-in finished,
skipped or closed, a couple unpaired, a time zone changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update
from sqlmodel import select

from bot.services import pairing
from bot.services.acts import planning as act_planning
from bot.services.checkins import planning
from bot.storage.models import ActDelivery, CheckIn, OutboxMessage, User
from bot.views import intents
from tests.factories import make_user
from tests.services.conftest import ALEX, SAM, SLOT, answer_all, opened, outbox_rows


async def statuses(db, **filters) -> dict[tuple[int, str], str]:
    return {(r.user_id, r.view): r.status for r in await outbox_rows(db, **filters)}


async def test_finishing_withdraws_the_waiting_invitation_and_nudges(db, clock, settings):
    week = await opened(db, clock, settings)  # both invitations are waiting (not sent yet)
    await answer_all(db, SAM, week)  # Alex gets "Sam has answered..."
    now = await statuses(db)
    assert now[(SAM, "checkin.invitation")] == "cancelled"
    assert now[(ALEX, "checkin.invitation")] == "pending"
    assert now[(ALEX, "checkin.partner_finished")] == "pending"
    await answer_all(db, ALEX, week)
    after = await statuses(db)
    assert after[(ALEX, "checkin.invitation")] == "cancelled"
    assert after[(ALEX, "checkin.partner_finished")] == "cancelled"
    assert after[(SAM, "checkin.reveal")] == after[(ALEX, "checkin.reveal")] == "pending"


async def test_an_old_skip_or_snooze_after_finishing_changes_nothing(db, clock, settings):
    week = await opened(db, clock, settings)
    await answer_all(db, SAM, week)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        assert await planning.skip_week(session, sam, week.id, SLOT) == "stale"
        assert await planning.snooze(session, sam, week.id, SLOT) == "stale"
    assert await outbox_rows(db, view="checkin.partner_skipped") == []
    assert await outbox_rows(db, view="checkin.snoozed") == []


async def test_skipping_and_closing_withdraw_what_waits(db, clock, settings):
    week = await opened(db, clock, settings)
    async with db.transaction() as session:
        alex = await session.get(User, ALEX)
        assert await planning.skip_week(session, alex, week.id, SLOT) == "ok"
    assert (await statuses(db))[(ALEX, "checkin.invitation")] == "cancelled"
    async with db.transaction() as session:
        ci = await session.get(CheckIn, week.id)
        await planning.close(session, ci, SLOT + timedelta(days=7))
    assert (await statuses(db))[(SAM, "checkin.invitation")] == "cancelled"


async def test_unpairing_withdraws_the_check_in_and_the_nudges_about_the_one_who_left(
    db, clock, settings
):
    week = await opened(db, clock, settings)
    await answer_all(db, SAM, week)  # Alex's "Sam has answered" waits
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        await pairing.unpair(session, sam, now=SLOT)
    # What waits about the old couple's week is withdrawn where every row is judged as it is
    # sent (bot/views/intents.py): it renders to nothing, so the dispatcher drops it unsent -
    # also a row that was already claimed, on its way out, when the couple unpaired.
    [sam_invite] = await outbox_rows(db, user_id=SAM, view="checkin.invitation")
    [nudge] = await outbox_rows(db, user_id=ALEX, view="checkin.partner_finished")
    [alex_invite] = await outbox_rows(db, user_id=ALEX, view="checkin.invitation")
    messages = await intents.render(
        db, [as_intent(sam_invite), as_intent(nudge), as_intent(alex_invite, user_id=SAM)], SLOT
    )
    assert messages == [None, None, None]
    # Alex keeps the couple, and the week's invitation is still true for Alex.
    [for_alex] = await intents.render(db, [as_intent(alex_invite)], SLOT)
    assert for_alex is not None


def as_intent(row, **changes):
    from bot.scheduling.delivery import Intent

    values = {
        "id": row.id,
        "kind": row.kind,
        "view": row.view,
        "user_id": row.user_id,
        "about_id": row.about_id,
        "params": row.params or {},
        "attempts": 1,
        "counted": False,
    }
    values.update(changes)
    return Intent(**values)


# -- a change of time zone ---------------------------------------------------------------------


BERLIN_9 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)  # Sunday 09:00 in Berlin


async def test_one_act_per_local_day_across_a_zone_change(db, settings):
    await make_user(db, SAM, now=BERLIN_9 - timedelta(days=1), zone="Europe/Berlin")
    await act_planning.plan(db, BERLIN_9, settings)  # Sunday's act, 09:00 Berlin...
    async with db.transaction() as session:  # ...sent
        await session.exec(update(OutboxMessage).values(status="sent", sent_at=BERLIN_9))
    # At 09:30 Berlin Sam moves to New York, where it is 03:30 on the same Sunday.
    moved = BERLIN_9 + timedelta(minutes=30)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        sam.timezone = "America/New_York"
        await act_planning.reschedule(session, sam, moved)
        assert sam.next_act_at == datetime(2026, 11, 22, 14, 0, tzinfo=UTC)  # 09:00 New York
    await act_planning.plan(db, datetime(2026, 11, 22, 14, 0, tzinfo=UTC), settings)
    acts = await outbox_rows(db, kind="act")
    assert [r.dedupe_key for r in acts] == [f"act:{SAM}:2026-11-22"]  # no second Sunday act
    async with db.transaction() as session:
        assert len(list(await session.exec(select(ActDelivery)))) == 1
    await act_planning.plan(db, datetime(2026, 11, 23, 14, 0, tzinfo=UTC), settings)
    assert len(await outbox_rows(db, kind="act")) == 2  # Monday's, in New York


async def test_a_waiting_act_moves_with_a_zone_change(db, settings):
    await make_user(db, SAM, now=BERLIN_9 - timedelta(days=1), zone="Europe/Berlin")
    await act_planning.plan(db, BERLIN_9, settings)  # planned; not sent yet (held, say)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        sam.timezone = "America/New_York"
        await act_planning.reschedule(session, sam, BERLIN_9 + timedelta(minutes=1))
    [act] = await outbox_rows(db, kind="act")
    assert (act.status, act.due_at) == ("pending", datetime(2026, 11, 22, 14, 0, tzinfo=UTC))
    async with db.transaction() as session:  # and the schedule moves on to Monday
        sam = await session.get(User, SAM)
        assert sam.next_act_at == datetime(2026, 11, 23, 14, 0, tzinfo=UTC)
    # Moving far east instead, where Sunday is over: the waiting act is withdrawn.
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        sam.timezone = "Pacific/Kiritimati"  # UTC+14: already Monday 12:01
        await act_planning.reschedule(session, sam, BERLIN_9 + timedelta(hours=14, minutes=1))
    [act] = await outbox_rows(db, kind="act")
    assert act.status == "cancelled"
