"""The webhook: the secret first, nothing over 1 MB read, 400 for what is not an update."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.app import build_application
from bot.ops.web import MAX_BODY, Webhook, asgi_app
from bot.runtime import runtime_of
from bot.simulator.harness import simulator_settings
from bot.simulator.telegram import FakeTelegram
from tests.conftest import SAM_ID
from tests.ops.conftest import bot_env, free_port, rss_peak_kib, start_bot, stop_bot, wait_for_http

SECRET = "the-right-secret"
GOOD = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def start_update(update_id: int, now: int) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": now,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": SAM_ID, "type": "private", "first_name": "Sam"},
            "from": {"id": SAM_ID, "is_bot": False, "first_name": "Sam"},
        },
    }


@pytest.fixture
async def web(db_url, clock) -> AsyncIterator[tuple[httpx.AsyncClient, FakeTelegram, object]]:
    """A web process's app in this process: the real Application behind the webhook route."""
    telegram = FakeTelegram(clock)
    app = build_application(
        simulator_settings(db_url, run_jobs=False), clock=clock, request=telegram
    )
    asgi = asgi_app(app, runs_jobs=False, webhook=Webhook("/telegram", SECRET))
    async with app:
        await app.start()
        transport = httpx.ASGITransport(app=asgi)
        async with httpx.AsyncClient(transport=transport, base_url="http://rekindle") as client:
            yield client, telegram, app
        await app.stop()
    # What a process's post_shutdown does (``async with app`` does not run it): the database's
    # connections closed while this test's event loop still runs, not by their threads later.
    await runtime_of(app).db.dispose()


async def test_only_requests_with_the_secret_are_handled(web, clock):
    client, telegram, app = web
    update = start_update(1, int(clock.now().timestamp()))
    missing = await client.post("/telegram", json=update)
    wrong = await client.post(
        "/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET[:-1]}
    )
    assert (missing.status_code, wrong.status_code) == (403, 403)
    await app.update_queue.join()
    assert telegram.chat(SAM_ID) == []  # nothing was handled
    right = await client.post("/telegram", json=update, headers=GOOD)
    assert right.status_code == 200
    await asyncio.wait_for(app.update_queue.join(), timeout=30)
    [welcome] = telegram.chat(SAM_ID)
    assert "I'm Rekindle" in welcome.text
    assert app.job_queue.jobs() == ()  # web processes leave the timer jobs to the workers


async def test_what_is_not_an_update_gets_400_and_nothing_happens(web):
    client, telegram, app = web
    for body in (b'{"update_id": 1, "message": {', b"[1, 2, 3]", b"\xff\xfe", b"", b'{"a": 1}'):
        answer = await client.post(
            "/telegram", content=body, headers={**GOOD, "Content-Type": "application/json"}
        )
        assert answer.status_code == 400, body
    await app.update_queue.join()
    assert telegram.chat(SAM_ID) == []


async def test_a_body_over_1_mb_is_refused_even_with_the_secret(web):
    client, _, _ = web
    big = b" " * (MAX_BODY + 1)
    answer = await client.post("/telegram", content=big, headers=GOOD)
    assert answer.status_code == 413


async def test_health_endpoints_share_the_webhook_port(web):
    client, _, _ = web
    assert (await client.get("/healthz")).status_code == 200
    ready = await client.get("/readyz")
    assert ready.status_code == 200, ready.text  # no timer jobs expected in a web process
    assert "timer jobs: not run by this process" in ready.text
    # Without METRICS_TOKEN, /metrics stays off the public port (HEALTH_PORT serves it).
    assert (await client.get("/metrics")).status_code == 404


