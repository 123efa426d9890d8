"""Set-up: the three questions (name, time zone, daily-act time), and ``gate``, which keeps
everyone who has not finished them out of the features.

The same three questions are asked again from /settings; ``user.flow`` says which one is open
(setup.timezone, settings.name, ...), so an answer lands in the right place even after a
restart or on another worker. Every other handler module may import this one; it imports none
of them.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import ActTimeChoice, TelegramName, ZoneChoice
from bot.handlers.common import (
    lang_of,
    load_user,
    reader_language,
    reply_or_stale,
    respond,
)
from bot.runtime import BotContext
from bot.scheduling import recurrence
from bot.services import pairing, safety_flags, timezones, users
from bot.services.acts import planning
from bot.services.checkins import slots
from bot.services.pairing import InviteStatus
from bot.services.questions import opt_in as question_opt_in
from bot.services.questions import planning as question_planning
from bot.services.times import parse_time_of_day
from bot.storage.models import Couple, User
from bot.views import checkin as checkin_views
from bot.views import common as common_views
from bot.views import onboarding as views
from bot.views import pairing as pairing_views
from bot.views import questions as question_views
from bot.views import settings as settings_views
from bot.views.base import Rendered, say

STEPS = ("name", "timezone", "act_time")
ACT_TIME_CHOICES = (
    (time(7, 0), time(8, 0), time(9, 0)),
    (time(12, 30), time(18, 0), time(20, 0)),
)


# -- who may use the features -------------------------------------------------------------------


def gate(user: User | None, update: Update) -> list[Rendered] | None:
    """Replies for someone who cannot use a feature yet (no consent, set-up unfinished), or
    None when they can."""
    if user is None:
        return [common_views.consent_first(lang_of(update))]
    if not user.is_set_up:
        return current_prompt(user, update)
    return None


def prompt(step: str, update: Update, lang: str) -> Rendered:
    if step == "name":
        tg_name = (update.effective_user.first_name if update.effective_user else "") or ""
        return views.ask_name(lang, users.clean_name(tg_name))
    if step == "timezone":
        return views.ask_timezone(lang)
    if step == "act_time":
        return views.ask_act_time(lang, ACT_TIME_CHOICES)
    raise ValueError(step)


def current_prompt(user: User, update: Update) -> list[Rendered]:
    """Re-ask whatever set-up question is open (after /start, or a command used too early)."""
    step = (user.flow or "setup.name").partition(".")[2] or "name"
    if step not in STEPS:
        step = "name"
        users.set_flow(user, "setup.name")
    return [say(user.language, "common-finish_setup_first"), prompt(step, update, user.language)]


def open_step(user: User) -> tuple[str, str] | None:
    """(mode, step) when the person is answering one of the three questions."""
    if not user.flow:
        return None
    mode, _, step = user.flow.partition(".")
    if mode in ("setup", "settings") and step in STEPS:
        return mode, step
    return None


# -- the answers ---------------------------------------------------------------------------------


async def answer_step(
    session: AsyncSession,
    user: User,
    update: Update,
    context: BotContext,
    *,
    text: str | None = None,
    zone: str | None = None,
    location: tuple[float, float] | None = None,
) -> list[Rendered]:
    """Apply an answer to the open question; re-ask kindly when it cannot be used."""
    opened = open_step(user)
    if opened is None:
        return []
    mode, step = opened
    now = context.now()
    lang = user.language
    replies: list[Rendered] = []
    if step == "name":
        name = users.clean_name(text or "")
        if name is None:
            return [say(lang, "onboarding-bad_name")]
        user.name = name
        replies.append(say(lang, "onboarding-name_saved", name=name))
    elif step == "timezone":
        if location is not None:
            zone = timezones.from_location(*location)
            if zone is None:
                return [say(lang, "onboarding-bad_location")]
        elif zone is None:
            found = timezones.lookup(text or "")
            if found.choices:
                return [views.timezone_choices(lang, found.place, found.choices, now)]
            if found.zone is None:
                return [views.bad_timezone(lang, text or "")]
            zone = found.zone
        user.timezone = zone
        replies.append(views.timezone_saved(lang, zone, now))
    elif step == "act_time":
        at = parse_time_of_day(text or "", lang)
        if at is None:
            return [views.bad_time(lang, text or "")]
        user.act_time = at
        replies.append(views.act_time_saved(lang, at))
        start, end = users.quiet_hours(user, *_default_quiet(context))
        if recurrence.in_window(at, start, end):
            replies.append(views.act_time_in_quiet_hours(lang, start, end))
    users.touch(user, now)
    await planning.reschedule(session, user, now)
    await question_planning.reschedule(session, user, now)
    if mode == "settings":
        users.set_flow(user, None)
        return [*replies, await settings_summary(session, user, context)]
    following = STEPS.index(step) + 1
    if following < len(STEPS):
        users.set_flow(user, f"setup.{STEPS[following]}")
        return [*replies, prompt(STEPS[following], update, lang)]
    return [*replies, *await finish_setup(session, user, update, context)]


def _default_quiet(context: BotContext) -> tuple[time, time]:
    return context.rt.settings.quiet_hours_start, context.rt.settings.quiet_hours_end


async def settings_summary(session: AsyncSession, user: User, context: BotContext) -> Rendered:
    """The /settings menu, as it is now."""
    now = context.now()
    found = await users.settings_of(session, user, now, _default_quiet(context))
    return settings_views.summary(user.language, found, now)


async def finish_setup(
    session: AsyncSession, user: User, update: Update, context: BotContext
) -> list[Rendered]:
    now = context.now()
    user.setup_done_at = now
    users.set_flow(user, None)
    await planning.reschedule(session, user, now)
    replies = [say(user.language, "onboarding-done_solo", name=user.name)]
    if user.pending_invite:
        token_hash, user.pending_invite = user.pending_invite, None
        replies = await redeem_invite(session, user, token_hash, now, finishing=True) or replies
    # The private safety question, a little later on its own (then every four weeks in the
    # check-in).
    await safety_flags.plan_after_setup(session, user, await users.partner_of(session, user), now)
    return replies + await _checkin_slot(session, user)


async def _checkin_slot(session: AsyncSession, user: User) -> list[Rendered]:
    """After set-up: the couple's weekly check-in time, or an offer to choose one."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    slot = slots.slot_of(couple) if couple else None
    if slot is None:
        return [checkin_views.slot_chooser(user.language)]
    return [checkin_views.slot_set(user.language, slot)]


