"""/checkin history: past weeks, the person's own pulse, and the topics that came up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import recurrence
from bot.services.checkins.weeks import responses
from bot.storage.models import CheckIn, User


@dataclass(frozen=True)
class Week:
    day: date
    status: str
    my_pulse: int | None
    partner_took_part: bool | None  # None when solo
    topics: list[str]


async def history(session: AsyncSession, user: User, weeks: int = 8) -> list[Week]:
    if user.couple_id is None:
        return []
    rows = list(
        await session.exec(
            select(CheckIn)
            .where(CheckIn.couple_id == user.couple_id)
            .order_by(col(CheckIn.slot_at).desc())
            .limit(weeks)
        )
    )
    found = []
    for ci in rows:
        answers = await responses(session, ci)
        mine = answers.get(user.id)
        others = [r for uid, r in answers.items() if uid != user.id]
        topics = []
        if mine is not None and mine.hard_topic:
            topics.append(mine.hard_topic)
        for other in others:  # the partner's topic only if they shared that answer
            if other.hard_topic and not other.hard_private and ci.revealed_at is not None:
                topics.append(other.hard_topic)
        zone = user.timezone or "UTC"
        found.append(
            Week(
                recurrence.local_date(ci.slot_at, zone),
                ci.status,
                mine.pulse if mine else None,
                None if ci.solo else any(o.started_at for o in others),
                list(dict.fromkeys(topics)),
            )
        )
    return found
