"""What the dispatcher writes about each row as it goes: marked ``sending`` right before its
request, the answer right after it, claims handed back, and rows left behind by a dispatcher
that died.

Each write is committed before the dispatcher moves on (the ``sending`` mark before the request
leaves; the answer before the send's slot is free again), so a crash leaves ``sending`` only
the requests really in flight. Writes that come at the same moment from several sends are
committed together (``Coalescer``): one transaction for a burst, one per row when it is quiet.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.scheduling.delivery import Claimed, DispatchStats, SendResult
from bot.storage.db import Database
from bot.storage.models import OutboxMessage, User

OUTBOX = OutboxMessage.__table__
USERS = User.__table__

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
# Retries of a row Telegram answered with an error stop at its lateness rule (``not_after``);
# this is only a backstop for an answer that will never change.
MAX_ATTEMPTS = 100  # about 15 hours of tries at the 10-minute backoff

T = TypeVar("T")
R = TypeVar("R")


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... capped at 10 minutes."""
    return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 600))


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
        self.marking: Coalescer[Claimed, bool] = Coalescer(self._mark)
        self.recording: Coalescer[tuple[Claimed, SendResult, DispatchStats], None] = Coalescer(
            self._record_batch
        )

    # -- left behind -------------------------------------------------------------------------

    async def recover(self) -> tuple[int, int]:
        """Rows other dispatchers left: claimed but never marked sending go back to pending (no
        request left for them); ``sending`` ones become ``unknown`` (the request may have
        arrived; never resent). A row is left once its lease ran out, or at once when its
        dispatcher was a process on this machine that is gone (killed, say)."""
        now = self.now()
        async with self.db.reading() as conn:
            owners = (
                await conn.execute(
                    select(OUTBOX.c.claimed_by)
                    .where(OUTBOX.c.status.in_(("claimed", "sending")))
                    .distinct()
                )
            ).scalars()
            dead = sorted({w for w in owners if w and w != self.worker and is_dead(w)})
        left = OUTBOX.c.lease_until < now
        if dead:
            left = left | OUTBOX.c.claimed_by.in_(dead)
        async with self.db.connection() as conn:
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
            lost = await conn.execute(
                update(OUTBOX)
                .where(OUTBOX.c.status == "sending", left)
                .values(
                    status="unknown",
                    lease_until=None,
                    error="its dispatcher stopped before Telegram answered; not resent",
                )
            )
        if back.rowcount:
            log.info("%d claimed but unsent message(s) back to pending", back.rowcount)
        if lost.rowcount:
            log.warning(
                "marked %d in-flight message(s) as unknown after a lost send", lost.rowcount
            )
        return back.rowcount or 0, lost.rowcount or 0

    # -- before and after each request ---------------------------------------------------------

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
        await self.recording.submit((row, result, stats))

    async def _record_batch(
        self, results: list[tuple[Claimed, SendResult, DispatchStats]]
    ) -> list[None]:
        async with self.db.connection() as conn:
            await self.write_answers(conn, results)
        return [None] * len(results)

    async def write_answers(
        self, conn: AsyncConnection, results: list[tuple[Claimed, SendResult, DispatchStats]]
    ) -> None:
        """Write what Telegram answered. The common case (sent) is one executemany."""
        now = self.now()
        sent: list[dict[str, object]] = []
        for row, result, stats in results:
            stats.outcomes[result.outcome] = stats.outcomes.get(result.outcome, 0) + 1
            if result.outcome == "sent":
                stats.sent += 1
                sent += [
                    {"b_id": i, "b_me": self.worker, "b_mid": result.message_id} for i in row.ids
                ]
                continue
            values: dict[str, object] = {"lease_until": None}
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
                if row.counted:
                    await self._refund(conn, row.user_id)
            elif result.outcome == "blocked":
                stats.failed += 1
                values.update(status="failed", error=result.error or "blocked the bot")
                await conn.execute(
                    update(USERS)
                    .where(USERS.c.id == row.user_id, USERS.c.blocked_at.is_(None))
                    .values(blocked_at=now)
                )
            elif result.outcome == "unknown":
                stats.unknown += 1
                values.update(status="unknown", error=result.error)
            elif result.outcome == "dropped":
                stats.dropped += 1
                values.update(status="dropped", error=result.error)
                if row.counted:
                    await self._refund(conn, row.user_id)
            else:
                stats.failed += 1
                values.update(status="failed", error=result.error)
            await conn.execute(
                update(OUTBOX)
                .where(and_(OUTBOX.c.id.in_(row.ids), OUTBOX.c.claimed_by == self.worker))
                .values(**values)
            )
        if sent:
            await conn.execute(
                update(OUTBOX)
                .where(
                    and_(
                        OUTBOX.c.id == bindparam("b_id"),
                        OUTBOX.c.claimed_by == bindparam("b_me"),
                    )
                )
                .values(
                    status="sent",
                    sent_at=now,
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


def as_claimed(intent: Any, text: str, markup: dict[str, object] | None) -> Claimed:
    return Claimed(
        intent.id,
        intent.kind,
        intent.user_id,
        text,
        markup,
        intent.attempts,
        intent.counted,
    )
