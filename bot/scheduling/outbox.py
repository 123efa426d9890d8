"""Writing messages for later: every message the bot starts on its own is an outbox row.

A row is an intent: its ``view`` (which view renders it), whom it is about (``about_id``, the
recipient's partner) and ``params`` (the ids of the rows it refers to, and figures such as a step
number or a revision; never anyone's words). The dispatcher renders it when it sends it.

Each kind of message has a policy the dispatcher applies at send time:

* ``urgent``: may be sent during quiet hours and beyond the daily budget;
* ``budgeted``: counts towards the per-user daily budget of bot-initiated messages;
* ``late_after``: how late it may still go out; later than that it is skipped (a morning act
  that is five hours late would only confuse).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.storage.models import OutboxMessage


@dataclass(frozen=True)
class Kind:
    urgent: bool = False
    budgeted: bool = True
    late_after: timedelta = timedelta(hours=36)


KINDS: dict[str, Kind] = {
    # The couple itself changed (joined, unpaired, left): held at night and while paused, never
    # dropped for the budget, and still worth saying weeks later.
    "pairing": Kind(budgeted=False, late_after=timedelta(days=120)),
    # News about the partner (a promise made, an act done): held at night, counted.
    "notice": Kind(),
    # The daily small act, at the time the person chose.
    "act": Kind(late_after=timedelta(hours=3)),
    # "That landed?" to the receiver of an act.
    "act_landed": Kind(late_after=timedelta(hours=24)),
    # Promises: reminders and questions the promiser asked for.
    "promise_reminder": Kind(late_after=timedelta(minutes=45)),
    "promise_check": Kind(late_after=timedelta(hours=36)),
    "promise_confirm": Kind(late_after=timedelta(hours=36)),
    # Weekly check-in: the slot, reminders, and the steps of a meeting in progress.
    "checkin": Kind(late_after=timedelta(hours=6)),
    "checkin_reminder": Kind(late_after=timedelta(hours=12)),
    "checkin_step": Kind(urgent=True, budgeted=False, late_after=timedelta(minutes=30)),
    "checkin_reveal": Kind(budgeted=False, late_after=timedelta(days=7)),
    # Insights: a private suggestion of help.
    "insight": Kind(late_after=timedelta(days=3)),
    # The daily question, at the couple's time in each partner's zone. Only couples who opted
    # in get one, so it is core for them: budgeted=False is how the current dispatcher keeps
    # the daily budget from holding it (quiet hours still do). NOTE for the delivery branch:
    # when per-row priorities land, give "question" the core priority instead of this flag.
    "question": Kind(budgeted=False, late_after=timedelta(hours=12)),
    # The rest of the conversation about that question is core for them too (the reveal to the
    # partner who answered first; ❤️ and "let's talk tonight"), and so is a change of the
    # couple's daily-question settings; only the nudge gives way to the budget. At most one
    # nudge that day to a partner who has not answered, cancelled when they answer.
    "question_reveal": Kind(budgeted=False, late_after=timedelta(days=2)),
    "question_news": Kind(budgeted=False, late_after=timedelta(hours=12)),
    "question_settings": Kind(budgeted=False, late_after=timedelta(days=7)),
    "question_nudge": Kind(late_after=timedelta(hours=2)),
    # The private safety question, a few minutes after set-up (then inside the check-in): held
    # at night, never dropped for the budget.
    "safety_question": Kind(budgeted=False, late_after=timedelta(days=7)),
}


def kind_of(name: str) -> Kind:
    return KINDS[name]


@dataclass
class Outgoing:
    """A message to write to the outbox: an intent, rendered when it is sent."""

    kind: str
    user_id: int
    view: str
    dedupe_key: str
    due_at: datetime
    about_id: int | None = None
    params: dict[str, Any] | None = None
    ref: str | None = None
    urgent: bool | None = None
    not_after: datetime | None = None

    def row(self, now: datetime) -> dict[str, Any]:
        policy = KINDS[self.kind]
        return {
            "kind": self.kind,
            "dedupe_key": self.dedupe_key,
            "user_id": self.user_id,
            "view": self.view,
            "about_id": self.about_id,
            "params": self.params,
            "due_at": self.due_at,
            "not_after": self.not_after or self.due_at + policy.late_after,
            "urgent": policy.urgent if self.urgent is None else self.urgent,
            "ref": self.ref,
            "status": "pending",
            "attempts": 0,
            "created_at": now,
        }


def once(prefix: str) -> str:
    """A dedupe key for a one-off event notice, written in the same transaction as the event
    itself (so it cannot be planned twice) and never to be merged with another."""
    return f"{prefix}:{uuid.uuid4().hex}"


async def enqueue_many(
    session: AsyncSession | AsyncConnection, messages: Sequence[Outgoing], now: datetime
) -> int:
    """Insert rows, ignoring any whose ``dedupe_key`` exists already. Returns rows written."""
    return len(await enqueue_keys(session, messages, now))


async def enqueue_keys(
    session: AsyncSession | AsyncConnection, messages: Sequence[Outgoing], now: datetime
) -> set[str]:
    """Like ``enqueue_many``, returning the dedupe keys actually written (the others existed)."""
    if not messages:
        return set()
    rows = [m.row(now) for m in messages]
    is_connection = isinstance(session, AsyncConnection)
    bind = session if is_connection else session.bind
    dialect = bind.dialect.name if bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(OutboxMessage.__table__)
        .on_conflict_do_nothing(index_elements=["dedupe_key"])
        .returning(OutboxMessage.__table__.c.dedupe_key)
    )
    written: set[str] = set()
    # Stay well under the bound-parameter limits of both databases.
    for start in range(0, len(rows), 500):
        batch = rows[start : start + 500]
        if is_connection:
            result = await session.execute(stmt, batch)
        else:
            result = await session.exec(stmt, params=batch)
        written.update(r[0] for r in result.all())
    return written


async def enqueue(session: AsyncSession, message: Outgoing, now: datetime) -> bool:
    return await enqueue_many(session, [message], now) == 1


async def delivered(session: AsyncSession, dedupe_key: str) -> bool:
    """Whether the message with this key went out (or may have: ``unknown``)."""
    found = await session.exec(
        select(OutboxMessage.status).where(OutboxMessage.dedupe_key == dedupe_key)
    )
    return found.first() in ("sent", "unknown")


async def cancel(
    session: AsyncSession,
    *,
    refs: Iterable[str] = (),
    user_id: int | None = None,
    kinds: Iterable[str] = (),
) -> int:
    """Cancel pending rows by subject (``ref``), or a user's pending rows of some kinds."""
    stmt = update(OutboxMessage).where(OutboxMessage.status == "pending")
    refs, kinds = list(refs), list(kinds)
    if refs:
        stmt = stmt.where(OutboxMessage.ref.in_(refs))
    if user_id is not None:
        stmt = stmt.where(OutboxMessage.user_id == user_id)
    if kinds:
        stmt = stmt.where(OutboxMessage.kind.in_(kinds))
    if not refs and user_id is None:
        raise ValueError("cancel needs refs or a user")
    result = await session.exec(stmt.values(status="cancelled"))
    return result.rowcount or 0
