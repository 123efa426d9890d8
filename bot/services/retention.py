"""Retention: written words older than 26 weeks are erased, and the outbox forgets what it sent.

Every copy of a person's written words is covered, each by the age of what it belongs to:

* check-in answers (went well, felt hard, could improve): the week's slot;
* promise texts and "Couldn't" reasons: the promise's due time (a promise is long finished by
  then; its status, and so the kept rate, is kept);
* daily-question answers: when the question was asked;
* drafts left in a conversation (a promise never confirmed, an answer waiting to replace
  another): a week after retention first saw them;
* the outbox holds no words (intents: ids and figures); its final rows are purged a week after
  they were due or sent;
* a count of wrong invite links (``invite_guesses``, a keyed hash and a number) goes once its
  hour is over.

Scores, kinds and dates are kept. On SQLite the WAL is checkpointed after anything was erased,
so the erased words survive in neither file (``secure_delete`` zeroes them in the database).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, text, update
from sqlmodel import col, select

from bot.config import Settings
from bot.content import insights
from bot.storage.db import Database
from bot.storage.models import (
    FINAL,
    CheckIn,
    CheckInResponse,
    InviteGuess,
    OutboxMessage,
    Promise,
    QuestionAnswer,
    User,
)

# A final outbox row (sent, dropped, skipped, failed, cancelled, unknown) is kept this long
# after it was due or sent, for /metrics and for looking into a complaint, then purged.
OUTBOX_KEPT = timedelta(days=7)
PURGE_BATCH = 2000
# An unfinished draft (a typed promise never confirmed) is forgotten this long after retention
# first saw it.
DRAFT_KEPT = timedelta(days=7)
SEEN = "draft_seen_at"
ERASED = ""  # what a promise's text becomes (the column is NOT NULL)

_last_retention: dict[str, datetime] = {}


async def retention_next_due(db: Database) -> datetime | None:
    return None  # runs along with the other planners, at most hourly; nothing to wait for


async def forget_old_words(db: Database, now: datetime, settings: Settings) -> int:
    """The hourly retention pass (a planner): returns how many rows it changed."""
    last = _last_retention.get(db.url)
    # (A clock that went back - corrected, or another test's database under the same URL - must
    # not stop retention until it catches up: only a pass in the last hour counts.)
    if last is not None and timedelta(0) <= now - last < timedelta(hours=1):
        return 0
    _last_retention[db.url] = now
    changed = await erase_old_text(db, now)
    if changed:
        await db.checkpoint()
    return changed


def retention_cutoff(now: datetime) -> datetime:
    return now - timedelta(weeks=insights().thresholds.retention_weeks)


async def erase_old_text(db: Database, now: datetime) -> int:
    cutoff = retention_cutoff(now)
    changed = 0
    async with db.transaction(inline=False) as session:  # big updates: off the loop
        old = select(CheckIn.id).where(CheckIn.slot_at < cutoff)
        statements = [
            update(CheckInResponse)
            .where(
                col(CheckInResponse.checkin_id).in_(old),
                col(CheckInResponse.went_well).is_not(None)
                | col(CheckInResponse.hard).is_not(None)
                | col(CheckInResponse.improve).is_not(None),
            )
            .values(went_well=None, hard=None, improve=None),
            update(Promise)
            .where(Promise.due_at < cutoff, col(Promise.reason).is_not(None))
            .values(reason=None),
            # The same term as the partial index's WHERE, so that SQLite uses it.
            update(Promise)
            .where(Promise.due_at < cutoff, text("promises.text <> ''"))
            .values(text=ERASED),
            update(QuestionAnswer)
            .where(QuestionAnswer.asked_at < cutoff, col(QuestionAnswer.text).is_not(None))
            .values(text=None),
        ]
        for statement in statements:
            result = await session.exec(statement)
            changed += result.rowcount or 0
        changed += await _forget_drafts(session, now)
    return changed + await purge_outbox(db, now) + await forget_invite_guesses(db, now)


async def forget_invite_guesses(db: Database, now: datetime) -> int:
    from bot.services.pairing import GUESS_WINDOW

    async with db.transaction() as session:
        result = await session.exec(
            delete(InviteGuess).where(InviteGuess.window_start <= now - GUESS_WINDOW)
        )
    return result.rowcount or 0


async def purge_outbox(db: Database, now: datetime) -> int:
    """Final rows a week after they were due or sent, ``PURGE_BATCH`` rows per transaction: the
    first pass on a database with months of outbox deletes a lot, and a single transaction
    would hold SQLite's one writer (every reply waits) for as long as it takes."""
    before = now - OUTBOX_KEPT
    old = (
        select(OutboxMessage.id)
        .where(
            text(f"outbox.{FINAL}"),  # the partial index's own term, so that SQLite uses it
            OutboxMessage.due_at < before,
            col(OutboxMessage.sent_at).is_(None) | (OutboxMessage.sent_at < before),
        )
        .limit(PURGE_BATCH)
    )
    purged = 0
    while True:
        async with db.transaction(inline=False) as session:  # big updates: off the loop
            result = await session.exec(delete(OutboxMessage).where(col(OutboxMessage.id).in_(old)))
        purged += result.rowcount or 0
        if (result.rowcount or 0) < PURGE_BATCH:
            return purged


async def _forget_drafts(session, now: datetime) -> int:
    """A draft's words (``flow_data["text"]``) are stamped when first seen, and the
    conversation is forgotten once the stamp is ``DRAFT_KEPT`` old."""
    forgotten = 0
    people = await session.exec(select(User).where(col(User.flow).is_not(None)))
    for user in people:
        data = user.flow_data or {}
        if "text" not in data:
            continue
        seen = data.get(SEEN)
        if seen is None:
            user.flow_data = {**data, SEEN: now.isoformat()}
        elif datetime.fromisoformat(seen) <= now - DRAFT_KEPT:
            user.flow, user.flow_data = None, {}
            forgotten += 1
    return forgotten
