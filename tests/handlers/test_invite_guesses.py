"""The limit on wrong invite links holds across several web processes (two Applications on one
database and one Telegram, as two `python -m bot web` behind a load balancer)."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text

from bot.services.pairing import GUESS_LIMIT
from bot.simulator import Simulator
from tests.conftest import ALEX_ID
from tests.flows import invite_link, set_up


def wrong_token() -> str:
    return secrets.token_urlsafe(24)


@pytest.fixture
async def second(sim: Simulator, settings, clock) -> AsyncIterator[Simulator]:
    """Another web process of the same bot."""
    other = Simulator(settings, clock, telegram=sim.telegram)
    await other.start()
    try:
        yield other
    finally:
        await other.stop()


async def test_two_processes_share_one_limit_of_wrong_links(sim, second, sam, clock):
    await set_up(sam)
    await sam.send("/invite")
    good = invite_link(sam).rsplit("=", 1)[1]
    here, there = sim.phone(ALEX_ID, "Alex"), second.phone(ALEX_ID, "Alex")
    answers = []
    for turn in range(12):  # the load balancer sends each update to either process
        phone = here if turn % 2 == 0 else there
        answers.append(await phone.send(f"/start {wrong_token()}"))
    assert [len(a) for a in answers[:GUESS_LIMIT]] == [2] * GUESS_LIMIT  # what is wrong, welcome
    assert [len(a) for a in answers[GUESS_LIMIT:]] == [1] + [0] * (11 - GUESS_LIMIT)
    assert "try it again in an hour" in answers[GUESS_LIMIT][0].text
    assert await there.send(f"/start {good}") == []  # not looked at, in either process
    assert await here.send(f"/start {good}") == []
    clock.advance(hours=1, seconds=1)
    [welcome] = await there.send(f"/start {good}")
    assert welcome.text.startswith("💌 Sam invited you")


async def test_links_opened_at_once_through_both_processes_get_no_extra_tries(sim, second, clock):
    here, there = sim.phone(ALEX_ID, "Alex"), second.phone(ALEX_ID, "Alex")
    phones = [here, there] * 10
    await asyncio.gather(*(p.send(f"/start {wrong_token()}") for p in phones))
    chat = [m.text for m in sim.telegram.chat(ALEX_ID)]
    # Each link looked at gets two answers (what is wrong, and the welcome); then one pause.
    assert len(chat) == 2 * GUESS_LIMIT + 1, chat
    assert sum("try it again in an hour" in t for t in chat) == 1


async def test_a_real_link_opened_again_and_again_is_no_guess(sim, second, sam, alex):
    await set_up(sam)
    await sam.send("/invite")
    good = invite_link(sam).rsplit("=", 1)[1]
    there = second.phone(ALEX_ID, "Alex")
    for turn in range(2 * GUESS_LIMIT):
        phone = alex if turn % 2 == 0 else there
        [welcome] = await phone.send(f"/start {good}")
        assert welcome.text.startswith("💌 Sam invited you")


async def test_the_count_keeps_no_telegram_id(sim, alex):
    for _ in range(3):
        await alex.send(f"/start {wrong_token()}")
    async with sim.db.reading() as conn:
        rows = (await conn.execute(text("SELECT opener, tries FROM invite_guesses"))).all()
    [(opener, tries)] = rows
    assert tries == 3
    assert str(ALEX_ID) not in opener and len(opener) == 64


async def test_export_shows_the_count_and_delete_erases_it(sim, sam, alex):
    await set_up(alex)
    for _ in range(2):
        await alex.send(f"/start {wrong_token()}")
    [doc] = await alex.send("/export")
    [row] = json.loads(doc.file_bytes)["invite_guesses"]
    assert row["tries"] == 2 and "opener" not in row
    await alex.send("/delete")
    await alex.tap("Yes, erase everything")
    async with sim.db.reading() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM invite_guesses"))).scalar() == 0


async def test_the_count_is_forgotten_once_its_hour_is_over(sim, alex):
    await alex.send(f"/start {wrong_token()}")
    await sim.advance(minutes=30)
    async with sim.db.reading() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM invite_guesses"))).scalar() == 1
    await sim.advance(hours=2)  # the timer jobs run: retention among the planners
    async with sim.db.reading() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM invite_guesses"))).scalar() == 0