async def redeem_invite(
    session: AsyncSession, user: User, token_hash: str, now: datetime, *, finishing: bool = False
) -> list[Rendered]:
    """Join the inviter's couple with an invite opened earlier (at /start or before set-up)."""
    lang = user.language
    result = await pairing.redeem(session, token_hash=token_hash, joiner=user, now=now)
    if result.status is not InviteStatus.OK:
        partner = await users.partner_of(session, user)
        inviter = result.inviter.name if result.inviter else None
        replies = [
            pairing_views.status(lang, result.status, inviter, partner.name if partner else None)
        ]
        if finishing:
            replies.append(say(lang, "onboarding-done_solo", name=user.name))
        return replies
    # The daily question: offered to both (or said to be on already) - the one pairing hook.
    daily_question = question_views.after_pairing(
        lang, await question_opt_in.on_paired(session, user, now)
    )
    if finishing:
        paired = say(lang, "onboarding-done_paired", name=user.name, partner=result.inviter.name)
        return [paired, daily_question]
    return [say(lang, "pairing-paired_joiner", partner=result.inviter.name), daily_question]


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered]:
    """A typed answer to a set-up question."""
    return await answer_step(session, user, update, context, text=text)


# -- the buttons and the shared location ---------------------------------------------------------


async def use_telegram_name(update: Update, context: BotContext, _: TelegramName) -> None:
    await _button_answer(update, context, text=update.effective_user.first_name or "")


async def choose_timezone(update: Update, context: BotContext, choice: ZoneChoice) -> None:
    if not timezones.is_valid_zone(choice.zone):
        await reply_or_stale(update, await reader_language(update, context), None)
        return
    await _button_answer(update, context, zone=choice.zone, step="timezone")


async def choose_act_time(update: Update, context: BotContext, choice: ActTimeChoice) -> None:
    await _button_answer(update, context, text=choice.at.isoformat("minutes"), step="act_time")


async def _button_answer(
    update: Update,
    context: BotContext,
    *,
    text: str | None = None,
    zone: str | None = None,
    step: str = "name",
) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        opened = open_step(user) if user else None
        if user is None or opened is None or opened[1] != step:
            replies = None
        else:
            replies = await answer_step(session, user, update, context, text=text, zone=zone)
    await reply_or_stale(update, lang_of(update, user), replies, clear=True, clear_stale=True)


async def location(update: Update, context: BotContext) -> None:
    loc = update.effective_message.location
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        opened = open_step(user) if user else None
        if user is None:
            replies = [common_views.consent_first(lang_of(update))]
        elif opened is None or opened[1] != "timezone":
            replies = [say(user.language, "common-non_text")]
        else:
            replies = await answer_step(
                session, user, update, context, location=(loc.latitude, loc.longitude)
            )
    await respond(update, replies)
