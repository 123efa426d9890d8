from __future__ import annotations

import os
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import ConfigError, Settings, load_settings, normalise_database_url

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_need_only_a_token():
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "1:abc"})
    assert settings.database_url == "sqlite+aiosqlite:///data/rekindle.db"
    assert settings.telegram_api_base_url is None
    assert settings.log_level == "INFO"
    assert settings.daily_message_budget == 4
    assert (settings.quiet_hours_start, settings.quiet_hours_end) == (time(22), time(8))


def test_missing_token_explains_how_to_get_one():
    with pytest.raises(ConfigError, match="@BotFather"):
        load_settings({}).require_token()


def test_environment_values_are_read_and_checked():
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": "1:abc",
            "DATABASE_URL": "postgres://u:p@db:5432/rekindle",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "LOG_LEVEL": "debug",
            "QUIET_HOURS": "23:00-07:30",
            "DAILY_MESSAGE_BUDGET": "6",
        }
    )
    assert settings.database_url == "postgresql+asyncpg://u:p@db:5432/rekindle"
    assert settings.log_level == "DEBUG"
    assert (settings.quiet_hours_start, settings.quiet_hours_end) == (time(23), time(7, 30))
    assert settings.daily_message_budget == 6
    for bad in (
        {"LOG_LEVEL": "loud"},
        {"QUIET_HOURS": "late"},
        {"DATABASE_URL": "mysql://x"},
        {"DAILY_MESSAGE_BUDGET": "-1"},
        {"BOT_MODE": "carrier-pigeon"},
    ):
        with pytest.raises(ConfigError):
            load_settings(bad)


def test_the_health_port_is_off_unless_set():
    assert load_settings({}).health_port is None
    settings = load_settings({"HEALTH_PORT": "9108", "HEALTH_LISTEN": "0.0.0.0"})
    assert (settings.health_port, settings.health_listen) == (9108, "0.0.0.0")
    with pytest.raises(ConfigError, match="HEALTH_PORT must be a number"):
        load_settings({"HEALTH_PORT": "metrics"})


def test_the_metrics_token_is_off_unless_set_and_one_word():
    assert load_settings({}).metrics_token is None
    assert load_settings({"METRICS_TOKEN": "  "}).metrics_token is None
    assert load_settings({"METRICS_TOKEN": " abc-123 "}).metrics_token == "abc-123"
    with pytest.raises(ConfigError, match="METRICS_TOKEN must be one word"):
        load_settings({"METRICS_TOKEN": "two words"})


def test_database_urls_get_the_async_driver():
    assert normalise_database_url("sqlite:///data/x.db") == "sqlite+aiosqlite:///data/x.db"
    assert normalise_database_url("postgresql://h/db") == "postgresql+asyncpg://h/db"


def test_a_self_hosted_bot_api_server_is_used(tmp_path):
    settings = Settings(
        telegram_bot_token="1:abc",
        database_url=f"sqlite+aiosqlite:///{tmp_path}/x.db",
        telegram_api_base_url="http://127.0.0.1:8081/bot",
    )
    app = build_application(settings)
    assert app.bot.base_url == "http://127.0.0.1:8081/bot1:abc"


def test_run_without_a_token_exits_with_the_explanation(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "@BotFather" in result.stderr
    assert "Traceback" not in result.stderr
