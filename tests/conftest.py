"""Shared fixtures: a migrated database per test, a fake clock, the simulator and two phones.

The schema comes from running the real Alembic migrations once per test session into a template
file; each test gets its own copy, which is fast and exercises the migrations every run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.simulator import Phone, Simulator
from bot.simulator.harness import simulator_settings
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


@pytest.fixture
def db_url(template_db: Path, tmp_path: Path) -> str:
    path = tmp_path / "rekindle.db"
    shutil.copy(template_db, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


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
