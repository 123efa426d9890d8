"""Journeys that outlive a pairing: re-pairing after a check-in, and history that stays one's own
(issue 15)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.storage.models import CheckIn, Couple
from tests.flows import answer_checkin, invite_link, pair, set_up

# Saturday 21 November 2026, 14:00 in Berlin.
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def checkin_now(phone) -> None:
    await phone.send("/checkin now")
    await answer_checkin(phone)


async def token_of(phone) -> str:
    await phone.send("/invite")
    return invite_link(phone).rsplit("=", 1)[1]


async def test_a_solo_person_who_did_a_check_in_can_join_an_invite(sim, sam, alex):
    await set_up(sam)
    await sam.tap("Sun 19:00")
    await checkin_now(sam)
    assert sam.saw("your answers are saved")
    await set_up(alex)
    token = await token_of(alex)
    replies = await sam.send(f"/start {token}")
    assert not sam.saw("went wrong"), [r.text for r in replies]
    assert sam.saw("paired with Alex") or alex.saw("Sam accepted your invite")
    async with sim.db.transaction() as session:
        couples = {c.id: c for c in await session.exec(select(Couple))}
        checkins = list(await session.exec(select(CheckIn)))
    # The solo couple the check-in points to is kept, marked ended.
    assert all(ci.couple_id in couples for ci in checkins)
    [solo] = [couples[ci.couple_id] for ci in checkins]
    assert solo.ended_at is not None and solo.next_checkin_at is None
    # The solo week comes along into the couple, shown as done.
    [history] = await sam.send("/checkin history")
    assert "done ✓" in history.text and "your pulse 17/21" in history.text, history.text
    assert "this week" not in history.text


async def test_partners_who_did_a_check_in_can_pair_again_after_unpairing(sim, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await checkin_now(sam)
    await alex.send("/checkin")
    await answer_checkin(alex)
    await sam.send("/promise call the plumber tomorrow at 10:00")
    await sam.tap("Promise it")
    await alex.send("/unpair")
    await alex.tap("Yes")
    # Unpaired, each still has their own history (and Sam their promise).
    for phone in (sam, alex):
        [history] = await phone.send("/checkin history")
        assert "your pulse 17/21" in history.text, history.text
        assert "answered" in history.text and "this week" not in history.text
    assert "call the plumber" in (await sam.send("/promises"))[0].text
    token = await token_of(alex)
    await sam.send(f"/start {token}")
    assert not sam.saw("went wrong") and not alex.saw("went wrong")
    assert alex.saw("Sam accepted your invite")
    # History comes along: both still see the week they did together.
    for phone in (sam, alex):
        [history] = await phone.send("/checkin history")
        assert "your pulse 17/21" in history.text, history.text
        assert "answered" in history.text and "this week" not in history.text
    assert "call the plumber" in (await sam.send("/promises"))[0].text
    assert "call the plumber" in (await alex.send("/promises"))[0].text
