"""`python -m bot doctor`: passes on a sound set-up and names what is wrong otherwise."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.ops import doctor
from bot.simulator.harness import TEST_TOKEN, simulator_settings
from bot.simulator.telegram import FakeTelegram
from tests.ops.conftest import bot_env, free_port


@pytest.fixture
def sound(template_db: Path, tmp_path: Path) -> Settings:
    """A set-up as it should be: a migrated database in a folder only its owner can open."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    data.chmod(0o700)
    shutil.copy(template_db, data / "rekindle.db")
    (data / "rekindle.db").chmod(0o600)
    return simulator_settings(f"sqlite+aiosqlite:///{data}/rekindle.db")


async def run(settings: Settings, telegram: FakeTelegram, project: Path) -> tuple[int, str]:
    checks = await doctor.run_checks(settings, request=telegram, project=project)
    out = io.StringIO()
    return doctor.report(checks, settings, out), out.getvalue()


def line(output: str, name: str) -> str:
    """The line of the check called ``name`` (after the five-character status column)."""
    [found] = [row for row in output.splitlines() if row[6:].split(":", 1)[0] == name]
    return found


async def test_a_sound_set_up_passes(sound, clock, tmp_path):
    code, output = await run(sound, FakeTelegram(clock), tmp_path)
    assert code == 0, output
    assert output.splitlines()[-1] == "All sound."
    for name in ("token", "webhook", "database", "migrations", "content", "time zones"):
        assert line(output, name).startswith("ok "), output
    assert "@RekindleTestBot" in line(output, "token")
    assert line(output, "safety screen").startswith("ok    safety screen: loads and flags danger")
    assert "folder" in output and "FAIL" not in output


async def test_a_bad_token_is_named_with_what_to_do(sound, clock, tmp_path):
    telegram = FakeTelegram(clock)
    telegram.fail("getMe", "401")
    code, output = await run(sound, telegram, tmp_path)
    assert code == 1
    token = line(output, "token")
    assert token.startswith("FAIL  token: Telegram refused the token")
    assert "@BotFather" in token
    assert TEST_TOKEN not in output  # the token itself is never printed
    assert output.splitlines()[-1].startswith("1 problem(s): token.")


async def test_an_unreachable_database_is_named(sound, clock, tmp_path):
    nowhere = f"postgresql+asyncpg://rekindle:secret-pw@127.0.0.1:{free_port()}/rekindle"
    code, output = await run(
        sound.with_overrides(database_url=nowhere), FakeTelegram(clock), tmp_path
    )
    assert code == 1
    database = line(output, "database")
    assert database.startswith("FAIL  database: cannot reach postgresql+asyncpg://rekindle:***@")
    assert "check DATABASE_URL" in database
    assert "secret-pw" not in output


async def test_a_world_readable_data_folder_is_named(sound, clock, tmp_path):
    folder = Path(sound.database_url.split("///", 1)[1]).parent
    folder.chmod(0o755)
    (folder / "rekindle.db").chmod(0o644)
    code, output = await run(sound, FakeTelegram(clock), tmp_path)
    assert code == 1
    assert line(output, "data folder") == (
        f"FAIL  data folder: {folder} is 0755: everyone can look inside -> chmod 700 {folder}"
    )
    assert "rekindle.db 0644" in line(output, "database files")
    assert "chmod 600" in line(output, "database files")


async def test_a_database_not_yet_created_says_to_migrate(clock, tmp_path):
    settings = simulator_settings(f"sqlite+aiosqlite:///{tmp_path}/nothing-here.db")
    code, output = await run(settings, FakeTelegram(clock), tmp_path)
    assert code == 1
    assert "python -m bot migrate" in line(output, "database")
    assert not (tmp_path / "nothing-here.db").exists()  # doctor changes nothing


async def test_a_webhook_set_up_is_compared_with_what_telegram_has(sound, clock, tmp_path):
    settings = sound.with_overrides(
        bot_mode="webhook",
        webhook_url="https://bot.example.com/telegram",
        webhook_secret_token="s3cret",
    )
    telegram = FakeTelegram(clock)
    code, output = await run(settings, telegram, tmp_path)
    assert code == 1
    assert "Telegram has no webhook" in line(output, "webhook")
    assert "python -m bot web" in line(output, "webhook")
    telegram.webhook = {"url": "https://bot.example.com/telegram"}
    code, output = await run(settings, telegram, tmp_path)
    assert code == 0, output
    assert line(output, "webhook").startswith("ok    webhook: https://bot.example.com/telegram")


async def test_a_world_readable_env_file_is_a_warning(sound, clock, tmp_path):
    env = tmp_path / ".env"
    env.write_text("TELEGRAM_BOT_TOKEN=x\n")
    env.chmod(0o644)
    code, output = await run(sound, FakeTelegram(clock), tmp_path)
    assert code == 0  # a warning, not a failure
    assert line(output, ".env").startswith("warn")
    assert f"chmod 600 {env}" in line(output, ".env")


def test_the_command_runs_against_a_bot_api_server(bot_api, sound, tmp_path):
    """The real command line, with Telegram's HTTP replaced by a local server."""
    url = sound.database_url.replace("+aiosqlite", "")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "doctor"],
        cwd=tmp_path,
        env=bot_env(bot_api, url),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "getMe" in bot_api.calls and "getWebhookInfo" in bot_api.calls
    assert result.stdout.splitlines()[-1] == "All sound."
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "doctor"],
        cwd=tmp_path,
        env={**bot_env(bot_api, url), "TELEGRAM_BOT_TOKEN": "123:not-the-token"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1
    assert "FAIL  token: Telegram refused the token" in bad.stdout
    assert "not-the-token" not in bad.stdout + bad.stderr


async def test_who_can_read_metrics_is_reported(sound, clock, tmp_path):
    _, output = await run(sound, FakeTelegram(clock), tmp_path)
    assert line(output, "metrics").startswith("ok    metrics: /metrics not served"), output
    cases = [
        (dict(health_port=9108), "ok    metrics: /metrics on 127.0.0.1:9108 only"),
        (
            dict(health_port=9108, health_listen="0.0.0.0"),
            "warn  metrics: /metrics is open to anyone who reaches 0.0.0.0:9108 -> set "
            "METRICS_TOKEN",
        ),
        (dict(metrics_token="short"), "warn  metrics: METRICS_TOKEN has only 5 characters"),
        (
            dict(metrics_token="x" * 32, health_listen="0.0.0.0", health_port=9108),
            "ok    metrics: /metrics asks for METRICS_TOKEN (Bearer) on every port",
        ),
    ]
    for overrides, expected in cases:
        _, output = await run(sound.with_overrides(**overrides), FakeTelegram(clock), tmp_path)
        assert line(output, "metrics").startswith(expected), output
