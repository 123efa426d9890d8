"""aiosqlite without the round trips: short transactions run on the event loop's thread.

aiosqlite runs every call of the sqlite3 module in a thread of its own, each call a round trip
from the event loop (a queue, a thread wake-up, a wake-up of the loop). SQLAlchemy's adapter asks
for a cursor, executes, fetches the rows and closes the cursor: four round trips for a statement
that SQLite itself answers in microseconds. Worse, while the loop has other updates to run it
keeps the GIL, so the woken thread waits for Python's switch interval (5 ms) before it can run:
measured, a round trip cost the handling of an update about 4 ms. Here:

* ``cursor()`` costs nothing and ``execute`` does cursor, execute, fetch and close in one call,
  keeping the description, row count, last row id and rows (all SQLAlchemy reads of a cursor
  afterwards); a transaction's ``BEGIN`` travels with its first statement;
* in a transaction begun with ``inline`` (``Database.transaction()``: the handlers' and
  planners' short ORM work), those calls and the commit run right on the calling thread, the
  connection's ``busy_timeout`` at 0 so that they never wait there. Writers in this process
  already take turns (``Database._turn``), so only another process can hold the lock: then
  SQLite answers "busy" at once, and the statement (rolled back by SQLite, so safe to repeat)
  goes to aiosqlite's thread, which waits for the lock under the real ``busy_timeout``;
* set-based work (``connection()``, ``reading()``, ``transaction(inline=False)``: the
  dispatcher, bulk reads, retention) keeps every statement in the thread, one round trip each,
  so a long scan or a large update never holds the loop.

Errors are sqlite3's own (a ``BEGIN`` that fails is raised by the first statement). Wired in by
``bot.storage.db.create_engine`` through SQLAlchemy's ``do_connect`` event, so the URL's handling
(files, ``:memory:``, ``uri=true``, ``connect_args``) stays SQLAlchemy's.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Sequence
from typing import Any

import aiosqlite

_Result = tuple[Any, int, int | None, list[Any]]

# An inline transaction lets the loop serve others (``asyncio.sleep(0)`` before its next
# statement) once it has held the loop this long: a planner's batch of a hundred people is one
# transaction of many statements, which would otherwise hold the loop from BEGIN to COMMIT.
# Other writers still wait for their turn (``Database._turn``); replies and reads go on.
YIELD_AFTER_S = 0.005


def _run(conn: sqlite3.Connection, begin: str | None, sql: str, parameters: Any) -> _Result:
    if begin is not None and not conn.in_transaction:  # (not again when a busy one is retried)
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
    if begin is not None and not conn.in_transaction:  # (not again when a busy one is retried)
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


def _busy(exc: sqlite3.OperationalError) -> bool:
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) == sqlite3.SQLITE_BUSY


def _patiently(conn: sqlite3.Connection, busy_ms: int, fn: Any, *args: Any) -> Any:
    """``fn(conn, *args)`` waiting up to ``busy_ms`` for another connection's lock."""
    conn.execute(f"PRAGMA busy_timeout={busy_ms}")
    try:
        return fn(conn, *args)
    finally:
        conn.execute("PRAGMA busy_timeout=0")


def _commit(conn: sqlite3.Connection) -> None:
    conn.commit()


def _rollback(conn: sqlite3.Connection) -> None:
    conn.rollback()


class OneHopConnection(aiosqlite.Connection):
    """An aiosqlite connection with one round trip per statement, or none in an inline
    transaction (see the module's docstring).

    ``wait_in_thread(ms)`` (on connect) sets the connection's ``busy_timeout`` to 0 and keeps
    ``ms`` for the calls that run in the thread. ``defer_begin(sql, inline=...)`` keeps a
    transaction's ``BEGIN`` to send with its first statement (a transaction that runs none
    commits or rolls back without any call)."""

    pending_begin: str | None = None
    inline = False
    held_since = 0.0  # when the inline transaction last let the loop run others
    can_inline = False  # only a connection sqlite3 lets other threads use
    busy_ms = 0  # 0: the connection's own busy_timeout applies everywhere, never inline

    def cursor(self) -> OneHopCursor:  # type: ignore[override]
        return OneHopCursor(self)

    async def wait_in_thread(self, busy_ms: int) -> None:
        await self._execute(self._conn.execute, "PRAGMA busy_timeout=0")
        self.busy_ms = busy_ms

    def defer_begin(self, sql: str, *, inline: bool = False) -> None:
        self.pending_begin = sql
        self.inline = inline and self.can_inline and self.busy_ms > 0
        self.held_since = time.perf_counter()

    async def _call(self, fn: Any, *args: Any) -> Any:
        conn = self._conn
        if self.inline:
            if time.perf_counter() - self.held_since > YIELD_AFTER_S:
                await asyncio.sleep(0)  # (the transaction keeps its turn and its lock)
                self.held_since = time.perf_counter()
            try:
                return fn(conn, *args)
            except sqlite3.OperationalError as exc:
                if not _busy(exc):
                    raise
            # Another process holds the lock: wait for it in the thread, not on the loop.
        if self.busy_ms:
            return await self._execute(_patiently, conn, self.busy_ms, fn, *args)
        return await self._execute(fn, conn, *args)

    async def run(self, fn: Any, *args: Any) -> Any:
        """``fn(sqlite3 connection, begin, *args)``: the statement, with the pending BEGIN."""
        begin, self.pending_begin = self.pending_begin, None
        return await self._call(fn, begin, *args)

    async def commit(self) -> None:
        if self.pending_begin is not None:
            self.pending_begin = None  # nothing ran: there is no transaction to commit
        else:
            await self._call(_commit)
        self.inline = False

    async def rollback(self) -> None:
        if self.pending_begin is not None:
            self.pending_begin = None
        else:
            await self._call(_rollback)
        self.inline = False


def connect(database: str, **kwargs: Any) -> OneHopConnection:
    """Like ``aiosqlite.connect`` (awaited by SQLAlchemy's adapter, which starts the thread)."""
    connection = OneHopConnection(lambda: sqlite3.connect(database, **kwargs), 64)
    connection.can_inline = not kwargs.get("check_same_thread", True)
    connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite's own connections
    return connection
