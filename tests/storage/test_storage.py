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


async def test_sqlite_is_set_up_for_concurrent_writers(db_url):
    db = Database(db_url)
    try:
        async with db.transaction() as session:
            mode = (await session.exec(text("PRAGMA journal_mode"))).scalar()
            timeout = (await session.exec(text("PRAGMA busy_timeout"))).scalar()
        assert mode == "wal"
        assert timeout >= 5000
    finally:
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
