"""People: consent, set-up, settings, pause, and the blocked flag."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import bindparam, func, update
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import recurrence
from bot.services import timezones, typed
from bot.services.notices import notify_partner
from bot.storage.models import NAME_MAX, Couple, User

MAX_PAUSE_DAYS = 90


async def get(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def language_of(conn: AsyncConnection, user_id: int) -> str | None:
    """The language a person chose (None before consent), read without a write lock."""
    return (await conn.execute(select(User.language).where(User.id == user_id))).scalar()


async def consent(
    session: AsyncSession,
    user_id: int,
    *,
    language: str | None,
    now: datetime,
    default_act_time: time,
    pending_invite: str | None = None,
) -> tuple[User, bool]:
    """Create the person on consent (the first thing ever stored about them).

    Returns (user, created). Consenting twice changes nothing.
    """
    existing = await session.get(User, user_id)
    if existing is not None:
        return existing, False
    couple = Couple(created_at=now)
    session.add(couple)
    await session.flush()
    user = User(
        id=user_id,
        language=(language or "en")[:2].lower() if language else "en",
        act_time=default_act_time,
        couple_id=couple.id,
        consented_at=now,
        created_at=now,
        updated_at=now,
        pending_invite=pending_invite,
    )
    session.add(user)
    await session.flush()
    return user, True


def clean_name(text: str) -> str | None:
    """A display name, or None when it is unusable (empty, only invisible marks or punctuation,
    a command, too long). Direction marks and zero-width spaces are taken out: the partner reads
    the name inside their own sentences."""
    name = typed.visible(text)
    if not typed.has_substance(name) or name.startswith("/") or len(name) > NAME_MAX:
        return None
    if any(ord(c) < 32 for c in name):
        return None
    return name


def set_flow(user: User, flow: str | None, **data: object) -> None:
    """Record the open question. Unchanged state is left alone, so answering the next question
    of the same flow does not rewrite the person's row."""
    if user.flow != flow:
        user.flow = flow
    if user.flow_data != data:
        user.flow_data = dict(data)


# Built once (issue 18): building a statement costs more CPU than SQLite takes to run it.
_PARTNER = select(User).where(User.couple_id == bindparam("couple"), User.id != bindparam("user"))


async def partner_of(session: AsyncSession, user: User) -> User | None:
    if user.couple_id is None:
        return None
    result = await session.exec(_PARTNER, params={"couple": user.couple_id, "user": user.id})
    return result.first()


_MEMBERS = (
    select(User)
    .where(User.couple_id == bindparam("couple"), col(User.setup_done_at).is_not(None))
    .order_by(User.id)
)


async def members(session: AsyncSession, couple_id: int) -> list[User]:
    """The couple's set-up members, by id."""
    return list(await session.exec(_MEMBERS, params={"couple": couple_id}))


async def couple_size(session: AsyncSession, couple_id: int) -> int:
    result = await session.exec(select(func.count()).where(User.couple_id == couple_id))
    return int(result.one())


def touch(user: User, now: datetime) -> None:
    user.updated_at = now


def quiet_hours(user: User, default_start: time, default_end: time) -> tuple[time, time]:
    return user.quiet_start or default_start, user.quiet_end or default_end


@dataclass(frozen=True)
class PersonSettings:
    """Everything /settings shows about a person."""

    name: str | None
    zone: str
    act_time: time
    quiet: tuple[time, time]  # start and end; equal means none
    partner: str | None  # the partner's name, if paired
    paired: bool
    long_distance: bool
    share_acts: bool
    paused_until: datetime | None  # only while paused
    language: str = "en"


async def settings_of(
    session: AsyncSession, user: User, now: datetime, default_quiet: tuple[time, time]
) -> PersonSettings:
    partner = await partner_of(session, user)
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    return PersonSettings(
        name=user.name,
        zone=user.timezone or timezones.UTC_NAME,
        act_time=user.act_time,
        quiet=quiet_hours(user, *default_quiet),
        partner=partner.name if partner else None,
        paired=partner is not None,
        long_distance=bool(couple and couple.long_distance),
        share_acts=bool(user.share_acts),
        paused_until=user.paused_until if is_paused(user, now) else None,
        language=user.language,
    )


@dataclass(frozen=True)
class PauseChoice:
    until: datetime  # UTC instant when messages start again
    resume_day: date  # the local day that is


def pause_until_day(user: User, day: date, now: datetime) -> PauseChoice | None:
    """Pause until the start of local ``day``; None if that is not 1..90 days ahead."""
    zone = user.timezone or timezones.UTC_NAME
    today = recurrence.local_date(now, zone)
    if not (today < day <= today + timedelta(days=MAX_PAUSE_DAYS)):
        return None
    return PauseChoice(recurrence.local_instant(day, time(0, 0), zone), day)


def is_paused(user: User, now: datetime) -> bool:
    return user.paused_until is not None and user.paused_until > now


def pause(user: User, day: date, now: datetime) -> PauseChoice | None:
    """Hold every message until local ``day`` begins; None when the day is not 1-90 days ahead."""
    choice = pause_until_day(user, day, now)
    if choice is None:
        return None
    user.paused_until = choice.until
    set_flow(user, None)
    touch(user, now)
    return choice


def resume(user: User, now: datetime) -> bool:
    """End a pause early. Returns whether the person was paused."""
    set_flow(user, None)
    if not is_paused(user, now):
        return False
    user.paused_until = None
    touch(user, now)
    return True


def set_language(user: User, lang: str, now: datetime) -> None:
    """Everything from now on, scheduled messages included, is written in ``lang``."""
    user.language = lang
    set_flow(user, None)
    touch(user, now)


def set_quiet_hours(user: User, window: tuple[time, time], now: datetime) -> None:
    """Quiet hours from ``window[0]`` to ``window[1]``; an empty window (equal ends) for none."""
    user.quiet_start, user.quiet_end = window
    set_flow(user, None)
    touch(user, now)


async def set_blocked(session: AsyncSession, user_id: int, blocked: bool, now: datetime) -> bool:
    """Record that someone blocked (or unblocked) the bot. Returns whether anything changed."""
    user = await session.get(User, user_id)
    if user is None or (user.blocked_at is not None) == blocked:
        return False
    user.blocked_at = now if blocked else None
    touch(user, now)
    return True


async def set_long_distance(session: AsyncSession, user: User, value: bool, now: datetime) -> None:
    """Mark the couple as living apart (or not): only acts that work at a distance then. The
    partner is told."""
    if user.couple_id is None:
        return
    await session.exec(
        update(Couple).where(Couple.id == user.couple_id).values(long_distance=value)
    )
    partner = await partner_of(session, user)
    if partner is not None:
        view = "settings.partner_apart" if value else "settings.partner_together"
        await notify_partner(session, partner, user, view, now)
