"""Settings from the environment (and a `.env` file beside the project, via python-dotenv).

Only ``TELEGRAM_BOT_TOKEN`` is required, and only to talk to Telegram: tests, migrations and the
demo run without it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import time
from pathlib import Path

from dotenv import load_dotenv

DEFAULT_SQLITE_PATH = Path("data") / "rekindle.db"

TOKEN_HELP = (
    "TELEGRAM_BOT_TOKEN is not set, so Rekindle cannot talk to Telegram. To get a token: open "
    "Telegram, start a chat with @BotFather, send /newbot and follow the two questions (a name and "
    "a username ending in 'bot'); BotFather answers with a token like 123456789:AAE.... Put it in "
    "a file named .env next to the Makefile as TELEGRAM_BOT_TOKEN=<your token> (copy "
    ".env.example to start), or export it in your shell, then run `make run` again."
)


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and how to fix it."""


@dataclass(frozen=True)
class Settings:
    telegram_bot_token: str | None = None
    database_url: str = f"sqlite+aiosqlite:///{DEFAULT_SQLITE_PATH}"
    telegram_api_base_url: str | None = None
    log_level: str = "INFO"
    # The libraries' level (python-telegram-bot, httpx, the database drivers). None: INFO or
    # above whatever LOG_LEVEL says, because at DEBUG they log people's words (bot/logs.py).
    log_level_libraries: str | None = None

    # Messages the bot starts itself (not replies) per user per local day, across all features.
    daily_message_budget: int = 4
    # Default quiet hours (local time); each user can change theirs in /settings.
    quiet_hours_start: time = time(22, 0)
    quiet_hours_end: time = time(8, 0)
    default_act_time: time = time(9, 0)
    invite_ttl_hours: int = 48

    # Timer jobs and sending.
    planner_interval_seconds: float = 30.0
    dispatcher_interval_seconds: float = 1.0
    # Messages per second this process's dispatcher sends; 0 means no limit (benchmarks).
    dispatch_rate_per_second: float = 25.0
    # Messages per second for this whole process (the dispatcher's and the replies, in one rolling
    # second: bot/scheduling/ratelimit.py); 0 leaves only the dispatcher's own limit.
    telegram_rate_limit_per_second: float = 30.0

    # Webhook mode (see README: "Running on several machines").
    bot_mode: str = "polling"
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret_token: str | None = None
    # Updates handled at once (each person's still strictly in order). None: 1 on SQLite, which
    # has one writer at a time so concurrency only queues, and 16 on PostgreSQL.
    concurrent_updates: int | None = None
    # Whether this process runs the planner and dispatcher (None: yes, except for `web`).
    run_jobs: bool | None = None
    # /healthz, /readyz and /metrics on their own port (bot/ops/web.py); `web` serves them on
    # its own port as well.
    health_port: int | None = None
    health_listen: str = "127.0.0.1"
    # A Bearer token /metrics asks for on every port. None: /metrics is served only on
    # HEALTH_PORT, never on the public webhook port.
    metrics_token: str | None = None

    extra: dict[str, str] = field(default_factory=dict)

    def with_overrides(self, **changes: object) -> Settings:
        return replace(self, **changes)

    def require_token(self) -> str:
        if not self.telegram_bot_token:
            raise ConfigError(TOKEN_HELP)
        return self.telegram_bot_token

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def normalise_database_url(url: str) -> str:
    """Accept the URL forms hosting providers hand out and pick the async driver for each."""
    url = url.strip()
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+asyncpg://" + url[len("postgresql://") :]
    if url.startswith("sqlite://") and not url.startswith("sqlite+"):
        url = "sqlite+aiosqlite://" + url[len("sqlite://") :]
    if not (url.startswith("sqlite+aiosqlite://") or url.startswith("postgresql+asyncpg://")):
        raise ConfigError(
            f"DATABASE_URL {url!r} is not supported: use sqlite:///path/to/file.db or "
            "postgresql://user:password@host:5432/dbname"
        )
    return url


def _parse_time(name: str, value: str) -> time:
    try:
        hours, minutes = value.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError as exc:
        raise ConfigError(f"{name} must look like 22:00, got {value!r}") from exc


