"""Sending each row: what Telegram's answers mean, what a crash can leave unknown, and which
messages the daily budget may hold."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
from collections import Counter
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut

from bot.config import Settings
from bot.scheduling import claims, journal, outbox
from bot.scheduling.delivery import DispatchStats
from bot.scheduling.dispatcher import Claimed, Dispatcher, SendResult
from bot.scheduling.sender import classify
from bot.storage.models import OutboxMessage, User
from bot.views import intents
from tests.factories import due_messages, make_user
from tests.scheduling.test_dispatcher import SAM, TOMORROW_9, notice, rows, who

# -- Telegram's answers ------------------------------------------------------------------------


def html_502() -> NetworkError:
    """What python-telegram-bot raises for a proxy's HTML 502 page: a NetworkError chained to
    the error of parsing the page as JSON (itself chained to the JSONDecodeError)."""
    try:
        json.loads("<html>502 Bad Gateway</html>")
    except ValueError as decode_error:
        parsing = TelegramError("Invalid server response")
        parsing.__cause__ = decode_error
    error = NetworkError("Bad Gateway (502). Parsing the server response b'<html>' failed")
    error.__cause__ = parsing
    return error


def chained(error: TelegramError, cause: BaseException) -> TelegramError:
    error.__cause__ = cause
    return error


def test_every_http_status_answer_is_retried_and_only_a_lost_answer_is_unknown():
    outcomes = {
        "502 html": classify(html_502()).outcome,
        "500 json": classify(NetworkError("Internal Server Error")).outcome,
        "400": classify(BadRequest("Bad Request: message is too long")).outcome,
        "connect": classify(
            chained(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused"))
        ).outcome,
        "403": classify(Forbidden("Forbidden: bot was blocked by the user")).outcome,
        "chat gone": classify(BadRequest("Bad Request: chat not found")).outcome,
        "read timeout": classify(
            chained(TimedOut("Timed out"), httpx.ReadTimeout("read timed out"))
        ).outcome,
        "dropped": classify(
            chained(NetworkError("httpx.ReadError"), httpx.ReadError("connection reset"))
        ).outcome,
    }
    assert outcomes == {
        "502 html": "retry",
        "500 json": "retry",
        "400": "retry",
        "connect": "retry",
        "403": "blocked",
        "chat gone": "blocked",
        "read timeout": "unknown",
        "dropped": "unknown",
    }


async def test_a_proxys_502_page_is_retried_and_delivered_once(sim, clock):
    await make_user(sim.db, SAM, now=clock.now())
    sim.telegram.fail("sendMessage", "502_html", chat_id=SAM, times=3)
    clock.set(TOMORROW_9)
    await sim.tick()
    [row] = await rows(sim, kind="act")
    assert row.status == "pending" and "502" in row.error
    await sim.advance(minutes=2)
    [row] = await rows(sim, kind="act")
    assert (row.status, row.attempts) == ("sent", 4)
    assert len(sim.telegram.chat(SAM)) == 1


async def test_a_5xx_outage_is_retried_until_it_ends_then_delivered_once(sim, clock):
    await make_user(sim.db, SAM, now=clock.now())
    sim.telegram.fail("sendMessage", "500", chat_id=SAM, times=6)  # 5+10+20+40+80+160 s
    clock.set(TOMORROW_9)
    await sim.tick()
    await sim.advance(minutes=4)
    assert sim.telegram.chat(SAM) == []
    await sim.advance(minutes=2)
    [row] = await rows(sim, kind="act")
    assert (row.status, row.attempts) == ("sent", 7)
    assert len(sim.telegram.chat(SAM)) == 1


async def test_errors_stop_at_the_rows_lateness_rule(sim, clock):
    await make_user(sim.db, SAM, now=clock.now())
    sim.telegram.fail("sendMessage", "502_html", chat_id=SAM, times=1000)
    clock.set(TOMORROW_9)
    await sim.tick()
    await sim.advance(hours=4)  # an act may be 3 hours late at most
    [row] = await rows(sim, kind="act")
    assert row.status == "skipped" and sim.telegram.chat(SAM) == []


# -- what a crash can leave --------------------------------------------------------------------


async def due_rows(db, clock, count: int) -> None:
    for i in range(count):
        await make_user(db, SAM + i, now=clock.now(), quiet_off=True)
    await due_messages(db, [SAM + i for i in range(count)], now=clock.now(), key="crash")


def a_dead_process() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


async def test_only_the_requests_in_flight_are_left_sending(sim, clock):
    await due_rows(sim.db, clock, 20)
    started: list[int] = []
    never, three_out = asyncio.Event(), asyncio.Event()

    async def hanging(row: Claimed) -> SendResult:
        started.append(row.id)
        if len(started) == 3:
            three_out.set()
        await never.wait()
        return SendResult("sent", message_id=1)

    settings = Settings(database_url=sim.settings.database_url, dispatch_rate_per_second=0)
    # A process that will have died by the time the next one looks (its pid is gone).
    dead = f"{socket.gethostname()}:{a_dead_process()}:0badf00d"
    dispatcher = Dispatcher(
        sim.db, clock, settings, hanging, renderer=intents.render, concurrency=3, worker_id=dead
    )
    task = asyncio.create_task(dispatcher.run())
    await three_out.wait()
    await asyncio.sleep(0.05)  # time enough for more to start, if any could
    # The process dies here: three requests out, the rest of the batch claimed, none sent. On
    # SQLite the three are written down as leaving in the dispatcher's journal (the outbox
    # still says claimed); on PostgreSQL they are marked sending in the outbox.
    statuses = Counter(r.status for r in await rows(sim))
    folder = journal.directory_for(sim.settings.database_url)
    if folder is not None:
        [path] = folder.iterdir()
        assert len(journal.read(path).sending) == 3 and statuses == {"claimed": 20}
    else:
        assert statuses == {"sending": 3, "claimed": 17}
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)

    # The next process on this machine sees that the claimer is gone: the unsent rows go back
    # to pending at once (no lease wait), the three that were in flight become unknown.
    await sim.dispatch()
    statuses = Counter(r.status for r in await rows(sim))
    assert statuses == {"unknown": 3, "sent": 17}
    assert sim.telegram.sent_count() == 17


async def left_by(sim, dead: str, status: str) -> list[OutboxMessage]:
    """Every row, as a killed dispatcher ``dead`` left them: ``status`` and leased to it."""
    async with sim.db.transaction() as session:
        await session.exec(
            update(OutboxMessage).values(
                status=status, claimed_by=dead, lease_until=sim.clock.now() + timedelta(minutes=2)
            )
        )
    return await rows(sim)


async def test_answers_written_down_before_a_crash_are_not_left_unknown(sim, clock):
    await due_rows(sim.db, clock, 4)
    dead = f"{socket.gethostname()}:{a_dead_process()}:0badf00d"
    left = await left_by(sim, dead, "claimed")
    # The killed process had written its four requests down as leaving, and the answers for
    # three of them (in its journal beside the database), but none was in the outbox yet: one
    # delivered, one refused with a proxy's 502 (not delivered: to be retried), one by a
    # person who blocked the bot.
    folder = journal.directory_for(sim.settings.database_url)
    if folder is None:
        pytest.skip("PostgreSQL writes each answer straight into the outbox")
    written = journal.Journal(folder, dead)
    for row in left:
        written.sending(Claimed(row.id, row.kind, row.user_id, "", None, 1, False))
    answers = [
        SendResult("sent", message_id=77, at=clock.now()),
        SendResult("retry", error="NetworkError: Bad Gateway"),
        SendResult("blocked", error="Forbidden: bot was blocked by the user"),
    ]
    for row, answer in zip(left, answers, strict=False):
        written.append(Claimed(row.id, row.kind, row.user_id, "", None, 1, False), answer)
    await sim.dispatch()
    by_key = {r.dedupe_key: r for r in await rows(sim)}
    assert by_key["crash:0"].status == "sent" and by_key["crash:0"].telegram_message_id == 77
    assert by_key["crash:1"].status == "pending"  # retried after its backoff
    assert by_key["crash:2"].status == "failed"
    assert by_key["crash:3"].status == "unknown"  # no answer written down: may have arrived
    assert sim.telegram.sent_count() == 0 and not list(folder.iterdir())
    await sim.advance(seconds=10)
    assert len(sim.telegram.chat(SAM + 1)) == 1 and sim.telegram.sent_count() == 1


async def test_a_claim_handed_back_after_a_crash_returns_its_budget_slot(sim, clock):
    await make_user(sim.db, SAM, now=clock.now())
    await notice(sim, SAM, "news", "n0")
    dead = f"{socket.gethostname()}:{a_dead_process()}:0badf00d"
    stats = DispatchStats()
    [claimed] = await claims.claim(sim.db, sim.settings, dead, clock.now(), 10, (), stats)
    assert claimed.counted
    # The claimer was killed before marking it sending: the next process hands it back, with
    # its slot of the day's budget, and sends it (using one slot, not two).
    async with sim.db.transaction() as session:
        assert (await session.get(User, SAM)).budget_used == 1
    await sim.dispatch()
    assert [who(m) for m in sim.telegram.chat(SAM)] == ["news"]
    async with sim.db.transaction() as session:
        assert (await session.get(User, SAM)).budget_used == 1


async def test_a_claim_whose_dispatcher_may_be_alive_waits_for_its_lease(sim, clock):
    await due_rows(sim.db, clock, 2)
    elsewhere = "another-machine:4242:cafe"
    async with sim.db.transaction() as session:
        await session.exec(
            update(OutboxMessage)
            .where(OutboxMessage.dedupe_key == "crash:0")
            .values(
                status="claimed",
                claimed_by=elsewhere,
                lease_until=clock.now() + timedelta(minutes=2),
            )
        )
        await session.exec(
            update(OutboxMessage)
            .where(OutboxMessage.dedupe_key == "crash:1")
            .values(
                status="sending",
                claimed_by=elsewhere,
                lease_until=clock.now() + timedelta(minutes=2),
            )
        )
    await sim.dispatch()
    assert sim.telegram.sent_count() == 0
    await sim.advance(minutes=3)
    assert Counter(r.status for r in await rows(sim)) == {"sent": 1, "unknown": 1}
    assert sim.telegram.sent_count() == 1


# -- priorities ---------------------------------------------------------------------------------


async def test_core_messages_go_out_with_the_budget_used_up_by_notices(sim, clock):
    await make_user(sim.db, SAM, now=clock.now())
    for i in range(5):  # five notices, one at a time: four use the budget, the fifth waits
        await notice(sim, SAM, f"news {i}", f"n{i}")
        await sim.advance(minutes=10)
    assert len(sim.telegram.chat(SAM)) == 4
    async with sim.db.transaction() as session:
        await outbox.enqueue(
            session,
            outbox.Outgoing(
                kind="pairing",
                user_id=SAM,
                view="privacy.partner_left",
                dedupe_key="core",
                due_at=clock.now(),
            ),
            clock.now(),
        )
    await sim.tick()
    assert sim.telegram.chat(SAM)[-1].text.startswith("Your partner has left Rekindle")
    [held] = await rows(sim, dedupe_key="n4")
    assert held.status == "pending" and held.error == "held: daily budget reached"


def test_every_kind_has_a_priority_and_core_is_never_budgeted():
    core = {name for name, kind in outbox.KINDS.items() if kind.priority == outbox.CORE}
    assert {
        "act",
        "checkin",
        "checkin_reminder",
        "checkin_step",
        "promise_reminder",
        "promise_check",
        "question",
    } <= core
    assert {"notice", "checkin_nudge", "question_nudge", "act_landed"}.isdisjoint(core)
    assert not any(outbox.KINDS[name].budgeted for name in core)
