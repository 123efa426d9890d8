"""One poller per database, and migrations that never run twice at once.

Polling Telegram needs exactly one process per bot: a second one makes Telegram answer both
with 409 Conflict. So a polling process holds a lock for as long as it runs, and a second one
on the same database stops at once, naming the first:

* SQLite: ``flock`` on a lock file beside the database (``rekindle.db.lock``). The kernel
  drops the lock when the process ends, crash or not, so a stale file never blocks anyone.
* PostgreSQL: a session advisory lock on a connection kept open for the process's life; the
  server drops it when that session ends. If the session ends under a running poller (the
  server restarted, the connection broke), the poller takes the lock again, or stops if
  another process took it meanwhile.

Webhook ``web`` and ``worker`` processes take no such lock: they may be many.

Migrations: on PostgreSQL, ``lock_migrations`` takes a transaction advisory lock inside the
migration's own transaction, so a second ``alembic upgrade`` waits and then finds nothing to
do. (On SQLite the migration transaction begins with ``BEGIN IMMEDIATE``, which already
serialises them.)
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.logs import Plain
from bot.ops.health import describe_error, sqlite_file
from bot.storage.files import private_folder

log = logging.getLogger(__name__)

# pg advisory locks take two int4 keys: a namespace ("Reki") and the lock's purpose.
LOCK_NAMESPACE = 0x52656B69
POLLER_LOCK = 1
MIGRATION_LOCK = 2
APPLICATION_NAME = "rekindle poller"


class AlreadyRunning(RuntimeError):
    """Another polling process holds the lock on this database (``lost``: it took the lock
    while this one had lost its connection to the database, so this one stops)."""

    def __init__(self, holder: str, *, lost: bool = False, holder_name: str | None = None) -> None:
        message = f"Rekindle is already running ({holder}) on this database"
        if lost:
            message = (
                "This poller lost its connection to the database, and meanwhile another process "
                f"took over: {message}. Stopping this one"
            )
        super().__init__(message)
        self.holder = holder
        self.lost = lost
        self.application_name = holder_name


# -- SQLite -------------------------------------------------------------------------------------


def lock_file_of(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class FileLock:
    """An exclusive ``flock`` on a file holding the owner's pid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, wait: bool = False) -> None:
        """Take the lock, or raise AlreadyRunning (``wait``: wait for it instead)."""
        private_folder(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # whatever the umask
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip()
            os.close(fd)
            raise AlreadyRunning(
                f"pid {holder}" if holder.isdigit() else "another process"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


# -- PostgreSQL ---------------------------------------------------------------------------------


# Tells this process's own sessions from another's with the same pid and host name (two
# containers): the watch waits for its own old session to end, but stops for another's.
_RUN = secrets.token_hex(4)


def _holder_name() -> str:
    return f"{APPLICATION_NAME} pid={os.getpid()} run={_RUN} host={socket.gethostname()}"[:63]


def _describe_holder(application_name: str | None) -> str:
    """'pid 1234' (and the host when it is not this one) from the holder's application_name."""
    fields = dict(part.split("=", 1) for part in (application_name or "").split() if "=" in part)
    pid, host = fields.get("pid"), fields.get("host")
    if not pid:
        return "another process"
    if host and host != socket.gethostname():
        return f"pid {pid} on {host}"
    return f"pid {pid}"


_HOLDER_QUERY = text(
    "SELECT a.application_name FROM pg_locks l"
    " JOIN pg_stat_activity a ON a.pid = l.pid"
    " WHERE l.locktype = 'advisory' AND l.granted"
    " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    " AND l.classid = :ns AND l.objid = :key AND l.objsubid = 2"
)
_HELD_QUERY = text(
    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = pg_backend_pid() AND classid = :ns AND objid = :key AND objsubid = 2"
)
_KEY = {"ns": LOCK_NAMESPACE, "key": POLLER_LOCK}
# How often the holder checks that its lock's session is still there, and how long one check
# (or one attempt to take the lock again) may take before the connection counts as gone.
LOCK_CHECK_SECONDS = 5.0
LOCK_TIMEOUT_SECONDS = 10.0


class _PostgresPollerLock:
    """The poller lock on its own connection, and a watch over it.

    The server drops a session lock with its session: when PostgreSQL restarts, or the
    connection breaks (a network cut, ``pg_terminate_backend``), this process still polls but
    holds nothing, and a second poller could start. So a watch checks the session every few
    seconds (and at once when the driver sees the connection close): on losing it, it connects
    again and takes the lock again. If another process took it meanwhile, ``on_lost`` is
    called with AlreadyRunning naming that process, and the caller stops."""

    def __init__(self, url: str) -> None:
        self.engine = create_async_engine(
            url,
            poolclass=NullPool,
            connect_args={
                "server_settings": {"application_name": _holder_name()},
                "timeout": 15,
                "command_timeout": LOCK_TIMEOUT_SECONDS,
            },
        )
        self.conn: Any = None
        self.closed = asyncio.Event()  # the driver saw the connection end
        self.retaken = 0  # times the lock was taken again after a lost connection

    async def take(self) -> None:
        """Connect and take the lock, or raise AlreadyRunning (or the connection's error)."""
        conn = await self.engine.connect()
        try:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = (
                await conn.execute(text("SELECT pg_try_advisory_lock(:ns, :key)"), _KEY)
            ).scalar()
            if not got:
                holder = (await conn.execute(_HOLDER_QUERY, _KEY)).scalar()
                raise AlreadyRunning(_describe_holder(holder), holder_name=holder)
        except BaseException:
            await _close_quietly(conn)
            raise
        self.conn = conn
        self.closed.clear()
        raw = (await conn.get_raw_connection()).driver_connection
        raw.add_termination_listener(lambda _connection: self.closed.set())

    async def held(self) -> bool:
        """Whether this process's session still holds the lock (False: the session is gone)."""
        if self.conn is None or self.closed.is_set():
            return False
        try:
            async with asyncio.timeout(LOCK_TIMEOUT_SECONDS):
                return bool((await self.conn.execute(_HELD_QUERY, _KEY)).scalar())
        except Exception:  # the connection is broken, or the server does not answer
            return False

    async def watch(self, on_lost: Callable[[AlreadyRunning], None]) -> None:
        """Until cancelled: keep the lock, or report that another process has it."""
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(LOCK_CHECK_SECONDS):
                    await self.closed.wait()
            if await self.held():
                continue
            log.warning("the poller lock's database connection was lost; taking the lock again")
            if self.conn is not None:
                conn, self.conn = self.conn, None
                await _close_quietly(conn)
            while True:
                try:
                    async with asyncio.timeout(LOCK_TIMEOUT_SECONDS + 15):
                        await self.take()
                except AlreadyRunning as exc:
                    if _describes_this_process(exc.application_name):
                        # Our old session, still ending on the server: its lock goes with it.
                        await asyncio.sleep(1)
                        continue
                    on_lost(AlreadyRunning(exc.holder, lost=True))
                    return
                except Exception as exc:  # the server is still down: the same as at start
                    log.warning(
                        "cannot take the poller lock again yet (%s); trying again in %.0f s",
                        Plain(describe_error(exc)),
                        LOCK_CHECK_SECONDS,
                    )
                    await asyncio.sleep(LOCK_CHECK_SECONDS)
                    continue
                self.retaken += 1
                log.warning("the poller lock is held again")
                break

    async def release(self) -> None:
        if self.conn is not None:
            conn, self.conn = self.conn, None
            await _close_quietly(conn)  # ends the session, and with it the lock
        await self.engine.dispose()


async def _close_quietly(conn: Any) -> None:
    with contextlib.suppress(Exception):
        async with asyncio.timeout(LOCK_TIMEOUT_SECONDS):
            await conn.close()


def _describes_this_process(application_name: str | None) -> bool:
    return application_name == _holder_name()


@contextlib.asynccontextmanager
async def _postgres_poller_lock(
    url: str, on_lost: Callable[[AlreadyRunning], None] | None
) -> AsyncIterator[_PostgresPollerLock]:
    lock = _PostgresPollerLock(url)
    try:
        await lock.take()
        watch = asyncio.create_task(lock.watch(on_lost or _log_only), name="rekindle-poller-lock")
        try:
            yield lock
        finally:
            watch.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watch
    finally:
        await lock.release()


def _log_only(exc: AlreadyRunning) -> None:
    log.error("%s", exc)


# -- both ---------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def one_poller(
    database_url: str, on_lost: Callable[[AlreadyRunning], None] | None = None
) -> AsyncIterator[None]:
    """Hold the poller lock of this database while the block runs, or raise AlreadyRunning.
    On PostgreSQL the lock can be lost under a running process (see _PostgresPollerLock):
    ``on_lost`` is then called, and the caller should stop."""
    path = sqlite_file(database_url)
    if database_url.startswith("sqlite"):
        if path is None:  # in memory: nobody else can share it
            yield
            return
        lock = FileLock(lock_file_of(path))
        lock.acquire()
        try:
            yield
        finally:
            lock.release()
        return
    async with _postgres_poller_lock(database_url, on_lost):
        yield


@contextlib.contextmanager
def migrating(database_url: str) -> Iterator[None]:
    """Around a whole upgrade (``bot.storage.migrate``): on a SQLite file, wait for any other
    process migrating it, so that two processes started at once (web workers) do not both run
    the same steps (the second one's "DROP INDEX" found the index gone). PostgreSQL's lock is
    taken inside the migration transaction: ``lock_migrations``."""
    path = sqlite_file(database_url)
    if path is None:
        yield
        return
    lock = FileLock(path.with_name(path.name + ".migrating.lock"))
    lock.acquire(wait=True)
    try:
        yield
    finally:
        lock.release()


def lock_migrations(connection: Any) -> None:
    """Inside the migration transaction (bot/storage/migrations/env.py): on PostgreSQL, wait
    for any other process migrating this database; the lock ends with the transaction (SQLite:
    ``migrating``)."""
    if connection.dialect.name != "postgresql":
        return
    params = {"ns": LOCK_NAMESPACE, "key": MIGRATION_LOCK}
    got = connection.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :key)"), params).scalar()
    if not got:
        log.info("another process is migrating this database; waiting for it")
        connection.execute(text("SELECT pg_advisory_xact_lock(:ns, :key)"), params)
