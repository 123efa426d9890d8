"""Shared fixtures: a migrated database per test, a fake clock, the simulator and two phones.

The schema comes from running the real Alembic migrations once per test session into a template
file; each test gets its own copy, which is fast and exercises the migrations every run.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
import pytest

from bot.clock import FakeClock
from bot.simulator import Phone, Simulator
from bot.simulator.databases import admin_dsn, throwaway_postgres
from bot.simulator.harness import simulator_settings
from bot.storage.db import Database
from bot.storage.migrate import upgrade

# Saturday 21 November 2026, 08:00 UTC (09:00 in Berlin).
START = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)

SAM_ID = 1001
ALEX_ID = 1002
CASEY_ID = 1003


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


PG_SKIP_REASON = (
    "PostgreSQL run skipped: set TEST_POSTGRES_URL (e.g. "
    "postgresql+asyncpg://postgres@127.0.0.1:5432/test); .ci/run sets it when a local server "
    "answers"
)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test session (dropped afterwards)."""
    base = postgres_url()
    if not base:
        pytest.skip(PG_SKIP_REASON)
    with throwaway_postgres(base, f"rekindle_test_{os.getpid()}") as url:
        yield url


def _truncate_postgres(test_url: str) -> None:
    dsn = admin_dsn(test_url)

    async def run() -> None:
        conn = await asyncpg.connect(dsn)
        try:
            tables = [
                r["tablename"]
                for r in await conn.fetch(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    " AND tablename <> 'alembic_version'"
                )
            ]
            await conn.execute(
                "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
            )
        finally:
            await conn.close()

    asyncio.run(run())


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Flow tests run on SQLite, and again on PostgreSQL when a server is available."""
    if request.param == "postgres":
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("this test is about SQLite itself")
        if not postgres_url():
            pytest.skip(PG_SKIP_REASON)
    return request.param


@pytest.fixture
def db_url(backend: str, template_db: Path, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "postgres":
        url = request.getfixturevalue("pg_database")
        _truncate_postgres(url)
        return url
    path = tmp_path / "rekindle.db"
    shutil.copy(template_db, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    """The test's database, for service tests that run the domain functions without Telegram."""
    database = Database(db_url)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def errors(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """What was logged at ERROR or above so far (the tests of bad input expect nothing)."""
    caplog.set_level(logging.WARNING)
    return lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.fixture
def settings(db_url: str):
    return simulator_settings(db_url)


@pytest.fixture
async def sim(settings, clock: FakeClock) -> AsyncIterator[Simulator]:
    simulator = Simulator(settings, clock)
    await simulator.start()
    try:
        yield simulator
    finally:
        await simulator.stop()


@pytest.fixture
def sam(sim: Simulator) -> Phone:
    return sim.phone(SAM_ID, "Sam")


@pytest.fixture
def alex(sim: Simulator) -> Phone:
    return sim.phone(ALEX_ID, "Alex")


@pytest.fixture
def casey(sim: Simulator) -> Phone:
    return sim.phone(CASEY_ID, "Casey")


def postgres_url() -> str | None:
    return os.environ.get("TEST_POSTGRES_URL") or None
