"""Claiming what is due: which rows go now, which wait (quiet hours, a pause, the daily budget)
and which are skipped, in one short transaction that leases the rows to this dispatcher.

On SQLite ``BEGIN IMMEDIATE`` makes the claim exclusive; on PostgreSQL ``FOR UPDATE SKIP
LOCKED`` lets several dispatchers claim side by side without taking the same row. One message
per person per batch, and none for a person whose last one is still on its way (so a person's
messages arrive in order), except that the notices waiting for one person are claimed together
and go as one message.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update

from bot.config import Settings
from bot.scheduling import recurrence
from bot.scheduling.delivery import DispatchStats, Intent
from bot.scheduling.ledger import LEASE
from bot.scheduling.outbox import KINDS
from bot.storage.db import Database
from bot.storage.models import OutboxMessage, User

OUTBOX = OutboxMessage.__table__
USERS = User.__table__

# At most this many notices for one person go as one message.
MAX_FOLD = 8


async def claim(
    db: Database,
    settings: Settings,
    worker: str,
    now: datetime,
    limit: int,
    busy: Container[int],
    stats: DispatchStats,
) -> list[Intent]:
    """Pick the due rows, apply each one's policy, and lease those to send now - with a
    handful of set-based statements, so that the write lock is held only briefly. ``busy``:
    people with a message on its way (theirs wait, so that they arrive in order)."""
    budget = settings.daily_message_budget
    async with db.connection() as session:
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
        if not db.is_sqlite:
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
        if not db.is_sqlite:  # budgets change below: lock the owners' rows too
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
            if uid in busy:
                stats.waiting += 1
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
                change = decide(settings, row, person, now, 0)
                if change is None:
                    leader["folded"].append(row["id"])
                    claimed.append({"row": row, "counted": False, "fold": leader["row"]["id"]})
                    continue
            elif len(seen) >= limit:
                continue
            else:
                change = decide(settings, row, person, now, budget)
                if change is None:
                    seen.add(uid)
                    counted = count_budget(row, person, now) if person else False
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
                    claimed_by=worker,
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


def decide(
    settings: Settings,
    row: Mapping[str, object],
    user: dict[str, object] | None,
    now: datetime,
    budget: int,
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
        return hold(not_after, paused_until, "paused")
    if row["urgent"]:
        return None
    zone = user["timezone"] or "UTC"
    quiet_start = user["quiet_start"] or settings.quiet_hours_start
    quiet_end = user["quiet_end"] or settings.quiet_hours_end
    if recurrence.in_window(recurrence.local_time(now, zone), quiet_start, quiet_end):
        return hold(not_after, recurrence.window_end_after(now, quiet_end, zone), "quiet hours")
    if policy.budgeted and budget > 0:
        today = recurrence.local_date(now, zone)
        if user["budget_day"] == today and user["budget_used"] >= budget:
            tomorrow_morning = recurrence.local_instant(today + timedelta(days=1), quiet_end, zone)
            return hold(not_after, tomorrow_morning, "daily budget reached")
    return None


def hold(not_after: datetime | None, until: datetime, reason: str) -> dict[str, object]:
    if not_after is not None and until > not_after:
        return {"status": "skipped", "error": f"{reason}: would be too late"}
    return {"due_at": until, "error": f"held: {reason}"}


def count_budget(row: Mapping[str, object], user: dict[str, object], now: datetime) -> bool:
    if row["urgent"] or not KINDS[row["kind"]].budgeted:
        return False
    today = recurrence.local_date(now, user["timezone"] or "UTC")
    if user["budget_day"] != today:
        user["budget_day"], user["budget_used"] = today, 0
    user["budget_used"] += 1
    user["budget_changed"] = True
    return True
