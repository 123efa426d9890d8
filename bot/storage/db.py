"""The async engine and short transactions.

SQLite is set up for a bot that writes from several coroutines at once: WAL (readers never block
the writer), a ``busy_timeout`` (a writer waits for the lock instead of failing) and
``BEGIN IMMEDIATE`` for every transaction, so a read-then-write never hits the lock-upgrade
deadlock that ``busy_timeout`` cannot resolve. Keep transactions short and never await Telegram
inside one. SQLite keeps its query planner's statistics current itself with ``PRAGMA optimize``,
which Rekindle runs when it closes the database and once a day from the planner job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool
from sqlalchemy.util import await_
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.storage.files import prepare_sqlite

SQLITE_BUSY_TIMEOUT_MS = 15_000
OPTIMIZE_EVERY = timedelta(days=1)
# Rows ANALYZE looks at per index when PRAGMA optimize runs it: approximate statistics in
# milliseconds even on large tables (SQLite's own advice for optimize).
ANALYSIS_LIMIT = 400

# An execution option: run the connection's statements outside any transaction.
OUTSIDE_TRANSACTION = "rekindle_outside_transaction"

log = logging.getLogger(__name__)


def ensure_sqlite_directory(url: str) -> None:
    """The folder and the database file, private (0700 and 0600) before SQLite opens them."""
    prepare_sqlite(url)


def _configure_sqlite(engine: AsyncEngine, *, foreign_keys: bool = True) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin (see _on_begin).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        driver = getattr(dbapi_connection, "_connection", None)
        if hasattr(driver, "wait_in_thread"):  # bot.storage.onehop: 0 on the loop's thread
            await_(driver.wait_in_thread(SQLITE_BUSY_TIMEOUT_MS))
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        # Deleted and overwritten content is zeroed in the file, not left in free pages or free
        # space inside a page, where it would survive /delete and retention.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        options = connection.get_execution_options()
        if options.get(OUTSIDE_TRANSACTION, False):
            return  # a statement SQLite refuses inside a transaction (wal_checkpoint)
        # Read-only work (Database.reading) takes no write lock; everything else does, up front.
        read_only = options.get("rekindle_read_only", False)
        begin = "BEGIN" if read_only else "BEGIN IMMEDIATE"
        driver = connection.connection.driver_connection
        if hasattr(driver, "defer_begin"):  # bot.storage.onehop: sent with the first statement
            inline = connection.get_execution_options().get("rekindle_inline", False)
            driver.defer_begin(begin, inline=inline)
        else:
            connection.exec_driver_sql(begin)


def _one_hop_per_statement(engine: AsyncEngine) -> None:
    """Connect through ``bot.storage.onehop``: one hand-off to aiosqlite's thread per statement
    instead of four (cursor, execute, fetch, close)."""
    from bot.storage import onehop

    @event.listens_for(engine.sync_engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return dialect.dbapi.connect(*cargs, async_creator_fn=onehop.connect, **cparams)


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """``hide_parameters``: a statement's values (people's words) appear neither in SQLAlchemy's
    log nor in the text of its errors, which end up in logs and the outbox's error column."""
    ensure_sqlite_directory(url)
    if url.startswith("sqlite"):
        # Every transaction here ends in commit or rollback (transaction()/connection()), so
        # the pool's extra ROLLBACK on return is a wasted round trip to the SQLite thread.
        engine = create_async_engine(
            url,
            echo=echo,
            pool_size=4,
            max_overflow=4,
            connect_args={"timeout": 30},
            pool_reset_on_return=None,
            hide_parameters=True,
        )
        _configure_sqlite(engine)
        _one_hop_per_statement(engine)
        return engine
    return create_async_engine(
        url,
        echo=echo,
        pool_size=10,
        max_overflow=10,
        pool_pre_ping=True,
        hide_parameters=True,
    )


