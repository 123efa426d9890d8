"""aiosqlite with one hand-off to its thread per statement.

aiosqlite runs every call of the sqlite3 module in a thread of its own, each call a round trip
from the event loop (a queue, a thread wake-up, a wake-up of the loop). SQLAlchemy's adapter asks
for a cursor, executes, fetches the rows and closes the cursor: four round trips for a statement
that SQLite itself answers in microseconds. Here ``cursor()`` costs nothing and ``execute`` does
all four in the database's thread in one go, keeping the description, row count, last row id and
rows, which is all SQLAlchemy reads of a cursor afterwards. A transaction's ``BEGIN`` travels
with its first statement. Commit, rollback and close are one round trip each, as before; errors
are sqlite3's own (a ``BEGIN`` that fails is raised by the first statement).

Wired in by ``bot.storage.db.create_engine`` through SQLAlchemy's ``do_connect`` event, so the
URL's handling (files, ``:memory:``, ``uri=true``, ``connect_args``) stays SQLAlchemy's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import aiosqlite

_Result = tuple[Any, int, int | None, list[Any]]


def _run(conn: sqlite3.Connection, begin: str | None, sql: str, parameters: Any) -> _Result:
    if begin is not None:
        conn.execute(begin)
    cursor = conn.cursor()
    try:
        if parameters is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, parameters)
        description = cursor.description
        rows = cursor.fetchall() if description else []
        return description, cursor.rowcount, cursor.lastrowid, rows
    finally:
        cursor.close()


def _run_many(conn: sqlite3.Connection, begin: str | None, sql: str, parameters: Any) -> _Result:
    if begin is not None:
        conn.execute(begin)
    cursor = conn.cursor()
    try:
        cursor.executemany(sql, parameters)
        return cursor.description, cursor.rowcount, cursor.lastrowid, []
    finally:
        cursor.close()


class OneHopCursor:
    """The part of an aiosqlite cursor SQLAlchemy's adapter uses, one round trip per execute."""

    __slots__ = ("_connection", "_rows", "arraysize", "description", "lastrowid", "rowcount")

    def __init__(self, connection: OneHopConnection) -> None:
        self._connection = connection
        self._rows: list[Any] = []
        self.arraysize = 1
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    async def __aenter__(self) -> OneHopCursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _keep(self, result: _Result) -> OneHopCursor:
        self.description, self.rowcount, self.lastrowid, self._rows = result
        return self

    async def execute(self, sql: str, parameters: Any = None) -> OneHopCursor:
        return self._keep(await self._connection.run(_run, sql, parameters))

    async def executemany(self, sql: str, parameters: Any) -> OneHopCursor:
        return self._keep(await self._connection.run(_run_many, sql, parameters))

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> Sequence[Any]:
        size = self.arraysize if size is None else size
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    async def close(self) -> None:
        self._rows = []


class OneHopConnection(aiosqlite.Connection):
    """An aiosqlite connection whose cursors take at most one round trip per statement.

    ``defer_begin(sql, inline=...)`` keeps a transaction's ``BEGIN`` to send with its first
    statement (a transaction that runs none commits or rolls back without a round trip). With
    ``inline``, the transaction's later statements run on the calling (event loop's) thread: the
    first one, in the thread, took the lock the transaction needs (``BEGIN IMMEDIATE`` waits there
    for another process's writer, under ``busy_timeout``), so they are short in-memory work that
    costs less than a round trip. The commit goes through the thread again (it may checkpoint)."""

    pending_begin: str | None = None
    inline = False
    _inline_next = False
    can_inline = False  # only a connection sqlite3 lets other threads use

    def cursor(self) -> OneHopCursor:  # type: ignore[override]
        return OneHopCursor(self)

    def defer_begin(self, sql: str, *, inline: bool = False) -> None:
        self.pending_begin = sql
        self._inline_next = inline and self.can_inline

    async def run(self, fn: Any, *args: Any) -> Any:
        """``fn(sqlite3 connection, begin, *args)`` in the thread, or here in an inline
        transaction once it has begun."""
        begin, self.pending_begin = self.pending_begin, None
        if self.inline and begin is None:
            return fn(self._conn, None, *args)
        result = await self._execute(fn, self._conn, begin, *args)
        if begin is not None:
            self.inline = self._inline_next
        return result

    async def commit(self) -> None:
        self.inline = False
        if self.pending_begin is not None:
            self.pending_begin = None  # nothing ran: there is no transaction to commit
            return
        await super().commit()

    async def rollback(self) -> None:
        self.inline = False
        if self.pending_begin is not None:
            self.pending_begin = None
            return
        await super().rollback()


def connect(database: str, **kwargs: Any) -> OneHopConnection:
    """Like ``aiosqlite.connect`` (awaited by SQLAlchemy's adapter, which starts the thread)."""
    connection = OneHopConnection(lambda: sqlite3.connect(database, **kwargs), 64)
    connection.can_inline = not kwargs.get("check_same_thread", True)
    connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite's own connections
    return connection
