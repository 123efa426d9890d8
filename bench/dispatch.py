"""Dispatch throughput.

1. The morning when everyone is due at once: 200,000 people's daily acts planned and sent to a
   fake Telegram with no rate limit (planning and sending measured separately and together).
2. A fake Telegram that enforces 30 messages per second with 429s: the sustained rate, and
   proof that no message was lost or sent twice. The bot is configured as in production: one
   rolling second for the whole process (``TELEGRAM_RATE_LIMIT=30``, of which the dispatcher
   may take ``DISPATCH_RATE=30``; bot/scheduling/ratelimit.py), its sends passing the bot's
   rate limiter as already counted.

    python bench/dispatch.py [people] [limited_messages]
"""

from __future__ import annotations

import asyncio
import sys
import time
from datetime import UTC, datetime, timedelta

from common import NOW, InstantTelegram, backends, database, emit, seed_couples

PEOPLE = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
LIMITED = int(sys.argv[2]) if len(sys.argv) > 2 else 1_800


async def everyone_at_once(url: str, backend: str) -> None:
    from bot.app import build_application
    from bot.clock import FakeClock
    from bot.config import Settings
    from bot.scheduling import planner

    await seed_couples(url, PEOPLE // 2, next_act_at=NOW)
    telegram = InstantTelegram()
    settings = Settings(
        telegram_bot_token="1:bench",
        database_url=url,
        telegram_rate_limit_per_second=0,
        dispatch_rate_per_second=0,  # no limit: how fast can it go
    )
    app = build_application(settings, clock=FakeClock(NOW + timedelta(seconds=1)), request=telegram)
    await app.initialize()
    rt = app.bot_data["rt"]
    # As in the running bot: the planner job and the dispatcher job (every second) overlap.
    started = time.perf_counter()
    planning = asyncio.create_task(planner.run(rt))
    sent = 0
    plan_s = None
    while True:
        stats = await rt.dispatcher.run(max_seconds=0.9)
        sent += stats.sent
        if planning.done() and plan_s is None:
            plan_s = time.perf_counter() - started
        if planning.done() and stats.claimed == 0:
            break
        if stats.claimed == 0:
            await asyncio.sleep(0.01)
    total_s = time.perf_counter() - started
    planned = planning.result()["acts"]
    duplicates = sum(1 for n in telegram.sent.values() if n > 1)
    emit(
        "dispatch",
        backend,
        people=PEOPLE,
        planned=planned,
        sent=sent,
        planning_done_s=plan_s,
        all_sent_s=total_s,
        end_to_end_per_s=sent / total_s,
        duplicates=duplicates,
        lost=PEOPLE - len(telegram.sent),
    )
    await app.shutdown()


async def thirty_per_second(url: str, backend: str) -> None:
    """The real clock this time: a 429 must really make the dispatcher wait."""
    from bot.app import build_application
    from bot.clock import SystemClock
    from bot.config import Settings
    from bot.scheduling import planner

    now = datetime.now(UTC)
    await seed_couples(
        url,
        LIMITED // 2,
        next_act_at=now,
        first_id=50_000_000,
        zone="UTC",
        act_time=now.time().replace(microsecond=0),
    )
    telegram = InstantTelegram(rate=30)
    settings = Settings(
        telegram_bot_token="1:bench",
        database_url=url,
        telegram_rate_limit_per_second=30,
        dispatch_rate_per_second=30,
        quiet_hours_start=now.time(),
        quiet_hours_end=now.time(),
    )
    app = build_application(settings, clock=SystemClock(), request=telegram)
    await app.initialize()
    rt = app.bot_data["rt"]
    await planner.run(rt)
    started = time.perf_counter()
    sent = 0
    while sent < LIMITED and time.perf_counter() - started < LIMITED / 10:
        stats = await rt.dispatcher.run(max_seconds=0.98)  # what the 1-second timer job does
        sent += stats.sent
        if stats.sent == 0:
            await asyncio.sleep(0.05)
    elapsed = time.perf_counter() - started
    delivered = sum(telegram.sent.values())
    emit(
        "limited30",
        backend,
        messages=LIMITED,
        sent=sent,
        delivered=delivered,
        sustained_per_s=sent / elapsed,
        refused_429=telegram.refused,
        lost=LIMITED - len(telegram.sent),
        duplicates=sum(1 for n in telegram.sent.values() if n > 1),
    )
    await app.shutdown()


def main() -> None:
    for backend in backends():
        with database(backend, "dispatch") as url:
            asyncio.run(everyone_at_once(url, backend))
        with database(backend, "limited") as url:
            asyncio.run(thirty_per_second(url, backend))


if __name__ == "__main__":
    main()
