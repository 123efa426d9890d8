"""After the time: the promiser says whether it was kept (or asks again later), and the partner
says whether it felt that way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox
from bot.services import users
from bot.services.notices import notify_partner
from bot.services.promises.making import Result, check_message
from bot.storage.models import Promise, User

REASON_LIMIT = 300
CONFIRM_WINDOW = timedelta(hours=24)
SNOOZE = timedelta(hours=1)
MAX_SNOOZES = 3


@dataclass(frozen=True)
class Answered:
    result: Result
    promise: Promise | None = None
    partner_asked: bool = False


async def own_promise(session: AsyncSession, user: User, promise_id: int) -> Promise | None:
    promise = await session.get(Promise, promise_id)
    return promise if promise is not None and promise.promiser_id == user.id else None


async def answer(
    session: AsyncSession, user: User, promise_id: int, revision: int, action: str, now: datetime
) -> Answered:
    """'kept', 'later' (ask again in an hour) or 'couldnt', from the question's buttons."""
    promise = await own_promise(session, user, promise_id)
    if promise is None or promise.revision != revision or promise.status == "cancelled":
        return Answered(Result.STALE)
    if promise.status != "open":
        return Answered(Result.ALREADY, promise)
    if action == "later":
        if promise.snoozes >= MAX_SNOOZES:
            return Answered(Result.NO_MORE, promise)
        promise.snoozes += 1
        await outbox.enqueue(
            session, check_message(promise, user, now + SNOOZE, promise.snoozes), now
        )
        return Answered(Result.OK, promise)
    promise.status = "kept" if action == "kept" else "not_kept"
    promise.answered_at = promise.updated_at = now
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])  # e.g. a snoozed question
    asked = False
    if action == "kept" and not promise.private:
        partner = await users.partner_of(session, user)
        if partner is not None and partner.couple_id == promise.couple_id:
            asked = await notify_partner(
                session,
                partner,
                user,
                "promises.confirm_ask",
                now,
                kind="promise_confirm",
                params={"promise": promise.id},
                ref=f"promise-news:{promise.id}",
                key=f"promise_confirm:{promise.id}",
                not_after=now + CONFIRM_WINDOW,
            )
    return Answered(Result.OK, promise, asked)


async def set_reason(
    session: AsyncSession, user: User, promise_id: int, text: str, now: datetime
) -> Result:
    promise = await own_promise(session, user, promise_id)
    if promise is None or promise.status != "not_kept":
        return Result.STALE
    promise.reason = " ".join(text.split())[:REASON_LIMIT] or None
    promise.updated_at = now
    return Result.OK


async def confirm(
    session: AsyncSession, partner: User, promise_id: int, agrees: bool, now: datetime
) -> Answered:
    """The other partner's view of a promise the promiser says they kept."""
    promise = await session.get(Promise, promise_id)
    if (
        promise is None
        or promise.private
        or promise.promiser_id == partner.id
        or promise.couple_id is None
        or promise.couple_id != partner.couple_id
    ):
        return Answered(Result.STALE)
    if promise.status != "kept":
        return Answered(Result.STALE, promise)
    if promise.partner_view is not None:
        return Answered(Result.ALREADY, promise)
    if promise.answered_at is None or now - promise.answered_at > CONFIRM_WINDOW:
        return Answered(Result.TOO_LATE, promise)
    promise.partner_view = "confirmed" if agrees else "not_really"
    promise.partner_answered_at = promise.updated_at = now
    if agrees:
        promiser = await session.get(User, promise.promiser_id)
        if promiser is not None:
            await notify_partner(
                session,
                promiser,
                partner,
                "promises.confirmed_news",
                now,
                params={"promise": promise.id},
                ref=f"promise-news:{promise.id}",
                key=f"promise_confirmed:{promise.id}",
            )
    return Answered(Result.OK, promise)