async def test_with_a_metrics_token_metrics_need_it_on_every_port(db_url, clock):
    token = "metrics-token-for-the-test"
    telegram = FakeTelegram(clock)
    settings = simulator_settings(db_url, run_jobs=False).with_overrides(metrics_token=token)
    app = build_application(settings, clock=clock, request=telegram)
    webhook_port = asgi_app(app, runs_jobs=False, webhook=Webhook("/telegram", SECRET))
    health_port = asgi_app(app, runs_jobs=False)
    async with app:
        for asgi in (webhook_port, health_port):
            transport = httpx.ASGITransport(app=asgi)
            async with httpx.AsyncClient(transport=transport, base_url="http://rekindle") as client:
                for headers in (
                    {},
                    {"Authorization": f"Bearer {token[:-1]}"},
                    {"Authorization": token},
                ):
                    refused = await client.get("/metrics", headers=headers)
                    assert refused.status_code == 401, headers
                    assert refused.headers["www-authenticate"] == "Bearer"
                    assert "rekindle_" not in refused.text
                page = await client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
                assert page.status_code == 200 and "rekindle_sends_total" in page.text
                assert (await client.get("/healthz")).status_code == 200  # no token needed
    await runtime_of(app).db.dispose()  # see ``web``


# -- a real `python -m bot web` process ---------------------------------------------------------

TWO_MB = 2 * 1024 * 1024


def _post_raw(port: int, headers: dict[str, str], body: bytes, chunked: bool = False) -> int:
    """Send a request as an attacker would (all of it, whatever the server says), and return
    the status the server answered with (0 if it closed without one)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        head = "POST /telegram HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        head += "Transfer-Encoding: chunked\r\n" if chunked else f"Content-Length: {len(body)}\r\n"
        try:
            sock.sendall((head + "\r\n").encode())
            step = 64 * 1024
            for start in range(0, len(body), step):
                piece = body[start : start + step]
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            if chunked:
                sock.sendall(b"0\r\n\r\n")
        except OSError:  # the server closed the connection: what it answered is waiting
            pass
        try:
            status_line = sock.recv(64).split(b"\r\n", 1)[0]
        except OSError:
            return 0
        return int(status_line.split()[1]) if status_line.startswith(b"HTTP/") else 0


def test_a_web_process_refuses_2_mb_bodies_without_growing(bot_api, tmp_path):
    port = free_port()
    env = bot_env(
        bot_api,
        f"sqlite:///{tmp_path}/bot.db",
        BOT_MODE="webhook",
        WEBHOOK_URL="https://bot.example.com/telegram",
        WEBHOOK_SECRET_TOKEN=SECRET,
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
    )
    process = start_bot(["web"], env, tmp_path)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/healthz", process)
        assert bot_api.webhook["url"] == "https://bot.example.com/telegram"
        assert bot_api.webhook["secret_token"] == SECRET
        # Warm every path once, so that what follows measures only the bodies.
        assert _post_raw(port, {}, b"{}") == 403
        assert _post_raw(port, GOOD, b"{not json") == 400
        assert _post_raw(port, GOOD, b" " * (MAX_BODY + 1)) == 413
        before = rss_peak_kib(process.pid)

        body = b"x" * TWO_MB
        statuses: list[int] = []
        attacks = [({}, False), ({}, True), ({"X-Telegram-Bot-Api-Secret-Token": "guess"}, False)]
        threads = [
            threading.Thread(target=lambda h=h, c=c: statuses.append(_post_raw(port, h, body, c)))
            for h, c in attacks * 4  # twelve 2 MB bodies at once: 24 MB if they were read
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert statuses == [403] * 12
        unread_mib = (rss_peak_kib(process.pid) - before) / 1024
        # With the secret, a declared 2 MB is refused unread, a streamed one once past 1 MB.
        assert _post_raw(port, GOOD, body) == 413
        assert _post_raw(port, GOOD, body, chunked=True) == 413
        total_mib = (rss_peak_kib(process.pid) - before) / 1024
        print(f"peak resident memory grew by {unread_mib:.1f} MiB, {total_mib:.1f} MiB in all")
        # python-telegram-bot's own server grew by about 52 MiB on the twelve alone.
        assert unread_mib < 2, f"twelve refused bodies grew the process by {unread_mib:.1f} MiB"
        assert total_mib < 4, f"the process grew by {total_mib:.1f} MiB"
        assert httpx.get(f"http://127.0.0.1:{port}/healthz").status_code == 200
    finally:
        code, err = stop_bot(process)
    assert code == 0, err
    assert "Traceback" not in err
