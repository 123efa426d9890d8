"""The weekly slot: a weekday and a time in the couple's time zone, and how partners agree on it.

Either partner may propose a new slot; the other confirms. For partners in different time zones
the slot is shown in both local times, with a warning when it falls in someone's night."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import update
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.callbacks import SlotMenu
from bot.config import Settings
from bot.scheduling import outbox, recurrence
from bot.services import users
from bot.services.checkins.weeks import notice
from bot.services.times import format_time, parse_time_of_day
from bot.services.timezones import get_zone
from bot.services.when import WEEKDAYS
from bot.storage.models import Couple, User
from bot.views.catalogue import label, t

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Slot:
    weekday: int
    at: time
    zone: str


def slot_of(couple: Couple) -> Slot | None:
    if couple.checkin_weekday is None or couple.checkin_time is None or not couple.checkin_zone:
        return None
    return Slot(couple.checkin_weekday, couple.checkin_time, couple.checkin_zone)


def parse_slot(text: str) -> tuple[int, time] | None:
    """'Sunday 7pm', 'wed 20:30', 'Saturdays at 10am' -> (weekday, time)."""
    words = text.lower().replace(",", " ").split()
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


def describe_slot(slot: Slot) -> str:
    return f"{WEEKDAY_NAMES[slot.weekday]}s {format_time(slot.at)}"


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
        slot = await set_slot(session, couple, weekday, at, zone, now)
        if partner is not None:
            await notice(
                session,
                partner,
                now,
                "checkin-partner_chose_slot",
                "slot-news",
                name=user.name,
                slot=slot_for(slot, partner, now),
            )
        return "set"
    nonce = secrets.token_hex(4)
    couple.checkin_proposal = {
        "by": user.id,
        "weekday": weekday,
        "time": format_time(at),
        "zone": zone,
        "id": nonce,
    }
    proposed = Slot(weekday, at, zone)
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="notice",
            user_id=partner.id,
            due_at=now,
            dedupe_key=f"slot-proposal:{nonce}",
            text=t(
                partner.language,
                "checkin-proposal",
                name=user.name,
                slot=slot_for(proposed, partner, now),
            ),
            buttons=[
                [
                    outbox.button(
                        label(partner.language, "checkin-button_accept"),
                        SlotMenu("ok", nonce).encode(),
                    ),
                    outbox.button(
                        label(partner.language, "checkin-button_decline"),
                        SlotMenu("no", nonce).encode(),
                    ),
                ]
            ],
        ),
        now,
    )
    return "proposed"


def slot_for(slot: Slot, viewer: User, now: datetime) -> str:
    text = describe_slot(slot)
    if viewer.timezone and viewer.timezone != slot.zone:
        weekday, local = local_slot(slot, viewer.timezone, now)
        text += t(
            viewer.language,
            "checkin-slot_for_you",
            weekday=WEEKDAY_NAMES[weekday],
            time=format_time(local),
        )
    return text


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
            await notice(
                session, proposer, now, "checkin-proposal_declined", "slot-news", name=user.name
            )
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
        await notice(
            session,
            proposer,
            now,
            "checkin-proposal_accepted",
            "slot-news",
            name=user.name,
            slot=slot_for(slot, proposer, now),
        )
    return slot


async def keep_time(session: AsyncSession, user: User) -> bool:
    """'Keep this time' after three missed weeks: reminders come back."""
    if user.couple_id is None:
        return False
    await session.exec(update(Couple).where(Couple.id == user.couple_id).values(missed_weeks=0))
    return True
