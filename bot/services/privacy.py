"""Your data is yours: /export gives all of it, /delete erases all of it.

Every table that holds something about a person is listed once, in ``OWNED``, with the column
that names its owner. Export and deletion both walk that list, so a new table added there is
covered by both (and the tests check that every table is either listed or has no person in it).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.services import users
from bot.storage.models import ActDelivery, Couple, Invite, OutboxMessage, Promise, User


@dataclass(frozen=True)
class Owned:
    model: type[SQLModel]
    owner_column: str
    # Columns never exported (secrets, or what belongs to someone else).
    hidden: tuple[str, ...] = ()
    # Extra filter on rows before export (e.g. only one's own answers); None = all owned rows.
    exportable: Callable[[Any], bool] | None = None


OWNED: list[Owned] = [
    Owned(Invite, "inviter_id", hidden=("token_hash",)),
    Owned(OutboxMessage, "user_id", hidden=("claimed_by", "lease_until")),
    Owned(ActDelivery, "user_id"),
    Owned(Promise, "promiser_id"),
]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _row(obj: SQLModel, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: _plain(v) for k, v in obj.model_dump().items() if k not in hidden}


async def export(session: AsyncSession, user: User, now: datetime) -> dict[str, Any]:
    partner = await users.partner_of(session, user)
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    data: dict[str, Any] = {
        "exported_at": now.isoformat(),
        "about": "Everything Rekindle stores about you. Your partner's private answers are "
        "not included.",
        "you": _row(user, hidden=("pending_invite",)),
        "couple": {**_row(couple), "partner_name": partner.name if partner else None}
        if couple
        else None,
    }
    for owned in OWNED:
        column = getattr(owned.model, owned.owner_column)
        rows = await session.exec(select(owned.model).where(column == user.id))
        data[owned.model.__tablename__] = [
            _row(r, owned.hidden) for r in rows if owned.exportable is None or owned.exportable(r)
        ]
    return data


def export_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False).encode()


async def erase(session: AsyncSession, user: User, now: datetime) -> User | None:
    """Delete everything about ``user``. Returns the partner (who keeps the couple), if any."""
    partner = await users.partner_of(session, user)
    for owned in reversed(OWNED):
        column = getattr(owned.model, owned.owner_column)
        await session.exec(delete(owned.model).where(column == user.id))
    # Someone else's invite that this person used: forget who used it.
    await session.exec(update(Invite).where(Invite.used_by == user.id).values(used_by=None))
    couple_id = user.couple_id
    await session.delete(user)
    await session.flush()
    if couple_id is not None and partner is None:
        await session.exec(delete(Invite).where(Invite.couple_id == couple_id))
        await session.exec(delete(Couple).where(Couple.id == couple_id))
    return partner
