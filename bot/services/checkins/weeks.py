"""One couple's check-in for one week: finding it, opening it, and messages to both partners.

The pieces every part of the check-in shares: the week's record (``CheckIn``), its members'
answers, and writing the same message for each of them."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox
from bot.storage.models import CheckIn, CheckInResponse, Couple, User

CLOSE_AFTER = timedelta(days=6, hours=12)
SAME_DAY_REMINDER = timedelta(minutes=90)
NEXT_DAY_NUDGE = timedelta(hours=24)


def week_key(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


# Built once (issue 18): building a statement costs more CPU than SQLite takes to run it, and a
# prebuilt one also keeps its compilation cache key.
_RESPONSES = select(CheckInResponse).where(CheckInResponse.checkin_id == bindparam("checkin"))
_OF_COUPLE = (
    select(CheckIn, CheckInResponse)
    .outerjoin(
        CheckInResponse,
        (col(CheckInResponse.checkin_id) == CheckIn.id)
        & (CheckInResponse.user_id == bindparam("user")),
    )
    .where(CheckIn.id == bindparam("checkin"), CheckIn.couple_id == bindparam("couple"))
)
# The person, and the check-in a button points at if it is their couple's, with their answers:
# the one read a check-in button needs (``with_checkin``).
_USER_WITH_CHECKIN = (
    select(User, CheckIn, CheckInResponse)
    .outerjoin(
        CheckIn,
        (col(CheckIn.id) == bindparam("checkin")) & (col(CheckIn.couple_id) == User.couple_id),
    )
    .outerjoin(
        CheckInResponse,
        (col(CheckInResponse.checkin_id) == CheckIn.id) & (col(CheckInResponse.user_id) == User.id),
    )
    .where(User.id == bindparam("user"))
)
_OPEN_FOR = (
    select(CheckIn)
    .where(
        CheckIn.couple_id == bindparam("couple"),
        CheckIn.status == "open",
        CheckIn.closes_at > bindparam("now", type_=CheckIn.__table__.c.closes_at.type),
    )
    .order_by(col(CheckIn.slot_at).desc())
)


async def create_week(
    session: AsyncSession, couple: Couple, key: str, slot_at: datetime, solo: bool, now: datetime
) -> CheckIn | None:
    ci = CheckIn(
        couple_id=couple.id,
        week_key=key,
        slot_at=slot_at,
        solo=solo,
        closes_at=slot_at + CLOSE_AFTER,
        remind_at=slot_at + SAME_DAY_REMINDER,
        nudge_at=slot_at + NEXT_DAY_NUDGE,
        created_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(ci)
            await session.flush()
    except IntegrityError:  # another worker opened this week a moment ago
        return None
    return ci


async def responses(session: AsyncSession, ci: CheckIn) -> dict[int, CheckInResponse]:
    return {r.user_id: r for r in await session.exec(_RESPONSES, params={"checkin": ci.id})}


def is_open(ci: CheckIn, now: datetime) -> bool:
    return ci.status == "open" and now < ci.closes_at


async def of_couple(session: AsyncSession, user: User, checkin_id: int) -> CheckIn | None:
    """The check-in only if it belongs to this person's couple (forged ids get nothing).

    The person's own answers come in the same query and are kept on the session, so
    ``response_of`` then needs no query of its own; asked again in the same transaction (a typed
    answer asks three times), the check-in found the first time is the answer (the session would
    hand back that same object anyway)."""
    if user.couple_id is None:
        return None
    key = (checkin_id, user.couple_id, user.id)
    found: dict[tuple[int, int, int], CheckIn] = session.info.setdefault("checkins", {})
    if key in found:
        return found[key]
    row = (
        await session.exec(
            _OF_COUPLE, params={"checkin": checkin_id, "couple": user.couple_id, "user": user.id}
        )
    ).first()
    if row is None:
        return None
    session.info.setdefault("responses", {})[(row[0].id, user.id)] = row[1]
    found[key] = row[0]
    return row[0]


async def with_checkin(session: AsyncSession, user_id: int, checkin_id: int) -> User | None:
    """The person (as ``session.get``) in the same read as what ``of_couple(user, checkin_id)``
    then answers without a query of its own."""
    row = (
        await session.exec(_USER_WITH_CHECKIN, params={"user": user_id, "checkin": checkin_id})
    ).first()
    if row is None:
        return None
    user, ci, response = row
    if ci is not None and user.couple_id is not None:
        session.info.setdefault("responses", {})[(ci.id, user.id)] = response
        session.info.setdefault("checkins", {})[(checkin_id, user.couple_id, user.id)] = ci
    return user


async def open_for(session: AsyncSession, user: User, now: datetime) -> CheckIn | None:
    if user.couple_id is None:
        return None
    return (await session.exec(_OPEN_FOR, params={"couple": user.couple_id, "now": now})).first()


async def open_state(
    session: AsyncSession, user: User, checkin_id: int, now: datetime
) -> tuple[str, CheckIn | None]:
    """The check-in a button points at, if it is this person's: ("stale", None) when it is not,
    ("closed", ci) when its week is over, ("open", ci) otherwise."""
    ci = await of_couple(session, user, checkin_id)
    if ci is None:
        return "stale", None
    return ("open" if is_open(ci, now) else "closed"), ci


async def to_each(
    session: AsyncSession,
    people: list[User],
    now: datetime,
    *,
    kind: str,
    view: str,
    dedupe: str,
    ref: str,
    params: dict[str, Any] | None = None,
    due_at: datetime | None = None,
    not_after: datetime | None = None,
) -> int:
    """The same message for each person (each rendered in their own language when it is sent);
    the person's id completes the dedupe key."""
    rows = [
        outbox.Outgoing(
            kind=kind,
            user_id=person.id,
            view=view,
            params=params,
            due_at=due_at or now,
            ref=ref,
            dedupe_key=f"{dedupe}:{person.id}",
            not_after=not_after,
        )
        for person in people
    ]
    return await outbox.enqueue_many(session, rows, now)
