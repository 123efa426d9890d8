"""What a query reads: the SQL a part of the bot runs, and SQLite's plan for each statement.

``recorded`` collects every statement an engine runs (the SQL and its first set of
parameters); ``query_plan`` asks SQLite how it would run one (``EXPLAIN QUERY PLAN``) on the
database file; ``full_scans`` picks out the steps that read a whole table or index. Used by a
test that keeps the timer jobs' queries on their indexes, and by ``bench/plans.py``.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

_SCAN = re.compile(r"^SCAN (\w+)")
# A skip-scan ("ANY(couple_id)") steps through every value of the index's first column.
_SKIP_SCAN = re.compile(r"^SEARCH (\w+) .*\(ANY\(")
_NOT_A_QUERY = ("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "SAVEPOINT", "RELEASE", "INSERT")


@dataclass(frozen=True)
class Statement:
    sql: str
    parameters: tuple[Any, ...]

    @property
    def is_query(self) -> bool:
        """A SELECT, UPDATE or DELETE: a statement that has to find rows."""
        return self.sql.lstrip().split(None, 1)[0].upper() not in _NOT_A_QUERY


@contextmanager
def recorded(engine: AsyncEngine) -> Iterator[list[Statement]]:
    """Every statement ``engine`` runs inside the block, each distinct SQL text once."""
    found: list[Statement] = []
    seen: set[str] = set()

    def on_statement(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement in seen:
            return
        seen.add(statement)
        if executemany and parameters and isinstance(parameters[0], (tuple, list)):
            parameters = parameters[0]
        found.append(Statement(statement, tuple(parameters or ())))

    event.listen(engine.sync_engine, "before_cursor_execute", on_statement)
    try:
        yield found
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", on_statement)


def query_plan(path: str | Path, statement: Statement) -> list[str]:
    """SQLite's plan for ``statement`` on the database file at ``path``, one line per step
    (with the statistics in the file, if ANALYZE or ``PRAGMA optimize`` made any)."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("EXPLAIN QUERY PLAN " + statement.sql, statement.parameters)
        return [row[3] for row in rows]
    finally:
        conn.close()


def tables(path: str | Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def full_scans(plan: list[str], table_names: set[str]) -> list[str]:
    """The steps of ``plan`` that read a whole table, or all of an index of one (a scan, or a
    skip-scan over every value of an index's first column)."""
    found = []
    for step in plan:
        m = _SCAN.match(step.strip()) or _SKIP_SCAN.match(step.strip())
        if m is not None and m.group(1) in table_names:
            found.append(step)
    return found
