"""Update handling: 20,000 updates from 2,000 couples, fed as fast as the bot takes them.

Button presses (the daily act's Done, the check-in's rating buttons, topic tags) and typed
check-in answers; half of the couples finish their questions, so reveals and insight checks
run too. Prints updates per second, the p50/p99 time to handle one update, and the CPU time
the main thread spent per update (when it is close to the mean, Python itself is the limit).
BENCH_UPDATES sets another count; CONCURRENT_UPDATES overrides updates handled at once.

On PostgreSQL it also splits the same updates over two processes on one database, the way
several web workers behind a load balancer would share them (each person always to the same
worker), and prints the combined rate.

    python bench/updates.py [couples]
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import timedelta

from common import NOW, InstantTelegram, backends, database, emit, seed_couples
from sqlalchemy import insert, select

COUPLES = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 2_000
UPDATES = int(os.environ.get("BENCH_UPDATES", 20_000))


async def seed(url: str) -> None:
    """People, their act offers for today and this week's open check-in."""
    from bot.storage.db import Database
    from bot.storage.models import ActDelivery, CheckIn, Couple, User

    await seed_couples(url, COUPLES, next_act_at=NOW + timedelta(hours=20))
    db = Database(url)
    async with db.connection() as conn:
        couples = (await conn.execute(select(Couple.__table__.c.id))).scalars().all()
        people = (await conn.execute(select(User.__table__.c.id))).scalars().all()
        await conn.execute(
            insert(CheckIn.__table__),
            [
                {
                    "couple_id": c,
                    "week_key": "2026-W48",
                    "slot_at": NOW,
                    "status": "open",
                    "closes_at": NOW + timedelta(days=6),
                    "solo": False,
                    "meeting": "none",
                    "meeting_step": 0,
                    "meeting_gen": 0,
                    "ready": [],
                    "created_at": NOW,
                }
                for c in couples
            ],
        )
        await conn.execute(
            insert(ActDelivery.__table__),
            [
                {
                    "user_id": uid,
                    "act_id": "appreciation-01",
                    "category": "appreciation",
                    "local_date": NOW.date(),
                    "status": "offered",
                    "offered_at": NOW,
                }
                for uid in people
            ],
        )
    await db.dispose()


async def updates_for(url: str) -> list[dict]:
    """The same 20,000 updates every time, for the people in the database."""
    from bot.storage.db import Database
    from bot.storage.models import ActDelivery, CheckIn, User

    db = Database(url)
    async with db.connection() as conn:
        people = (
            await conn.execute(
                select(User.__table__.c.id, User.__table__.c.couple_id).order_by(
                    User.__table__.c.id
                )
            )
        ).all()
        checkins = dict(
            (couple, cid)
            for cid, couple in (
                await conn.execute(select(CheckIn.__table__.c.id, CheckIn.__table__.c.couple_id))
            ).all()
        )
        deliveries = dict(
            (uid, did)
            for did, uid in (
                await conn.execute(
                    select(ActDelivery.__table__.c.id, ActDelivery.__table__.c.user_id)
                )
            ).all()
        )
    await db.dispose()
    sequence = iter(range(1, 10**9))

    def press(uid: int, data: str) -> dict:
        return {
            "update_id": next(sequence),
            "callback_query": {
                "id": str(next(sequence)),
                "chat_instance": "c",
                "data": data,
                "from": {"id": uid, "is_bot": False, "first_name": "P"},
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": uid, "type": "private"},
                    "text": "…",
                },
            },
        }

    def typed(uid: int, text: str) -> dict:
        return {
            "update_id": next(sequence),
            "message": {
                "message_id": next(sequence),
                "date": 0,
                "text": text,
                "chat": {"id": uid, "type": "private", "first_name": "P"},
                "from": {"id": uid, "is_bot": False, "first_name": "P"},
            },
        }

    per_person = []
    for uid, couple in people:
        ci = checkins[couple]
        steps = [press(uid, f"act:done:{deliveries[uid]}"), press(uid, f"ck:start:{ci}")]
        steps += [
            press(uid, f"ca:{ci}:{field}:{value}")
            for field, value in (
                ("happiness", 5),
                ("warmth", 4),
                ("rewarding", 4),
                ("satisfied", 3),
            )
        ]
        if couple % 2 == 0:  # this couple finishes: reveal and insights run
            steps += [
                press(uid, f"ca:{ci}:{f}:0")
                for f in ("criticised", "disrespected", "defensive", "shut_out")
            ]
            steps += [
                typed(uid, "We cooked together on Tuesday"),
                typed(uid, "Busy evenings"),
                press(uid, f"ca:{ci}:hard_topic:time"),
                typed(uid, "Dinner without phones"),
            ]
        per_person.append(steps)
    ordered: list[dict] = []
    for i in range(max(len(p) for p in per_person)):  # interleave; each person keeps order
        ordered += [p[i] for p in per_person if i < len(p)]
    return ordered[:UPDATES]


