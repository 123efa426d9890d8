"""Rows written straight to the database, for tests that need many people or exact states."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sqlalchemy import text

from bot.services.acts import planning
from bot.storage.db import Database
from bot.storage.models import Couple, User


async def make_user(
    db: Database,
    user_id: int,
    *,
    now: datetime,
    zone: str = "Europe/Berlin",
    act_time: time = time(9, 0),
    name: str | None = None,
    couple_id: int | None = None,
    quiet_off: bool = False,
    long_distance: bool = False,
) -> User:
    """A person who consented and finished set-up, with their daily act scheduled."""
    async with db.transaction() as session:
        if couple_id is None:
            couple = Couple(created_at=now, long_distance=long_distance)
            session.add(couple)
            await session.flush()
            couple_id = couple.id
        user = User(
            id=user_id,
            name=name or f"Person {user_id}",
            timezone=zone,
            act_time=act_time,
            couple_id=couple_id,
            consented_at=now,
            setup_done_at=now,
            created_at=now,
            updated_at=now,
        )
        if quiet_off:
            user.quiet_start = user.quiet_end = time(0, 0)
        user.next_act_at = planning.next_act_at(user, now)
        session.add(user)
    return user


async def past_week(
    db: Database,
    couple_id: int,
    slot_at: datetime,
    answers: dict[int, dict | None],
    *,
    week_key: str | None = None,
) -> None:
    """A finished check-in week with these answers per person (None: did not answer)."""
    from bot.storage.models import CheckIn, CheckInResponse

    async with db.transaction() as session:
        ci = CheckIn(
            couple_id=couple_id,
            week_key=week_key or slot_at.strftime("%G-W%V"),
            slot_at=slot_at,
            status="closed",
            closes_at=slot_at,
            created_at=slot_at,
            revealed_at=slot_at,
        )
        session.add(ci)
        await session.flush()
        for user_id, fields in answers.items():
            if fields is None:
                continue
            session.add(
                CheckInResponse(
                    checkin_id=ci.id,
                    user_id=user_id,
                    position=12,
                    started_at=slot_at,
                    finished_at=slot_at,
                    **fields,
                )
            )


def pulse_of(total: int) -> dict:
    """Pulse items adding up to ``total`` (0-21)."""
    happiness = min(6, total)
    rest = total - happiness
    warmth = min(5, rest)
    rewarding = min(5, rest - warmth)
    return {
        "happiness": happiness,
        "warmth": warmth,
        "rewarding": rewarding,
        "satisfied": rest - warmth - rewarding,
    }


async def bulk_people(
    db: Database,
    count: int,
    *,
    now: datetime,
    first_id: int = 10_000_000,
    zone: str = "Europe/Berlin",
    act_time: time = time(9, 0),
) -> list[int]:
    """Many set-up people at once, in couples of two, with their act scheduled (for scale tests)."""
    from sqlalchemy import insert

    ids = list(range(first_id, first_id + count))
    next_act = None
    async with db.transaction() as session:
        couples = [
            {"created_at": now, "long_distance": False, "missed_weeks": 0}
            for _ in range((count + 1) // 2)
        ]
        await session.exec(insert(Couple), params=couples)
        first_couple = (
            await session.exec(
                text("SELECT min(id) FROM couples WHERE created_at = :n").bindparams(
                    n=now.replace(tzinfo=None) if db.is_sqlite else now
                )
            )
        ).one()[0]
        sample = User(
            id=0,
            timezone=zone,
            act_time=act_time,
            consented_at=now,
            setup_done_at=now,
            created_at=now,
            updated_at=now,
        )
        next_act = planning.next_act_at(sample, now)
        rows = [
            {
                "id": uid,
                "name": f"P{uid}",
                "language": "en",
                "timezone": zone,
                "act_time": act_time,
                "couple_id": first_couple + i // 2,
                "consented_at": now,
                "setup_done_at": now,
                "flow_data": {},
                "budget_used": 0,
                "created_at": now,
                "updated_at": now,
                "next_act_at": next_act,
            }
            for i, uid in enumerate(ids)
        ]
        for start in range(0, len(rows), 2000):
            await session.exec(insert(User), params=rows[start : start + 2000])
    return ids


async def due_messages(
    db: Database, user_ids: Iterable[int], *, now: datetime, key: str = "due"
) -> None:
    """One core outbox row due now for each person ("Your partner has left Rekindle", which needs
    nothing else to render), keyed ``<key>:<n>`` in order: the dispatcher's tests' plain rows."""
    from bot.scheduling import outbox

    async with db.transaction() as session:
        await outbox.enqueue_many(
            session,
            [
                outbox.Outgoing(
                    kind="pairing",
                    user_id=uid,
                    view="privacy.partner_left",
                    dedupe_key=f"{key}:{n}",
                    due_at=now,
                )
                for n, uid in enumerate(user_ids)
            ],
            now,
        )
