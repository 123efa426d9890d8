from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

import bot.storage.models  # noqa: F401
from bot.storage.db import Database
from bot.storage.models import Couple


async def test_migrations_match_the_models(db_url):
    db = Database(db_url)
    try:
        async with db.engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), SQLModel.metadata)
            )
        assert diff == []
    finally:
        await db.dispose()


@pytest.mark.sqlite_only
async def test_sqlite_is_set_up_for_concurrent_writers(db_url):
    db = Database(db_url)
    try:
        async with db.transaction() as session:
            mode = (await session.exec(text("PRAGMA journal_mode"))).scalar()
            timeout = (await session.exec(text("PRAGMA busy_timeout"))).scalar()
            raw = await (await session.connection()).get_raw_connection()
            # On the loop's thread SQLite never waits (0); the wait happens in aiosqlite's.
            waits = getattr(raw.driver_connection, "busy_ms", 0) or timeout
        assert mode == "wal"
        assert waits >= 5000
    finally:
        await db.dispose()


@pytest.mark.sqlite_only
async def test_a_writer_waits_for_another_process_lock_without_holding_up_the_loop(db_url):
    """Short transactions run on the event loop's thread; when another process holds the write
    lock, the transaction waits in aiosqlite's thread, and other work goes on meanwhile."""
    import asyncio
    import sqlite3
    import threading

    from sqlalchemy.engine import make_url

    db = Database(db_url)
    other = sqlite3.connect(
        make_url(db_url).database, isolation_level=None, check_same_thread=False
    )
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute(
            "INSERT INTO couples (created_at, long_distance, missed_weeks) "
            "VALUES ('2026-06-01 10:00:00.000000', 0, 0)"
        )
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0)
                ticks += 1

        ticking = asyncio.create_task(tick())
        released = threading.Event()
        threading.Timer(0.3, lambda: (other.commit(), released.set())).start()
        async with db.transaction() as session:
            session.add(Couple(created_at=datetime(2026, 6, 1, 10, 0, tzinfo=UTC)))
        assert released.is_set()  # it waited for the other writer, did not fail
        assert ticks > 10  # and the loop kept running while it waited
        ticking.cancel()
        async with db.reading() as conn:
            assert (await conn.execute(text("SELECT count(*) FROM couples"))).scalar() == 2
    finally:
        other.close()
        await db.dispose()


async def test_instants_come_back_aware_in_utc_and_naive_ones_are_refused(db_url):
    db = Database(db_url)
    try:
        berlin_noon = datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
        async with db.transaction() as session:
            couple = Couple(created_at=berlin_noon)
            session.add(couple)
        async with db.transaction() as session:
            stored = await session.get(Couple, couple.id)
            assert stored.created_at == datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
            assert stored.created_at.tzinfo is UTC
        with pytest.raises(Exception, match="naive"):
            async with db.transaction() as session:
                session.add(Couple(created_at=datetime(2026, 6, 1, 12, 0)))
    finally:
        await db.dispose()


def test_migrations_upgrade_a_database_that_holds_data(tmp_path):
    """Every revision must apply on top of real rows, not only on an empty database."""
    import sqlite3

    from alembic.script import ScriptDirectory

    from bot.storage.migrate import alembic_config, upgrade

    url = f"sqlite+aiosqlite:///{tmp_path}/old.db"
    revisions = list(
        reversed(list(ScriptDirectory.from_config(alembic_config(url)).walk_revisions()))
    )
    upgrade(url, revisions[0].revision)
    with sqlite3.connect(tmp_path / "old.db") as conn:
        conn.execute(
            "INSERT INTO couples (id, created_at, long_distance) VALUES (1, '2026-01-01', 0)"
        )
        conn.execute(
            "INSERT INTO users (id, language, act_time, couple_id, consented_at, flow_data,"
            " budget_used, created_at, updated_at) VALUES"
            " (7, 'en', '09:00:00', 1, '2026-01-01', '{}', 0, '2026-01-01', '2026-01-01')"
        )
    upgrade(url)
    with sqlite3.connect(tmp_path / "old.db") as conn:
        assert conn.execute("SELECT id, couple_id FROM users").fetchall() == [(7, 1)]
        assert conn.execute("SELECT missed_weeks FROM couples").fetchall() == [(0,)]
