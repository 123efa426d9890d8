"""What every handler and timer job needs: settings, the database, the clock, the dispatcher.

Handlers reach it through ``context.rt`` (a custom ``CallbackContext``, the pattern of
python-telegram-bot's ``contexttypesbot.py`` example).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.scheduling.dispatcher import Dispatcher
from bot.scheduling.planner import Planner
from bot.storage.db import Database


@dataclass
class Runtime:
    settings: Settings
    db: Database
    clock: Clock
    dispatcher: Dispatcher | None = None
    # What the planner job runs (listed in bot.app.PLANNERS).
    planners: Sequence[Planner] = ()
    # Whether this process receives updates (False: a webhook `worker`, timer jobs only), so
    # whether start-up loads what only updates need (bot/app.py: on_startup).
    serves_updates: bool = True
    # Called with every exception the error handler sees (the test harness records them).
    error_listeners: list[Callable[[BaseException], None]] = field(default_factory=list)

    def now(self) -> datetime:
        return self.clock.now()


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The context passed to every callback, with the runtime one attribute away."""

    @property
    def rt(self) -> Runtime:
        return self.application.bot_data["rt"]

    @property
    def db(self) -> Database:
        return self.rt.db

    def now(self) -> datetime:
        return self.rt.clock.now()


def runtime_of(application: Application) -> Runtime:
    return application.bot_data["rt"]
