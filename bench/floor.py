"""The floor: the least a python-telegram-bot bot can do per update on the stock async stack.

A minimal ``Application`` with one handler that writes one row per update through SQLAlchemy's
async engine on aiosqlite (asyncpg on PostgreSQL), and nothing else: no session, no ORM, and no
reply (``answer=True``: one answer per update as well, the least a bot owes Telegram:
``answerCallbackQuery`` for a button, one message for a text). Fed the same updates by the same
driver against the same fake Bot API as Rekindle (``bench/updates.py`` runs them all in one
invocation), it says how fast the framework and the stack go on this machine right now, so that
Rekindle's figure can be read as a ratio, which holds on a noisy machine when raw rates do not.

The engine is built here, as any bot would build it, not taken from ``bot.storage.db``: a
faster database layer in Rekindle must show in the ratio, not move the floor along with it. It
is set up the way SQLite needs for writers in several coroutines (WAL, ``busy_timeout``,
``synchronous=NORMAL``, ``BEGIN IMMEDIATE`` and one writer at a time, queued in the process).

    python bench/floor.py [couples]     # the floor alone, on the evening of bench/updates.py
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import common  # noqa: F401  (puts the project on the import path)
from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, event, insert
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, TypeHandler
from telegram.request import BaseRequest

METADATA = MetaData()
FLOOR_EVENTS = Table(
    "floor_events",
    METADATA,
    Column("id", Integer, primary_key=True),
    Column("user_id", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
)


class FloorDatabase:
    """An async engine, and on SQLite one write transaction at a time."""

    def __init__(self, url: str) -> None:
        self.engine: AsyncEngine = create_async_engine(url)
        self.turn = asyncio.Lock() if url.startswith("sqlite") else None
        if self.turn is not None:

            @event.listens_for(self.engine.sync_engine, "connect")
            def _on_connect(dbapi_connection: Any, _record: Any) -> None:
                dbapi_connection.isolation_level = None
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA busy_timeout=15000")
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.close()

            @event.listens_for(self.engine.sync_engine, "begin")
            def _on_begin(connection: Any) -> None:
                connection.exec_driver_sql("BEGIN IMMEDIATE")

    @contextlib.asynccontextmanager
    async def writing(self) -> AsyncIterator[Any]:
        async with contextlib.AsyncExitStack() as stack:
            if self.turn is not None:
                await stack.enter_async_context(self.turn)
            yield await stack.enter_async_context(self.engine.begin())


async def _one_insert(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    db: FloorDatabase = context.bot_data["db"]
    user = update.effective_user
    async with db.writing() as conn:
        await conn.execute(
            insert(FLOOR_EVENTS).values(
                user_id=user.id if user else 0,
                kind="press" if update.callback_query else "message",
            )
        )


async def _one_insert_one_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _one_insert(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer()
    elif update.effective_chat is not None:
        await update.effective_chat.send_message("Noted.")


async def _create_table(application: Application) -> None:
    db: FloorDatabase = application.bot_data["db"]
    async with db.engine.begin() as conn:
        await conn.run_sync(METADATA.create_all)


async def _dispose(application: Application) -> None:
    await application.bot_data["db"].engine.dispose()


def build_floor_application(
    url: str, request: BaseRequest, concurrent_updates: int, *, answer: bool = False
) -> Application:
    application = (
        ApplicationBuilder()
        .token("1:floor")
        .request(request)
        .get_updates_request(request)
        .concurrent_updates(concurrent_updates)
        .post_init(_create_table)
        .post_shutdown(_dispose)
        .build()
    )
    application.bot_data["db"] = FloorDatabase(url)
    application.add_handler(TypeHandler(Update, _one_insert_one_answer if answer else _one_insert))
    return application


if __name__ == "__main__":
    import updates

    updates.main(only="floor")
