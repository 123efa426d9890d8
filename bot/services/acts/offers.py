"""What a person does with the day's act: done, another one, skip, and the partner's
"that landed"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.content import Act, acts
from bot.scheduling import recurrence
from bot.services import users
from bot.services.acts.choosing import choose, rng_for
from bot.services.acts.planning import HISTORY_DAYS, history_of
from bot.services.notices import notify_partner
from bot.storage.models import ActDelivery, Couple, User

MAX_SWAPS_PER_DAY = 5
DONE_STILL_COUNTS_DAYS = 7  # "Done" is accepted on an act up to a week old


@dataclass(frozen=True)
class Outcome:
    """What happened when a button on an act was pressed."""

    result: str  # done | already_done | skipped | swapped | no_more_swaps | stale
    delivery: ActDelivery | None = None
    act: Act | None = None
    ask_to_share: bool = False
    told_partner: bool = False


async def _own_delivery(
    session: AsyncSession, user: User, delivery_id: int, now: datetime
) -> ActDelivery | None:
    delivery = await session.get(ActDelivery, delivery_id)
    if delivery is None or delivery.user_id != user.id:
        return None
    today = recurrence.local_date(now, user.timezone or "UTC")
    if (today - delivery.local_date).days > DONE_STILL_COUNTS_DAYS:
        return None
    return delivery


async def mark_done(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    delivery = await _own_delivery(session, user, delivery_id, now)
    if delivery is None or delivery.status == "replaced":
        return Outcome("stale")
    act = acts().get(delivery.act_id)
    if delivery.status == "done":
        return Outcome("already_done", delivery, act)
    delivery.status, delivery.done_at = "done", now
    partner = await users.partner_of(session, user)
    told = False
    if partner is not None and user.share_acts and act is not None:
        told = await _tell_partner(session, user, partner, delivery, now)
    return Outcome(
        "done",
        delivery,
        act,
        ask_to_share=partner is not None and user.share_acts is None,
        told_partner=told,
    )


async def _open_offer(
    session: AsyncSession, user: User, delivery_id: int, now: datetime
) -> tuple[ActDelivery | None, Outcome | None]:
    """Today's offer if it is still open, else the outcome to report (stale, already done)."""
    delivery = await _own_delivery(session, user, delivery_id, now)
    if delivery is None or delivery.status == "replaced":
        return None, Outcome("stale", delivery)
    if delivery.status != "offered":
        return None, Outcome("already_done", delivery)
    return delivery, None


async def skip(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    delivery, refused = await _open_offer(session, user, delivery_id, now)
    if delivery is None:
        return refused
    delivery.status = "skipped"
    return Outcome("skipped", delivery)


async def swap(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> Outcome:
    """'Another one': replace today's offer with a different act."""
    delivery, refused = await _open_offer(session, user, delivery_id, now)
    if delivery is None:
        return refused
    same_day = list(
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id, ActDelivery.local_date == delivery.local_date
            )
        )
    )
    if len(same_day) > MAX_SWAPS_PER_DAY:
        return Outcome("no_more_swaps", delivery, acts().get(delivery.act_id))
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    history = (
        await history_of(session, [user.id], delivery.local_date - timedelta(days=HISTORY_DAYS))
    )[user.id]
    act = choose(
        acts(),
        history,
        today=delivery.local_date,
        long_distance=bool(couple and couple.long_distance),
        rng=rng_for(user.id, delivery.local_date, len(same_day)),
        exclude={d.act_id for d in same_day},
    )
    delivery.status = "replaced"
    fresh = ActDelivery(
        user_id=user.id,
        act_id=act.id,
        category=act.category,
        local_date=delivery.local_date,
        offered_at=now,
    )
    session.add(fresh)
    await session.flush()
    return Outcome("swapped", fresh, act)


async def mark_landed(session: AsyncSession, user: User, delivery_id: int, now: datetime) -> str:
    """The partner says the act landed. Returns 'landed', 'already' or 'stale'."""
    delivery = await session.get(ActDelivery, delivery_id)
    if delivery is None or delivery.status != "done":
        return "stale"
    doer = await session.get(User, delivery.user_id)
    if (
        doer is None
        or doer.couple_id is None
        or doer.couple_id != user.couple_id
        or doer.id == user.id
    ):
        return "stale"
    if delivery.landed_at is not None:
        return "already"
    delivery.landed_at = now
    await notify_partner(
        session,
        doer,
        user,
        "acts.it_landed",
        now,
        params={"delivery": delivery.id},
        ref=f"act:{delivery.id}",
        key=f"landed:{delivery.id}",
    )
    return "landed"


async def set_share_acts(session: AsyncSession, user: User, value: bool, now: datetime) -> bool:
    """Remember whether to tell the partner; when switched on, tell them about today's act if it
    is already done. Returns whether the partner was told now."""
    user.share_acts = value
    if not value:
        return False
    today = recurrence.local_date(now, user.timezone or "UTC")
    done_today = (
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id,
                ActDelivery.local_date == today,
                ActDelivery.status == "done",
            )
        )
    ).first()
    if done_today is None:
        return False
    partner = await users.partner_of(session, user)
    if partner is None or acts().get(done_today.act_id) is None:
        return False
    return await _tell_partner(session, user, partner, done_today, now)


async def _tell_partner(
    session: AsyncSession, user: User, partner: User, delivery: ActDelivery, now: datetime
) -> bool:
    """'X did a small act for you today', with 'That landed' for the partner."""
    return await notify_partner(
        session,
        partner,
        user,
        "acts.partner_did_it",
        now,
        kind="act_landed",
        params={"delivery": delivery.id},
        ref=f"act:{delivery.id}",
        key=f"act_landed:{delivery.id}",
    )