class Database:
    """One engine per process; ``transaction()`` is the only way code touches the database."""

    def __init__(self, url: str, *, echo: bool = False, engine: AsyncEngine | None = None) -> None:
        self.url = url
        self.engine = engine or create_engine(url, echo=echo)
        # The ORM's short transactions (handlers, planners) run on the event loop's thread on
        # SQLite (bot.storage.onehop); set-based work (connection(), reading()) keeps every
        # statement in aiosqlite's thread.
        self._sessions = async_sessionmaker(
            self.engine.execution_options(rekindle_inline=True),
            class_=AsyncSession,
            expire_on_commit=False,
            autoflush=True,
        )
        # The same in aiosqlite's thread, for an ORM transaction whose statements touch many
        # rows (retention): the loop keeps serving updates while SQLite works.
        self._threaded_sessions = async_sessionmaker(
            self.engine, class_=AsyncSession, expire_on_commit=False, autoflush=True
        )
        # SQLite runs one write transaction at a time anyway. Queueing them here is fair and
        # event-driven; colliding on BEGIN IMMEDIATE instead would leave each waiter in
        # SQLite's busy handler, which sleeps in growing steps (up to 100 ms at a time).
        self._sqlite_turn = asyncio.Lock() if self.is_sqlite else None
        self._optimized_at: datetime | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @asynccontextmanager
    async def _turn(self) -> AsyncIterator[None]:
        if self._sqlite_turn is None:
            yield
            return
        async with self._sqlite_turn:
            yield

    @asynccontextmanager
    async def transaction(self, *, inline: bool = True) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error.
        ``inline=False``: on SQLite its statements run in aiosqlite's thread rather than on the
        loop's (for set-based statements that may take a while: see ``bot.storage.onehop``)."""
        sessions = self._sessions if inline else self._threaded_sessions
        async with self._turn(), sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[AsyncConnection]:
        """A Core connection inside one transaction, for set-based work (the dispatcher)."""
        async with self._turn(), self.engine.begin() as conn:
            yield conn

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncConnection]:
        """A read-only Core connection that takes no write lock (SQLite in WAL mode lets readers
        run beside the writer): for reading a lot before a short write transaction."""
        async with self.engine.connect() as conn:
            await conn.execution_options(rekindle_read_only=True)
            async with conn.begin():
                yield conn

    async def optimize(self) -> None:
        """SQLite's upkeep of its planner statistics: ``PRAGMA optimize`` runs ANALYZE on the
        tables whose statistics are missing or stale for the queries this connection has run.
        (PostgreSQL's autovacuum does the same by itself.)"""
        if not self.is_sqlite:
            return
        async with self.connection() as conn:
            await conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
            await conn.exec_driver_sql("PRAGMA optimize")

    async def optimize_daily(self, now: datetime) -> bool:
        """``optimize`` once a day (the first time a day after the first call)."""
        if self._optimized_at is None:
            self._optimized_at = now
        if now - self._optimized_at < OPTIMIZE_EVERY:
            return False
        self._optimized_at = now
        await self.optimize()
        return True

    async def checkpoint(self) -> bool:
        """After erasing words: copy the WAL into the database file (where ``secure_delete`` has
        zeroed them) and truncate the WAL to nothing, so that the old page images holding them
        are gone from both files. Waits for readers (up to the busy timeout); True when the WAL
        was emptied. Nothing to do on PostgreSQL (see the README on VACUUM)."""
        if not self.is_sqlite:
            return True
        async with self._turn(), self.engine.connect() as conn:
            await conn.execution_options(**{OUTSIDE_TRANSACTION: True})
            result = await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            busy, _log_frames, _done = result.one()
        if busy:
            log.warning("WAL checkpoint after an erasure was blocked by a reader; retried later")
        return not busy

    async def dispose(self) -> None:
        # Only pooled connections that ran queries know which statistics would help.
        checkedin = getattr(self.engine.pool, "checkedin", None)  # NullPool keeps none
        if self.is_sqlite and checkedin is not None and checkedin():
            try:
                await self.optimize()
            except SQLAlchemyError as exc:  # closing must not fail over upkeep
                log.warning("PRAGMA optimize on close failed: %r", exc)
        await self.engine.dispose()


def migration_engine(url: str) -> AsyncEngine:
    """The engine migrations run on: a fresh connection, and on SQLite foreign keys off, because
    rebuilding a table (how SQLite alters one) would otherwise trip over rows pointing at it.
    The migration checks the keys itself when it is done."""
    ensure_sqlite_directory(url)
    if url.startswith("sqlite"):
        # Several processes starting at once migrate one after the other: wait for the file's
        # write lock as long as the bot's own connections do, not sqlite3's default 5 s.
        engine = create_async_engine(url, poolclass=NullPool, connect_args={"timeout": 30})
    else:
        engine = create_async_engine(url, poolclass=NullPool)
    if url.startswith("sqlite"):
        _configure_sqlite(engine, foreign_keys=False)
    return engine
