"""/settings, /pause and /resume, and quiet hours."""

from __future__ import annotations

import contextlib
from datetime import time, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import BotCommandScopeChat, Update
from telegram.error import TelegramError

from bot import content
from bot.callbacks import LanguageChoice, PauseChoice, QuietChoice, SettingsChoice
from bot.handlers import pairing as pairing_handlers
from bot.handlers import privacy as privacy_handlers
from bot.handlers.common import lang_of, load_user, reply_or_stale, respond
from bot.handlers.setup import STEPS, answer_step, gate, prompt, settings_summary
from bot.runtime import BotContext
from bot.scheduling import recurrence
from bot.services import timezones, users
from bot.services.acts import offers, planning
from bot.services.times import parse_future_date, parse_window
from bot.storage.models import User
from bot.views import settings as views
from bot.views.base import Rendered, say

PAUSE_DAYS = (1, 3, 7, 14)
QUIET_PRESETS = (
    (time(22, 0), time(8, 0)),
    (time(23, 0), time(7, 0)),
    (time(21, 0), time(9, 0)),
)


async def settings_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            if user.flow:  # leaving whatever was half-done for the menu
                users.set_flow(user, None)
            replies = [await settings_summary(session, user, context)]
    await respond(update, replies)


async def settings_button(update: Update, context: BotContext, press: SettingsChoice) -> None:
    """A button on the settings menu: open the matching question."""
    choice = press.choice
    if choice == "invite":
        await pairing_handlers.invite(update, context)
        return
    if choice == "unpair":
        await pairing_handlers.unpair(update, context)
        return
    if choice == "withdraw":  # withdrawing consent erases everything, as /delete does
        await privacy_handlers.delete(update, context)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            lang = user.language
            if choice in STEPS:
                users.set_flow(user, f"settings.{choice}")
                replies = [prompt(choice, update, lang)]
            elif choice == "pause":
                users.set_flow(user, "settings.pause")
                replies = [views.ask_pause(lang, PAUSE_DAYS)]
            elif choice == "quiet":
                users.set_flow(user, "settings.quiet")
                replies = [views.ask_quiet(lang, QUIET_PRESETS)]
            elif choice == "language":
                replies = [views.ask_language(lang, content.LANGUAGES)]
            elif choice == "resume":
                replies = await _resume(session, user, context)
            elif choice in ("apart", "together"):
                apart = choice == "apart"
                await users.set_long_distance(session, user, apart, now)
                key = "settings-long_distance_on" if apart else "settings-long_distance_off"
                replies = [say(lang, key), await settings_summary(session, user, context)]
            elif choice in ("share", "noshare") and await users.partner_of(session, user):
                await offers.set_share_acts(session, user, choice == "share", now)
                replies = [await settings_summary(session, user, context)]
            else:
                replies = None
    await reply_or_stale(update, lang_of(update, user), replies)


async def language_button(update: Update, context: BotContext, press: LanguageChoice) -> None:
    """A language chosen: from this reply on, and for every message scheduled for later (each
    is written when it is sent), in that language; the command menu of this chat too."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            users.set_language(user, press.lang, context.now())
            replies = [
                say(press.lang, "settings-language_saved"),
                await settings_summary(session, user, context),
            ]
    await reply_or_stale(update, lang_of(update, user), replies, clear=True)
    if replies and user is not None and user.language == press.lang:
        await _chat_menu(update, context, press.lang)


async def _chat_menu(update: Update, context: BotContext, lang: str) -> None:
    """The menu Telegram shows in this chat, in the chosen language (whatever the app's)."""
    from bot.handlers import command_list  # the package registers this module

    with contextlib.suppress(TelegramError):  # a convenience: the replies are what matter
        await context.bot.set_my_commands(
            command_list(lang), scope=BotCommandScopeChat(update.effective_chat.id)
        )


# -- pause --------------------------------------------------------------------------------------


async def pause_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            users.set_flow(user, "settings.pause")
            if users.is_paused(user, context.now()):  # say so, and offer another day
                replies = [views.already_paused(user.language, user.paused_until, user.timezone)]
            replies = [*(replies or []), views.ask_pause(user.language, PAUSE_DAYS)]
    await respond(update, replies)


async def pause_button(update: Update, context: BotContext, press: PauseChoice) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if user is not None and user.is_set_up:
            today = recurrence.local_date(now, user.timezone or timezones.UTC_NAME)
            choice = users.pause(user, today + timedelta(days=press.days), now)
            if choice is not None:
                replies = [views.paused(user.language, choice.resume_day)]
    await reply_or_stale(update, lang_of(update, user), replies, clear=True)


async def _resume(session: AsyncSession, user: User, context: BotContext) -> list[Rendered]:
    now = context.now()
    if not users.resume(user, now):
        return [say(user.language, "settings-not_paused")]
    await planning.reschedule(session, user, now)
    return [say(user.language, "settings-resumed")]


async def resume_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            replies = await _resume(session, user, context)
    await respond(update, replies)


# -- quiet hours --------------------------------------------------------------------------------


async def quiet_button(update: Update, context: BotContext, press: QuietChoice) -> None:
    window = (time(0), time(0)) if press.mode == "off" else (press.start, press.end)
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if user is not None and user.is_set_up:
            replies = await _set_quiet(session, user, window, context)
    await reply_or_stale(update, lang_of(update, user), replies, clear=True)


async def _set_quiet(
    session: AsyncSession, user: User, window: tuple[time, time], context: BotContext
) -> list[Rendered]:
    users.set_quiet_hours(user, window, context.now())
    return [
        views.quiet_saved(user.language, *window),
        await settings_summary(session, user, context),
    ]


# -- typed answers while a settings question is open --------------------------------------------


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered]:
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    if step == "pause":
        day = parse_future_date(
            text, recurrence.local_date(now, user.timezone or "UTC"), user.language
        )
        choice = users.pause(user, day, now) if day else None
        if choice is None:
            return [views.bad_input(user.language, "settings-bad_pause", text)]
        return [views.paused(user.language, choice.resume_day)]
    if step == "quiet":
        window = parse_window(text, user.language)
        if window is None:
            return [views.bad_input(user.language, "settings-bad_quiet", text)]
        return await _set_quiet(session, user, window, context)
    return await answer_step(session, user, update, context, text=text)
