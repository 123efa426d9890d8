"""Outbox rows are intents, rendered when they are sent: no one's words in the outbox, the
recipient's language and time zone as they are at that moment, and nothing about what is gone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete
from sqlmodel import select

from bot.scheduling import outbox
from bot.storage.models import OutboxMessage, Promise
from tests.conftest import SAM_ID
from tests.factories import make_user
from tests.flows import pair

# Saturday 21 November 2026, 23:30 in Berlin (22:30 in London, inside Alex's quiet hours).
LATE = datetime(2026, 11, 21, 22, 30, tzinfo=UTC)


async def outbox_rows(sim) -> list[OutboxMessage]:
    async with sim.db.transaction() as session:
        return list(await session.exec(select(OutboxMessage).order_by(OutboxMessage.id)))


async def test_an_outbox_row_keeps_no_ones_words(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/promise water the zebraplant at 6pm")
    await sam.tap("Promise it")
    assert alex.last.text.startswith("🤝 Sam promised: water the zebraplant at 6pm")
    rows = await outbox_rows(sim)
    news = [r for r in rows if r.view == "promises.partner_new"]
    assert news and news[0].about_id == SAM_ID and set(news[0].params) == {"promise"}
    for row in rows:
        assert "zebraplant" not in repr(row.model_dump()), row.view


async def test_a_held_notice_is_worded_in_the_recipients_zone_when_it_is_sent(sim, sam, alex):
    await pair(sam, alex, joiner_zone="London")
    sim.clock.set(LATE)
    await sam.send("/promise call you tomorrow at 18:00")
    await sam.tap("Promise it")
    assert not alex.saw("Sam promised")  # held: it is night in London
    await alex.send("/settings")
    await alex.tap("Time zone")
    await alex.send("New York")  # before morning, Alex is somewhere else
    await sim.advance(hours=9, minutes=40)  # 08:10 in London: still night in New York
    assert not alex.saw("Sam promised")
    await sim.advance(hours=5, minutes=20)  # 08:30 in New York
    news = alex.find("Sam promised")
    # 18:00 in Berlin is noon in New York, and by now it is today there.
    assert [m.text for m in news] == ["🤝 Sam promised: call you tomorrow at 18:00 (today 12:00)"]


async def test_a_message_about_something_gone_is_dropped_not_sent(sim, clock):
    await make_user(sim.db, SAM_ID, now=clock.now())
    async with sim.db.transaction() as session:
        promise = Promise(
            promiser_id=SAM_ID,
            text="fix the bike",
            due_at=clock.now() + timedelta(hours=2),
            created_at=clock.now(),
            updated_at=clock.now(),
        )
        session.add(promise)
        await session.flush()
        await outbox.enqueue(
            session,
            outbox.Outgoing(
                kind="promise_check",
                user_id=SAM_ID,
                view="promises.check",
                params={"promise": promise.id, "revision": 0},
                dedupe_key="check",
                due_at=clock.now(),
            ),
            clock.now(),
        )
    async with sim.db.transaction() as session:
        await session.exec(delete(Promise))  # erased before its question went out
    await sim.dispatch()
    [row] = await outbox_rows(sim)
    assert (row.status, row.error) == ("dropped", "what it refers to is gone")
    assert sim.telegram.chat(SAM_ID) == []


async def test_a_reminder_of_a_moved_promise_is_not_sent(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/promise call you at 6pm")
    await sam.tap("Promise it")
    async with sim.db.transaction() as session:
        [promise] = list(await session.exec(select(Promise)))
        promise.revision += 1  # moved, by a path that forgot to withdraw the old reminder
    await sim.advance(hours=10)  # past 18:00 in Berlin
    assert not sam.saw("In 30 minutes")
    reminder = [r for r in await outbox_rows(sim) if r.view == "promises.reminder"]
    assert [r.status for r in reminder] == ["dropped"]
    assert alex.find("🤝 Sam promised")  # the rest went on as usual
