"""``python -m bot doctor``: is this set-up sound? One line per check, and what to do if not.

Exit status 0 only when no check failed (a warning does not fail). Nothing is changed: the
database is only read, no file is created. The token and webhook checks go through
python-telegram-bot's request layer, so the tests run them against the fake Telegram.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import os
import stat
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool
from telegram import Bot
from telegram.error import InvalidToken, TelegramError
from telegram.request import BaseRequest

from bot.config import ConfigError, Settings
from bot.ops import health
from bot.storage.db import Database

Status = Literal["ok", "warn", "FAIL", "skip"]

# A sentence any working safety screen must flag (never shown to anyone).
SAFETY_PROBE = "I want to kill myself"
# (zone, a winter and a summer instant, the UTC offsets expected then, in minutes)
ZONE_PROBES = [
    ("Europe/Berlin", 60, 120),
    ("America/New_York", -300, -240),
    ("Australia/Lord_Howe", 660, 630),
    ("Asia/Kathmandu", 345, 345),
]


@dataclass
class Check:
    name: str
    status: Status
    detail: str
    fix: str = ""

    def line(self) -> str:
        text = f"{self.status:<5} {self.name}: {self.detail}"
        if self.fix and self.status in ("FAIL", "warn"):
            text += f" -> {self.fix}"
        return text


def _ok(name: str, detail: str) -> Check:
    return Check(name, "ok", detail)


def _fail(name: str, detail: str, fix: str) -> Check:
    return Check(name, "FAIL", detail, fix)


# -- Telegram -----------------------------------------------------------------------------------


async def check_telegram(settings: Settings, request: BaseRequest | None) -> list[Check]:
    """The token (getMe) and the webhook Telegram has on file (getWebhookInfo)."""
    token = settings.telegram_bot_token
    if not token:
        return [
            _fail(
                "token",
                "TELEGRAM_BOT_TOKEN is not set",
                "get one from @BotFather (/newbot) and put TELEGRAM_BOT_TOKEN=... in .env",
            ),
            Check("webhook", "skip", "needs the token"),
        ]
    kwargs: dict[str, Any] = {"request": request, "get_updates_request": request}
    if settings.telegram_api_base_url:
        kwargs["base_url"] = settings.telegram_api_base_url
    bot = Bot(token, **{k: v for k, v in kwargs.items() if v is not None})
    try:
        await bot.initialize()  # getMe
    except InvalidToken:
        return [
            _fail(
                "token",
                "Telegram refused the token (401 Unauthorized)",
                "copy it again from @BotFather (/mybots -> the bot -> API Token) into .env",
            ),
            Check("webhook", "skip", "needs a working token"),
        ]
    except TelegramError as exc:
        return [
            _fail(
                "token",
                f"could not ask Telegram ({type(exc).__name__}: {exc})",
                "check this machine reaches api.telegram.org (or TELEGRAM_API_BASE_URL)",
            ),
            Check("webhook", "skip", "Telegram did not answer"),
        ]
    try:
        checks = [_ok("token", f"Telegram knows this bot as @{bot.username}")]
        try:
            info = await bot.get_webhook_info()
        except TelegramError as exc:
            checks.append(_fail("webhook", f"getWebhookInfo failed ({exc})", "try again later"))
        else:
            checks.append(_webhook_check(settings, info))
        return checks
    finally:
        await bot.shutdown()


def _webhook_check(settings: Settings, info: Any) -> Check:
    from bot.serve import UPDATES, webhook_options

    if settings.bot_mode != "webhook":
        if info.url:
            return Check(
                "webhook",
                "warn",
                f"Telegram has a webhook ({info.url}), but BOT_MODE is polling: starting will "
                "remove it",
                "if another deployment receives this bot's updates, set BOT_MODE=webhook here",
            )
        return _ok("webhook", "none set, as polling needs")
    try:
        options = webhook_options(settings)
    except ConfigError as exc:
        return _fail("webhook", "the webhook settings are incomplete", str(exc))
    if info.url != options["webhook_url"]:
        return _fail(
            "webhook",
            f"Telegram has {info.url or 'no webhook'}, WEBHOOK_URL is {options['webhook_url']}",
            "start `python -m bot web`: it registers WEBHOOK_URL with Telegram",
        )
    if info.last_error_date is not None:
        age = datetime.now(UTC) - info.last_error_date
        if age < timedelta(hours=1):
            return Check(
                "webhook",
                "warn",
                f"Telegram's last delivery failed {age.seconds // 60} min ago: "
                f"{info.last_error_message}",
                f"check that the load balancer forwards {info.url} to port "
                f"{settings.webhook_port} of a running `python -m bot web`",
            )
    allowed = sorted(info.allowed_updates or [])
    if allowed and allowed != sorted(UPDATES):
        return Check(
            "webhook",
            "warn",
            f"Telegram sends {', '.join(allowed)}",
            "restart `python -m bot web` to register the updates Rekindle needs",
        )
    return _ok("webhook", f"{info.url}, {info.pending_update_count} update(s) waiting")


# -- the database and its files -----------------------------------------------------------------


def _private(mode: int) -> bool:
    return mode & 0o077 == 0


async def check_database(settings: Settings) -> list[Check]:
    url = settings.database_url
    shown = make_url(url).render_as_string(hide_password=True)
    path = health.sqlite_file(url)
    migrate_fix = "run `python -m bot migrate` (make run does it too)"
    if path is not None and not path.exists():
        return [
            _fail("database", f"{path} does not exist yet", migrate_fix),
            Check("migrations", "skip", "no database yet"),
        ]
    connect_args = {} if path is not None else {"timeout": 5}
    engine = create_async_engine(url, poolclass=NullPool, connect_args=connect_args)
    db = Database(url, engine=engine)
    try:
        revisions = await asyncio.wait_for(
            health.database_revisions(db), health.DATABASE_TIMEOUT + 1
        )
    except Exception as exc:
        if "alembic_version" in str(exc):
            return [
                _ok("database", f"{shown} answers"),
                _fail("migrations", "the database has never been migrated", migrate_fix),
            ]
        reason = "no answer" if isinstance(exc, TimeoutError) else health.describe_error(exc)
        return [
            _fail(
                "database",
                f"cannot reach {shown} ({reason})",
                "check DATABASE_URL, and that the database server runs and lets this machine in",
            ),
            Check("migrations", "skip", "no database"),
        ]
    finally:
        await db.dispose()
    heads = health.migration_heads()
    checks = [_ok("database", f"{shown} answers")]
    if revisions == set(heads):
        checks.append(_ok("migrations", f"at head ({', '.join(sorted(heads))})"))
    else:
        checks.append(
            _fail(
                "migrations",
                f"database at {', '.join(sorted(revisions)) or 'nothing'}, this code at "
                f"{', '.join(sorted(heads))}",
                migrate_fix + "; if the database is ahead, this code is older than it",
            )
        )
    return checks


def check_files(settings: Settings, project: Path) -> list[Check]:
    """The data folder 0700, the database files 0600, all owned by this user; .env not
    readable by others (it holds the token)."""
    checks: list[Check] = []
    path = health.sqlite_file(settings.database_url)
    uid = os.geteuid()
    if path is None:
        checks.append(Check("data folder", "skip", "not used (the data is in PostgreSQL)"))
    elif not path.parent.exists():
        checks.append(Check("data folder", "skip", f"{path.parent} does not exist yet"))
    else:
        folder = path.parent
        info = folder.stat()
        mode = stat.S_IMODE(info.st_mode)
        if info.st_uid != uid:
            checks.append(
                _fail(
                    "data folder",
                    f"{folder} belongs to uid {info.st_uid}, Rekindle runs as uid {uid}",
                    f"chown -R $(id -un) {folder} (or run Rekindle as its owner)",
                )
            )
        elif not _private(mode):
            who = "everyone" if mode & 0o007 else "its group"
            checks.append(
                _fail(
                    "data folder",
                    f"{folder} is {mode:04o}: {who} can look inside",
                    f"chmod 700 {folder}",
                )
            )
        else:
            checks.append(_ok("data folder", f"{folder} is {mode:04o}, only its owner's"))
        loose = []
        for file in sorted(folder.glob(path.name + "*")):
            file_mode = stat.S_IMODE(file.stat().st_mode)
            if not _private(file_mode) or file.stat().st_uid != uid:
                loose.append(f"{file.name} {file_mode:04o}")
        if loose:
            checks.append(
                _fail(
                    "database files",
                    f"readable by others, or not this user's: {', '.join(loose)}",
                    f"chmod 600 {folder}/{path.name}*",
                )
            )
        elif path.exists():
            checks.append(_ok("database files", "0600, only their owner's"))
    env = project / ".env"
    if env.exists():
        env_mode = stat.S_IMODE(env.stat().st_mode)
        if env_mode & 0o007:
            checks.append(
                Check(
                    ".env",
                    "warn",
                    f"{env} is {env_mode:04o}: every account on this machine can read the token",
                    f"chmod 600 {env}",
                )
            )
        else:
            checks.append(_ok(".env", f"{env_mode:04o}, not readable by others"))
    return checks


# -- /metrics ----------------------------------------------------------------------------------

_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def check_metrics(settings: Settings) -> Check:
    """Who can read /metrics (how busy the bot is, how its sends fare): with METRICS_TOKEN
    only those who have it; without, whoever reaches HEALTH_PORT (never the webhook port)."""
    token = settings.metrics_token
    if token is not None:
        if len(token) < 16:
            return Check(
                "metrics",
                "warn",
                f"METRICS_TOKEN has only {len(token)} characters: easy to guess",
                'make a longer one with: python -c "import secrets; '
                'print(secrets.token_urlsafe(32))"',
            )
        return _ok("metrics", "/metrics asks for METRICS_TOKEN (Bearer) on every port")
    webhook = settings.bot_mode == "webhook"
    port = settings.health_port
    if port is None or (webhook and port == settings.webhook_port):
        where = "the webhook port keeps it off; " if webhook else ""
        return _ok(
            "metrics",
            f"/metrics not served ({where}set HEALTH_PORT, or METRICS_TOKEN, to scrape it)",
        )
    if settings.health_listen not in _LOOPBACK:
        return Check(
            "metrics",
            "warn",
            f"/metrics is open to anyone who reaches {settings.health_listen}:{port}",
            "set METRICS_TOKEN (your scraper sends it as a Bearer token), or firewall the port",
        )
    return _ok(
        "metrics", f"/metrics on {settings.health_listen}:{port} only, no token needed there"
    )


# -- what the bot loads -------------------------------------------------------------------------


def check_content() -> Check:
    from bot import content

    try:
        content.load_all()
    except Exception as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return _fail(
            "content", first[:300], "fix the entry named here in content/, then run make test"
        )
    return _ok("content", "every file in content/ loads")


def _engine_name(status: Any) -> str:
    if isinstance(status, str):
        return status
    for key in ("engine", "name", "mode", "status"):
        value = status.get(key) if isinstance(status, dict) else getattr(status, key, None)
        if value:
            return str(value)
    return str(status)


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def check_safety() -> Check:
    """The safety screen loads and flags a plain sentence about self-harm. Which engine answers
    comes from ``engine_status()`` where the safety module has one; else it is the rules."""
    fix = "run make test (it checks the safety cases); reinstall with make run if a package is gone"
    try:
        safety = importlib.import_module("bot.services.safety")
        engine = "rules"
        status_of = getattr(safety, "engine_status", None)
        if callable(status_of):
            engine = _engine_name(await _maybe_await(status_of()))
        signal = await _maybe_await(safety.screen(SAFETY_PROBE))
    except Exception as exc:
        return _fail("safety screen", f"does not load ({type(exc).__name__}: {exc})"[:300], fix)
    if not getattr(signal, "flagged", signal):
        return _fail(
            "safety screen",
            f"loads ({engine}) but did not flag a plain sentence about self-harm",
            "check content/safety/rules/; " + fix,
        )
    return _ok("safety screen", f"loads and flags danger ({engine})")


def check_time_zones() -> Check:
    from importlib import metadata
    from importlib import resources as package_files
    from zoneinfo import ZoneInfo

    fix = "reinstall the tzdata package: make run (or pip install -c constraints.txt tzdata)"
    winter, summer = datetime(2026, 1, 15, 12, tzinfo=UTC), datetime(2026, 7, 15, 12, tzinfo=UTC)
    try:
        for zone, winter_offset, summer_offset in ZONE_PROBES:
            info = ZoneInfo(zone)
            got = [
                int(instant.astimezone(info).utcoffset().total_seconds() // 60)
                for instant in (winter, summer)
            ]
            if got != [winter_offset, summer_offset]:
                return _fail("time zones", f"{zone} has the wrong offsets {got}", fix)
        table = (package_files.files("tzdata.zoneinfo") / "zone.tab").read_text()
        if "\tEurope/Berlin" not in table:
            return _fail("time zones", "zone.tab (zones to countries) is incomplete", fix)
        version = metadata.version("tzdata")
    except Exception as exc:
        return _fail("time zones", f"cannot load ({type(exc).__name__}: {exc})", fix)
    return _ok("time zones", f"tzdata {version}: Berlin, New York, Lord Howe, Kathmandu check out")


# -- all of it ----------------------------------------------------------------------------------


async def run_checks(
    settings: Settings, *, request: BaseRequest | None = None, project: Path | None = None
) -> list[Check]:
    checks = await check_telegram(settings, request)
    checks += await check_database(settings)
    checks += check_files(settings, project or Path.cwd())
    checks.append(check_metrics(settings))
    checks.append(check_content())
    checks.append(await check_safety())
    checks.append(check_time_zones())
    return checks


def report(checks: list[Check], settings: Settings, out: TextIO) -> int:
    token = settings.telegram_bot_token
    failed = [c for c in checks if c.status == "FAIL"]
    for check in checks:
        line = check.line()
        if token:
            line = line.replace(token, "<token>")
        print(line, file=out)
    if failed:
        names = ", ".join(c.name for c in failed)
        print(f"{len(failed)} problem(s): {names}. Fix them as shown, then run again.", file=out)
        return 1
    print("All sound.", file=out)
    return 0


def main(
    settings: Settings, *, request: BaseRequest | None = None, out: TextIO | None = None
) -> int:
    out = out or sys.stdout
    checks = asyncio.run(run_checks(settings, request=request))
    return report(checks, settings, out)
