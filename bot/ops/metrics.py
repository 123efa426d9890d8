"""Prometheus metrics: what this process did, and the state of the outbox.

Counters and histograms live in memory and cost a lock and an addition each, so they can be
touched on every update and every send. The outbox is read from the database only when
``/metrics`` is scraped, with one grouped query. Labels hold only bounded, fixed vocabularies
(handler names, outbox kinds and statuses, send results, job names): never a person's id, name
or words.

Hooks elsewhere (one line each): ``time_handlers(application)`` and ``counting_sender(...)`` in
``bot.app``, ``@job_run("planner")`` / ``@job_run("dispatcher")`` on ``bot.app.run_planner`` and
``bot.app.run_dispatcher`` (what the timer jobs and the simulator call; bot/scheduling stays free
of this module), and ``count_safety_event()`` where the safety screen answers someone.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    GCCollector,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

__all__ = ["CONTENT_TYPE_LATEST", "JOBS", "REGISTRY"]

REGISTRY = CollectorRegistry()
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)
GCCollector(registry=REGISTRY)

UPDATE_SECONDS = Histogram(
    "rekindle_update_handling_seconds",
    "Time spent in the handler of one update, by handler (its count is the updates handled).",
    ["handler"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
UPDATE_ERRORS = Counter(
    "rekindle_update_errors",
    "Updates whose handler raised an error, by handler.",
    ["handler"],
    registry=REGISTRY,
)
SENDS = Counter(
    "rekindle_sends",
    "Outbox messages sent to Telegram, by what Telegram answered: sent, retried (not delivered, "
    "tried again later), rate_limited (429), blocked (403), unknown (no answer: not resent), "
    "failed.",
    ["result"],
    registry=REGISTRY,
)
SAFETY_EVENTS = Counter(
    "rekindle_safety_events",
    "Times the safety screen answered someone (crisis help, the gentle question, help to stop) "
    "or a private safety answer was worrying (a count, nothing else).",
    registry=REGISTRY,
)
JOB_SECONDS = Histogram(
    "rekindle_job_duration_seconds",
    "How long each run of a timer job took.",
    ["job"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0),
    registry=REGISTRY,
)
JOB_LAST_SUCCESS = Gauge(
    "rekindle_job_last_success_timestamp_seconds",
    "When each timer job last finished without an error (Unix time).",
    ["job"],
    registry=REGISTRY,
)
JOB_FAILURES = Counter(
    "rekindle_job_failures", "Timer job runs that raised an error.", ["job"], registry=REGISTRY
)

# The dispatcher's outcomes (bot.scheduling.dispatcher.Outcome) -> the result label.
SEND_RESULTS = {
    "sent": "sent",
    "retry": "retried",
    "rate_limited": "rate_limited",
    "blocked": "blocked",
    "unknown": "unknown",
    "failed": "failed",
}
_SEND_COUNTERS = {outcome: SENDS.labels(result=name) for outcome, name in SEND_RESULTS.items()}


# -- updates ------------------------------------------------------------------------------------


def handler_name(callback: Callable[..., Any]) -> str:
    """A handler's label: its module within bot.handlers and its name (``acts.act_button``)."""
    module = getattr(callback, "__module__", "") or ""
    name = getattr(callback, "__qualname__", None) or type(callback).__name__
    return f"{module.removeprefix('bot.handlers.')}.{name}".lstrip(".")


def time_handlers(application: Any) -> None:
    """Wrap the callback of every registered handler so that its run time is observed."""
    for group in application.handlers.values():
        for handler in group:
            handler.callback = _timed(handler.callback)


