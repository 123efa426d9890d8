"""Sending what is due in the outbox, exactly once where Telegram lets us know.

A row moves ``pending -> claimed -> sending -> sent``. Claiming happens in one short transaction
that also takes a lease: ``BEGIN IMMEDIATE`` on SQLite, ``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so two dispatchers never claim the same row; only as many rows are claimed as may go out in the
rolling second. Each row is then marked ``sending`` (committed) right before its own request,
with at most ``concurrency`` requests in flight, and its answer is committed as soon as it comes
(``bot/scheduling/ledger.py``). So a crash leaves ``sending`` only the requests really in
flight: those become ``unknown`` and are never resent, because Telegram has no idempotency key
and the message may well have arrived. Claimed rows that never reached ``sending`` go back to
``pending`` - at once when the next process on the same machine finds their dispatcher's
process gone, else when their lease runs out.

A claimed row is an intent (a view key, the ids of the rows it is about, a few non-personal
parameters), not text: the ``renderer`` turns a batch of them into messages at send time, in
each recipient's current language and time zone. A row whose subject is gone (erased,
deleted, cancelled) renders to nothing and becomes ``dropped``, unsent. Several notices waiting
for one person are claimed together and rendered as one message ("While you were away: ...").

Telegram's answers: ``RetryAfter`` (429) puts the row back with the delay Telegram asked for and
pauses this dispatcher for that long; ``Forbidden`` (403) marks the person as having blocked the
bot; any other HTTP status answer (a 5xx, a proxy's 502 page, a 4xx) means it was not delivered,
and so does a network error before the request left: retried with backoff, until its lateness
rule says it is too late. Only a request that was sent and never answered is ``unknown``.

Each kind has a priority (``bot/scheduling/outbox.py``): core messages are never held by the
daily budget, notices are. Quiet hours hold all but urgent rows until the morning; rows past
their ``not_after`` are ``skipped`` (late), as are rows for paused or blocked people.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time as _time
from collections import deque
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update

from bot.clock import Clock
from bot.config import Settings
from bot.scheduling import recurrence
from bot.scheduling.delivery import (
    Claimed,
    DispatchStats,
    Folded,
    Intent,
    Message,
    Renderer,
    Sender,
    SendResult,
)
from bot.scheduling.ledger import LEASE, Ledger, backoff, worker_name
from bot.scheduling.outbox import KINDS
from bot.storage.db import Database
from bot.storage.models import OutboxMessage, User

__all__ = ["LEASE", "Claimed", "Dispatcher", "SendResult", "SendWindow", "backoff"]

OUTBOX = OutboxMessage.__table__
USERS = User.__table__

log = logging.getLogger(__name__)

GONE = "what it refers to is gone"
BATCH = 200
# At most this many notices for one person go as one message.
MAX_FOLD = 8


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


def concurrency_for(rate: float) -> int:
    """Requests in flight at once: enough for ``rate`` per second when an answer takes about
    100 ms (4 for Telegram's 30/s), few enough that a crash can leave only that many
    ``unknown``."""
    if rate <= 0:
        return 8
    return max(2, min(8, math.ceil(rate / 7.5)))


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
        concurrency: int | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.sender = sender
        self.renderer = renderer
        self.worker_id = worker_id or worker_name()
        self.batch_size = batch_size
        self.rate = settings.dispatch_rate_per_second
        self.window = SendWindow(self.rate) if self.rate > 0 else None
        self.concurrency = concurrency or concurrency_for(self.rate)
        self.ledger = Ledger(db, self.worker_id, clock.now)
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(self.concurrency)
        self._tasks: set[asyncio.Task[None]] = set()
        self._busy: dict[int, int] = {}  # people with a request in flight -> how many
        # Sends started but not yet stamped in the window (being marked ``sending``): the
        # window counts a send when its request leaves, and these will leave soon.
        self._unstamped = 0

    @property
    def cooldown_until(self) -> datetime | None:
        return self.ledger.cooldown_until

    @cooldown_until.setter
    def cooldown_until(self, value: datetime | None) -> None:
        self.ledger.cooldown_until = value

    def _cooling(self) -> bool:
        until = self.ledger.cooldown_until
        return until is not None and self.clock.now() < until

    # -- the timer job ---------------------------------------------------------------------------

    async def run(self, max_seconds: float | None = None) -> DispatchStats:
        """Send everything due, within ``max_seconds`` of real time (None: until nothing is due).

        Runs are serialised within a process; several processes may run at once. A run returns
        once its last request is answered and recorded.
        """
        total = DispatchStats()
        async with self._lock:
            deadline = None if max_seconds is None else _time.monotonic() + max_seconds
            try:
                await self.recover()
                while not self._cooling():
                    if deadline is not None and _time.monotonic() >= deadline:
                        break
                    if await self._room(deadline) == 0:
                        break
                    # A second's worth: claimed rows wait for their turn (a crash hands them
                    # straight back), so each send waits only for its own mark.
                    limit = self.batch_size if self.window is None else self.window.limit
                    stats = DispatchStats()
                    items = await self._prepare(limit, stats)
                    total.add(stats)
                    if stats.claimed + stats.held + stats.skipped == 0:
                        if not self._tasks:
                            break
                        # What is left may be for people whose message is still on its way.
                        await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
                        continue
                    await self._start(items, deadline, total)
            except BaseException:
                for task in self._tasks:
                    task.cancel()
                raise
            finally:
                if self._tasks:
                    await asyncio.gather(*self._tasks, return_exceptions=True)
        return total

    async def _room(self, deadline: float | None) -> int:
        """How many messages may go now: the room left in the rolling second, waiting for some
        (within ``deadline``) when there is none."""
        if self.window is None:
            return self.batch_size
        while True:
            room = self.window.room() - self._unstamped
            if room > 0:
                return min(self.batch_size, room)
            wait = self.window.wait()
            if deadline is not None and _time.monotonic() + wait > deadline:
                return 0
            await asyncio.sleep(wait)

    async def _room_now(self) -> None:
        """Wait (rarely, and briefly) until the rolling second has room for one more send."""
        assert self.window is not None
        while self.window.room() <= 0:  # noqa: ASYNC110 - the wait is known: no event to wait on
            await asyncio.sleep(self.window.wait())

    async def _start(
        self, items: list[Claimed], deadline: float | None, total: DispatchStats
    ) -> None:
        """Send each item as a slot frees up (at most ``concurrency`` in flight) and the
        rolling second has room; hand back what cannot go in this run."""
        for n, item in enumerate(items):
            await self._slots.acquire()
            late = deadline is not None and _time.monotonic() >= deadline
            if late or self._cooling() or await self._room(deadline) == 0:
                self._slots.release()
                await self.ledger.hand_back(items[n:])
                return
            if self.window is not None:
                self._unstamped += 1
            self._busy[item.user_id] = self._busy.get(item.user_id, 0) + 1
            task = asyncio.create_task(self._deliver(item, total))
            self._tasks.add(task)
            task.add_done_callback(lambda done, who=item.user_id: self._finished(done, who))

    def _finished(self, task: asyncio.Task[None], user_id: int) -> None:
        self._tasks.discard(task)
        self._slots.release()
        left = self._busy.get(user_id, 1) - 1
        if left > 0:
            self._busy[user_id] = left
        else:
            self._busy.pop(user_id, None)

    async def _deliver(self, item: Claimed, stats: DispatchStats) -> None:
        """Mark it ``sending`` (committed), send it, record the answer (committed)."""
        try:
            try:
                if not await self.ledger.marking.submit(item):
                    return  # handed to another dispatcher meanwhile: not ours to send
            except Exception:
                log.exception("marking outbox row %s as sending failed; it stays claimed", item.id)
                return
            if self.window is not None:  # stamped as the request leaves
                await self._room_now()
                self.window.stamp()
        finally:
            if self.window is not None:
                self._unstamped -= 1
        result = await self._send_one(item)
        try:
            await self.ledger.record(item, result, stats)
        except Exception:
            log.exception("recording the answer for outbox row %s failed", item.id)

    # -- recovery --------------------------------------------------------------------------------

    async def recover(self) -> int:
        """Rows other dispatchers left behind: unsent claims back to pending, in-flight sends
        ``unknown`` (they may have arrived). Returns how many became unknown."""
        return (await self.ledger.recover())[1]

    # -- one batch -------------------------------------------------------------------------------

    async def _prepare(self, limit: int, stats: DispatchStats) -> list[Claimed]:
        """Claim and render a batch; rows that render to nothing are recorded at once."""
        intents = await self._claim(limit, stats)
        if not intents:
            return []
        unsent: list[tuple[Claimed, SendResult, DispatchStats]] = []
        ready: dict[int, Claimed] = {}
        folded: dict[int, list[int]] = {}
        for intent, message in zip(intents, await self._render(intents), strict=True):
            if isinstance(message, Folded):
                folded.setdefault(message.into, []).append(intent.id)
            elif isinstance(message, Message):
                ready[intent.id] = Claimed(
                    intent.id,
                    intent.kind,
                    intent.user_id,
                    message.text,
                    message.reply_markup,
                    intent.attempts,
                    intent.counted,
                )
            else:
                row = Claimed(
                    intent.id,
                    intent.kind,
                    intent.user_id,
                    "",
                    None,
                    intent.attempts,
                    intent.counted,
                )
                if message is None:
                    unsent.append((row, SendResult("dropped", error=GONE), stats))
                else:
                    error = f"{type(message).__name__}: {message}"[:300]
                    unsent.append((row, SendResult("failed", error=error), stats))
        for leader, others in folded.items():
            row = ready[leader]
            ready[leader] = Claimed(
                row.id,
                row.kind,
                row.user_id,
                row.text,
                row.reply_markup,
                row.attempts,
                row.counted,
                tuple(others),
            )
        if unsent:
            async with self.db.connection() as conn:
                await self.ledger.write_answers(conn, unsent)
        return list(ready.values())

    async def _render(
        self, intents: list[Intent]
    ) -> Sequence[Message | Folded | BaseException | None]:
        """The batch's messages; a failure of the whole batch fails each row, not the loop."""
        try:
            return await self.renderer(self.db, intents, self.clock.now())
        except Exception as exc:
            log.exception("rendering %d outbox row(s) failed", len(intents))
            return [exc] * len(intents)

    async def _send_one(self, row: Claimed) -> SendResult:
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
            claimed: list[dict[str, object]] = []
            changes: list[dict[str, object]] = []
            seen: set[int] = set()
            leaders: dict[int, dict[str, object]] = {}  # person -> their foldable first row
            for row in rows:
                uid = row["user_id"]
                if uid in self._busy:
                    continue  # one message on its way per person: theirs arrive in order
                person = people.get(uid)
                if uid in seen:
                    # one message per person per batch, but the notices waiting for them go
                    # together with the first one
                    leader = leaders.get(uid)
                    policy = KINDS.get(row["kind"])
                    if (
                        leader is None
                        or policy is None
                        or not policy.folds
                        or row["urgent"]
                        or len(leader["folded"]) >= MAX_FOLD - 1
                    ):
                        continue
                    change = self._decide(row, person, now, 0)
                    if change is None:
                        leader["folded"].append(row["id"])
                        claimed.append({"row": row, "counted": False, "fold": leader["row"]["id"]})
                        continue
                elif len(seen) >= limit:
                    continue
                else:
                    change = self._decide(row, person, now, budget)
                    if change is None:
                        seen.add(uid)
                        counted = self._count_budget(row, person, now) if person else False
                        entry = {"row": row, "counted": counted, "fold": None, "folded": []}
                        policy = KINDS[row["kind"]]
                        if policy.folds and not row["urgent"]:
                            entry["fold"] = row["id"]
                            leaders[uid] = entry
                        claimed.append(entry)
                        continue
                changes.append({"b_id": row["id"], **change})
                if "status" in change:
                    stats.skipped += 1
                else:
                    stats.held += 1
            intents = [
                Intent(
                    c["row"]["id"],
                    c["row"]["kind"],
                    c["row"]["view"],
                    c["row"]["user_id"],
                    c["row"]["about_id"],
                    c["row"]["params"] or {},
                    c["row"]["attempts"] + 1,
                    bool(c["counted"]),
                    c["fold"] if c.get("folded", True) else None,
                )
                for c in claimed
            ]
            if claimed:
                await session.execute(
                    update(OUTBOX)
                    .where(OUTBOX.c.id.in_([i.id for i in intents]))
                    .values(
                        status="claimed",
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
            stats.claimed = len(intents)
            return intents

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