def _number(name: str, value: str, kind: type = float) -> float:
    try:
        number = kind(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a number, got {value!r}") from exc
    if number < 0:
        raise ConfigError(f"{name} must not be negative, got {value!r}")
    return number


def load_settings(environ: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
    """Read settings; a ``.env`` file in the working directory fills what the environment lacks."""
    if environ is None:
        if dotenv:
            load_dotenv(Path.cwd() / ".env", override=False)
        environ = os.environ
    env = {k: v for k, v in environ.items() if v is not None and v.strip() != ""}
    s = Settings()
    changes: dict[str, object] = {}
    if "TELEGRAM_BOT_TOKEN" in env:
        changes["telegram_bot_token"] = env["TELEGRAM_BOT_TOKEN"].strip()
    if "DATABASE_URL" in env:
        changes["database_url"] = normalise_database_url(env["DATABASE_URL"])
    if "TELEGRAM_API_BASE_URL" in env:
        changes["telegram_api_base_url"] = env["TELEGRAM_API_BASE_URL"].strip()
    if "LOG_LEVEL" in env:
        level = env["LOG_LEVEL"].strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
        changes["log_level"] = level
    if "LOG_LEVEL_LIBRARIES" in env:
        level = env["LOG_LEVEL_LIBRARIES"].strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(
                f"LOG_LEVEL_LIBRARIES must be DEBUG, INFO, WARNING or ERROR, got {level!r}"
            )
        changes["log_level_libraries"] = level
    if "DAILY_MESSAGE_BUDGET" in env:
        changes["daily_message_budget"] = int(
            _number("DAILY_MESSAGE_BUDGET", env["DAILY_MESSAGE_BUDGET"], int)
        )
    if "QUIET_HOURS" in env:
        start, _, end = env["QUIET_HOURS"].partition("-")
        changes["quiet_hours_start"] = _parse_time("QUIET_HOURS", start)
        changes["quiet_hours_end"] = _parse_time("QUIET_HOURS", end)
    for key, attr in (
        ("DISPATCH_RATE", "dispatch_rate_per_second"),
        ("TELEGRAM_RATE_LIMIT", "telegram_rate_limit_per_second"),
        ("PLANNER_INTERVAL", "planner_interval_seconds"),
        ("DISPATCHER_INTERVAL", "dispatcher_interval_seconds"),
    ):
        if key in env:
            changes[attr] = _number(key, env[key])
    if "BOT_MODE" in env:
        mode = env["BOT_MODE"].strip().lower()
        if mode not in {"polling", "webhook"}:
            raise ConfigError(f"BOT_MODE must be 'polling' or 'webhook', got {mode!r}")
        changes["bot_mode"] = mode
    if "WEBHOOK_URL" in env:
        changes["webhook_url"] = env["WEBHOOK_URL"].strip()
    if "WEBHOOK_LISTEN" in env:
        changes["webhook_listen"] = env["WEBHOOK_LISTEN"].strip()
    if "PORT" in env or "WEBHOOK_PORT" in env:
        changes["webhook_port"] = int(
            _number("WEBHOOK_PORT", env.get("WEBHOOK_PORT") or env["PORT"], int)
        )
    if "CONCURRENT_UPDATES" in env:
        changes["concurrent_updates"] = max(
            1, int(_number("CONCURRENT_UPDATES", env["CONCURRENT_UPDATES"], int))
        )
    if "RUN_JOBS" in env:
        changes["run_jobs"] = env["RUN_JOBS"].strip().lower() in ("1", "true", "yes", "on")
    if "HEALTH_PORT" in env:
        changes["health_port"] = int(_number("HEALTH_PORT", env["HEALTH_PORT"], int))
    if "HEALTH_LISTEN" in env:
        changes["health_listen"] = env["HEALTH_LISTEN"].strip()
    if "WEBHOOK_SECRET_TOKEN" in env:
        changes["webhook_secret_token"] = env["WEBHOOK_SECRET_TOKEN"].strip()
    if env.get("METRICS_TOKEN", "").strip():
        token = env["METRICS_TOKEN"].strip()
        if any(c.isspace() for c in token) or not token.isascii():
            raise ConfigError("METRICS_TOKEN must be one word of plain ASCII characters")
        changes["metrics_token"] = token
    return replace(s, **changes)
