"""The out-of-process fake Bot API that bench/crash.py measures the bot with: its log and faults.

The bot's own HTTP stack (python-telegram-bot's HTTPXRequest) talks to it over a real socket, so
what arrives at the bot is what a real proxy or Telegram answer would make of it.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
from telegram import Bot
from telegram.error import NetworkError, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from bot.simulator.botapi_server import (
    BotApiServer,
    Faults,
    Latency,
    text_hash,
)
from bot.simulator.requestlog import read_log

ROOT = Path(__file__).resolve().parents[2]
WORDS = "Leave a note in her coat pocket: «you make Mondays better»"
ACT_BUTTONS = {"inline_keyboard": [[{"text": "Done ✓", "callback_data": "act:done:17"}]]}


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Callable]:
    """Start a server with some faults; get a real Bot pointed at it, and the server's log."""
    started: list[tuple[BotApiServer, Bot]] = []

    async def start(faults: Faults) -> tuple[Bot, Path]:
        log = tmp_path / f"requests-{len(started)}.jsonl"
        server = BotApiServer(log, faults)
        port = await server.start()
        bot = Bot("123:test", base_url=f"http://127.0.0.1:{port}/bot", request=HTTPXRequest())
        await bot.initialize()
        started.append((server, bot))
        return bot, log

    yield start
    for server, bot in started:
        await bot.shutdown()
        await server.stop()


async def send_act(bot: Bot, chat_id: int = 501) -> object:
    """As the dispatcher's sender calls it."""
    return await bot.do_api_request(
        "sendMessage",
        api_kwargs={
            "chat_id": chat_id,
            "text": WORDS,
            "parse_mode": "HTML",
            "reply_markup": ACT_BUTTONS,
        },
    )


async def test_logs_each_request_on_arrival_and_on_answer_without_the_words(served):
    bot, log = await served(Faults())

    result = await send_act(bot)

    assert result["message_id"] >= 1 and result["text"] == WORDS
    methods = [(r.method, r.answer) for r in read_log(log)]
    assert methods == [("getMe", 200), ("sendMessage", 200)]
    send = read_log(log)[-1]
    assert send.chat_id == 501
    assert send.text_sha == text_hash(WORDS)
    assert send.identity == "act:17"  # the outbox row's subject, from the buttons
    assert send.delivered and send.answered_at >= send.received_at
    assert not send.open_at(time.time())
    events = [json.loads(line)["ev"] for line in log.read_text().splitlines()]
    assert events == ["recv", "resp", "recv", "resp"]
    assert "coat pocket" not in log.read_text()


async def test_a_502_with_an_html_body_reaches_the_sender_as_ptb_raises_it(served):
    bot, log = await served(Faults(share_502=1.0))

    with pytest.raises(NetworkError) as raised:
        await send_act(bot)

    error = raised.value
    assert not isinstance(error, RetryAfter)
    assert "Bad Gateway (502)" in str(error) and "<html>" in str(error)
    # What python-telegram-bot does with a body that is not JSON: a chained parse error.
    assert isinstance(error.__cause__, TelegramError)
    assert "Invalid server response" in str(error.__cause__)
    send = read_log(log)[-1]
    assert (send.answer, send.fault, send.delivered) == (502, "502", False)


async def test_429_and_500_answers_are_the_errors_telegram_gives(served):
    bot, log = await served(Faults(share_429=1.0, retry_after=7))
    with pytest.raises(RetryAfter) as limited:
        await send_act(bot)
    retry = limited.value.retry_after
    assert (retry.total_seconds() if hasattr(retry, "total_seconds") else retry) == 7

    bot, log = await served(Faults(share_500=1.0))
    with pytest.raises(NetworkError) as failed:
        await send_act(bot)
    assert "Internal Server Error" in str(failed.value)
    assert failed.value.__cause__ is None  # a JSON body: nothing chained
    assert [r.delivered for r in read_log(log) if r.method == "sendMessage"] == [False]


async def test_the_strict_limit_refuses_what_goes_over_it_in_one_second(served):
    bot, log = await served(Faults(per_second=3))

    outcomes = []
    for chat_id in range(1, 6):
        try:
            await send_act(bot, chat_id)
            outcomes.append("sent")
        except RetryAfter:
            outcomes.append("429")

    assert outcomes == ["sent", "sent", "sent", "429", "429"]
    sends = [r for r in read_log(log) if r.method == "sendMessage"]
    assert [r.delivered for r in sends] == [True, True, True, False, False]
    assert [r.fault for r in sends][-2:] == ["limit", "limit"]


async def test_a_request_the_bot_hung_up_on_shows_as_arrived_and_open(served):
    """What a SIGKILL mid-send looks like in the log: delivered, and never answered in time."""
    bot, log = await served(Faults(latency=Latency.parse("fixed:5000")))

    async with httpx.AsyncClient() as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.post(
                f"{bot.base_url}/sendMessage",
                data={"chat_id": "9", "text": "hello"},
                timeout=0.2,
            )
    hung_up = time.time()
    for _ in range(50):  # the server notices the closed connection on its next loop turn
        send = read_log(log)[-1]
        if send.gone_at is not None:
            break
        await asyncio.sleep(0.01)

    assert send.method == "sendMessage" and send.delivered
    assert send.answered_at is None and send.open_at(hung_up)
    assert send.gone_at is not None


def test_the_command_line_server_answers_logs_and_stops_cleanly(tmp_path):
    log = tmp_path / "requests.jsonl"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot.simulator.botapi_server",
            "--port=0",
            f"--log={log}",
            "--share-502=1",
            "--latency=uniform:1:5",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stdout.readline()
        assert line.startswith("listening on http://127.0.0.1:"), server.stderr.read()
        base = line.split()[-1]
        answer = httpx.post(f"{base}123:test/sendMessage", data={"chat_id": "4", "text": "x"})
        me = httpx.post(f"{base}123:test/getMe")
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = server.communicate(timeout=30)

    assert answer.status_code == 502 and answer.headers["content-type"].startswith("text/html")
    assert me.json()["result"]["is_bot"] is True
    assert [(r.method, r.answer) for r in read_log(log)] == [("sendMessage", 502), ("getMe", 200)]
    assert server.returncode == 0, err
