"""The three ways to run the bot process.

* ``polling`` (``python -m bot``, the default): one process fetches updates and runs the timer
  jobs. Right for one machine.
* ``web`` (``python -m bot web``): receives updates by webhook, checking Telegram's secret token
  on every request; stateless, so any number can run behind a load balancer.
* ``worker`` (``python -m bot`` with ``BOT_MODE=webhook``): runs the planner and dispatcher only.
  Several may run on one PostgreSQL database; each sends at most ``DISPATCH_RATE`` per second.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any
from urllib.parse import urlsplit

from telegram.ext import Application

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

UPDATES = ["message", "callback_query", "my_chat_member"]
_SECRET_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for python-telegram-bot's webhook server, checked for mistakes."""
    if not settings.webhook_url:
        raise ConfigError(
            "Webhook mode needs WEBHOOK_URL: the public https address Telegram should call, "
            "for example https://bot.example.com/telegram"
        )
    secret = settings.webhook_secret_token or ""
    if not (1 <= len(secret) <= 256 and set(secret) <= _SECRET_CHARS):
        raise ConfigError(
            "Webhook mode needs WEBHOOK_SECRET_TOKEN (1-256 letters, digits, _ or -), the same "
            "in every web process; requests without it are refused. Make one with: "
            'python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    parts = urlsplit(settings.webhook_url)
    if parts.scheme != "https" and parts.hostname not in ("localhost", "127.0.0.1"):
        raise ConfigError("WEBHOOK_URL must start with https:// (Telegram only calls https)")
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": parts.path.strip("/") or "telegram",
        "webhook_url": settings.webhook_url,
        "secret_token": secret,
        "allowed_updates": UPDATES,
    }


def run_polling(application: Application) -> None:
    application.run_polling(allowed_updates=UPDATES)


def run_web(application: Application, settings: Settings) -> None:
    application.run_webhook(**webhook_options(settings))


def run_worker(application: Application) -> None:
    """Timer jobs only: no updates are fetched (the web processes receive them)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        async with application:
            if application.post_init:
                await application.post_init(application)
            await application.start()
            log.info("worker running: planner and dispatcher only")
            await stop.wait()
            await application.stop()
        if application.post_shutdown:
            await application.post_shutdown(application)

    asyncio.run(main())