async def feed(url: str, part: tuple[int, int] | None = None) -> dict[str, float]:
    """Feed the updates (only those of people with id % n == k for ``part`` = (k, n))."""
    from telegram import Update

    from bot.app import build_application
    from bot.clock import FakeClock
    from bot.config import Settings

    updates = await updates_for(url)
    if part is not None:
        k, n = part
        updates = [
            u
            for u in updates
            if (u.get("message") or u.get("callback_query"))["from"]["id"] % n == k
        ]
    settings = Settings(
        telegram_bot_token="1:bench",
        database_url=url,
        telegram_rate_limit_per_second=0,
        dispatch_rate_per_second=0,
        run_jobs=False,
        concurrent_updates=int(os.environ.get("CONCURRENT_UPDATES", 0)) or None,
    )
    app = build_application(
        settings, clock=FakeClock(NOW + timedelta(hours=11)), request=InstantTelegram()
    )
    await app.initialize()
    await app.post_init(app)
    durations: list[float] = []
    original = app.process_update

    async def timed(update: object) -> None:
        started = time.perf_counter()
        await original(update)
        durations.append(time.perf_counter() - started)

    app.process_update = timed  # the Application calls this for every update it takes
    errors: list[BaseException] = []
    app.bot_data["rt"].error_listeners.append(errors.append)
    await app.start()
    started = time.perf_counter()
    cpu_started = time.thread_time()
    for data in updates:
        app.update_queue.put_nowait(Update.de_json(data, app.bot))
    await app.update_queue.join()
    elapsed = time.perf_counter() - started
    cpu = time.thread_time() - cpu_started
    await app.stop()
    await app.shutdown()
    durations.sort()
    return {
        "updates": len(updates),
        "per_s": len(updates) / elapsed,
        "elapsed_s": elapsed,
        "p50_ms": durations[len(durations) // 2] * 1000,
        "p99_ms": durations[int(len(durations) * 0.99)] * 1000,
        "mean_ms": statistics.fmean(durations) * 1000,
        "errors": len(errors),
        "main_thread_cpu_ms": cpu / max(len(updates), 1) * 1000,
    }


def several_processes(url: str, processes: int) -> None:
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", url, str(k), str(processes)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for k in range(processes)
    ]
    results = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    total = sum(r["updates"] for r in results)
    emit(
        "updates",
        f"pg x{processes}",
        updates=total,
        per_s=total / max(r["elapsed_s"] for r in results),
        p50_ms=max(r["p50_ms"] for r in results),
        p99_ms=max(r["p99_ms"] for r in results),
        errors=sum(r["errors"] for r in results),
    )


def main() -> None:
    for backend in backends():
        with database(backend, "updates") as url:
            asyncio.run(seed(url))
            figures = asyncio.run(feed(url))
            figures.pop("elapsed_s")
            emit("updates", backend, **figures)
            if backend == "postgres":
                with database("postgres", "updates2") as again:
                    asyncio.run(seed(again))
                    several_processes(again, 2)


if __name__ == "__main__":
    if len(sys.argv) > 4 and sys.argv[1] == "--child":
        print(json.dumps(asyncio.run(feed(sys.argv[2], (int(sys.argv[3]), int(sys.argv[4]))))))
    else:
        main()
