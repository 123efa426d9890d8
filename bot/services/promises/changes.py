"""Changing one's mind before the time: cancel a promise or agree a new time; and promises
moving with their promiser when they pair or unpair."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.scheduling import outbox
from bot.services import users
from bot.services.promises.answers import own_promise
from bot.services.promises.making import Result, plan_reminders, tell_partner
from bot.services.when import When
from bot.storage.models import Promise, User


async def _changeable(
    session: AsyncSession, user: User, promise_id: int, now: datetime
) -> tuple[Promise | None, Result]:
    promise = await own_promise(session, user, promise_id)
    if promise is None or promise.status != "open":
        return None, Result.STALE
    if promise.due_at <= now:
        return None, Result.TOO_LATE
    return promise, Result.OK


async def _partner_has_seen(session: AsyncSession, promise: Promise) -> bool:
    """Whether the news of this promise reached the partner (it may still be held overnight)."""
    held = await outbox.cancel(session, refs=[f"promise-news:{promise.id}"])
    return held == 0


async def cancel(session: AsyncSession, user: User, promise_id: int, now: datetime) -> Result:
    promise, result = await _changeable(session, user, promise_id, now)
    if promise is None:
        return result
    promise.status, promise.updated_at = "cancelled", now
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])
    partner = await users.partner_of(session, user)
    if partner is not None and not promise.private and await _partner_has_seen(session, promise):
        await tell_partner(session, promise, partner, user, "promises.partner_cancelled", now)
    return Result.OK


async def renegotiate(
    session: AsyncSession,
    user: User,
    promise_id: int,
    when: When,
    now: datetime,
    settings: Settings,
) -> Result:
    """A new time, agreed before the old one came: old reminders and buttons stop working."""
    promise, result = await _changeable(session, user, promise_id, now)
    if promise is None:
        return result
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])
    promise.due_at, promise.all_day = when.at, when.all_day
    promise.revision += 1
    promise.snoozes = 0
    promise.updated_at = now
    await plan_reminders(session, promise, user, now, settings)
    partner = await users.partner_of(session, user)
    if partner is not None and not promise.private:
        if await _partner_has_seen(session, promise):
            view = "promises.partner_moved"
        else:
            view = "promises.partner_new"  # they never heard of it: just tell the new time
        await tell_partner(session, promise, partner, user, view, now)
    return Result.OK


async def move_to_couple(session: AsyncSession, user_id: int, couple_id: int | None) -> None:
    """Promises go with their promiser when they pair or unpair."""
    await session.exec(
        update(Promise).where(Promise.promiser_id == user_id).values(couple_id=couple_id)
    )
