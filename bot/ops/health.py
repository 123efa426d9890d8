"""Whether this process is ready to do its work: what ``/readyz`` answers and ``doctor`` checks.

Ready means: the database answers, its schema is at the migrations' head (neither behind nor
ahead of this code), and, in a process that runs the timer jobs, the planner and the dispatcher
each finished a run within the last two of their intervals (at least 10 seconds, so one busy
second does not flap). A run still going counts as fresh until it has taken that long.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.config import Settings
from bot.ops.metrics import JOBS, JobRuns
from bot.storage.db import Database

DATABASE_TIMEOUT = 5.0
MIN_JOB_WINDOW = 10.0


@dataclass
class Readiness:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.problems

    def text(self) -> str:
        head = "ready" if self.ready else "not ready"
        lines = [f"- {p}" for p in self.problems] + [f"  {n}" for n in self.notes]
        return "\n".join([head, *lines]) + "\n"


def describe_error(exc: BaseException) -> str:
    """A short, one-line account of a database error (no SQL, no URL)."""
    inner = getattr(exc, "orig", None) or exc
    while inner.__cause__ is not None:  # the driver's own error, under SQLAlchemy's wrappers
        inner = inner.__cause__
    message = str(inner).strip().splitlines()[0] if str(inner).strip() else ""
    return f"{type(inner).__name__}: {message}"[:200] if message else type(inner).__name__


@cache
def _migrations():  # type: ignore[no-untyped-def]
    from alembic.script import ScriptDirectory

    from bot.storage.migrate import alembic_config

    return ScriptDirectory.from_config(alembic_config("sqlite://"))


def migration_heads() -> frozenset[str]:
    """The head revision(s) of the migrations shipped with this code."""
    return frozenset(_migrations().get_heads())


def _known(revisions: set[str]) -> bool:
    try:
        return all(_migrations().get_revision(r) is not None for r in revisions)
    except Exception:  # alembic raises for a revision it has never heard of
        return False


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser()


async def database_revisions(db: Database) -> set[str]:
    """The revisions the database is at (raises when it does not answer)."""
    async with db.reading() as conn:
        rows = await conn.execute(text("SELECT version_num FROM alembic_version"))
        return {row[0] for row in rows}


async def check_database(db: Database) -> tuple[str | None, str]:
    """(problem or None, note) for the database and its migrations."""
    path = sqlite_file(db.url)
    if path is not None and not path.exists():
        # A pooled connection would still answer from the deleted file: ask the disk.
        return f"database: the file {path} is missing", ""
    try:
        revisions = await asyncio.wait_for(database_revisions(db), DATABASE_TIMEOUT)
    except TimeoutError:
        return f"database: no answer within {DATABASE_TIMEOUT:.0f} s", ""
    except Exception as exc:
        if "alembic_version" in str(exc):
            return "migrations: the database has never been migrated", ""
        return f"database: {describe_error(exc)}", ""
    heads = migration_heads()
    if revisions == set(heads):
        return None, f"database answers; migrations at head ({', '.join(sorted(heads))})"
    unknown = revisions - set(heads)
    if unknown and not _known(unknown):
        return (
            f"migrations: the database is at {', '.join(sorted(unknown))}, which this code does "
            "not know (a newer release migrated it?)",
            "",
        )
    return (
        f"migrations: the database is at {', '.join(sorted(revisions)) or 'nothing'}, the code "
        f"at {', '.join(sorted(heads))} (run python -m bot migrate)",
        "",
    )


def job_window(interval: float) -> float:
    return max(2 * interval, MIN_JOB_WINDOW)


def stale_jobs(
    settings: Settings, runs: JobRuns = JOBS, now: float | None = None
) -> tuple[list[str], list[str]]:
    """(problems, notes) about the planner and the dispatcher of this process."""
    now = time.monotonic() if now is None else now
    problems: list[str] = []
    notes: list[str] = []
    for name, interval in (
        ("planner", settings.planner_interval_seconds),
        ("dispatcher", settings.dispatcher_interval_seconds),
    ):
        window = job_window(interval)
        succeeded = runs.succeeded.get(name)
        started = runs.started.get(name)
        if runs.running.get(name, 0) > 0 and started is not None:
            if now - started > window:
                problems.append(f"{name}: a run has been going for {now - started:.0f} s")
            else:
                notes.append(f"{name}: running now")
            continue
        if succeeded is None:
            error = runs.last_error.get(name)
            problems.append(
                f"{name}: has not run yet"
                if error is None
                else f"{name}: every run failed ({error})"
            )
        elif now - succeeded > window:
            error = runs.last_error.get(name)
            reason = f"; the last run failed ({error})" if error else ""
            problems.append(
                f"{name}: last ran {now - succeeded:.0f} s ago, expected every {interval:g} s"
                + reason
            )
        else:
            notes.append(f"{name}: ran {now - succeeded:.0f} s ago")
    return problems, notes


async def readiness(db: Database, settings: Settings, *, runs_jobs: bool) -> Readiness:
    result = Readiness()
    problem, note = await check_database(db)
    if problem:
        result.problems.append(problem)
    elif note:
        result.notes.append(note)
    if runs_jobs:
        problems, notes = stale_jobs(settings)
        result.problems += problems
        result.notes += notes
    else:
        result.notes.append("timer jobs: not run by this process")
    return result