def _timed(callback: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    if getattr(callback, "_rekindle_timed", False):
        return callback
    from telegram.ext import ApplicationHandlerStop

    label = handler_name(callback)
    seconds = UPDATE_SECONDS.labels(handler=label)
    errors = UPDATE_ERRORS.labels(handler=label)

    @functools.wraps(callback)
    async def timed(update: Any, context: Any) -> Any:
        start = time.perf_counter()
        try:
            return await callback(update, context)
        except ApplicationHandlerStop:
            raise
        except Exception:
            errors.inc()
            raise
        finally:
            seconds.observe(time.perf_counter() - start)

    timed._rekindle_timed = True  # type: ignore[attr-defined]
    return timed


# -- sends and safety ---------------------------------------------------------------------------

S = TypeVar("S", bound=Callable[..., Awaitable[Any]])


def counting_sender(sender: S) -> S:
    """The dispatcher's sender, counting each send by Telegram's answer."""

    @functools.wraps(sender)
    async def send(*args: Any, **kwargs: Any) -> Any:
        try:
            result = await sender(*args, **kwargs)
        except Exception:
            _SEND_COUNTERS["failed"].inc()
            raise
        counter = _SEND_COUNTERS.get(getattr(result, "outcome", "failed"))
        (counter or _SEND_COUNTERS["failed"]).inc()
        return result

    return send  # type: ignore[return-value]


def count_safety_event() -> None:
    SAFETY_EVENTS.inc()


# -- the timer jobs -----------------------------------------------------------------------------


@dataclass
class JobRuns:
    """When each timer job last started and last finished well, on this process's monotonic
    clock: what /readyz reads."""

    started: dict[str, float] = field(default_factory=dict)
    succeeded: dict[str, float] = field(default_factory=dict)
    running: dict[str, int] = field(default_factory=dict)
    last_error: dict[str, str] = field(default_factory=dict)

    def clear(self) -> None:
        for part in (self.started, self.succeeded, self.running, self.last_error):
            part.clear()


JOBS = JobRuns()
F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def job_run(name: str) -> Callable[[F], F]:
    """Decorate a timer job's ``run``: its duration, its last success, its failures."""
    seconds = JOB_SECONDS.labels(job=name)
    last = JOB_LAST_SUCCESS.labels(job=name)
    failures = JOB_FAILURES.labels(job=name)

    def decorate(func: F) -> F:
        @functools.wraps(func)
        async def run(*args: Any, **kwargs: Any) -> Any:
            start = time.monotonic()
            JOBS.started[name] = start
            JOBS.running[name] = JOBS.running.get(name, 0) + 1
            try:
                result = await func(*args, **kwargs)
            except BaseException as exc:
                failures.inc()
                JOBS.last_error[name] = type(exc).__name__
                raise
            else:
                JOBS.succeeded[name] = time.monotonic()
                JOBS.last_error.pop(name, None)
                last.set_to_current_time()
                return result
            finally:
                JOBS.running[name] -= 1
                seconds.observe(time.monotonic() - start)

        return run  # type: ignore[return-value]

    return decorate


# -- the outbox, read at scrape time ------------------------------------------------------------


@dataclass
class OutboxSnapshot:
    counts: dict[tuple[str, str], int]
    oldest_due_age: float


class OutboxCollector(Collector):
    """Yields the last snapshot taken by :func:`refresh_outbox` (just before each scrape)."""

    def __init__(self) -> None:
        self.snapshot: OutboxSnapshot | None = None

    def collect(self) -> Iterator[Metric]:
        snapshot = self.snapshot
        if snapshot is None:
            return
        rows = GaugeMetricFamily(
            "rekindle_outbox_messages",
            "Outbox rows by status and kind (sent rows are kept for a retention window).",
            labels=["status", "kind"],
        )
        for (status, kind), count in sorted(snapshot.counts.items()):
            rows.add_metric([status, kind], count)
        yield rows
        yield GaugeMetricFamily(
            "rekindle_outbox_oldest_due_seconds",
            "How long the oldest pending row has been due (0 when nothing is waiting).",
            value=snapshot.oldest_due_age,
        )

    def describe(self) -> Iterator[Metric]:
        return iter(())


OUTBOX = OutboxCollector()
REGISTRY.register(OUTBOX)


async def refresh_outbox(db: Any, now: datetime) -> None:
    """One grouped query: rows by status and kind, and the earliest due instant of each."""
    from sqlalchemy import func, select

    from bot.storage.models import OutboxMessage

    table = OutboxMessage.__table__
    query = select(
        table.c.status,
        table.c.kind,
        func.count(),
        func.min(table.c.due_at, type_=table.c.due_at.type),
    ).group_by(table.c.status, table.c.kind)
    try:
        async with db.reading() as conn:
            rows = (await conn.execute(query)).all()
    except Exception as exc:  # the other metrics are still worth serving
        log.warning("could not read the outbox for /metrics: %s", type(exc).__name__)
        OUTBOX.snapshot = None
        return
    counts: dict[tuple[str, str], int] = {}
    oldest: datetime | None = None
    for status, kind, count, earliest in rows:
        counts[(status, kind)] = count
        if status == "pending" and earliest is not None:
            if earliest.tzinfo is None:
                earliest = earliest.replace(tzinfo=UTC)
            oldest = earliest if oldest is None else min(oldest, earliest)
    age = max(0.0, (now - oldest).total_seconds()) if oldest is not None else 0.0
    OUTBOX.snapshot = OutboxSnapshot(counts, age)


async def exposition(rt: Any) -> bytes:
    """The text Prometheus scrapes: refresh the outbox figures, then render everything."""
    await refresh_outbox(rt.db, rt.clock.now())
    return generate_latest(REGISTRY)
