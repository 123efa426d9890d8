"""Several dispatchers on one database: every row is sent exactly once."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func
from sqlmodel import select

from bot.config import Settings
from bot.scheduling.dispatcher import Claimed, Dispatcher, SendResult
from bot.storage.db import Database
from bot.storage.models import OutboxMessage
from bot.views import intents
from tests.factories import bulk_people, due_messages

ROWS = 20_000


async def test_four_dispatchers_send_twenty_thousand_rows_exactly_once(db_url, clock, backend):
    seed = Database(db_url)
    ids = await bulk_people(seed, ROWS, now=clock.now())
    await due_messages(seed, ids, now=clock.now(), key="scale")
    await seed.dispose()

    sent: Counter[int] = Counter()

    async def sender(row: Claimed) -> SendResult:
        sent[row.id] += 1
        await asyncio.sleep(0)  # let the other dispatchers run between sends
        return SendResult("sent", message_id=row.id)

    settings = Settings(database_url=db_url, dispatch_rate_per_second=0)
    dbs = [Database(db_url) for _ in range(4)]
    try:
        dispatchers = [
            Dispatcher(
                db,
                clock,
                settings,
                sender,
                renderer=intents.render,
                batch_size=250,
                worker_id=f"d{i}",
            )
            for i, db in enumerate(dbs)
        ]
        results = await asyncio.gather(*(d.run() for d in dispatchers))
        assert len(sent) == ROWS, f"{ROWS - len(sent)} rows never sent"
        assert max(sent.values()) == 1, "a row was sent twice"
        assert sum(r.sent for r in results) == ROWS
        assert sum(1 for r in results if r.sent) >= 2  # the work really was shared
        async with dbs[0].transaction() as session:
            statuses = dict(
                (
                    await session.exec(
                        select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
                    )
                ).all()
            )
        assert statuses == {"sent": ROWS}
    finally:
        for db in dbs:
            await db.dispose()
