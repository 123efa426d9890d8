"""Rows written straight to the database, for tests that need many people or exact states."""

from __future__ import annotations

from datetime import datetime, time

from bot.services import acts
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
        user.next_act_at = acts.next_act_at(user, now)
        session.add(user)
    return user
