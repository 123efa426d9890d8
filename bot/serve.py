"""The three ways to run the bot process, all through one runner.

* ``polling`` (``python -m bot``, the default): one process fetches updates and runs the timer
  jobs. Right for one machine; exactly one per database (``bot.ops.locks.one_poller``).
* ``web`` (``python -m bot web``): receives updates by webhook (``bot.ops.web``: the secret
  token checked first, bodies over 1 MB refused unread); stateless, so any number can run
  behind a load balancer. /healthz and /readyz are served on the same port (/metrics only with
  METRICS_TOKEN, see bot/ops/web.py).
* ``worker`` (``python -m bot`` with ``BOT_MODE=webhook``): runs the planner and dispatcher only.
  Several may run on one PostgreSQL database; each sends at most ``DISPATCH_RATE`` per second.

Every mode migrates the database first (safe from several processes at once) and, with
``HEALTH_PORT`` set, serves the health endpoints on that port too. The runner owns SIGINT and
SIGTERM: either stops the process cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any, Literal
from urllib.parse import urlsplit

from telegram.ext import Application

from bot.config import ConfigError, Settings
from bot.logs import Plain

log = logging.getLogger(__name__)

Mode = Literal["polling", "web", "worker"]
UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]
_SECRET_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def webhook_options(settings: Settings) -> dict[str, Any]:
    """The webhook's address, path and secret, checked for mistakes."""
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


def migrate(settings: Settings) -> None:
    from bot.storage.migrate import upgrade

    upgrade(settings.database_url)
    log.info("database is up to date")


def run(settings: Settings, mode: Mode) -> None:
    """Run until SIGINT or SIGTERM. Raises ConfigError or AlreadyRunning before starting."""
    asyncio.run(_run(settings, mode))


def _servers(settings: Settings, mode: Mode) -> list[tuple[str, Any]]:
    """(role, bound socket) for each HTTP server this process runs; bound now, so a port in
    use stops the process before anything else starts."""
    from bot.ops.web import listening_socket

    servers: list[tuple[str, Any]] = []
    if mode == "web":
        sock = listening_socket(settings.webhook_listen, settings.webhook_port, "WEBHOOK_PORT")
        servers.append(("web", sock))
    if settings.health_port is not None and not (
        mode == "web" and settings.health_port == settings.webhook_port
    ):
        sock = listening_socket(settings.health_listen, settings.health_port, "HEALTH_PORT")
        servers.append(("health", sock))
    return servers


async def _run(settings: Settings, mode: Mode) -> None:
    from bot.ops import locks

    options = webhook_options(settings) if mode == "web" else None
    stop = asyncio.Event()
    lost: list[locks.AlreadyRunning] = []

    def lock_lost(exc: locks.AlreadyRunning) -> None:
        """Another poller took the lock while this one had lost its database connection."""
        lost.append(exc)
        stop.set()

    async with contextlib.AsyncExitStack() as stack:
        if mode == "polling":  # first of all, so that a second poller stops at once
            await stack.enter_async_context(locks.one_poller(settings.database_url, lock_lost))
        from bot.app import build_application
        from bot.ops.web import HttpServer, Webhook, asgi_app

        sockets = _servers(settings, mode)
        for _, sock in sockets:
            stack.callback(sock.close)
        await asyncio.to_thread(migrate, settings)
        application = build_application(settings, serves_updates=mode != "worker")
        runs_jobs = settings.run_jobs is not False
        webhook = Webhook("/" + options["url_path"], options["secret_token"]) if options else None
        servers = [
            HttpServer(
                asgi_app(
                    application,
                    runs_jobs=runs_jobs,
                    webhook=webhook if role == "web" else None,
                ),
                sock,
            )
            for role, sock in sockets
        ]
        await _serve(application, mode, servers, options, stop)
    if lost:
        raise lost[0]


async def _serve(
    application: Application,
    mode: Mode,
    servers: list[Any],
    options: dict[str, Any] | None,
    stop: asyncio.Event,
) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with application:
            if application.post_init:
                await application.post_init(application)
            if mode == "polling":
                assert application.updater is not None
                await application.updater.start_polling(allowed_updates=UPDATES)
            elif mode == "web":
                assert options is not None
                await application.bot.set_webhook(
                    url=options["webhook_url"],
                    secret_token=options["secret_token"],
                    allowed_updates=options["allowed_updates"],
                )
            await application.start()
            for server in servers:
                await server.start(on_exit=stop.set)  # a server that dies stops the process
            log.info(
                "running: %s%s",
                Plain(
                    {"polling": "polling Telegram", "web": "webhook", "worker": "timer jobs only"}[
                        mode
                    ]
                ),
                Plain("".join(f"; http on port {s.port}" for s in servers)),
            )
            await stop.wait()
            for server in servers:
                await server.stop()
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            await application.stop()
        if application.post_shutdown:
            await application.post_shutdown(application)
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
