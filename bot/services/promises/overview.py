"""/promises: the open promises of both partners and each person's kept rate over four weeks."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.services import users
from bot.storage.models import Promise, User

RATE_WINDOW = timedelta(weeks=4)


@dataclass
class Stats:
    """How one person did over the last four weeks (promises due in that window)."""

    resolved: int = 0
    kept: int = 0
    confirmed: int = 0  # kept, and the partner agreed
    weekly: list[float | None] = field(default_factory=list)  # oldest first, 4 weeks

    @property
    def kept_rate(self) -> float | None:
        return self.kept / self.resolved if self.resolved else None

    @property
    def confirmed_rate(self) -> float | None:
        return self.confirmed / self.resolved if self.resolved else None


async def stats(
    session: AsyncSession, promiser_id: int, now: datetime, *, include_private: bool
) -> Stats:
    query = select(Promise).where(
        Promise.promiser_id == promiser_id,
        col(Promise.status).in_(["kept", "not_kept"]),
        Promise.due_at > now - RATE_WINDOW,
        Promise.due_at <= now,
    )
    if not include_private:
        query = query.where(col(Promise.private).is_(False))
    found = Stats()
    buckets: list[list[bool]] = [[], [], [], []]
    for promise in await session.exec(query):
        kept = promise.status == "kept"
        found.resolved += 1
        found.kept += kept
        found.confirmed += promise.partner_view == "confirmed"
        weeks_ago = min(int((now - promise.due_at) / timedelta(weeks=1)), 3)
        buckets[3 - weeks_ago].append(kept)
    found.weekly = [sum(b) / len(b) if b else None for b in buckets]
    return found


@dataclass
class Overview:
    mine: list[Promise]
    partners: list[Promise]
    my_stats: Stats
    partner_stats: Stats | None
    partner: User | None


async def overview(session: AsyncSession, user: User, now: datetime) -> Overview:
    partner = await users.partner_of(session, user)
    mine = list(
        await session.exec(
            select(Promise)
            .where(Promise.promiser_id == user.id, Promise.status == "open")
            .order_by(col(Promise.due_at))
        )
    )
    theirs: list[Promise] = []
    partner_stats = None
    if partner is not None:
        theirs = list(
            await session.exec(
                select(Promise)
                .where(
                    Promise.promiser_id == partner.id,
                    Promise.status == "open",
                    col(Promise.private).is_(False),
                    Promise.couple_id == user.couple_id,
                )
                .order_by(col(Promise.due_at))
            )
        )
        partner_stats = await stats(session, partner.id, now, include_private=False)
    return Overview(
        mine,
        theirs,
        await stats(session, user.id, now, include_private=True),
        partner_stats,
        partner,
    )
