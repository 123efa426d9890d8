"""Telling one partner what the other did: the one way a partner notice enters the outbox.

A notice is an intent like every outbox row: the view that words it, the person it is about
(``about``, whose name is read when it is sent, so a notice about someone who has since erased
their data is never sent), and the ids of the rows it refers to.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox
from bot.storage.models import User


async def notify_partner(
    session: AsyncSession,
    partner: User,
    about: User | None,
    view: str,
    now: datetime,
    *,
    kind: str = "notice",
    params: dict[str, Any] | None = None,
    ref: str | None = None,
    key: str | None = None,
    not_after: datetime | None = None,
) -> bool:
    """Write a notice for ``partner`` about ``about`` (None only when that person is gone
    already, as after /delete); ``key`` is its dedupe key when the event can happen only once
    (else a fresh one). Returns whether it was written."""
    return await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind=kind,
            user_id=partner.id,
            view=view,
            about_id=about.id if about is not None else None,
            params=params,
            ref=ref,
            dedupe_key=key or outbox.once(view),
            due_at=now,
            not_after=not_after,
        ),
        now,
    )
