"""Webhook and worker modes: the scale-out path."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from bot.app import build_application
from bot.config import ConfigError, Settings
from bot.serve import webhook_options
from bot.simulator.harness import simulator_settings
from bot.simulator.telegram import FakeTelegram
from bot.storage.migrate import upgrade
from tests.conftest import SAM_ID
from tests.test_polling import BotAPI

ROOT = Path(__file__).resolve().parent.parent


def test_webhook_settings_are_checked():
    good = Settings(
        webhook_url="https://bot.example.com/telegram", webhook_secret_token="s3cret-Token_1"
    )
    options = webhook_options(good)
    assert options["url_path"] == "telegram" and options["secret_token"] == "s3cret-Token_1"
    with pytest.raises(ConfigError, match="WEBHOOK_URL"):
        webhook_options(Settings(webhook_secret_token="x"))
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET_TOKEN"):
        webhook_options(Settings(webhook_url="https://bot.example.com/tg"))
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET_TOKEN"):
        webhook_options(
            Settings(webhook_url="https://bot.example.com/tg", webhook_secret_token="no spaces")
        )
    with pytest.raises(ConfigError, match="https"):
        webhook_options(Settings(webhook_url="http://bot.example.com/tg", webhook_secret_token="x"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_the_webhook_refuses_requests_without_the_secret_token(db_url, clock):
    telegram = FakeTelegram(clock)
    settings = simulator_settings(
        db_url,
        webhook_url="https://bot.example.com/telegram",
        webhook_secret_token="the-right-secret",
        webhook_listen="127.0.0.1",
        webhook_port=free_port(),
        run_jobs=False,
    )
    app = build_application(settings, clock=clock, request=telegram)
    options = webhook_options(settings)
    await app.initialize()
    await app.post_init(app)
    await app.updater.start_webhook(**options)
    await app.start()
    try:
        assert telegram.webhook["url"] == "https://bot.example.com/telegram"
        assert telegram.webhook["secret_token"] == "the-right-secret"
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "date": int(clock.now().timestamp()),
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
                "chat": {"id": SAM_ID, "type": "private", "first_name": "Sam"},
                "from": {"id": SAM_ID, "is_bot": False, "first_name": "Sam"},
            },
        }
        url = f"http://127.0.0.1:{options['port']}/telegram"
        async with httpx.AsyncClient() as client:
            missing = await client.post(url, json=update)
            wrong = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}
            )
            assert (missing.status_code, wrong.status_code) == (403, 403)
            await app.update_queue.join()
            assert telegram.chat(SAM_ID) == []  # nothing was handled
            right = await client.post(
                url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "the-right-secret"}
            )
            assert right.status_code == 200
        await asyncio.wait_for(app.update_queue.join(), timeout=30)
        [welcome] = telegram.chat(SAM_ID)
        assert "I'm Rekindle" in welcome.text
        assert app.job_queue.jobs() == ()  # web processes leave the timer jobs to the workers
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


def test_a_worker_sends_from_the_outbox_and_never_polls(tmp_path):
    """BOT_MODE=webhook `python -m bot`: planner and dispatcher only."""
    import sqlite3

    url = f"sqlite+aiosqlite:///{tmp_path}/bot.db"
    upgrade(url)
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        conn.execute(
            "INSERT INTO couples (id, created_at, long_distance, missed_weeks)"
            " VALUES (1, '2026-01-01', 0, 0)"
        )
        conn.execute(
            "INSERT INTO users (id, name, language, timezone, act_time, couple_id, consented_at,"
            " setup_done_at, flow_data, budget_used, created_at, updated_at, quiet_start,"
            " quiet_end) VALUES (42, 'Sam', 'en', 'UTC', '09:00:00', 1, '2026-01-01',"
            " '2026-01-01', '{}', 0, '2026-01-01', '2026-01-01', '00:00:00', '00:00:00')"
        )
        conn.execute(
            "INSERT INTO outbox (kind, dedupe_key, user_id, view, due_at, urgent, status,"
            " attempts, created_at) VALUES ('pairing', 'w1', 42, 'privacy.partner_left',"
            " '2026-01-01', 1, 'pending', 0, '2026-01-01')"
        )
    sent = threading.Event()
    BotAPI.calls.clear()
    original = BotAPI.do_POST

    def do_post(handler):
        original(handler)
        if BotAPI.calls and BotAPI.calls[-1] == "sendMessage":
            sent.set()

    server = ThreadingHTTPServer(("127.0.0.1", 0), type("API", (BotAPI,), {"do_POST": do_post}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{server.server_port}/bot",
        "DATABASE_URL": url.replace("+aiosqlite", ""),
        "BOT_MODE": "webhook",
        "LOG_LEVEL": "WARNING",
        "DISPATCHER_INTERVAL": "0.2",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert sent.wait(timeout=90), "the worker never sent the due message"
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        server.shutdown()
        server.server_close()
    assert process.returncode == 0, err
    assert "getUpdates" not in BotAPI.calls and "setWebhook" not in BotAPI.calls
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("SELECT status FROM outbox").fetchall() == [("sent",)]
