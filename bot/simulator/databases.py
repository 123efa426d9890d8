"""Throwaway databases for tests and benchmarks: created, migrated, used, dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from bot.storage.migrate import upgrade


def admin_dsn(url: str) -> str:
    """The plain ``postgresql://`` form of a SQLAlchemy URL, as asyncpg takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _execute(dsn: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def throwaway_postgres(server_url: str, name: str) -> Iterator[str]:
    """A new, migrated database called ``name`` on the server of ``server_url``; yields its URL
    and drops it afterwards (also when an earlier run left one of that name behind)."""
    admin = admin_dsn(server_url)
    asyncio.run(_execute(admin, f'DROP DATABASE IF EXISTS "{name}"'))
    asyncio.run(_execute(admin, f'CREATE DATABASE "{name}"'))
    url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    try:
        yield url
    finally:
        asyncio.run(_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
