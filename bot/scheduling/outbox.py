"""Writing messages for later: every message the bot starts on its own is an outbox row.

A row is an intent: its ``view`` (which view renders it), whom it is about (``about_id``, the
recipient's partner) and ``params`` (the ids of the rows it refers to, and figures such as a step
number or a revision; never anyone's words). The dispatcher renders it when it sends it.

Each kind of message has a policy the dispatcher applies at send time:

* ``priority``: ``core`` messages (the daily act, the check-in invitation, reminders and steps,
  promise reminders and "did you keep it?", the daily question, news about the couple itself)
  are never held by the daily budget; ``notice`` messages (news about what the partner did, and
  nudges) count towards it and give way when it is used up, and several notices waiting for one
  person are folded into one message ("While you were away: ...");
* ``urgent``: may be sent during quiet hours (a step of a check-in in progress; a row may also be
  written urgent, as a promise reminder the person asked for inside their quiet hours);
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

CORE = "core"
NOTICE = "notice"


@dataclass(frozen=True)
class Kind:
    priority: str = NOTICE
    urgent: bool = False
    late_after: timedelta = timedelta(hours=36)

    @property
    def budgeted(self) -> bool:
        """Whether it counts towards (and is held by) the daily budget: notices only."""
        return self.priority == NOTICE

    @property
    def folds(self) -> bool:
        """Whether several waiting ones are sent together as one message."""
        return self.priority == NOTICE


def core(late_after: timedelta, *, urgent: bool = False) -> Kind:
    return Kind(CORE, urgent, late_after)


def notice(late_after: timedelta = timedelta(hours=36)) -> Kind:
    return Kind(NOTICE, False, late_after)


KINDS: dict[str, Kind] = {
    # The couple itself changed (joined, unpaired, left): still worth saying weeks later.
    "pairing": core(timedelta(days=120)),
    # News about the partner (a promise made, a slot chosen, an act done): notices.
    "notice": notice(),
    # The daily small act, at the time the person chose.
    "act": core(timedelta(hours=3)),
    # "X did today's act - did it land?" to the receiver: news about the partner.
    "act_landed": notice(timedelta(hours=24)),
    # Promises: reminders and questions the promiser asked for, and "did X keep it?".
    "promise_reminder": core(timedelta(minutes=45)),
    "promise_check": core(timedelta(hours=36)),
    "promise_confirm": core(timedelta(hours=36)),
    # Weekly check-in: the slot, the reminders (and a snooze the person asked for), the steps of
    # a meeting in progress and the reveal of the answers; the nudges ("X has answered, yours
    # take about 3 minutes", "X has started") are notices.
    "checkin": core(timedelta(hours=6)),
    "checkin_reminder": core(timedelta(hours=12)),
    "checkin_nudge": notice(timedelta(hours=12)),
    "checkin_step": core(timedelta(minutes=30), urgent=True),
    "checkin_reveal": core(timedelta(days=7)),
    # Insights: a private suggestion of help.
    "insight": core(timedelta(days=3)),
    # The daily question, at the couple's time in each partner's zone (only couples who opted
    # in get one), the rest of the conversation about it (the reveal, ❤️ and "let's talk
    # tonight") and a change of the couple's daily-question settings are core; only the nudge
    # (at most one a day, cancelled when they answer) gives way to the budget.
    "question": core(timedelta(hours=12)),
    "question_reveal": core(timedelta(days=2)),
    "question_news": core(timedelta(hours=12)),
    "question_settings": core(timedelta(days=7)),
    "question_nudge": notice(timedelta(hours=2)),
    # The private safety question, a few minutes after set-up (then inside the check-in): held
    # at night, never dropped for the budget.
    "safety_question": core(timedelta(days=7)),
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
