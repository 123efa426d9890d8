"""A row is marked ``sending`` when its request's first bytes leave, not before, and its answer
is on record the moment the status line is read: so a crash leaves ``unknown`` only requests
really on their way, and a row whose request never started is simply sent later, once."""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from pathlib import Path

import pytest
from telegram import Bot

from bot.config import Settings
from bot.scheduling import journal, leaving
from bot.scheduling.delivery import Claimed, SendResult
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.sender import telegram_sender
from bot.simulator.botapi_server import BotApiServer, Faults, Latency
from bot.simulator.requestlog import read_log
from bot.views import intents
from tests.scheduling.test_delivery import a_dead_process, due_rows, left_by
from tests.scheduling.test_dispatcher import SAM, rows

ROW = Claimed(1, "daily_act", 501, "Leave a note in her coat pocket", None, 1, False)


async def test_a_send_is_marked_as_its_first_bytes_leave_and_heard_at_its_status_line(
    tmp_path: Path,
):
    log = tmp_path / "requests.jsonl"
    server = BotApiServer(log, Faults(latency=Latency.parse("fixed:50")))
    port = await server.start()
    bot = Bot("123:test", base_url=f"http://127.0.0.1:{port}/bot", request=leaving.traced_request())
    await bot.initialize()
    send = telegram_sender(bot)
    assert send.marks_when_leaving
    seen: list[tuple[str, int]] = []

    def sends_at_server() -> int:
        return sum(1 for r in read_log(log) if r.method == "sendMessage")

    async def leave() -> bool:
        seen.append(("leaving", sends_at_server()))
        return True

    try:

        async def heard(status: int) -> None:
            seen.append((f"heard {status}", 0))

        watch = leaving.Watch(leave, heard)
        leaving.watching(watch)
        result = await send(ROW)
        # The mark came before anything reached Telegram; the status line before the result.
        assert result.outcome == "sent" and result.message_id
        assert seen == [("leaving", 0), ("heard 200", 0)] and sends_at_server() == 1

        # Refused at the last moment (no longer this dispatcher's): nothing goes out.
        refused = leaving.Watch(_no)
        leaving.watching(refused)
        result = await send(ROW)
        assert refused.left is False and result.outcome == "retry" and sends_at_server() == 1
    finally:
        leaving.watching(None)
        await bot.shutdown()
        await server.stop()

    # Telegram unreachable (the connection refused): the request never started, so the row
    # was never marked, and it is retried.
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    nowhere = closed.getsockname()[1]
    closed.close()
    bot = Bot(
        "123:test", base_url=f"http://127.0.0.1:{nowhere}/bot", request=leaving.traced_request()
    )
    unreached = leaving.Watch(leave)
    leaving.watching(unreached)
    try:
        result = await telegram_sender(bot)(ROW)
    finally:
        leaving.watching(None)
    assert unreached.left is None and result.outcome == "retry"


async def _no() -> bool:
    return False


async def test_a_row_whose_request_never_started_goes_back_at_once_and_is_sent_once(sim, clock):
    await due_rows(sim.db, clock, 12)
    never, out = asyncio.Event(), asyncio.Event()
    started: list[int] = []

    async def slow_to_leave(row: Claimed) -> SendResult:
        # Two requests leave; the others wait for a connection that never comes.
        started.append(row.id)
        if len(started) <= 2:
            await leaving.current().leave()
        if len(started) == 4:
            out.set()
        await never.wait()
        return SendResult("sent", message_id=1)

    slow_to_leave.marks_when_leaving = True
    settings = Settings(database_url=sim.settings.database_url, dispatch_rate_per_second=0)
    dead = f"{socket.gethostname()}:{a_dead_process()}:0badf00d"
    dispatcher = Dispatcher(
        sim.db,
        clock,
        settings,
        slow_to_leave,
        renderer=intents.render,
        concurrency=4,
        worker_id=dead,
    )
    task = asyncio.create_task(dispatcher.run())
    await out.wait()
    await asyncio.sleep(0.05)
    task.cancel()  # the process dies: four sends begun, two of them on their way
    await asyncio.gather(task, return_exceptions=True)

    # The next process: the two that left are unknown (they may have arrived), the two that
    # never started and the rest of the batch go back to pending at once and are sent once.
    await sim.dispatch()
    statuses = Counter(r.status for r in await rows(sim))
    assert statuses == {"unknown": 2, "sent": 10}
    assert sim.telegram.sent_count() == 10
    assert all(len(sim.telegram.chat(SAM + i)) <= 1 for i in range(12))


async def test_a_status_line_on_record_settles_the_row_and_a_retry_on_its_way_stays_unknown(
    sim, clock
):
    await due_rows(sim.db, clock, 3)
    folder = journal.directory_for(sim.settings.database_url)
    if folder is None:
        pytest.skip("PostgreSQL writes each answer straight into the outbox")
    dead = f"{socket.gethostname()}:{a_dead_process()}:0badf00d"
    left = await left_by(sim, dead, "claimed")
    written = journal.Journal(folder, dead)
    one, two, three = (Claimed(r.id, r.kind, r.user_id, "", None, 1, False) for r in left)
    # 1: its status line (200) was read, the killed process never got to the body.
    written.sending(one)
    written.heard(one, SendResult("sent", at=clock.now()))
    # 2: answered 502 and retried by the same process: the second request was on its way.
    written.sending(two)
    written.append(two, SendResult("retry", error="NetworkError: Bad Gateway"))
    written.sending(two)
    # 3: never started (claimed only).
    await sim.dispatch()
    by_id = {r.id: r for r in await rows(sim)}
    assert by_id[one.id].status == "sent"
    assert by_id[two.id].status == "unknown"  # may have arrived: never sent again
    assert by_id[three.id].status == "sent"
    assert sim.telegram.sent_count() == 1
    await sim.advance(seconds=30)
    assert sim.telegram.sent_count() == 1
