"""What the dispatcher writes about each row as it goes: marked ``sending`` right before its
request, the answer right after it, claims handed back, and the recovery scan of rows left
behind by a dispatcher that died (or whose lease ran out).

The ``sending`` mark is on record before the request leaves and the answer the moment it
arrives, so a crash leaves ``sending`` only the requests really in flight. On SQLite both are a
line in the dispatcher's journal (``bot/scheduling/journal.py``: no wait for the database's one
writer); the answer then goes into the outbox, committed before the send's slot is free again.
On PostgreSQL the mark and the answer are committed to the outbox. Writes that come at the same
moment from several sends are committed together (``Coalescer``): one transaction for a burst,
one per row when it is quiet.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Generic, TypeVar

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.scheduling import journal
from bot.scheduling.delivery import Claimed, DispatchStats, SendResult
from bot.scheduling.outbox import KINDS
from bot.storage.db import Database
from bot.storage.models import OutboxMessage, User

OUTBOX = OutboxMessage.__table__
USERS = User.__table__

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
# A claimed row is sent only while this much of its lease is left: a dispatcher elsewhere hands
# it back only once the lease is over.
LEASE_MARGIN = timedelta(seconds=15)
UNANSWERED = "its dispatcher stopped before Telegram answered; not resent"
# Retries of a row Telegram answered with an error stop at its lateness rule (``not_after``);
# this is only a backstop for an answer that will never change.
MAX_ATTEMPTS = 100  # about 15 hours of tries at the 10-minute backoff

T = TypeVar("T")
R = TypeVar("R")


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... capped at 10 minutes."""
    return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 600))


def _aware(instant: datetime) -> datetime:
    """func.min bypasses the column type on SQLite: make the instant aware again."""
    return instant if instant.tzinfo else instant.replace(tzinfo=UTC)


def _budgeted(kind: str) -> bool:
    policy = KINDS.get(kind)
    return policy is not None and policy.budgeted


def worker_name() -> str:
    """``host:pid:token``: the pid lets a restarted process on the same machine see at once
    that the rows a killed one left behind are nobody's any more."""
    return f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"


def is_dead(worker: str) -> bool:
    """Whether ``worker`` was a process on this machine that no longer runs. Unsure (another
    machine, this very process, a pid reused) is alive: its rows wait for their lease."""
    host, _, rest = worker.partition(":")
    pid_text = rest.split(":", 1)[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid() or pid <= 1:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: someone else's process, alive
        return False
    return False


def outcome_of_status(status: int, at: datetime) -> SendResult:
    """What an HTTP status alone says (``sender.classify`` has the body too): 200 delivered;
    429 and any other error status not delivered (retried), 403 the person blocked the bot."""
    if status == 200:
        return SendResult("sent", at=at)
    error = f"HTTP {status} (the answer's body was not read)"
    if status == 429:
        return SendResult("rate_limited", retry_after=1.0, error=error, at=at)
    if status == 403:
        return SendResult("blocked", error=error, at=at)
    return SendResult("retry", error=error, at=at)


class Coalescer(Generic[T, R]):
    """``await submit(item)`` returns once ``write`` has committed a batch holding ``item``; items
    submitted while a write runs go together in the next one. The writes run in their own task,
    so a cancelled caller never leaves the others waiting (nor its own answer unwritten)."""

    def __init__(self, write: Callable[[list[T]], Awaitable[Sequence[R]]]) -> None:
        self._write = write
        self._waiting: list[tuple[T, asyncio.Future[R]]] = []
        self._task: asyncio.Task[None] | None = None

    async def submit(self, item: T) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        while self._waiting:
            batch, self._waiting = self._waiting, []
            try:
                results = await self._write([item for item, _ in batch])
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)


