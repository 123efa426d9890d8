"""One poller per database, and migrations that never run twice at once.

Polling Telegram needs exactly one process per bot: a second one makes Telegram answer both
with 409 Conflict. So a polling process holds a lock for as long as it runs, and a second one
on the same database stops at once, naming the first:

* SQLite: ``flock`` on a lock file beside the database (``rekindle.db.lock``). The kernel
  drops the lock when the process ends, crash or not, so a stale file never blocks anyone.
* PostgreSQL: a session advisory lock on a connection kept open for the process's life; the
  server drops it when that session ends.

Webhook ``web`` and ``worker`` processes take no such lock: they may be many.

Migrations: on PostgreSQL, ``lock_migrations`` takes a transaction advisory lock inside the
migration's own transaction, so a second ``alembic upgrade`` waits and then finds nothing to
do. (On SQLite the migration transaction begins with ``BEGIN IMMEDIATE``, which already
serialises them.)
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.ops.health import sqlite_file
from bot.storage.files import private_folder

log = logging.getLogger(__name__)

# pg advisory locks take two int4 keys: a namespace ("Reki") and the lock's purpose.
LOCK_NAMESPACE = 0x52656B69
POLLER_LOCK = 1
MIGRATION_LOCK = 2
APPLICATION_NAME = "rekindle poller"


class AlreadyRunning(RuntimeError):
    """Another polling process holds the lock on this database."""

    def __init__(self, holder: str) -> None:
        super().__init__(f"Rekindle is already running ({holder}) on this database")
        self.holder = holder


# -- SQLite -------------------------------------------------------------------------------------


def lock_file_of(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class FileLock:
    """An exclusive ``flock`` on a file holding the owner's pid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        private_folder(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # whatever the umask
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
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


def _holder_name() -> str:
    return f"{APPLICATION_NAME} pid={os.getpid()} host={socket.gethostname()}"[:63]


def _describe_holder(application_name: str | None) -> str:
    """'pid 1234' (and the host when it is not this one) from the holder's application_name."""
    fields = dict(part.split("=", 1) for part in (application_name or "").split() if "=" in part)
    pid, host = fields.get("pid"), fields.get("host")
    if not pid:
        return "another process"
    if host and host != socket.gethostname():
        return f"pid {pid} on {host}"
    return f"pid {pid}"


@contextlib.asynccontextmanager
async def _postgres_poller_lock(url: str) -> AsyncIterator[None]:
    engine = create_async_engine(
        url,
        poolclass=NullPool,
        connect_args={"server_settings": {"application_name": _holder_name()}, "timeout": 15},
    )
    try:
        conn = await engine.connect()
        try:
            await conn.execution_options(isolation_level="AUTOCOMMIT")
            got = (
                await conn.execute(
                    text("SELECT pg_try_advisory_lock(:ns, :key)"),
                    {"ns": LOCK_NAMESPACE, "key": POLLER_LOCK},
                )
            ).scalar()
            if not got:
                holder = (
                    await conn.execute(
                        text(
                            "SELECT a.application_name FROM pg_locks l"
                            " JOIN pg_stat_activity a ON a.pid = l.pid"
                            " WHERE l.locktype = 'advisory' AND l.granted"
                            " AND l.classid = :ns AND l.objid = :key AND l.objsubid = 2"
                        ),
                        {"ns": LOCK_NAMESPACE, "key": POLLER_LOCK},
                    )
                ).scalar()
                raise AlreadyRunning(_describe_holder(holder))
            yield
        finally:
            await conn.close()  # ends the session, and with it the lock
    finally:
        await engine.dispose()


# -- both ---------------------------------------------------------------------------------------


@contextlib.asynccontextmanager
async def one_poller(database_url: str) -> AsyncIterator[None]:
    """Hold the poller lock of this database while the block runs, or raise AlreadyRunning."""
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
    async with _postgres_poller_lock(database_url):
        yield


def lock_migrations(connection: Any) -> None:
    """Inside the migration transaction (bot/storage/migrations/env.py): on PostgreSQL, wait
    for any other process migrating this database; the lock ends with the transaction."""
    if connection.dialect.name != "postgresql":
        return
    params = {"ns": LOCK_NAMESPACE, "key": MIGRATION_LOCK}
    got = connection.execute(text("SELECT pg_try_advisory_xact_lock(:ns, :key)"), params).scalar()
    if not got:
        log.info("another process is migrating this database; waiting for it")
        connection.execute(text("SELECT pg_advisory_xact_lock(:ns, :key)"), params)
