"""Run the real Application against the fake Telegram, with a clock that only moves when told."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, run_dispatcher, run_planner
from bot.clock import FakeClock
from bot.config import Settings
from bot.runtime import Runtime, runtime_of
from bot.simulator.phone import Phone
from bot.simulator.telegram import FakeTelegram
from bot.storage.db import Database

TEST_TOKEN = "123456:TEST-TOKEN-not-a-real-one"


def simulator_settings(database_url: str, **overrides: Any) -> Settings:
    """Settings for a simulated run: no rate limits (no real waiting), a dummy token."""
    base = Settings(
        telegram_bot_token=TEST_TOKEN,
        database_url=database_url,
        dispatch_rate_per_second=0,
        telegram_rate_limit_per_second=0,
    )
    return base.with_overrides(**overrides)


class Simulator:
    """The bot, a fake Telegram and any number of phones.

    After every update the dispatcher runs once at the current (fake) time, as the real timer job
    would a second later, so messages to the partner arrive "at once" in tests. ``advance`` moves
    the clock and runs both timer jobs.
    """

    def __init__(
        self,
        settings: Settings,
        clock: FakeClock,
        *,
        auto_dispatch: bool = True,
        raise_errors: bool = True,
        telegram: FakeTelegram | None = None,
    ) -> None:
        """``telegram``: share one fake Telegram between simulators, as several worker
        processes of one bot share the real one."""
        self.settings = settings
        self.clock = clock
        self.telegram = telegram or FakeTelegram(clock)
        self.auto_dispatch = auto_dispatch
        self.raise_errors = raise_errors
        self.errors: list[BaseException] = []
        self.app: Application | None = None
        self.phones: dict[int, Phone] = {}

    @property
    def rt(self) -> Runtime:
        assert self.app is not None, "call start() first"
        return runtime_of(self.app)

    @property
    def db(self) -> Database:
        return self.rt.db

    def timestamp(self) -> int:
        return int(self.clock.now().timestamp())

    async def start(self) -> Simulator:
        self.app = build_application(self.settings, clock=self.clock, request=self.telegram)
        self.rt.error_listeners.append(self.errors.append)
        await self.app.initialize()
        if self.app.post_init:
            await self.app.post_init(self.app)
        return self

    async def stop(self) -> None:
        if self.app is None:
            return
        app, self.app = self.app, None
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)

    async def restart(self) -> None:
        """A new process: fresh Application and in-memory state, same database and Telegram."""
        await self.stop()
        await self.start()

    async def __aenter__(self) -> Simulator:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def phone(self, user_id: int, first_name: str, language_code: str = "en") -> Phone:
        phone = Phone(self, user_id, first_name, language_code)
        self.phones[user_id] = phone
        return phone

    async def process(self, data: dict[str, Any]) -> None:
        assert self.app is not None
        update = Update.de_json(data, self.app.bot)
        seen = len(self.errors)
        await self.app.process_update(update)
        if self.raise_errors and len(self.errors) > seen:
            raise self.errors[-1]
        if self.auto_dispatch:
            await self.dispatch()

    async def dispatch(self) -> Any:
        """What the dispatcher timer job does: send everything due now."""
        return await run_dispatcher(self.rt)

    async def plan(self) -> Any:
        return await run_planner(self.rt)

    async def tick(self) -> None:
        """Both timer jobs, as they would run at the current time."""
        await self.plan()
        await self.dispatch()

    async def advance(self, delta: timedelta | None = None, **kwargs: float) -> None:
        """Move the clock forward, running the timer jobs whenever they would have work, as a
        running bot (whose jobs tick every second) would: the clock jumps from one due schedule
        or outbox row to the next, then to the end."""
        from bot.scheduling import planner

        total = delta if delta is not None else timedelta(**kwargs)
        end = self.clock.now() + total
        await self.tick()
        while self.clock.now() < end:
            upcoming = await planner.next_event(self.db, self.rt.planners)
            if upcoming is None or upcoming >= end:
                self.clock.set(end)
            else:
                self.clock.set(max(upcoming, self.clock.now() + timedelta(seconds=1)))
            await self.tick()

    async def advance_to(self, instant: datetime) -> None:
        await self.advance(instant - self.clock.now())
