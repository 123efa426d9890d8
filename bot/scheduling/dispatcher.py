"""Sending what is due in the outbox, exactly once where Telegram lets us know.

A row moves ``pending -> claimed -> sending -> sent``. Claiming happens in one short transaction
that also takes a lease: ``BEGIN IMMEDIATE`` on SQLite, ``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so two dispatchers never claim the same row; only as many rows are claimed as may go out in the
rolling second (``bot/scheduling/ratelimit.py``: one window for the whole process). Each row
is then marked ``sending`` when its own request's first bytes are about to be written (after
any wait for a connection: ``bot/scheduling/leaving.py``), with at most ``concurrency``
requests in flight, and its answer is on record the moment the status line is read
(``bot/scheduling/ledger.py``; on SQLite both are a line in the dispatcher's journal, written
without waiting for the database's one writer, ``bot/scheduling/journal.py``). So a crash
leaves ``sending`` only the requests really on their way: those become ``unknown`` and are
never resent, because Telegram has no
idempotency key and the message may well have arrived. Claimed rows that never reached
``sending`` go back to ``pending`` (with their daily-budget slot) - at once when the next
process on the same machine finds their dispatcher's process gone, else when their lease runs
out.

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
import time as _time
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from bot.clock import Clock
from bot.config import Settings
from bot.scheduling import claims, leaving
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
from bot.scheduling.ratelimit import SendWindow, concurrency_for
from bot.storage.db import Database

__all__ = ["LEASE", "Claimed", "Dispatcher", "SendResult", "SendWindow", "backoff"]

log = logging.getLogger(__name__)

GONE = "what it refers to is gone"
BATCH = 200


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
        window: SendWindow | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.settings = settings
        self.sender = sender
        self.renderer = renderer
        self.worker_id = worker_id or worker_name()
        self.batch_size = batch_size
        self.rate = settings.dispatch_rate_per_second
        # The process's rolling second (shared with the bot's other messages, bot/app.py), or
        # one of its own.
        self.window = window or (SendWindow(self.rate) if self.rate > 0 else None)
        self.concurrency = concurrency or concurrency_for(self.rate)
        # Whether the sender's HTTP layer reports when a request leaves (bot/scheduling/
        # leaving.py): then a row is marked ``sending`` at that moment, not before the call.
        self.marks_when_leaving = bool(getattr(sender, "marks_when_leaving", False))
        self.ledger = Ledger(db, self.worker_id, clock.now)
        self._lock = asyncio.Lock()
        self._slots = asyncio.Semaphore(self.concurrency)
        self._tasks: set[asyncio.Task[None]] = set()
        self._busy: dict[int, int] = {}  # people with a request in flight -> how many
        self._began: set[int] = set()  # rows whose send task has started
        self._lease_until: datetime | None = None  # of the rows claimed last

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
                        if self._tasks:
                            # What is left may be for people whose message is still on its way.
                            await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
                            continue
                        if stats.waiting:
                            continue  # their messages were answered while this claim ran
                        break
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
            room = self.window.room()
            if room > 0:
                return min(self.batch_size, room)
            wait = self.window.wait()
            if deadline is not None and _time.monotonic() + wait > deadline:
                return 0
            await asyncio.sleep(wait)

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
                self.window.start()  # its slot, from now until a second after its answer
            self._busy[item.user_id] = self._busy.get(item.user_id, 0) + 1
            task = asyncio.create_task(self._deliver(item, total))
            self._tasks.add(task)
            task.add_done_callback(lambda done, row=item: self._finished(done, row))

    def _finished(self, task: asyncio.Task[None], item: Claimed) -> None:
        self._tasks.discard(task)
        self._slots.release()
        if item.id in self._began:
            self._began.discard(item.id)
        elif self.window is not None:  # cancelled before it began: its slot was never used
            self.window.cancel()
        user_id = item.user_id
        left = self._busy.get(user_id, 1) - 1
        if left > 0:
            self._busy[user_id] = left
        else:
            self._busy.pop(user_id, None)

    async def _deliver(self, item: Claimed, stats: DispatchStats) -> None:
        """Mark it ``sending`` as late as possible: when its request's first bytes are about
        to be written (``bot/scheduling/leaving.py``; right before calling a sender that cannot
        tell), write down its status line the moment it is read, send it, and record the full
        answer (committed) before the slot is free again."""
        self._began.add(item.id)
        if not self.marks_when_leaving:
            await self._deliver_marked_first(item, stats)
            return
        heard: list[datetime] = []

        async def answered(status: int) -> None:
            heard.append(self.clock.now())
            await self.ledger.heard(item, status, heard[0])

        watch = leaving.Watch(lambda: self.ledger.mark(item), answered)
        leaving.watching(watch)
        try:
            result = await self._send_one(item)
        finally:
            leaving.watching(None)
            if self.window is not None:
                if watch.left is False:
                    self.window.cancel()
                else:
                    self.window.done()
        if watch.left is False:
            if watch.error is not None:
                log.error(
                    "marking outbox row %s as sending failed; it stays claimed",
                    item.id,
                    exc_info=watch.error,
                )
            return  # not marked, so not sent: handed to another dispatcher, or its lease ran out
        if watch.left is None:
            if result.outcome == "unknown":  # it failed before its first byte: not delivered
                result = SendResult("retry", error=result.error)
            elif result.outcome == "sent":
                log.error("outbox row %s was sent without being marked as leaving", item.id)
        result = replace(result, at=heard[0] if heard else self.clock.now())
        try:
            await self.ledger.record(item, result, stats)
        except Exception:
            log.exception("recording the answer for outbox row %s failed", item.id)

    async def _deliver_marked_first(self, item: Claimed, stats: DispatchStats) -> None:
        """For a sender that cannot say when its request leaves: mark it ``sending`` right
        before calling it (nothing awaited in between, on SQLite)."""
        window = self.window
        try:
            if not await self.ledger.mark(item):
                if window is not None:
                    window.cancel()
                return  # handed to another dispatcher meanwhile: not ours to send
        except BaseException as exc:
            if window is not None:
                window.cancel()
            if not isinstance(exc, Exception):
                raise
            log.exception("marking outbox row %s as sending failed; it stays claimed", item.id)
            return
        try:
            result = await self._send_one(item)
        finally:
            if window is not None:
                window.done()
        result = replace(result, at=self.clock.now())
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
        return [replace(row, lease_until=self._lease_until) for row in ready.values()]

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
        now = self.clock.now()
        self._lease_until = now + LEASE
        return await claims.claim(
            self.db, self.settings, self.worker_id, now, limit, self._busy, stats
        )
