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
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.services import users
from bot.services.notices import notify_partner

# Retention lives in bot/services/retention.py; these names are where app.py and tests find it.
from bot.services.retention import (  # noqa: F401
    erase_old_text,
    forget_old_words,
    retention_next_due,
)
from bot.storage.db import Database
from bot.storage.models import (
    ActDelivery,
    CheckIn,
    CheckInResponse,
    Couple,
    DailyQuestion,
    Invite,
    InviteGuess,
    OutboxMessage,
    Promise,
    QuestionAnswer,
    SafetyFlag,
    Suggestion,
    User,
)


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
    Owned(CheckInResponse, "user_id"),
    # One's own answers to the daily question (the partner's are theirs, never exported here).
    Owned(QuestionAnswer, "user_id"),
    Owned(Suggestion, "user_id"),
    Owned(SafetyFlag, "user_id", hidden=("id",)),
]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def _row(obj: SQLModel, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: _plain(v) for k, v in obj.model_dump().items() if k not in hidden}


async def export(
    session: AsyncSession, user: User, now: datetime, *, guess_key: str | None = None
) -> dict[str, Any]:
    """``guess_key``: this person's key in ``invite_guesses`` (pairing.opener_key), which is
    not their id and cannot be found without it."""
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
    # The shared rows their own rows hang on: the weeks they answered in (slot, status, the talk)
    # and the days they were asked a question (which question). Neither holds anyone's words.
    weeks = select(CheckInResponse.checkin_id).where(CheckInResponse.user_id == user.id)
    days = select(QuestionAnswer.daily_question_id).where(QuestionAnswer.user_id == user.id)
    found = await session.exec(select(CheckIn).where(col(CheckIn.id).in_(weeks)))
    data[CheckIn.__tablename__] = [_row(r) for r in found]
    found = await session.exec(select(DailyQuestion).where(col(DailyQuestion.id).in_(days)))
    data[DailyQuestion.__tablename__] = [_row(r) for r in found]
    guesses = await session.exec(select(InviteGuess).where(InviteGuess.opener == guess_key))
    data[InviteGuess.__tablename__] = [_row(r, hidden=("opener",)) for r in guesses]
    return data


def export_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False).encode()


async def erase(
    session: AsyncSession, user: User, now: datetime, *, guess_key: str | None = None
) -> User | None:
    """Delete everything about ``user`` and tell the partner (who keeps the couple) only that
    they left. Returns the partner, if any.

    Table by table (bot/storage/models.py), where each is handled:

    * ``users``: their row, name, settings and any draft in ``flow_data`` (deleted last);
    * ``couples``: a slot change they proposed (``checkin_proposal``, in this couple or one they
      answered a check-in in before) is withdrawn; the couple
      itself is deleted with its weeks and invites when nobody is left in it;
    * ``invites``: theirs deleted (OWNED); one they used no longer names them;
    * ``outbox``: every row to them (OWNED) and every row to the partner about them (``about_id``:
      notices, reveals, confirmations, pending or sent) deleted, so nothing waiting quotes them,
      and sent rows keep nothing that names them;
    * ``act_deliveries``, ``promises`` (texts, private ones, reasons, the check-in "loved"
      promise), ``checkin_responses`` (every answer, private or shared), ``suggestions``,
      ``safety_flags``, ``question_answers``: theirs deleted (OWNED);
    * ``checkins``: the couple's weeks stay the partner's; their "ready" mark is removed (this
      couple's weeks and any week they answered in);
    * ``daily_questions``: a day left without anyone's answer is deleted;
    * ``invite_guesses``: their count of invite links opened this hour, found by ``guess_key``
      (it would be gone within the hour anyway).

    The partner's future messages render from these rows at send time, so with them gone
    nothing the partner is sent afterwards can quote the person who left.
    """
    partner = await users.partner_of(session, user)
    # The days whose question this person was asked: those left with nobody's answer go too.
    asked = select(QuestionAnswer.daily_question_id).where(QuestionAnswer.user_id == user.id)
    days = list(await session.exec(asked))
    # The weeks they answered in, in this couple or one before: their "ready" mark goes too.
    answered_in = select(CheckInResponse.checkin_id).where(CheckInResponse.user_id == user.id)
    weeks = set(await session.exec(answered_in))
    for owned in reversed(OWNED):
        column = getattr(owned.model, owned.owner_column)
        await session.exec(delete(owned.model).where(column == user.id))
    # Places that mention the person without belonging to them: messages to the partner about
    # them (those still waiting are withdrawn with them), and an invite they used.
    await session.exec(delete(OutboxMessage).where(col(OutboxMessage.about_id) == user.id))
    await session.exec(update(Invite).where(Invite.used_by == user.id).values(used_by=None))
    if guess_key is not None:
        await session.exec(delete(InviteGuess).where(InviteGuess.opener == guess_key))
    if days:
        answered = select(QuestionAnswer.daily_question_id).where(
            col(QuestionAnswer.daily_question_id).in_(days)
        )
        await session.exec(
            delete(DailyQuestion).where(
                col(DailyQuestion.id).in_(days), col(DailyQuestion.id).not_in(answered)
            )
        )
    couple_id = user.couple_id
    shared = select(CheckIn).where(
        col(CheckIn.id).in_(weeks) | (CheckIn.couple_id == (couple_id or -1))
    )
    couples = {couple_id} - {None}
    for checkin in await session.exec(shared):
        couples.add(checkin.couple_id)
        if user.id in checkin.ready:
            checkin.ready = [uid for uid in checkin.ready if uid != user.id]
    for couple in await session.exec(select(Couple).where(col(Couple.id).in_(couples))):
        if (couple.checkin_proposal or {}).get("by") == user.id:
            couple.checkin_proposal = None
    await session.delete(user)
    await session.flush()
    if couple_id is not None and partner is None:
        await session.exec(
            delete(CheckInResponse).where(
                col(CheckInResponse.checkin_id).in_(
                    select(CheckIn.id).where(CheckIn.couple_id == couple_id)
                )
            )
        )
        await session.exec(delete(CheckIn).where(CheckIn.couple_id == couple_id))
        await session.exec(delete(Invite).where(Invite.couple_id == couple_id))
        await session.exec(delete(Couple).where(Couple.id == couple_id))
    if partner is not None:
        # About no one: the person who left is gone, name and all, before it is sent.
        await notify_partner(session, partner, None, "privacy.partner_left", now, kind="pairing")
    return partner


async def after_erasure(db: Database) -> None:
    """Once the erasing transaction is committed: on SQLite, the WAL is checkpointed and
    truncated so that the erased words survive in neither the WAL nor (``secure_delete``) the
    database file's free space."""
    await db.checkpoint()
