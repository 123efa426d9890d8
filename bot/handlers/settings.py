"""/settings, /pause and /resume, and quiet hours."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import PauseChoice, QuietChoice, SettingsChoice
from bot.content import label, t
from bot.handlers import onboarding
from bot.handlers.common import Reply, keyboard, load_user, respond
from bot.runtime import BotContext
from bot.scheduling import outbox, recurrence
from bot.services import times, timezones, users
from bot.services.acts import offers, planning
from bot.services.times import format_day, format_time, parse_future_date, parse_window
from bot.storage.models import Couple, User

PAUSE_DAYS = (1, 3, 7, 14)
QUIET_PRESETS = (
    (time(22, 0), time(8, 0)),
    (time(23, 0), time(7, 0)),
    (time(21, 0), time(9, 0)),
)


def format_window(start: time, end: time) -> str:
    return times.format_window(start, end, off=label("settings.quiet_off"))


async def summary(session: AsyncSession, user: User, now: datetime, context: BotContext) -> Reply:
    settings = context.rt.settings
    zone = user.timezone or timezones.UTC_NAME
    partner = await users.partner_of(session, user)
    paused = users.is_paused(user, now)
    status = (
        t("settings.status_paused", until=format_day(user.paused_until, zone))
        if paused
        else t("settings.status_active")
    )
    quiet = format_window(
        *users.quiet_hours(user, settings.quiet_hours_start, settings.quiet_hours_end)
    )
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    long_distance = bool(couple and couple.long_distance)
    text = t(
        "settings.summary",
        name=user.name,
        zone=zone,
        local_time=format_time(timezones.local_now(zone, now).time()),
        act_time=format_time(user.act_time),
        quiet=quiet,
        partner=partner.name if partner else t("settings.partner_none"),
        long_distance=label("settings.state_on" if long_distance else "settings.state_off"),
        share_acts=label("settings.state_on" if user.share_acts else "settings.state_off"),
        status=status,
    )
    rows = [
        [
            (label("settings.button_name"), SettingsChoice("name")),
            (label("settings.button_timezone"), SettingsChoice("timezone")),
        ],
        [
            (label("settings.button_act_time"), SettingsChoice("act_time")),
            (label("settings.button_quiet"), SettingsChoice("quiet")),
        ],
        [
            (label("settings.button_resume"), SettingsChoice("resume"))
            if paused
            else (label("settings.button_pause"), SettingsChoice("pause")),
            (label("settings.button_unpair"), SettingsChoice("unpair"))
            if partner
            else (label("settings.button_invite"), SettingsChoice("invite")),
        ],
        [
            (label("settings.button_long_distance_off"), SettingsChoice("together"))
            if long_distance
            else (label("settings.button_long_distance_on"), SettingsChoice("apart"))
        ],
    ]
    if partner:
        rows[-1].append(
            (label("settings.button_share_on"), SettingsChoice("noshare"))
            if user.share_acts
            else (label("settings.button_share_off"), SettingsChoice("share"))
        )
    rows.append([(label("privacy.withdraw_button"), SettingsChoice("withdraw"))])
    return Reply(text, keyboard(rows))


async def settings_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = onboarding.gate(user, update)
        if replies is None:
            if user.flow:  # leaving whatever was half-done for the menu
                users.set_flow(user, None)
            replies = [await summary(session, user, context.now(), context)]
    await respond(update, replies)


def pause_prompt() -> Reply:
    buttons = [(label(f"settings.pause_{days}"), PauseChoice(days)) for days in PAUSE_DAYS]
    return Reply(t("settings.ask_pause"), keyboard([buttons[:2], buttons[2:]]))


def quiet_prompt() -> Reply:
    rows = [[(format_window(a, b), QuietChoice("set", a, b))] for a, b in QUIET_PRESETS]
    rows.append([(label("settings.quiet_off_button"), QuietChoice("off"))])
    return Reply(t("settings.ask_quiet"), keyboard(rows))


async def settings_button(update: Update, context: BotContext, press: SettingsChoice) -> None:
    """A button on the settings menu: open the matching question."""
    choice = press.choice
    from bot.handlers import pairing as pairing_handlers

    if choice == "invite":
        await pairing_handlers.invite(update, context)
        return
    if choice == "unpair":
        await pairing_handlers.unpair(update, context)
        return
    if choice == "withdraw":  # withdrawing consent erases everything, as /delete does
        from bot.handlers import privacy as privacy_handlers

        await privacy_handlers.delete(update, context)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = onboarding.gate(user, update)
        if replies is None:
            if choice in onboarding.STEPS:
                users.set_flow(user, f"settings.{choice}")
                replies = [onboarding.prompt(choice, update)]
            elif choice == "pause":
                users.set_flow(user, "settings.pause")
                replies = [pause_prompt()]
            elif choice == "quiet":
                users.set_flow(user, "settings.quiet")
                replies = [quiet_prompt()]
            elif choice == "resume":
                replies = await _resume(session, user, now)
            elif choice in ("apart", "together"):
                replies = await _long_distance(session, user, choice == "apart", context)
            elif choice in ("share", "noshare") and await users.partner_of(session, user):
                await offers.set_share_acts(session, user, choice == "share", now)
                replies = [await summary(session, user, now, context)]
            else:
                replies = None
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies)


async def _long_distance(
    session: AsyncSession, user: User, apart: bool, context: BotContext
) -> list[Reply]:
    now = context.now()
    partner = await users.set_long_distance(session, user, apart)
    if partner is not None:
        key = "settings.partner_long_distance_on" if apart else "settings.partner_long_distance_off"
        await outbox.enqueue(
            session,
            outbox.Outgoing(
                kind="notice",
                user_id=partner.id,
                due_at=now,
                dedupe_key=outbox.once("apart"),
                text=t(key, partner.language, name=user.name),
            ),
            now,
        )
    key = "settings.long_distance_on" if apart else "settings.long_distance_off"
    return [Reply(t(key)), await summary(session, user, now, context)]


# -- pause --------------------------------------------------------------------------------------


async def pause_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = onboarding.gate(user, update)
        if replies is None:
            users.set_flow(user, "settings.pause")
            replies = [pause_prompt()]
    await respond(update, replies)


async def pause_button(update: Update, context: BotContext, press: PauseChoice) -> None:
    days = press.days
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None or not user.is_set_up:
            replies = None
        else:
            zone = user.timezone or timezones.UTC_NAME
            replies = _pause(user, recurrence.local_date(now, zone) + timedelta(days=days), now)
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, clear_buttons=True)


def _pause(user: User, day, now: datetime) -> list[Reply] | None:
    choice = users.pause_until_day(user, day, now)
    if choice is None:
        return None
    user.paused_until = choice.until
    users.set_flow(user, None)
    users.touch(user, now)
    return [Reply(t("settings.paused", until=choice.resume_day.strftime("%A %-d %B")))]


async def _resume(session: AsyncSession, user: User, now: datetime) -> list[Reply]:
    users.set_flow(user, None)
    if not users.is_paused(user, now):
        return [Reply(t("settings.not_paused"))]
    user.paused_until = None
    users.touch(user, now)
    await planning.reschedule(session, user, now)
    return [Reply(t("settings.resumed"))]


async def resume_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = onboarding.gate(user, update)
        if replies is None:
            replies = await _resume(session, user, context.now())
    await respond(update, replies)


# -- quiet hours --------------------------------------------------------------------------------


async def quiet_button(update: Update, context: BotContext, press: QuietChoice) -> None:
    window = (time(0), time(0)) if press.mode == "off" else (press.start, press.end)
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None or not user.is_set_up:
            replies = None
        else:
            replies = await _set_quiet(session, user, window, context)
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, clear_buttons=True)


async def _set_quiet(
    session: AsyncSession, user: User, window: tuple[time, time], context: BotContext
) -> list[Reply]:
    now = context.now()
    user.quiet_start, user.quiet_end = window
    users.set_flow(user, None)
    users.touch(user, now)
    return [
        Reply(t("settings.quiet_saved", quiet=format_window(*window))),
        await summary(session, user, now, context),
    ]


# -- typed answers while a settings question is open --------------------------------------------


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Reply]:
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    if step == "pause":
        zone = user.timezone or timezones.UTC_NAME
        day = parse_future_date(text, recurrence.local_date(now, zone))
        replies = _pause(user, day, now) if day else None
        return replies or [Reply(t("settings.bad_pause", text=text[:40]))]
    if step == "quiet":
        window = parse_window(text)
        if window is None:
            return [Reply(t("settings.bad_quiet", text=text[:40]))]
        return await _set_quiet(session, user, window, context)
    return await onboarding.answer_step(session, user, update, context, text=text)
