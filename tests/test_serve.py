"""Webhook and worker modes: the scale-out path (the webhook server itself: tests/ops)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.serve import webhook_options
from bot.storage.migrate import upgrade
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
        if "sendMessage" in BotAPI.calls:  # (requests run on threads: not only the last)
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
        "LOG_LEVEL": "INFO",  # its start-up timeline, should this fail
        "DISPATCHER_INTERVAL": "0.2",
    }
    log = tmp_path / "worker.log"
    with log.open("w") as out:  # a file, not a pipe: a pipe nobody reads blocks the process
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"], cwd=tmp_path, env=env, stdout=out, stderr=out
        )
    try:
        sent_in_time = sent.wait(timeout=120)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=60)
        server.shutdown()
        server.server_close()
    err = log.read_text()
    assert sent_in_time, f"the worker never sent the due message; its log:\n{err}"
    assert process.returncode == 0, err
    assert "getUpdates" not in BotAPI.calls and "setWebhook" not in BotAPI.calls
    with sqlite3.connect(tmp_path / "bot.db") as conn:
        assert conn.execute("SELECT status FROM outbox").fetchall() == [("sent",)]
