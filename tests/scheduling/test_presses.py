"""Pressing a button again - or an old one - gets at most one reply and writes nothing new to
the outbox: Start twice, Skip after finishing, the last step's buttons after the talk ended."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import FakeClock
from tests.flows import answer_checkin
from tests.handlers.test_checkin import AFTERNOON, SLOT, couple_with_slot, slot_messages


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def test_start_pressed_twice_replies_once_each(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    invitation = slot_messages(sam)[-1]
    start = sam.button("Start", invitation)[1]["callback_data"]
    first = await sam.press(start, invitation)
    second = await sam.press(start, invitation)  # (the buttons are gone; a second tap races)
    assert len(first) <= 2 and len(second) <= 1  # (the first may start with a short intro)
    assert "Question 1 of" in second[0].text


async def test_an_old_skip_after_finishing_tells_nobody_anything(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    invitation = slot_messages(sam)[-1]
    skip = sam.button("Skip this week", invitation)[1]["callback_data"]
    await sam.tap("Start", invitation)
    await answer_checkin(sam)
    alex_before = len(alex.inbox)
    replies = await sam.press(skip, invitation)
    assert len(replies) <= 1
    assert sam.last_toast == "That button is no longer active."
    await sim.advance(minutes=5)
    assert not alex.saw("skipping this week's check-in")
    assert len(alex.inbox) == alex_before


async def test_the_talk_ends_once_even_when_its_last_buttons_are_pressed_after(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    for phone in (sam, alex):
        await phone.tap("Start", slot_messages(phone)[-1])
        await answer_checkin(phone)
    await sam.tap("Ready to talk")
    await alex.tap("I'm ready too")
    start = sim.clock.now()
    await sim.advance_to(start + timedelta(minutes=29))
    last_step = sam.last
    assert last_step.text.startswith("📅 Next week · 1 minute")
    same_time = sam.button("Same time next week", last_step)[1]["callback_data"]
    alex_step = alex.find("Next week · 1 minute")[-1]
    alex_same = alex.button("Same time next week", alex_step)[1]["callback_data"]
    await sim.advance(minutes=2)  # the last step's minute is up: the talk's closing message
    assert len(sam.find("That's your check-in done")) == 1
    assert len(alex.find("That's your check-in done")) == 1
    assert len(await sam.press(same_time, last_step)) <= 1  # pressed after the end
    assert len(await alex.press(alex_same, alex_step)) <= 1
    await sim.advance(minutes=10)
    assert len(sam.find("That's your check-in done")) == 1
    assert len(alex.find("That's your check-in done")) == 1
