"""Enrolment scale: 100,000 couples (200,000 people) in the database.

For each backend, a fresh process starts the real bot (imports, engine, Application, timer jobs)
against a fake Telegram and reports the time from spawn to ready and its resident memory, then
after one planner and dispatcher pass. Beside it, the naive alternative most bots use: one
JobQueue.run_daily job per person, loaded at start.

    python bench/enrolment.py [couples]
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from datetime import timedelta

from common import NOW, ROOT, InstantTelegram, backends, database, emit, rss_mb, seed_couples

COUPLES = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 100_000


async def child_rekindle(url: str) -> None:
    from bot.app import build_application
    from bot.clock import FakeClock
    from bot.config import Settings
    from bot.scheduling import planner

    settings = Settings(
        telegram_bot_token="1:bench",
        database_url=url,
        telegram_rate_limit_per_second=0,
        dispatch_rate_per_second=0,
    )
    clock = FakeClock(NOW)
    app = build_application(settings, clock=clock, request=InstantTelegram())
    await app.initialize()
    await app.post_init(app)
    await app.start()
    print(f"READY {rss_mb():.1f}", flush=True)
    rt = app.bot_data["rt"]
    await planner.run(rt)
    await rt.dispatcher.run()
    print(f"TICKED {rss_mb():.1f}", flush=True)
    await app.stop()
    await app.shutdown()


async def child_naive(url: str) -> None:
    """What most bots do: a JobQueue.run_daily job per person, created at start."""
    from zoneinfo import ZoneInfo

    from sqlalchemy import select
    from telegram.ext import ApplicationBuilder

    from bot.storage.db import Database
    from bot.storage.models import User

    db = Database(url)
    async with db.connection() as conn:
        people = (
            await conn.execute(
                select(User.__table__.c.id, User.__table__.c.act_time, User.__table__.c.timezone)
            )
        ).all()
    await db.dispose()

    async def send_act(context) -> None:
        await context.bot.send_message(context.job.chat_id, "today's act")

    app = ApplicationBuilder().token("1:bench").request(InstantTelegram()).build()
    await app.initialize()
    zones: dict[str, ZoneInfo] = {}
    for user_id, at, zone in people:
        tz = zones.setdefault(zone, ZoneInfo(zone))
        app.job_queue.run_daily(
            send_act, time=at.replace(tzinfo=tz), chat_id=user_id, name=f"act:{user_id}"
        )
    await app.start()
    print(f"READY {rss_mb():.1f}", flush=True)
    await app.stop()
    await app.shutdown()


def measure(mode: str, url: str) -> tuple[float, float, float | None]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", mode, url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready_s = ready_rss = ticked_rss = None
    for line in process.stdout:
        if line.startswith("READY"):
            ready_s, ready_rss = time.perf_counter() - started, float(line.split()[1])
        elif line.startswith("TICKED"):
            ticked_rss = float(line.split()[1])
    process.wait(timeout=1800)
    if process.returncode != 0 or ready_s is None:
        raise RuntimeError(process.stderr.read()[-3000:])
    return ready_s, ready_rss, ticked_rss


def main() -> None:
    for backend in backends():
        with database(backend, "enrol") as url:
            started = time.perf_counter()
            asyncio.run(seed_couples(url, COUPLES, next_act_at=NOW + timedelta(hours=20)))
            seeded = time.perf_counter() - started
            ready_s, ready_rss, ticked_rss = measure("rekindle", url)
            emit(
                "enrolment",
                backend,
                people=COUPLES * 2,
                seed_s=seeded,
                ready_s=ready_s,
                rss_mb=ready_rss,
                rss_after_tick_mb=ticked_rss,
            )
            naive_s, naive_rss, _ = measure("naive", url)
            emit(
                "enrolment",
                "naive",
                people=COUPLES * 2,
                ready_s=naive_s,
                rss_mb=naive_rss,
                note=f"200k-JobQueue.run_daily-jobs({backend}-load)",
            )


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        asyncio.run(
            child_rekindle(sys.argv[3]) if sys.argv[2] == "rekindle" else child_naive(sys.argv[3])
        )
    else:
        main()
