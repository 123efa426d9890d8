"""A database that looks lived in: months of acts, check-ins, promises and sent messages.

Query plans depend on what the tables hold once SQLite (or PostgreSQL) has statistics: a query
that finds a few rows by index in an empty database can become a full scan when most rows share
one status. Tests and benchmarks use this to look at the hot queries against realistic
proportions: per person one act offer a day and about one and a half sent messages a day (nearly
all ``sent``, a few due soon, almost none in flight), per couple one check-in a week with both
partners' answers most weeks, about one promise per person a week, and for every third couple a
daily question each day with both partners' answers most days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any

from sqlalchemy import insert, text

from bot.storage.db import Database
from bot.storage.models import (
    ActDelivery,
    CheckIn,
    CheckInResponse,
    Couple,
    DailyQuestion,
    OutboxMessage,
    Promise,
    QuestionAnswer,
    User,
)

ACT_STATUSES = ("done",) * 11 + ("skipped",) * 3 + ("replaced",) + ("offered",) * 5
CHECKIN_STATUSES = ("done",) * 5 + ("closed",) * 2 + ("missed", "skipped")
PROMISE_STATUSES = ("kept",) * 6 + ("not_kept",) * 2 + ("cancelled",)
OUTBOX_DONE = ("sent",) * 96 + ("skipped", "skipped", "failed", "unknown")
TOPICS = ("time", "communication", "money", "chores", "family", "intimacy", "work", "other")


@dataclass(frozen=True)
class History:
    couples: int
    people: list[int]
    first_couple: int


def _week_key(day: datetime) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _filler(column: Any) -> Any:
    """A value for a required column the rows below do not know about (the schema moves on)."""
    python_type = getattr(column.type, "python_type", str)
    return {str: "", int: 0, bool: False}.get(python_type, "")


async def _insert(conn, table, rows: list[dict]) -> None:  # type: ignore[no-untyped-def]
    columns = {c.name: c for c in table.c}
    keys = {k for row in rows for k in row if k in columns}
    missing = {
        name: _filler(c)
        for name, c in columns.items()
        if name not in keys
        and not c.nullable
        and not c.primary_key
        and c.default is None
        and c.server_default is None
    }
    # One executemany needs the same keys in every row.
    rows = [{**missing, **{k: row.get(k) for k in keys}} for row in rows]
    for start in range(0, len(rows), 2000):
        await conn.execute(insert(table), rows[start : start + 2000])


async def seed_history(
    url: str,
    now: datetime,
    *,
    couples: int = 200,
    weeks: int = 30,
    first_user: int = 500_000,
    seed: int = 18,
) -> History:
    """``couples`` couples who have used Rekindle for ``weeks`` weeks up to ``now``.

    Adds to whatever is in the database (ids start after the existing ones); nothing is due
    at ``now`` except a handful of outbox rows, and one row per 500 is stuck in ``sending``."""
    rng = random.Random(seed)
    db = Database(url)
    days = weeks * 7
    try:
        async with db.connection() as conn:

            async def next_id(table: str) -> int:
                found = await conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {table}"))
                return int(found.scalar()) + 1

            first_couple = await next_id("couples")
            checkin_id = await next_id("checkins")
            question_id = await next_id("daily_questions")
            couple_rows, user_rows, people = [], [], []
            for c in range(couples):
                cid = first_couple + c
                couple_rows.append(
                    {
                        "id": cid,
                        "created_at": now - timedelta(days=days),
                        "long_distance": c % 7 == 0,
                        "missed_weeks": 0,
                        "checkin_weekday": 6,
                        "checkin_time": dtime(19, 0),
                        "checkin_zone": "Europe/Berlin",
                        "next_checkin_at": now + timedelta(days=1 + c % 6),
                        "daily_question_at": dtime(20, 0) if c % 3 == 0 else None,
                    }
                )
                for p in range(2):
                    uid = first_user + 2 * c + p
                    people.append(uid)
                    user_rows.append(
                        {
                            "id": uid,
                            "name": f"P{uid}",
                            "language": ("en", "de", "es", "fr")[uid % 4],
                            "timezone": "Europe/Berlin",
                            "act_time": dtime(8 + uid % 4, 0),
                            "couple_id": cid,
                            "consented_at": now - timedelta(days=days),
                            "setup_done_at": now - timedelta(days=days),
                            "flow_data": {},
                            "budget_used": 0,
                            "created_at": now - timedelta(days=days),
                            "updated_at": now,
                            "next_act_at": now + timedelta(hours=1 + uid % 20),
                            "share_acts": bool(uid % 2),
                            "next_question_at": now + timedelta(minutes=30 + 7 * c)
                            if c % 3 == 0
                            else None,
                            "question_intimacy": False,
                        }
                    )
            await _insert(conn, Couple.__table__, couple_rows)
            await _insert(conn, User.__table__, user_rows)

            acts, sent = [], []
            for uid in people:
                for d in range(days, 0, -1):
                    day = now - timedelta(days=d)
                    status = rng.choice(ACT_STATUSES)
                    acts.append(
                        {
                            "user_id": uid,
                            "act_id": f"appreciation-{1 + rng.randrange(20):02d}",
                            "category": "appreciation",
                            "local_date": day.date(),
                            "status": status,
                            "offered_at": day,
                            "done_at": day + timedelta(hours=3) if status == "done" else None,
                            "landed_at": day + timedelta(hours=5)
                            if status == "done" and rng.random() < 0.2
                            else None,
                        }
                    )
                    for n in range(1 + (rng.random() < 0.5)):
                        sent.append(
                            {
                                "kind": "act" if n == 0 else "notice",
                                "dedupe_key": f"hist:{uid}:{d}:{n}",
                                "user_id": uid,
                                "text": "(sent earlier)",
                                "due_at": day + timedelta(hours=n),
                                "not_after": day + timedelta(hours=n + 3),
                                "urgent": False,
                                "ref": f"act:{uid}:{d}",
                                "status": rng.choice(OUTBOX_DONE),
                                "attempts": 1,
                                "sent_at": day + timedelta(hours=n),
                                "created_at": day,
                            }
                        )
            for i, uid in enumerate(people):
                if i % 40 == 0:  # due in the next hours: reminders, steps, news
                    sent.append(
                        {
                            "kind": "notice",
                            "dedupe_key": f"hist:{uid}:soon",
                            "user_id": uid,
                            "text": "A note from the bot",
                            "due_at": now + timedelta(minutes=5 + i % 300),
                            "urgent": False,
                            "status": "pending",
                            "attempts": 0,
                            "created_at": now,
                        }
                    )
                if i % 500 == 0:  # a send that never came back
                    sent.append(
                        {
                            "kind": "notice",
                            "dedupe_key": f"hist:{uid}:lost",
                            "user_id": uid,
                            "text": "A note from the bot",
                            "due_at": now - timedelta(minutes=10),
                            "urgent": False,
                            "status": "sending",
                            "lease_until": now - timedelta(minutes=5),
                            "attempts": 1,
                            "created_at": now,
                        }
                    )
            await _insert(conn, ActDelivery.__table__, acts)
            await _insert(conn, OutboxMessage.__table__, sent)

            checkins, responses, promises = [], [], []
            for c in range(couples):
                cid = first_couple + c
                pair = (first_user + 2 * c, first_user + 2 * c + 1)
                for w in range(weeks, 0, -1):
                    slot = now - timedelta(weeks=w)
                    status = rng.choice(CHECKIN_STATUSES)
                    checkins.append(
                        {
                            "id": checkin_id,
                            "couple_id": cid,
                            "week_key": _week_key(slot),
                            "slot_at": slot,
                            "status": status,
                            "closes_at": slot + timedelta(days=6),
                            "solo": False,
                            "meeting": "done" if status == "done" else "none",
                            "meeting_step": 0,
                            "meeting_gen": 0,
                            "ready": [],
                            "revealed_at": slot + timedelta(hours=1) if status == "done" else None,
                            "created_at": slot,
                        }
                    )
                    if status in ("done", "closed"):
                        for uid in pair:
                            responses.append(
                                {
                                    "checkin_id": checkin_id,
                                    "user_id": uid,
                                    "position": 12,
                                    "started_at": slot,
                                    "finished_at": slot + timedelta(minutes=4),
                                    "skipped_week": False,
                                    "snoozes": 0,
                                    # most couples are doing fine: a pulse around 15 of 21
                                    "happiness": rng.randint(3, 6),
                                    "warmth": rng.randint(2, 5),
                                    "rewarding": rng.randint(2, 5),
                                    "satisfied": rng.randint(2, 5),
                                    "criticised": rng.randint(0, 2),
                                    "disrespected": rng.randint(0, 1),
                                    "defensive": rng.randint(0, 2),
                                    "shut_out": rng.randint(0, 1),
                                    "went_well": "We cooked together" if w < 27 else None,
                                    "went_well_private": False,
                                    "hard": "Busy evenings" if w < 27 else None,
                                    "hard_private": rng.random() < 0.2,
                                    "hard_topic": rng.choice(TOPICS),
                                    "improve": "Dinner without phones" if w < 27 else None,
                                    "improve_private": False,
                                }
                            )
                    checkin_id += 1
                    for uid in pair:
                        status = rng.choice(PROMISE_STATUSES)
                        due = slot + timedelta(days=rng.randrange(7), hours=rng.randrange(24))
                        promises.append(
                            {
                                "promiser_id": uid,
                                "couple_id": cid,
                                "text": "call you at 6",
                                "due_at": due,
                                "all_day": False,
                                "private": rng.random() < 0.1,
                                "status": status,
                                "revision": 0,
                                "snoozes": 0,
                                "answered_at": due + timedelta(hours=1),
                                "reason": "work ran late"
                                if status == "not_kept" and w < 27
                                else None,
                                "partner_view": "confirmed" if status == "kept" else None,
                                "source": "chat",
                                "created_at": due - timedelta(days=1),
                                "updated_at": due + timedelta(hours=1),
                            }
                        )
            days_asked, answers = [], []
            for c in range(0, couples, 3):
                pair = (first_user + 2 * c, first_user + 2 * c + 1)
                for d in range(days, 0, -1):
                    day = now - timedelta(days=d)
                    both = rng.random() < 0.7
                    days_asked.append(
                        {
                            "id": question_id,
                            "couple_id": first_couple + c,
                            "local_date": day.date(),
                            "question_id": f"light-{1 + (d % 89):03d}",
                            "category": "light",
                            "deep": False,
                            "created_at": day,
                            "revealed_at": day + timedelta(hours=2) if both else None,
                        }
                    )
                    for n, uid in enumerate(pair):
                        answered = both or n == 0
                        answers.append(
                            {
                                "daily_question_id": question_id,
                                "user_id": uid,
                                "local_date": day.date(),
                                "asked_at": day,
                                "text": "Our walk by the river" if answered and d < 182 else None,
                                "answered_at": day + timedelta(hours=1) if answered else None,
                                "hearted_at": day + timedelta(hours=3)
                                if both and rng.random() < 0.3
                                else None,
                            }
                        )
                    question_id += 1
            await _insert(conn, DailyQuestion.__table__, days_asked)
            await _insert(conn, QuestionAnswer.__table__, answers)
            await _insert(conn, CheckIn.__table__, checkins)
            await _insert(conn, CheckInResponse.__table__, responses)
            await _insert(conn, Promise.__table__, promises)
            if conn.dialect.name == "postgresql":  # the ids above were given, not drawn
                for table in ("couples", "checkins", "daily_questions"):
                    await conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                            f"(SELECT max(id) FROM {table}))"
                        )
                    )
    finally:
        await db.dispose()
    return History(couples, people, first_couple)
