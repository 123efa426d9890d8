"""Building the Application: the bot, its handlers and the two timer jobs."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot, BotCommandScopeAllPrivateChats, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    TypeHandler,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import content, handlers
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.handlers.common import unread_answers
from bot.ops import metrics
from bot.runtime import BotContext, Runtime, runtime_of
from bot.scheduling import planner
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.leaving import traced_request
from bot.scheduling.planner import Planner
from bot.scheduling.ratelimit import WindowLimiter, window_for
from bot.scheduling.sender import telegram_sender
from bot.services import preload, privacy, safety
from bot.services.acts import planning as act_planning
from bot.services.checkins import planning as checkin_planning
from bot.services.questions import planning as question_planning
from bot.storage.db import Database
from bot.updates import PerPersonUpdateProcessor
from bot.views import catalogue, charts, intents

log = logging.getLogger(__name__)

# Everything the planner job runs, in this order: each turns a schedule in the database into
# outbox rows (see bot/scheduling/planner.py).
PLANNERS = (
    Planner("acts", act_planning.plan, act_planning.next_due),
    Planner("checkins", checkin_planning.plan, checkin_planning.next_due),
    Planner("questions", question_planning.plan, question_planning.next_due),
    Planner("retention", privacy.forget_old_words, privacy.retention_next_due),
)

# How long start-up waits for the look-up data (bot/services/preload.py) before serving anyway.
PRELOAD_WAIT_SECONDS = 15


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    db: Database | None = None,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    serves_updates: bool = True,
) -> Application:
    """The bot as configured; ``request`` replaces the HTTP layer (the tests' fake Telegram).
    ``serves_updates=False``: a process that only runs the timer jobs (a webhook worker)."""
    # Fail at start, naming the bad file and entry, rather than mid-conversation.
    content.load_all()
    catalogue.catalogue()
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
    else:  # the dispatcher marks a row sending when its request's first bytes leave
        builder = builder.request(traced_request())
        # At shutdown python-telegram-bot calls getUpdates once more to mark what it fetched as
        # read. With its default pool of one connection that call can wait for the long poll's
        # connection, just cancelled, and on a busy machine time out after 1 s, logging an error
        # with a traceback (and the last updates come again at the next start). A second
        # connection, and a longer wait for one, keep that call from failing.
        builder = builder.get_updates_request(HTTPXRequest(connection_pool_size=2, pool_timeout=10))
    # One rolling second for every message of this process: the dispatcher's sends and the
    # replies (bot/scheduling/ratelimit.py).
    window = window_for(settings.telegram_rate_limit_per_second, settings.dispatch_rate_per_second)
    if window is not None and settings.telegram_rate_limit_per_second > 0:
        builder = builder.rate_limiter(WindowLimiter(window))
    application = builder.build()
    request_log = logging.getLogger("telegram.request.BaseRequest")
    if _NON_JSON not in request_log.filters:
        request_log.addFilter(_NON_JSON)
    unread_answers(application)  # replies' answers from Telegram are not parsed (issue 18)
    rt = Runtime(
        settings=settings,
        db=db or Database(settings.database_url),
        clock=clock or SystemClock(),
        planners=PLANNERS,
        serves_updates=serves_updates,
    )
    sender = metrics.counting_sender(telegram_sender(application.bot))
    rt.dispatcher = Dispatcher(
        rt.db, rt.clock, settings, sender, renderer=intents.render, window=window
    )
    application.bot_data["rt"] = rt
    application.add_handler(TypeHandler(Update, after_preload), group=-1)  # before any handler
    handlers.register(application)
    metrics.time_handlers(application)
    return application


async def after_preload(update: Update, context: BotContext) -> None:
    """An update that comes while the look-up data is still loading (see ``on_startup``) waits
    for it off the event loop; afterwards this returns at once."""
    await preload.wait()


async def on_startup(application: Application) -> None:
    """After ``initialize`` (so the bot knows its username): look-up data, commands, timer jobs."""
    rt = runtime_of(application)
    if rt.serves_updates:
        await _load_for_updates()
    else:
        # A worker renders and sends from the outbox: it needs the words, not what reading
        # people's messages needs (the place table, dates, the safety screen, charts).
        log.info("timer jobs only: look-up data, safety screen and chart process not loaded")
    await register_menus(application.bot)
    jobs = application.job_queue
    if jobs is not None and rt.settings.run_jobs is not False:
        scheduler_log = logging.getLogger("apscheduler.scheduler")
        if _SKIPS not in scheduler_log.filters:
            scheduler_log.addFilter(_SKIPS)
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


class QuietSkips(logging.Filter):
    """APScheduler warns when a timer job is still running at its next tick and that tick is
    skipped. For the planner and dispatcher that is expected (a run may take the whole
    interval, and the next one catches up): said at DEBUG instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "maximum number of running instances reached" not in record.getMessage():
            return True
        log.debug("timer job still running at its next tick; that tick is skipped")
        return False


_SKIPS = QuietSkips()


class OneLineForNonJson(logging.Filter):
    """python-telegram-bot logs an answer that is not JSON (a proxy's HTML 502 page) as an
    ERROR with a traceback; the dispatcher retries that send, so one line is enough."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Can not load invalid JSON data"):
            record.msg, record.args = "Telegram's answer was not JSON (a proxy error page?)", ()
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.exc_info, record.exc_text = None, None
        return True


_NON_JSON = OneLineForNonJson()


async def _load_for_updates() -> None:
    """What handling people's updates needs, loaded before anyone is served."""
    # The place table, zone finder, dateparser and the safety screen (its model and phrase
    # rules) load in a thread (a second or two) before the bot serves anyone; if that takes
    # longer, it serves anyway.
    preload.start()
    try:
        async with asyncio.timeout(PRELOAD_WAIT_SECONDS):
            await preload.wait()
    except TimeoutError:
        log.warning("look-up data still loading after %d s: serving anyway", PRELOAD_WAIT_SECONDS)
    await asyncio.to_thread(charts.start)  # the /insights chart process (bot/views/charts.py)
    status = await asyncio.to_thread(safety.warm)  # at once when preload loaded it
    if status.full:
        log.info("%s", status)
    else:  # loudly: danger written in other words than the phrase lists will be missed
        log.warning("SAFETY SCREEN DEGRADED — %s", status)


async def register_menus(bot: Bot) -> None:
    """The command menu, the profile description and the short description in each language
    (``language_code``), and in English for everyone else; the menu in private chats only,
    where Rekindle works. Telegram shows each person the one of their app's language."""
    for lang in [
        None,
        *(x for x in catalogue.catalogue().languages if x != content.DEFAULT_LANGUAGE),
    ]:
        words = lang or content.DEFAULT_LANGUAGE
        try:
            await bot.set_my_commands(
                handlers.command_list(words),
                scope=BotCommandScopeAllPrivateChats(),
                language_code=lang,
            )
            await bot.set_my_description(
                catalogue.label(words, "bot-description"), language_code=lang
            )
            await bot.set_my_short_description(
                catalogue.label(words, "bot-short_description"), language_code=lang
            )
        except TelegramError as exc:
            # The menu is a convenience; the bot works without it.
            log.warning("could not register the menu (%s) with Telegram: %s", words, exc)


async def on_shutdown(application: Application) -> None:
    rt = runtime_of(application)
    if rt.dispatcher is not None:
        rt.dispatcher.ledger.close()
    await rt.db.dispose()


@metrics.job_run("planner")
async def run_planner(rt: Runtime) -> dict[str, int]:
    """One planner run (timed for /metrics and /readyz); the timer job and the simulator call it."""
    return await planner.run(rt)


@metrics.job_run("dispatcher")
async def run_dispatcher(rt: Runtime, max_seconds: float | None = None) -> object:
    """One dispatcher run (timed for /metrics and /readyz)."""
    assert rt.dispatcher is not None
    return await rt.dispatcher.run(max_seconds=max_seconds)


async def planner_job(context: BotContext) -> None:
    await run_planner(context.rt)


async def dispatcher_job(context: BotContext) -> None:
    await run_dispatcher(context.rt, max_seconds=dispatch_seconds(context.rt.settings))


def dispatch_seconds(settings: Settings) -> float:
    """How long one dispatcher run may claim new rows: well inside the job's interval, so that
    with the answers still in flight (a few, each a fraction of a second) it ends before the
    next tick."""
    return max(settings.dispatcher_interval_seconds * 0.7, 0.3)
