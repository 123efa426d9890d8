"""Invite guessing, repeated presses and small flow issues (issue 15, items 8 and 9)."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.storage.models import OutboxMessage
from tests.flows import invite_link, pair, set_up

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


def wrong_token() -> str:
    return secrets.token_urlsafe(24)


async def test_twenty_wrong_invite_tokens_get_five_answers_then_one_calm_message(
    sim, clock, sam, alex
):
    await set_up(sam)
    await sam.send("/invite")
    good = invite_link(sam).rsplit("=", 1)[1]
    answered = []
    for _ in range(20):
        answered.append(await alex.send(f"/start {wrong_token()}"))
    assert [len(r) for r in answered[:5]] == [2] * 5  # what is wrong, and the welcome
    assert [len(r) for r in answered[5:]] == [1] + [0] * 14
    assert "try it again in an hour" in answered[5][0].text
    # Even a good link is not looked at within the hour (else guessing would go on).
    assert await alex.send(f"/start {good}") == []
    clock.advance(hours=1, seconds=1)
    [welcome] = await alex.send(f"/start {good}")
    assert welcome.text.startswith("💌 Sam invited you")


async def test_wrong_tokens_of_someone_set_up_are_limited_too(sim, sam, alex):
    await set_up(alex)
    counts = [len(await alex.send(f"/start {wrong_token()}")) for _ in range(20)]
    assert counts == [1] * 5 + [1] + [0] * 14
    assert "try it again in an hour" in alex.last.text


async def test_a_slot_proposal_pressed_again_and_again_asks_the_partner_once(sim, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await sam.send("/checkin time")
    await sam.tap("Change the time")
    chooser, button = sam.button("Wed 20:00")
    for _ in range(10):
        await sam.press(button["callback_data"], chooser)
    async with sim.db.transaction() as session:
        rows = list(
            await session.exec(
                select(OutboxMessage).where(OutboxMessage.view == "checkin.proposal")
            )
        )
    assert len(rows) == 1
    assert len(alex.find("would like to move")) + len(alex.find("Wed")) >= 1


async def test_start_with_garbage_in_the_middle_of_set_up_repeats_the_open_question(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    asked = await sam.send("Sam")
    replies = await sam.send("/start garbage-that-is-no-token")
    assert "couldn't read that invite link" in replies[0].text
    assert replies[-1].text == asked[-1].text  # the zone question again


async def test_pause_while_paused_says_so(sim, sam):
    await set_up(sam)
    await sam.send("/pause")
    await sam.tap("1 week")
    assert sam.last.text.startswith("⏸ Paused until")
    replies = await sam.send("/pause")
    assert replies[0].text.startswith("⏸ You're already paused until Saturday 28 November")
    assert "/resume" in replies[0].text
    assert replies[-1].button_labels()[:2] == ["1 day", "3 days"]


async def test_insights_without_data_mention_no_chart(sim, sam):
    await set_up(sam)
    replies = await sam.send("/insights")
    assert all(r.kind == "text" for r in replies)
    assert not any("chart" in r.text.lower() for r in replies), [r.text for r in replies]
    assert "once you've done a check-in" in replies[0].text
