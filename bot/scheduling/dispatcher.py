"""Sending what is due in the outbox, exactly once where Telegram lets us know.

A row moves ``pending -> sending -> sent``. Claiming (``pending -> sending``) happens in one short
transaction that also takes a lease: ``BEGIN IMMEDIATE`` on SQLite, ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, so two dispatchers never claim the same row. Only rows about to be sent right now
are claimed, so a crash leaves at most the in-flight sends in ``sending``; when their lease
expires they become ``unknown`` and are never resent, because Telegram has no idempotency key and
the message may well have arrived.

A claimed row is an intent (a view key, the ids of the rows it is about, a few non-personal
parameters), not text: the ``renderer`` turns a batch of them into messages at send time, in
each recipient's current language and time zone. A row whose subject is gone (erased,
deleted, cancelled) renders to nothing and becomes ``dropped``, unsent.

Other outcomes: ``RetryAfter`` (429) puts the row back with the delay Telegram asked for and
pauses this dispatcher for that long; ``Forbidden`` (403) marks the person as having blocked the
bot; a network error where the request never left retries with backoff; rows past their
``not_after`` are ``skipped`` (late), as are rows for paused or blocked people. Quiet hours and the
daily budget hold non-urgent rows until the morning.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time as _time
from collections import deque
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.clock import Clock
from bot.config import Settings
from bot.scheduling import recurrence
from bot.scheduling.delivery import (
    Claimed,
    DispatchStats,
    Intent,
    Message,
    Renderer,
    Sender,
    SendResult,
)
from bot.scheduling.outbox import KINDS
from bot.storage.db import Database
from bot.storage.models import OutboxMessage, User

OUTBOX = OutboxMessage.__table__
USERS = User.__table__

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=2)
GONE = "what it refers to is gone"
MAX_ATTEMPTS = 8
BATCH = 200


class SendWindow:
    """At most ``per_second`` sends in any rolling second (Telegram's way of counting), with a
    small margin for the time a request takes to arrive."""

    MARGIN = 0.01

    def __init__(self, per_second: float) -> None:
        self.limit = max(1, int(per_second))
        self.sent: deque[float] = deque()

    def _forget(self, now: float) -> None:
        while self.sent and now - self.sent[0] >= 1.0 + self.MARGIN:
            self.sent.popleft()

    def room(self) -> int:
        self._forget(_time.monotonic())
        return self.limit - len(self.sent)

    def wait(self) -> float:
        """Seconds until the oldest send leaves the window."""
        return max(0.0, self.sent[0] + 1.0 + self.MARGIN - _time.monotonic()) if self.sent else 0.0

    def stamp(self) -> None:
        self.sent.append(_time.monotonic())


def backoff(attempts: int) -> timedelta:
    """5 s, 10 s, 20 s, ... capped at 10 minutes."""
    return timedelta(seconds=min(5 * 2 ** max(attempts - 1, 0), 600))


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: Settings,
        sender: Sender,
        *,
        renderer: Renderer,
        worker_id: str | None = None,
        batch_size: int = BATCH,
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.sender = sender
        self.renderer = renderer
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self.batch_size = batch_size
        self.rate = settings.dispatch_rate_per_second
        self.window = SendWindow(self.rate) if self.rate > 0 else None
        self.cooldown_until: datetime | None = None
        self._lock = asyncio.Lock()

    # -- the timer job ---------------------------------------------------------------------------

    async def run(self, max_seconds: float | None = None) -> DispatchStats:
        """Send everything due, within ``max_seconds`` of real time (None: until nothing is due).

        Runs are serialised within a process; several processes may run at once.
        """
        total = DispatchStats()
        async with self._lock:
            deadline = None if max_seconds is None else _time.monotonic() + max_seconds
            await self.recover()
            while True:
                now = self.clock.now()
                if self.cooldown_until and now < self.cooldown_until:
                    break
                limit = await self._room(deadline)
                if limit == 0:
                    break
                stats = await self._run_batch(limit)
                total.add(stats)
                if stats.claimed + stats.held + stats.skipped == 0:
                    break
                if deadline is not None and _time.monotonic() >= deadline:
                    break
        return total

    async def _room(self, deadline: float | None) -> int:
        """How many messages may go now: the room left in the rolling second, waiting for some
        (within ``deadline``) when there is none. None are lost to a slow database: rows are
        claimed only for room that exists, and each send is stamped as it leaves."""
        if self.window is None:
            return self.batch_size
        while True:
            room = self.window.room()
            if room > 0:
                return min(self.batch_size, room)
            wait = self.window.wait()
            if deadline is not None and _time.monotonic() + wait > deadline:
                return 0
            await asyncio.sleep(wait)

    # -- recovery --------------------------------------------------------------------------------

    async def recover(self) -> int:
        """Rows whose sender vanished mid-send become ``unknown``: they may have arrived."""
        now = self.clock.now()
        async with self.db.connection() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.status == "sending", OutboxMessage.lease_until < now)
                .values(
                    status="unknown",
                    lease_until=None,
                    error="no answer from Telegram before the lease ran out; not resent",
                )
            )
        if result.rowcount:
            log.warning(
                "marked %d in-flight message(s) as unknown after a lost send", result.rowcount
            )
        return result.rowcount or 0

    # -- one batch -------------------------------------------------------------------------------

    async def _run_batch(self, limit: int) -> DispatchStats:
        stats = DispatchStats()
        intents = await self._claim(limit, stats)
        if not intents:
            return stats
        outcomes: list[tuple[Intent, SendResult]] = []
        ready: list[Claimed] = []
        for intent, message in zip(intents, await self._render(intents), strict=True):
            if message is None:
                outcomes.append((intent, SendResult("dropped", error=GONE)))
            elif isinstance(message, BaseException):
                error = f"{type(message).__name__}: {message}"[:300]
                outcomes.append((intent, SendResult("failed", error=error)))
            else:
                ready.append(
                    Claimed(
                        intent.id,
                        intent.kind,
                        intent.user_id,
                        message.text,
                        message.reply_markup,
                        intent.attempts,
                        intent.counted,
                    )
                )
        by_id = {i.id: i for i in intents}
        results = await asyncio.gather(*(self._send_one(row) for row in ready))
        outcomes += [(by_id[row.id], result) for row, result in zip(ready, results, strict=True)]
        await self._record(outcomes, stats)
        return stats

    async def _render(self, intents: list[Intent]) -> Sequence[Message | BaseException | None]:
        """The batch's messages; a failure of the whole batch fails each row, not the loop."""
        try:
            return await self.renderer(self.db, intents, self.clock.now())
        except Exception as exc:
            log.exception("rendering %d outbox row(s) failed", len(intents))
            return [exc] * len(intents)

    async def _send_one(self, row: Claimed) -> SendResult:
        if self.window is not None:
            self.window.stamp()
        try:
            return await self.sender(row)
        except Exception as exc:  # a bug in rendering must not kill the dispatcher
            log.exception("sending outbox row %s failed unexpectedly", row.id)
            return SendResult("failed", error=f"{type(exc).__name__}: {exc}"[:300])

    async def _claim(self, limit: int, stats: DispatchStats) -> list[Intent]:
        """Pick the due rows, apply each one's policy, and lease those to send now - with a
        handful of set-based statements, so that the write lock is held only briefly."""
        now = self.clock.now()
        budget = self.settings.daily_message_budget
        async with self.db.connection() as session:
            owner = [
                USERS.c.timezone.label("u_timezone"),
                USERS.c.paused_until.label("u_paused"),
                USERS.c.blocked_at.label("u_blocked"),
                USERS.c.quiet_start.label("u_qs"),
                USERS.c.quiet_end.label("u_qe"),
                USERS.c.budget_day.label("u_day"),
                USERS.c.budget_used.label("u_used"),
                USERS.c.id.label("u_id"),
            ]
            query = (
                select(OUTBOX, *owner)
                .select_from(OUTBOX.outerjoin(USERS, USERS.c.id == OUTBOX.c.user_id))
                .where(OUTBOX.c.status == "pending", OUTBOX.c.due_at <= now)
                .order_by(OUTBOX.c.due_at, OUTBOX.c.id)
                .limit(limit * 2)
            )
            if not self.db.is_sqlite:
                query = query.with_for_update(skip_locked=True, of=OUTBOX)
            rows = (await session.execute(query)).mappings().all()
            if not rows:
                return []
            people: dict[int, dict[str, object]] = {}
            for r in rows:
                if r["u_id"] is not None and r["u_id"] not in people:
                    people[r["u_id"]] = {
                        "timezone": r["u_timezone"],
                        "paused_until": r["u_paused"],
                        "blocked_at": r["u_blocked"],
                        "quiet_start": r["u_qs"],
                        "quiet_end": r["u_qe"],
                        "budget_day": r["u_day"],
                        "budget_used": r["u_used"],
                    }
            if not self.db.is_sqlite:  # budgets change below: lock the owners' rows too
                await session.execute(
                    select(USERS.c.id)
                    .where(USERS.c.id.in_(sorted(people)))
                    .order_by(USERS.c.id)
                    .with_for_update()
                )
            claimed: list[Intent] = []
            changes: list[dict[str, object]] = []
            seen: set[int] = set()
            for row in rows:
                if len(claimed) >= limit:
                    break
                if row["user_id"] in seen:
                    continue  # one message per person per batch; the next batch takes the rest
                person = people.get(row["user_id"])
                change = self._decide(row, person, now, budget)
                if change is None:
                    seen.add(row["user_id"])
                    counted = self._count_budget(row, person, now) if person else False
                    claimed.append(
                        Intent(
                            row["id"],
                            row["kind"],
                            row["view"],
                            row["user_id"],
                            row["about_id"],
                            row["params"] or {},
                            row["attempts"] + 1,
                            counted,
                        )
                    )
                else:
                    changes.append({"b_id": row["id"], **change})
                    if "status" in change:
                        stats.skipped += 1
                    else:
                        stats.held += 1
            if claimed:
                await session.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.id.in_([c.id for c in claimed]))
                    .values(
                        status="sending",
                        lease_until=now + LEASE,
                        claimed_by=self.worker_id,
                        attempts=OUTBOX.c.attempts + 1,
                    )
                )
            for change in changes:  # held or skipped: rare, and each different
                values = {k: v for k, v in change.items() if k != "b_id"}
                await session.execute(
                    update(OUTBOX).where(OUTBOX.c.id == change["b_id"]).values(**values)
                )
            budgets = [
                {"b_id": uid, "b_day": p["budget_day"], "b_used": p["budget_used"]}
                for uid, p in people.items()
                if p.get("budget_changed")
            ]
            if budgets:
                await session.execute(
                    update(USERS)
                    .where(USERS.c.id == bindparam("b_id"))
                    .values(budget_day=bindparam("b_day"), budget_used=bindparam("b_used")),
                    budgets,
                )
            stats.claimed = len(claimed)
            return claimed

    def _decide(
        self, row: Mapping[str, object], user: dict[str, object] | None, now: datetime, budget: int
    ) -> dict[str, object] | None:
        """None to send now, else the columns to change: held (a later due_at) or skipped."""
        policy = KINDS.get(row["kind"])
        if user is None or policy is None:
            return {
                "status": "cancelled",
                "error": "no such person" if user is None else "unknown kind",
            }
        if user["blocked_at"] is not None:
            return {"status": "skipped", "error": "blocked the bot"}
        not_after = row["not_after"]
        if not_after is not None and now > not_after:
            return {"status": "skipped", "error": "too late to be useful"}
        paused_until = user["paused_until"]
        if paused_until is not None and paused_until > now:
            return self._hold(not_after, paused_until, "paused")
        if row["urgent"]:
            return None
        zone = user["timezone"] or "UTC"
        quiet_start = user["quiet_start"] or self.settings.quiet_hours_start
        quiet_end = user["quiet_end"] or self.settings.quiet_hours_end
        if recurrence.in_window(recurrence.local_time(now, zone), quiet_start, quiet_end):
            return self._hold(
                not_after, recurrence.window_end_after(now, quiet_end, zone), "quiet hours"
            )
        if policy.budgeted and budget > 0:
            today = recurrence.local_date(now, zone)
            if user["budget_day"] == today and user["budget_used"] >= budget:
                tomorrow_morning = recurrence.local_instant(
                    today + timedelta(days=1), quiet_end, zone
                )
                return self._hold(not_after, tomorrow_morning, "daily budget reached")
        return None

    @staticmethod
    def _hold(not_after: datetime | None, until: datetime, reason: str) -> dict[str, object]:
        if not_after is not None and until > not_after:
            return {"status": "skipped", "error": f"{reason}: would be too late"}
        return {"due_at": until, "error": f"held: {reason}"}

    def _count_budget(
        self, row: Mapping[str, object], user: dict[str, object], now: datetime
    ) -> bool:
        if row["urgent"] or not KINDS[row["kind"]].budgeted:
            return False
        today = recurrence.local_date(now, user["timezone"] or "UTC")
        if user["budget_day"] != today:
            user["budget_day"], user["budget_used"] = today, 0
        user["budget_used"] += 1
        user["budget_changed"] = True
        return True

    # -- results ----------------------------------------------------------------------------------

    async def _record(self, results: list[tuple[Intent, SendResult]], stats: DispatchStats) -> None:
        """Write what Telegram answered. The common case (sent) is one executemany."""
        now = self.clock.now()
        sent: list[dict[str, object]] = []
        async with self.db.connection() as session:
            for row, result in results:
                stats.outcomes[result.outcome] = stats.outcomes.get(result.outcome, 0) + 1
                if result.outcome == "sent":
                    stats.sent += 1
                    sent.append(
                        {"b_id": row.id, "b_me": self.worker_id, "b_mid": result.message_id}
                    )
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
                        await self._refund(session, row.user_id)
                elif result.outcome == "blocked":
                    stats.failed += 1
                    values.update(status="failed", error=result.error or "blocked the bot")
                    await session.execute(
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
                        await self._refund(session, row.user_id)
                else:
                    stats.failed += 1
                    values.update(status="failed", error=result.error)
                await session.execute(
                    update(OUTBOX)
                    .where(and_(OUTBOX.c.id == row.id, OUTBOX.c.claimed_by == self.worker_id))
                    .values(**values)
                )
            if sent:
                await session.execute(
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
    async def _refund(session: AsyncConnection, user_id: int) -> None:
        await session.execute(
            update(User)
            .where(User.id == user_id, User.budget_used > 0)
            .values(budget_used=USERS.c.budget_used - 1)
        )
