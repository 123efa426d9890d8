"""Service tests: the domain functions over a real database (SQLite, and PostgreSQL when there
is one), without Telegram."""

from __future__ import annotations

from datetime import UTC, datetime, time

from sqlmodel import select

from bot.services.checkins import planning, questions, slots
from bot.storage.db import Database
from bot.storage.models import CheckIn, Couple, OutboxMessage, User
from tests.factories import make_user

SAM, ALEX, CASEY = 2001, 2002, 2003


async def couple(db: Database, now, *, alex_zone: str = "Europe/Berlin") -> tuple[User, User]:
    """Sam (Berlin) and Alex, set up and paired, quiet hours off."""
    sam = await make_user(db, SAM, now=now, name="Sam", quiet_off=True)
    alex = await make_user(
        db, ALEX, now=now, name="Alex", couple_id=sam.couple_id, zone=alex_zone, quiet_off=True
    )
    return sam, alex


async def outbox_rows(db: Database, **filters) -> list[OutboxMessage]:
    async with db.transaction() as session:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        for key, value in filters.items():
            query = query.where(getattr(OutboxMessage, key) == value)
        return list(await session.exec(query))


def at(hour: int, minute: int = 0) -> time:
    return time(hour, minute)


# Sunday 22 November 2026, 19:00 in Berlin.
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


async def with_slot(db, now) -> None:
    await couple(db, now)
    async with db.transaction() as session:
        found = await session.get(Couple, (await session.get(User, SAM)).couple_id)
        await slots.set_slot(session, found, 6, at(19), "Europe/Berlin", now)


ANSWERS = [("happiness", "5"), ("warmth", "4"), ("rewarding", "4"), ("satisfied", "4")]
ANSWERS += [("criticised", "0"), ("disrespected", "1"), ("defensive", "0"), ("shut_out", "0")]


async def opened(db, clock, settings) -> CheckIn:
    await with_slot(db, clock.now())
    await planning.plan(db, SLOT, settings)
    async with db.transaction() as session:
        return (await session.exec(select(CheckIn))).one()


async def answer_all(db, person: int, week: CheckIn, *, hard: str = "Busy evenings") -> None:
    async with db.transaction() as session:
        user = await session.get(User, person)
        turn = await questions.start(session, user, week.id, SLOT)
        assert (turn.result, turn.number, turn.total) == ("ok", 1, 12)
        for field, raw in ANSWERS:
            turn = await questions.answer(session, user, week.id, field, None, SLOT, raw=raw)
        await questions.answer(session, user, week.id, "went_well", "A long walk", SLOT)
        await questions.answer(session, user, week.id, "hard", hard, SLOT)
        await questions.answer(session, user, week.id, "hard_topic", None, SLOT, raw="money")
        await questions.answer(session, user, week.id, "improve", None, SLOT, raw="skip")
