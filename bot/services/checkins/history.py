"""/checkin history: past weeks, the person's own pulse, and the topics that came up.

The history is the person's, not the couple's: the weeks of their current couple and every week
they answered in an earlier one (before unpairing, or solo before pairing), so it survives
/unpair and comes along when they pair again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import recurrence
from bot.services.checkins.weeks import responses
from bot.storage.models import CheckIn, CheckInResponse, User


@dataclass(frozen=True)
class Week:
    day: date
    status: str
    my_pulse: int | None
    partner_took_part: bool | None  # None when solo
    topics: list[str]
    # The name of the partner who took part that week (who may not be today's partner).
    partner: str | None = None


def shown_status(ci: CheckIn, mine: CheckInResponse | None) -> str:
    """The week as the person would describe it: one still open that is finished reads as
    done (talked, or answered alone), or answered (both answered, not talked yet)."""
    if ci.solo and ci.status in ("open", "closed") and mine is not None and mine.finished_at:
        return "done"  # alone, answering is the whole check-in
    if ci.status != "open":
        return ci.status
    if ci.meeting == "done":
        return "done"
    if ci.revealed_at is not None:
        return "closed"
    return "open"


async def history(session: AsyncSession, user: User, weeks: int = 8) -> list[Week]:
    answered = select(CheckInResponse.checkin_id).where(CheckInResponse.user_id == user.id)
    mine_or_ours = col(CheckIn.id).in_(answered)
    if user.couple_id is not None:
        mine_or_ours = or_(CheckIn.couple_id == user.couple_id, mine_or_ours)
    rows = list(
        await session.exec(
            select(CheckIn).where(mine_or_ours).order_by(col(CheckIn.slot_at).desc()).limit(weeks)
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
        took_part = [o for o in others if o.started_at is not None]
        partner = await session.get(User, took_part[0].user_id) if took_part else None
        found.append(
            Week(
                recurrence.local_date(ci.slot_at, zone),
                shown_status(ci, mine),
                mine.pulse if mine else None,
                None if ci.solo else bool(took_part),
                list(dict.fromkeys(topics)),
                partner.name if partner is not None else None,
            )
        )
    return found
