"""Retention with a moved clock: 26 weeks after a couple wrote a marker into every place a
person can write, none of those words is left in any table or in the SQLite files; the scores,
statuses and the person (their name) are kept, and the outbox has forgotten its old rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.simulator import Phone
from bot.storage.models import CheckInResponse, OutboxMessage, Promise
from tests.conftest import SAM_ID
from tests.markers import (
    AFTERNOON,
    MARKERS,
    SLOT,
    WORDS,
    every_row,
    found_in_files,
    found_in_tables,
    sqlite_files,
    write_everywhere,
)

WRITTEN = tuple(w for w in WORDS if w != MARKERS["name"])  # the name stays with the person


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


@pytest.fixture
def sam(sim) -> Phone:
    return sim.phone(SAM_ID, MARKERS["name"])


async def test_26_weeks_later_no_written_word_is_left(sim, clock, sam, alex):
    await write_everywhere(sim, sam, alex)
    assert found_in_tables(await every_row(sim), WRITTEN)  # (the control: they are there)

    clock.set(SLOT + timedelta(weeks=26, days=1))  # the bot was down; it starts again
    await sim.tick()
    clock.set(clock.now() + timedelta(days=8))  # a draft is forgotten a week after it is seen
    await sim.tick()

    rows = await every_row(sim)
    assert found_in_tables(rows, WRITTEN) == []
    if sim.db.is_sqlite:
        assert found_in_files(sqlite_files(sim), WRITTEN) == []
    async with sim.db.transaction() as session:
        mine = (
            await session.exec(select(CheckInResponse).where(CheckInResponse.user_id == SAM_ID))
        ).one()
        assert mine.pulse == 16  # the scores stay, for /insights
        statuses = sorted(p.status for p in await session.exec(select(Promise)))
        assert statuses == ["not_kept", "open", "open"]  # and what became of promises
        old = await session.exec(
            select(OutboxMessage).where(
                OutboxMessage.status != "pending",
                OutboxMessage.due_at < clock.now() - timedelta(days=7),
            )
        )
        assert list(old) == []  # final outbox rows are purged a week after
    assert [u["name"] for u in rows["users"] if u["id"] == SAM_ID] == [MARKERS["name"]]


async def test_what_is_younger_than_26_weeks_stays(sim, clock, sam, alex):
    await write_everywhere(sim, sam, alex)
    clock.set(SLOT + timedelta(weeks=25))
    await sim.tick()
    stored = " ".join(found_in_tables(await every_row(sim), WRITTEN))
    for word in ("quimbleberry", "wombatjam", "pumpernix", "glimmerquatch", "jibberwock"):
        assert word in stored


async def test_a_clock_that_went_back_does_not_stop_retention(sim, settings):
    """A pass seen 'in the future' (the clock was corrected back) does not count as recent."""
    from bot.services import retention

    ahead = AFTERNOON + timedelta(days=30)
    await retention.forget_old_words(sim.db, ahead, settings)
    assert retention._last_retention[sim.db.url] == ahead
    await retention.forget_old_words(sim.db, AFTERNOON, settings)
    assert retention._last_retention[sim.db.url] == AFTERNOON  # it ran again
