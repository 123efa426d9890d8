"""The timer jobs keep finding their rows by index once SQLite has statistics.

The planner runs every 30 seconds, the dispatcher every second and retention every hour, on
tables that grow every week. A query that reads the whole table works in a test database and
slows the bot a little more every week in a real one, and SQLite's choice changes once
``PRAGMA optimize`` (run on close and daily) has collected statistics. So the jobs run here on
a database holding 30 weeks of a few dozen couples' history, and every statement they issue
must find its rows through an index, with and without statistics.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing

import pytest

from bot.clock import FakeClock
from bot.simulator import Simulator
from bot.simulator.harness import simulator_settings
from bot.simulator.history import seed_history
from bot.simulator.plans import full_scans, query_plan, recorded, tables
from tests.conftest import START


def _scans(path, statements) -> list[str]:
    names = tables(path)
    found = []
    for statement in statements:
        if not statement.is_query:
            continue
        plan = query_plan(path, statement)
        if full_scans(plan, names):
            found.append(f"{' '.join(statement.sql.split())}\n    -> {plan}")
    return found


async def test_the_timer_jobs_use_indexes_on_a_lived_in_database(template_db, tmp_path):
    path = tmp_path / "lived-in.db"
    shutil.copy(template_db, path)
    url = f"sqlite+aiosqlite:///{path}"
    await seed_history(url, START, couples=40, weeks=30)

    sim = Simulator(simulator_settings(url), FakeClock(START), raise_errors=False)
    await sim.start()
    try:
        with recorded(sim.db.engine) as statements:
            # Acts and daily questions fall due for some people, a send left in flight is
            # recovered, the messages due soon go out, retention erases old words, and the
            # clock moves event to event.
            await sim.advance(hours=2)
    finally:
        await sim.stop()
    ran = "\n".join(s.sql for s in statements)
    for what in (
        "FROM act_deliveries",  # the planner's history look-up
        "outbox.lease_until <",  # the dispatcher's recovery scan
        "UPDATE checkin_responses",  # retention of written answers
        "UPDATE promises",  # retention of reasons
        "checkins.closes_at <=",  # the check-in planner's closing of past weeks
        "users.next_question_at <=",  # the daily question falls due
        "FROM question_answers JOIN daily_questions",  # what the couple was asked and answered
        "UPDATE question_answers",  # retention of daily-question answers
        "promises.text <> ''",  # retention of promise texts
        "DELETE FROM outbox",  # retention purges final outbox rows
        "users.flow IS NOT NULL",  # retention forgets old drafts
    ):
        assert what in ran, f"the jobs did not run the query with {what!r}"

    with closing(sqlite3.connect(path)) as conn:  # closing ran PRAGMA optimize: start afresh
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
        conn.commit()
    scans = _scans(path, statements)
    assert not scans, "without statistics:\n" + "\n".join(scans)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ANALYZE")
        conn.commit()
    scans = _scans(path, statements)
    assert not scans, "with statistics:\n" + "\n".join(scans)


@pytest.mark.sqlite_only
async def test_closing_the_database_leaves_statistics_for_the_planner(db_url):
    """``PRAGMA optimize`` on close: the tables whose indexes the bot used get statistics."""
    from sqlalchemy import text

    from bot.storage.db import Database

    await seed_history(db_url, START, couples=5, weeks=2)
    path = db_url.removeprefix("sqlite+aiosqlite:///")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE IF EXISTS sqlite_stat1")
        conn.commit()
    db = Database(db_url)
    async with db.connection() as conn:
        await conn.execute(text("SELECT id FROM users WHERE couple_id = 1"))
        await conn.execute(text("SELECT id FROM outbox WHERE status = 'pending' AND due_at < 1"))
    await db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        analysed = {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"users", "outbox"} <= analysed


@pytest.mark.sqlite_only
async def test_a_running_bot_refreshes_statistics_once_a_day(db_url, clock):
    await seed_history(db_url, START, couples=5, weeks=2)
    path = db_url.removeprefix("sqlite+aiosqlite:///")

    def analysed() -> set[str]:
        with closing(sqlite3.connect(path)) as conn:
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE name='sqlite_stat1'").fetchone():
                return set()
            return {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}

    sim = Simulator(simulator_settings(db_url), clock, raise_errors=False)
    await sim.start()
    try:
        await sim.advance(hours=20)
        assert analysed() == set()  # not before a day has passed
        await sim.advance(hours=5)
        assert {"users", "outbox"} <= analysed()
    finally:
        await sim.stop()
