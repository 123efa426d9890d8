"""Building the Application: the bot, its handlers and the two timer jobs."""

from __future__ import annotations

import asyncio
import logging

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot import content, handlers
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.runtime import BotContext, Runtime, runtime_of
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.sender import telegram_sender
from bot.services import acts as _acts  # noqa: F401  (registers the daily-act planner)
from bot.services import checkins as _checkins  # noqa: F401  (registers the check-in planner)
from bot.services import privacy as _privacy  # noqa: F401  (registers the retention job)
from bot.services import safety
from bot.storage.db import Database
from bot.updates import PerPersonUpdateProcessor

log = logging.getLogger(__name__)


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    db: Database | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
) -> Application:
    """The bot as configured; ``request`` replaces the HTTP layer (the tests' fake Telegram)."""
    content.load_all()  # fail at start, naming the bad entry, rather than mid-conversation
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .context_types(ContextTypes(context=BotContext))
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )
        )
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
        .concurrent_updates(
            PerPersonUpdateProcessor(
                settings.concurrent_updates or (1 if settings.is_sqlite else 16)
            )
        )
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url)
    if request is not None:
        builder = builder.request(request).get_updates_request(updates_request or request)
    if settings.telegram_rate_limit_per_second > 0:
        builder = builder.rate_limiter(
            AIORateLimiter(
                overall_max_rate=settings.telegram_rate_limit_per_second,
                overall_time_period=1,
                max_retries=0,
            )
        )
    application = builder.build()
    rt = Runtime(
        settings=settings, db=db or Database(settings.database_url), clock=clock or SystemClock()
    )
    rt.dispatcher = Dispatcher(rt.db, rt.clock, settings, telegram_sender(application.bot))
    application.bot_data["rt"] = rt
    handlers.register(application)
    return application


async def on_startup(application: Application) -> None:
    """After ``initialize`` (so the bot knows its username): commands and timer jobs."""
    rt = runtime_of(application)
    status = await asyncio.get_running_loop().run_in_executor(None, safety.warm)
    if status.full:
        log.info("%s", status)
    else:  # loudly: danger written in other words than the phrase lists will be missed
        log.warning("SAFETY SCREEN DEGRADED — %s", status)
    try:
        await application.bot.set_my_commands(handlers.command_list())
    except TelegramError as exc:
        # The menu is a convenience; the bot works without it.
        log.warning("could not register the command list with Telegram: %s", exc)
    jobs = application.job_queue
    if jobs is not None and rt.settings.run_jobs is not False:
        job_kwargs = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}
        jobs.run_repeating(
            planner_job,
            interval=rt.settings.planner_interval_seconds,
            first=1,
            name="planner",
            job_kwargs=job_kwargs,
        )
        jobs.run_repeating(
            dispatcher_job,
            interval=rt.settings.dispatcher_interval_seconds,
            first=1,
            name="dispatcher",
            job_kwargs=job_kwargs,
        )


async def on_shutdown(application: Application) -> None:
    await runtime_of(application).db.dispose()


async def planner_job(context: BotContext) -> None:
    from bot.scheduling import planner

    await planner.run(context.rt)


async def dispatcher_job(context: BotContext) -> None:
    rt = context.rt
    assert rt.dispatcher is not None
    # Leave a little of the interval free so runs do not pile up behind each other.
    await rt.dispatcher.run(max_seconds=max(rt.settings.dispatcher_interval_seconds * 0.9, 0.5))
