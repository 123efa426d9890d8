"""Times that mean something different to each partner (issue 15, item 4): deadline days across
zones, "tonight" late in the evening, and relative times in the text the partner reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from tests.flows import pair, set_up

# Saturday 21 November 2026, 13:00 UTC: 08:00 in New York, 14:00 in Berlin.
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def test_a_deadline_day_is_the_promisers_day_for_a_partner_elsewhere(sim, sam, alex):
    await set_up(sam, zone="New York")
    await pair(sam, alex, joiner_zone="Berlin")
    [confirm] = await sam.send("/promise buy flowers by Wednesday")
    assert "by Wednesday 25 November" in confirm.text, confirm.text
    await sam.tap("Promise it")
    # Wednesday evening in New York is already Thursday in Berlin: Alex reads Sam's day.
    news = alex.find("Sam promised")[-1].text
    assert "by Wednesday 25 November, Sam's time" in news, news
    assert "Thursday" not in news
    [overview] = await alex.send("/promises")
    assert "by Wednesday 25 November, Sam's time" in overview.text, overview.text
    [own] = await sam.send("/promises")
    assert "by Wednesday 25 November" in own.text and "Sam's time" not in own.text


async def test_same_offset_needs_no_qualifier(sim, sam, alex):
    await set_up(sam, zone="Paris")
    await pair(sam, alex, joiner_zone="Berlin")
    await sam.send("/promise buy flowers by Wednesday")
    await sam.tap("Promise it")
    news = alex.find("Sam promised")[-1].text
    assert "by Wednesday 25 November)" in news and "time" not in news, news


async def test_tonight_typed_late_in_the_evening_is_like_the_tonight_button(sim, clock, sam):
    await set_up(sam)
    clock.set(datetime(2026, 11, 21, 21, 18, tzinfo=UTC))  # 22:18 in Berlin
    [typed] = await sam.send("/promise take the bins out tonight")
    assert "already passed" not in typed.text
    assert "Due: by today" in typed.text, typed.text
    await sam.tap("Never mind")
    await sam.send("/promise")
    await sam.send("take the bins out")
    [tapped] = await sam.tap("Tonight")
    assert "Due: by today" in tapped.text, tapped.text


async def test_in_three_minutes_is_not_kept_in_what_the_partner_reads(sim, sam, alex):
    await pair(sam, alex)
    [confirm] = await sam.send("/promise water the plants in 3 minutes")
    assert "today 14:03" in confirm.text
    await sam.tap("Promise it")
    news = alex.find("Sam promised")[-1].text
    assert "water the plants" in news and "in 3 minutes" not in news, news
    assert "today 14:03" in news
