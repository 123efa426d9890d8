"""The weekly slot: reading it, setting it, and a proposal one partner makes and the other
answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.services.checkins import slots
from bot.storage.models import Couple, User
from tests.services.conftest import ALEX, SAM, at, couple, outbox_rows


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Sunday 7pm", (6, at(19))),
        ("wed 20:30", (2, at(20, 30))),
        ("Saturdays at 10am", (5, at(10))),
        ("Friday, 18.15", (4, at(18, 15))),
        ("7pm", None),  # no day
        ("Sunday whenever", None),  # no time
    ],
)
def test_a_slot_is_read_as_people_type_it(typed, expected):
    assert slots.parse_slot(typed) == expected


def test_the_slot_seen_from_another_time_zone():
    sunday_seven = slots.Slot(6, at(19), "Europe/Berlin")
    now = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    assert slots.local_slot(sunday_seven, "America/New_York", now) == (6, at(13))
    assert slots.local_slot(sunday_seven, "Asia/Tokyo", now) == (0, at(3))  # Monday, 03:00


async def test_with_no_slot_yet_the_first_choice_is_set_and_the_partner_told(db, clock):
    now = clock.now()
    await couple(db, now)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        assert await slots.propose_slot(session, sam, 6, at(19), now) == "set"
        found = await session.get(Couple, sam.couple_id)
        assert slots.slot_of(found) == slots.Slot(6, at(19), "Europe/Berlin")
        # Sunday 22 November, 19:00 in Berlin: the first slot after now.
        assert found.next_checkin_at == datetime(2026, 11, 22, 18, 0, tzinfo=UTC)
    [told] = await outbox_rows(db)
    assert (told.user_id, told.view, told.about_id) == (ALEX, "checkin.partner_chose_slot", SAM)


async def test_a_change_is_proposed_and_only_the_other_partner_can_accept_it(db, clock):
    now = clock.now()
    await couple(db, now)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        await slots.propose_slot(session, sam, 6, at(19), now)
        assert await slots.propose_slot(session, sam, 2, at(20), now) == "proposed"
        found = await session.get(Couple, sam.couple_id)
        nonce = found.checkin_proposal["id"]
        assert slots.slot_of(found).weekday == 6  # nothing moves until Alex agrees
        assert slots.proposed_slot(found, nonce) == slots.Slot(2, at(20), "Europe/Berlin")
        assert await slots.answer_proposal(session, sam, nonce, True, now) is False  # Sam's own
        assert await slots.answer_proposal(session, sam, "00000000", True, now) is False
        alex = await session.get(User, ALEX)
        accepted = await slots.answer_proposal(session, alex, nonce, True, now)
        assert accepted == slots.Slot(2, at(20), "Europe/Berlin")
        assert found.checkin_proposal is None
        assert await slots.answer_proposal(session, alex, nonce, True, now) is False  # once
    views = [(r.user_id, r.view) for r in await outbox_rows(db)]
    assert views[-2:] == [(ALEX, "checkin.proposal"), (SAM, "checkin.proposal_accepted")]


async def test_a_declined_proposal_keeps_the_old_time(db, clock):
    now = clock.now()
    await couple(db, now)
    async with db.transaction() as session:
        sam, alex = await session.get(User, SAM), await session.get(User, ALEX)
        await slots.propose_slot(session, sam, 6, at(19), now)
        await slots.propose_slot(session, alex, 1, at(7), now)
        nonce = (await session.get(Couple, sam.couple_id)).checkin_proposal["id"]
        assert await slots.answer_proposal(session, sam, nonce, False, now) is None
        assert slots.slot_of(await session.get(Couple, sam.couple_id)).weekday == 6
    assert (await outbox_rows(db))[-1].view == "checkin.proposal_declined"


async def test_a_slot_at_night_for_one_partner_is_noticed(db, clock, settings):
    now = clock.now()
    await couple(db, now, alex_zone="Asia/Tokyo")
    async with db.transaction() as session:
        sam, alex = await session.get(User, SAM), await session.get(User, ALEX)
        sam.quiet_start = alex.quiet_start = None
        sam.quiet_end = alex.quiet_end = None  # the operator's 22:00-08:00
        sunday_seven = slots.Slot(6, at(19), "Europe/Berlin")
        assert slots.at_night(sunday_seven, sam, settings, now) is None
        assert slots.at_night(sunday_seven, alex, settings, now) == at(3)
