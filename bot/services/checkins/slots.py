"""The weekly slot: a weekday and a time in the couple's time zone, and how partners agree on it.

Either partner may propose a new slot; the other confirms. For partners in different time zones
the slot is shown in both local times, with a warning when it falls in someone's night."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import update
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.scheduling import outbox, recurrence
from bot.scheduling.zones import get_zone
from bot.services import spoken, users
from bot.services.notices import notify_partner
from bot.services.times import parse_time_of_day
from bot.services.when import WEEKDAYS
from bot.storage.models import Couple, User


@dataclass(frozen=True)
class Slot:
    weekday: int
    at: time
    zone: str


def slot_of(couple: Couple) -> Slot | None:
    if couple.checkin_weekday is None or couple.checkin_time is None or not couple.checkin_zone:
        return None
    return Slot(couple.checkin_weekday, couple.checkin_time, couple.checkin_zone)


def parse_slot(text: str, lang: str = "en") -> tuple[int, time] | None:
    """'Sunday 7pm', 'wed 20:30', 'Saturdays at 10am' -> (weekday, time); 'Sonntag 19 Uhr',
    'domingo a las 7 de la tarde', 'dimanche 19h' in their languages."""
    words = spoken.english(text.replace(",", " "), lang).split()
    weekday = next((WEEKDAYS[w.rstrip("s")] for w in words if w.rstrip("s") in WEEKDAYS), None)
    if weekday is None:
        return None
    rest = " ".join(w for w in words if w.rstrip("s") not in WEEKDAYS and w not in ("at", "on"))
    at = parse_time_of_day(rest)
    return (weekday, at) if at is not None else None


def local_slot(slot: Slot, zone: str, now: datetime) -> tuple[int, time]:
    """The slot seen from another time zone: (weekday, local time) of the next one."""
    _, instant = recurrence.next_weekly(now, slot.weekday, slot.at, slot.zone)
    local = instant.astimezone(get_zone(zone))
    return local.weekday(), local.time()


def at_night(slot: Slot, user: User, settings: Settings, now: datetime) -> time | None:
    """The local time if the slot falls in ``user``'s quiet hours, else None."""
    _, local = local_slot(slot, user.timezone or slot.zone, now)
    start, end = users.quiet_hours(user, settings.quiet_hours_start, settings.quiet_hours_end)
    return local if recurrence.in_window(local, start, end) else None


async def set_slot(
    session: AsyncSession, couple: Couple, weekday: int, at: time, zone: str, now: datetime
) -> Slot:
    couple.checkin_weekday, couple.checkin_time, couple.checkin_zone = weekday, at, zone
    couple.checkin_proposal = None
    couple.missed_weeks = 0
    couple.next_checkin_at = recurrence.next_weekly(now, weekday, at, zone)[1]
    await session.flush()
    return Slot(weekday, at, zone)


async def propose_slot(
    session: AsyncSession, user: User, weekday: int, at: time, now: datetime
) -> str:
    """Either partner may propose a new slot; the other confirms. Returns 'set' (no partner, or
    no slot yet) or 'proposed'."""
    couple = await session.get(Couple, user.couple_id)
    partner = await users.partner_of(session, user)
    zone = couple.checkin_zone or user.timezone or "UTC"
    if partner is None or slot_of(couple) is None:
        await set_slot(session, couple, weekday, at, zone, now)
        if partner is not None:
            await notify_partner(session, partner, user, "checkin.partner_chose_slot", now)
        return "set"
    pending = couple.checkin_proposal or {}
    wanted = {"by": user.id, "weekday": weekday, "time": at.isoformat("minutes"), "zone": zone}
    if pending and all(pending.get(k) == v for k, v in wanted.items()):
        return "proposed"  # pressed again: the partner was asked already, once is enough
    # A different time replaces the one proposed before: its notice, if not sent yet, goes.
    await outbox.cancel(session, refs=[f"slot-proposal:{couple.id}"])
    nonce = secrets.token_hex(4)
    couple.checkin_proposal = {
        "by": user.id,
        "weekday": weekday,
        "time": at.isoformat("minutes"),
        "zone": zone,
        "id": nonce,
    }
    await notify_partner(
        session,
        partner,
        user,
        "checkin.proposal",
        now,
        params={"proposal": nonce},
        ref=f"slot-proposal:{couple.id}",
        key=f"slot-proposal:{nonce}",
    )
    return "proposed"


def proposed_slot(couple: Couple, nonce: str) -> Slot | None:
    """The slot a pending proposal names, if ``nonce`` is still the pending one."""
    proposal = couple.checkin_proposal
    if not proposal or proposal.get("id") != nonce:
        return None
    return Slot(proposal["weekday"], parse_time_of_day(proposal["time"]), proposal["zone"])


async def answer_proposal(
    session: AsyncSession, user: User, nonce: str, accept: bool, now: datetime
) -> Slot | bool | None:
    """The other partner's answer. Returns the new slot, None (declined) or False (stale)."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    proposal = couple.checkin_proposal if couple else None
    if not proposal or proposal.get("id") != nonce or proposal.get("by") == user.id:
        return False
    proposer = await session.get(User, proposal["by"])
    couple.checkin_proposal = None
    if not accept:
        if proposer is not None:
            await notify_partner(session, proposer, user, "checkin.proposal_declined", now)
        return None
    slot = await set_slot(
        session,
        couple,
        proposal["weekday"],
        parse_time_of_day(proposal["time"]),
        proposal["zone"],
        now,
    )
    if proposer is not None:
        await notify_partner(session, proposer, user, "checkin.proposal_accepted", now)
    return slot


async def keep_time(session: AsyncSession, user: User) -> bool:
    """'Keep this time' after three missed weeks: reminders come back."""
    if user.couple_id is None:
        return False
    await session.exec(update(Couple).where(Couple.id == user.couple_id).values(missed_weeks=0))
    return True