class Ledger:
    """The dispatcher's writes, for one dispatcher (``worker``)."""

    def __init__(self, db: Database, worker: str, now: Callable[[], datetime]) -> None:
        self.db = db
        self.worker = worker
        self.now = now
        self.cooldown_until: datetime | None = None
        self.folder = journal.directory_for(db.url)
        self.journal = journal.Journal(self.folder, worker) if self.folder else None
        self.marking: Coalescer[Claimed, bool] = Coalescer(self._mark)
        self.recording: Coalescer[tuple[Claimed, SendResult, DispatchStats], None] = Coalescer(
            self._record_batch
        )

    # -- left behind -------------------------------------------------------------------------

    async def recover(self) -> tuple[int, int]:
        """Rows other dispatchers left: first the answers their journals hold are applied;
        then claimed rows never marked sending go back to pending (no request left for them,
        and their daily-budget slot is given back); ``sending`` ones become ``unknown`` (the
        request may have arrived; never resent). A row is left once its lease ran out, or at
        once when its dispatcher was a process on this machine that is gone (killed, say).
        Returns (back to pending, unknown)."""
        now = self.now()
        alive = {self.worker}

        def dead(worker: str) -> bool:
            return worker not in alive and is_dead(worker)

        journals = list(journal.left_behind(self.folder, dead))
        async with self.db.reading() as conn:
            owners = (
                await conn.execute(
                    select(OUTBOX.c.claimed_by, func.min(OUTBOX.c.lease_until))
                    .where(OUTBOX.c.status.in_(("claimed", "sending")))
                    .group_by(OUTBOX.c.claimed_by)
                )
            ).all()
        gone = {w for w, _ in owners if w and dead(w)}
        gone |= {worker for worker, _ in journals}
        # A dispatcher whose lease ran out may be alive (stalled): its journal is read too (its
        # requests that left must not go back to pending), but left in place.
        for worker, lease_until in owners:
            if worker and worker not in gone and self.folder is not None and lease_until:
                path = journal.path_for(self.folder, worker)
                if _aware(lease_until) < now and path.exists():
                    journals.append((worker, path))
        left = OUTBOX.c.lease_until < now
        if gone:
            left = left | OUTBOX.c.claimed_by.in_(sorted(gone))
        replayed = 0
        async with self.db.connection() as conn:
            for worker, path in journals:
                found = journal.read(path)
                other = Ledger.__new__(Ledger)
                other.db, other.worker, other.now = self.db, worker, self.now
                other.cooldown_until = None
                if found.answers:
                    stats = DispatchStats()
                    await other.write_answers(conn, [(r, a, stats) for r, a in found.answers])
                    replayed += len(found.answers)
                # Requests it wrote down as leaving, with no answer: they may have arrived.
                answered = {i for row, _ in found.answers for i in row.ids}
                if found.sending - answered:
                    await conn.execute(
                        update(OUTBOX)
                        .where(
                            OUTBOX.c.id.in_(sorted(found.sending - answered)),
                            OUTBOX.c.claimed_by == worker,
                            OUTBOX.c.status.in_(("claimed", "sending")),
                        )
                        .values(status="unknown", lease_until=None, error=UNANSWERED)
                    )
            unsent = (
                await conn.execute(
                    select(OUTBOX.c.user_id, OUTBOX.c.kind, OUTBOX.c.urgent).where(
                        OUTBOX.c.status == "claimed", left
                    )
                )
            ).all()
            back = await conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.status == "claimed", left)
                .values(
                    status="pending",
                    lease_until=None,
                    claimed_by=None,
                    attempts=OUTBOX.c.attempts - 1,
                )
            )
            # A claim used one slot of its person's daily budget when it was a notice (the
            # notices folded into it used none): give it back, as a hand-back does.
            for user_id in sorted(
                {u for u, kind, urgent in unsent if not urgent and _budgeted(kind)}
            ):
                await self._refund(conn, user_id)
            lost = await conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.status == "sending", left)
                .values(status="unknown", lease_until=None, error=UNANSWERED)
            )
        for worker, path in journals:  # applied and committed: nothing more to learn from them
            if worker in gone:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        if replayed:
            log.info("applied %d answer(s) a stopped dispatcher had written down", replayed)
        if back.rowcount:
            log.info("%d claimed but unsent message(s) back to pending", back.rowcount)
        if lost.rowcount:
            log.warning(
                "marked %d in-flight message(s) as unknown after a lost send", lost.rowcount
            )
        return back.rowcount or 0, lost.rowcount or 0

    # -- before and after each request ---------------------------------------------------------

    async def mark(self, row: Claimed) -> bool:
        """``claimed -> sending``, right before the row's request; False: do not send it (it is
        no longer this dispatcher's, or its lease is nearly over). With a journal the mark is
        one line written at once (nothing is awaited: the request follows in the same step of
        the event loop); without, it is committed to the outbox."""
        if self.journal is None:
            return await self.marking.submit(row)
        if row.lease_until is not None and self.now() >= row.lease_until - LEASE_MARGIN:
            return False  # handed back by its lease running out
        self.journal.sending(row)
        return True

    async def _mark(self, rows: list[Claimed]) -> list[bool]:
        """``claimed -> sending`` for these rows, committed; False for a row that is no longer
        this dispatcher's (handed back by a recovery elsewhere): it must not be sent."""
        ids = [i for row in rows for i in row.ids]
        async with self.db.connection() as conn:
            marked = set(
                (
                    await conn.execute(
                        update(OUTBOX)
                        .where(
                            OUTBOX.c.id.in_(ids),
                            OUTBOX.c.status == "claimed",
                            OUTBOX.c.claimed_by == self.worker,
                        )
                        .values(status="sending", lease_until=self.now() + LEASE)
                        .returning(OUTBOX.c.id)
                    )
                ).scalars()
            )
        return [row.id in marked for row in rows]

    async def hand_back(self, rows: Sequence[Claimed]) -> None:
        """Claimed rows this run will not send after all (a 429 pause, the run's time is up)."""
        if not rows:
            return
        async with self.db.connection() as conn:
            await conn.execute(
                update(OUTBOX)
                .where(
                    OUTBOX.c.id.in_([i for row in rows for i in row.ids]),
                    OUTBOX.c.status == "claimed",
                    OUTBOX.c.claimed_by == self.worker,
                )
                .values(
                    status="pending",
                    lease_until=None,
                    claimed_by=None,
                    attempts=OUTBOX.c.attempts - 1,
                )
            )
            for row in rows:
                if row.counted:
                    await self._refund(conn, row.user_id)

    async def record(self, row: Claimed, result: SendResult, stats: DispatchStats) -> None:
        """Write an answer down at once (the journal, on SQLite), then into the outbox."""
        if self.journal is not None:
            try:
                self.journal.append(row, result)
            except OSError:
                log.exception("writing the answer for outbox row %s down failed", row.id)
        await self.recording.submit((row, result, stats))

    async def heard(self, row: Claimed, status: int, at: datetime) -> None:
        """The status line of the row's answer has just been read (its body not yet): a crash
        from here on settles the row by it instead of leaving it ``unknown``. On SQLite what it
        says is a journal line (the full answer follows through ``record`` and replaces it); on
        PostgreSQL a 200 is committed as ``sent`` before the body is read (the full answer then
        adds the message id); an error status waits for its body, which says more."""
        if self.journal is not None:
            try:
                self.journal.heard(row, outcome_of_status(status, at))
            except OSError:
                log.exception("writing the status for outbox row %s down failed", row.id)
            return
        if status != 200:
            return
        try:
            await self.recording.submit((row, SendResult("sent", at=at), DispatchStats()))
        except Exception:
            log.exception("recording outbox row %s as sent failed", row.id)

    async def _record_batch(
        self, results: list[tuple[Claimed, SendResult, DispatchStats]]
    ) -> list[None]:
        async with self.db.connection() as conn:
            await self.write_answers(conn, results)
        if self.journal is not None:
            self.journal.applied_to_database([row for row, _, _ in results])
        return [None] * len(results)

    def close(self) -> None:
        if self.journal is not None:
            self.journal.close()

    async def write_answers(
        self, conn: AsyncConnection, results: list[tuple[Claimed, SendResult, DispatchStats]]
    ) -> None:
        """Write what Telegram answered. The common case (sent) is one executemany. A row
        changes only while it is still this dispatcher's and not settled (claimed, in flight,
        or marked unknown by a recovery while its answer was on its way), so writing the same
        answer twice (a journal applied again) changes nothing the second time."""
        now = self.now()
        sent: list[dict[str, object]] = []
        mine = and_(  # no IN (...): it cannot go into an executemany
            OUTBOX.c.claimed_by == self.worker,
            or_(*(OUTBOX.c.status == s for s in ("claimed", "sending", "unknown"))),
        )
        for row, result, stats in results:
            stats.outcomes[result.outcome] = stats.outcomes.get(result.outcome, 0) + 1
            if result.outcome == "sent":
                stats.sent += 1
                sent += [
                    {"b_id": i, "b_mid": result.message_id, "b_at": result.at or now}
                    for i in row.ids
                ]
                continue
            values: dict[str, object] = {"lease_until": None}
            refund = False
            if result.outcome in ("rate_limited", "retry"):
                if result.outcome == "rate_limited":
                    delay = timedelta(seconds=max(result.retry_after, 1))
                    until = now + delay
                    if self.cooldown_until is None or until > self.cooldown_until:
                        self.cooldown_until = until
                else:
                    delay = backoff(row.attempts)
                if result.outcome == "retry" and row.attempts >= MAX_ATTEMPTS:
                    stats.failed += 1
                    values.update(status="failed", error=f"gave up: {result.error}")
                else:
                    stats.retried += 1
                    values.update(status="pending", due_at=now + delay, error=result.error)
                refund = row.counted
            elif result.outcome == "blocked":
                stats.failed += 1
                values.update(status="failed", error=result.error or "blocked the bot")
            elif result.outcome == "unknown":
                stats.unknown += 1
                values.update(status="unknown", error=result.error)
            elif result.outcome == "dropped":
                stats.dropped += 1
                values.update(status="dropped", error=result.error)
                refund = row.counted
            else:
                stats.failed += 1
                values.update(status="failed", error=result.error)
            changed = await conn.execute(
                update(OUTBOX).where(OUTBOX.c.id.in_(row.ids), mine).values(**values)
            )
            if not changed.rowcount:
                continue  # written already (a journal applied twice), or not ours any more
            if refund:
                await self._refund(conn, row.user_id)
            if result.outcome == "blocked":
                await conn.execute(
                    update(USERS)
                    .where(USERS.c.id == row.user_id, USERS.c.blocked_at.is_(None))
                    .values(blocked_at=now)
                )
        if sent:
            # ... or already sent by this dispatcher: its status line was committed first (on
            # PostgreSQL), and the full answer adds the message id.
            ours = and_(
                OUTBOX.c.claimed_by == self.worker,
                or_(*(OUTBOX.c.status == s for s in ("claimed", "sending", "unknown", "sent"))),
            )
            await conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.id == bindparam("b_id"), ours)
                .values(
                    status="sent",
                    sent_at=bindparam("b_at"),
                    telegram_message_id=bindparam("b_mid"),
                    lease_until=None,
                    error=None,
                ),
                sent,
            )

    @staticmethod
    async def _refund(conn: AsyncConnection, user_id: int) -> None:
        await conn.execute(
            update(USERS)
            .where(USERS.c.id == user_id, USERS.c.budget_used > 0)
            .values(budget_used=USERS.c.budget_used - 1)
        )
