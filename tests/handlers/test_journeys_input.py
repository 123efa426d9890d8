"""Forged and odd input (issue 15, item 6): forged buttons with huge, negative and non-numeric
ids, and lone UTF-16 surrogates in names and texts, never make an ERROR log line; a partner's
messages keep arriving after the other wrote such text."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from bot import callbacks
from bot.clock import FakeClock
from tests.flows import pair, set_up

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
ODD_PARTS = [
    "99999999999999999999999",
    str(2**31),
    str(2**63),
    "-1",
    "0",
    "1e9",
    "abc",
    "",
    "١٢",  # Arabic-Indic digits: isdigit() is True, int() accepts them
    "\ud800",
    "12\x00",
    "2147483647",
    "1",
]
ODD_TEXTS = [
    "\ud83d",  # a lone high surrogate
    "Sam \udc00 the \ud800 second",
    "<b>not closed",
    "&amp; &lt;script&gt;",
    "\u202e\u2066mirrored",
    "x" * 4096,
    "/start " + "A" * 64,
    "/start \ud800\ud800",
    "/promise call you \udfff at 6pm",
    "/checkin \ud800",
    "/promises extra words",
    "\x00\x01\x02",
    "🏳️‍🌈" * 500,
]


def prefixes() -> list[str]:
    found = []
    for kind in vars(callbacks).values():
        if isinstance(kind, type) and issubclass(kind, callbacks.CallbackData):
            prefix = getattr(kind, "prefix", None)
            if prefix:
                found.append(prefix)
    return sorted(set(found))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def test_forged_buttons_and_odd_texts_leave_no_error_in_the_log(sim, sam, alex, errors):
    sim.raise_errors = False
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    rng = random.Random(15)
    for prefix in prefixes():
        for _ in range(12):
            parts = [rng.choice(ODD_PARTS) for _ in range(rng.randint(0, 4))]
            await sam.press(":".join([prefix, *parts])[:64])
    for text in ODD_TEXTS:
        await sam.send(text)
        for flow_entry in ("/promise", "/checkin now", "/settings"):
            await sam.send(flow_entry)
            await sam.send(text)
        await sam.send("/cancel")
    assert errors() == [], errors()[:5]
    assert sim.errors == []
    assert not sam.saw("went wrong")


async def test_a_name_with_a_lone_surrogate_is_cleaned_and_the_partner_still_hears(
    sim, sam, alex, errors
):
    sim.raise_errors = False
    await set_up(sam)
    await sam.send("/settings")
    await sam.send("/invite")
    token = sam.find("Your invite link")[-1].text.split("start=")[1].split()[0]
    await alex.send(f"/start {token}")
    await alex.tap("I agree")
    await alex.send("Al\ud800ex")
    await alex.send("Berlin")
    await alex.send("9:00")
    assert alex.saw("paired with Sam"), alex.texts()[-3:]
    await alex.send("/promise call you at 6pm \udfff today")
    await alex.tap("Promise it")
    news = sam.find("promised")[-1].text
    assert "Al" in news and "\ud800" not in news and "\udfff" not in news
    await sam.send("/promise bring flowers by Sunday")
    await sam.tap("Promise it")
    assert alex.find("Sam promised")  # sends to Alex still work
    assert errors() == [], errors()[:5]
