"""One length guard for every reply (issue 15, item 5): long lists split into messages that fit,
the reveal stays one message that fits."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.views.length import shown_length
from tests.flows import answer_checkin, pair

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def test_fifty_open_promises_are_listed_in_messages_that_fit(sim, sam, alex):
    await pair(sam, alex)
    for i in range(50):
        filler = "with the good flour and seeds " * 7
        await sam.send(f"/promise bake bread loaf {i:02d} {filler}by Friday")
        await sam.tap("Promise it")
    replies = await sam.send("/promises")
    assert len(replies) >= 2
    assert all(shown_length(r.text) <= 4096 for r in replies)
    everything = "\n".join(r.text for r in replies)
    assert all(f"loaf {i:02d} with" in everything for i in range(50))
    assert replies[-1].buttons  # the buttons come with the last part
    assert not sam.saw("went wrong")
    replies = await alex.send("/promises")  # Alex sees them as Sam's, also in parts that fit
    assert all(shown_length(r.text) <= 4096 for r in replies)
    assert sum("bake bread" in r.text for r in replies) >= 2


async def test_the_reveal_of_long_answers_fits_one_message(sim, clock, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    long = ("I felt a lot this week & <wanted> to say it all " * 40)[:1490]
    for phone in (sam, alex):
        await phone.send("/checkin now")
        await answer_checkin(phone, went_well=long, hard=long, improve=long)
    for phone in (sam, alex):
        reveal = phone.find("Your answers side by side")[-1]
        assert shown_length(reveal.text) <= 4096
        assert "…" in reveal.text and reveal.buttons
    assert not sam.saw("went wrong") and not alex.saw("went wrong")
