"""/start, consent, and the three set-up questions (name, time zone, daily-act time).

The same three questions are asked again from /settings; ``user.flow`` says which one is open
("setup.timezone", "settings.name", ...), so an answer lands in the right place even after a
restart or on another worker.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update

from bot.callbacks import ActTimeChoice, Consent, TelegramName, ZoneChoice
from bot.content import label, t
from bot.handlers.common import Reply, consent_first, keyboard, lang_of, load_user, respond
from bot.runtime import BotContext
from bot.scheduling import outbox, recurrence
from bot.services import pairing, timezones, users
from bot.services.acts import planning
from bot.services.checkins import slots
from bot.services.pairing import InviteCheck, InviteStatus
from bot.services.times import format_time, parse_time_of_day
from bot.storage.models import Couple, User

STEPS = ("name", "timezone", "act_time")
ACT_TIME_CHOICES = (
    (time(7, 0), time(8, 0), time(9, 0)),
    (time(12, 30), time(18, 0), time(20, 0)),
)


# -- prompts ------------------------------------------------------------------------------------


def prompt(step: str, update: Update) -> Reply:
    if step == "name":
        tg_name = (update.effective_user.first_name if update.effective_user else "") or ""
        name = users.clean_name(tg_name)
        markup = (
            keyboard([[(label("onboarding.use_telegram_name", name=name), TelegramName("tg"))]])
            if name
            else None
        )
        return Reply(t("onboarding.ask_name"), markup)
    if step == "timezone":
        markup = ReplyKeyboardMarkup(
            [[KeyboardButton(label("onboarding.share_location_button"), request_location=True)]],
            resize_keyboard=True,
            one_time_keyboard=True,
        )
        return Reply(t("onboarding.ask_timezone"), markup)
    if step == "act_time":
        rows = [[(format_time(at), ActTimeChoice(at)) for at in row] for row in ACT_TIME_CHOICES]
        return Reply(t("onboarding.ask_act_time"), keyboard(rows))
    raise ValueError(step)


def current_prompt(user: User, update: Update) -> list[Reply]:
    """Re-ask whatever set-up question is open (after /start, or a command used too early)."""
    step = (user.flow or "setup.name").partition(".")[2] or "name"
    if step not in STEPS:
        step = "name"
        users.set_flow(user, "setup.name")
    return [Reply(t("common.finish_setup_first")), prompt(step, update)]


def gate(user: User | None, update: Update) -> list[Reply] | None:
    """Replies for someone who cannot use a feature yet (no consent, set-up unfinished), or
    None when they can."""
    if user is None:
        return [consent_first()]
    if not user.is_set_up:
        return current_prompt(user, update)
    return None


def open_step(user: User) -> tuple[str, str] | None:
    """(mode, step) when the person is answering one of the three questions."""
    if not user.flow:
        return None
    mode, _, step = user.flow.partition(".")
    if mode in ("setup", "settings") and step in STEPS:
        return mode, step
    return None


# -- /start and consent -------------------------------------------------------------------------


def status_reply(result: InviteCheck, partner_name: str | None = None) -> Reply:
    inviter = (result.inviter.name if result.inviter else None) or "your partner"
    key = f"pairing.status_{result.status.value}"
    return Reply(t(key, inviter=inviter, partner=partner_name or ""))


def welcome(update: Update, invited_by: str | None, token: str | None) -> list[Reply]:
    first_name = (update.effective_user.first_name if update.effective_user else None) or "there"
    text = t("onboarding.welcome", first_name=first_name)
    if invited_by:
        text = t("onboarding.invited_by", inviter=invited_by) + "\n\n" + text
    consent_data = Consent("yes", token)
    return [
        Reply(
            text,
            keyboard(
                [
                    [(label("onboarding.consent_button"), consent_data)],
                    [(label("onboarding.decline_button"), Consent("no"))],
                ]
            ),
        )
    ]


async def start(update: Update, context: BotContext) -> None:
    payload = context.args[0] if context.args else None
    now = context.now()
    replies: list[Reply]
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        opener = update.effective_user.id
        check = None
        if payload:
            check = await pairing.check(
                session, token_hash=pairing.token_hash_for(payload), opener_id=opener, now=now
            )
        if user is None:
            replies = []
            if check is not None and check.status is not InviteStatus.OK:
                replies.append(status_reply(check))
            ok = check is not None and check.status is InviteStatus.OK
            inviter = check.inviter.name if ok and check.inviter else None
            replies += welcome(update, inviter, payload if ok else None)
        elif check is not None:
            replies = await _open_invite(session, user, check, update, context)
        elif not user.is_set_up:
            replies = current_prompt(user, update)
        else:
            replies = [Reply(t("onboarding.welcome_back", name=user.name))]
    await respond(update, replies)


async def _open_invite(
    session: AsyncSession, user: User, check: InviteCheck, update: Update, context: BotContext
) -> list[Reply]:
    """Someone who already consented opened an invite link."""
    if check.status is not InviteStatus.OK:
        partner = await users.partner_of(session, user)
        return [status_reply(check, partner.name if partner else None)]
    if not user.is_set_up:
        user.pending_invite = check.token_hash
        return [
            Reply(t("onboarding.invited_by", inviter=check.inviter.name)),
            *current_prompt(user, update),
        ]
    return await _redeem(session, user, check.token_hash, context.now())


async def consent(update: Update, context: BotContext, answer: Consent) -> None:
    if answer.answer == "no":
        await respond(update, Reply(t("onboarding.declined")), clear_buttons=True)
        return
    token = answer.token
    now = context.now()
    async with context.db.transaction() as session:
        user, created = await users.consent(
            session,
            update.effective_user.id,
            language=lang_of(update),
            now=now,
            default_act_time=context.rt.settings.default_act_time,
            pending_invite=pairing.token_hash_for(token),
        )
        if not created:
            replies = [Reply(t("onboarding.already_consented"))] + (
                current_prompt(user, update) if not user.is_set_up else []
            )
        else:
            users.set_flow(user, "setup.name")
            replies = [Reply(t("onboarding.consented")), prompt("name", update)]
    await respond(update, replies, clear_buttons=True)


# -- the three questions ------------------------------------------------------------------------


async def answer_step(
    session: AsyncSession,
    user: User,
    update: Update,
    context: BotContext,
    *,
    text: str | None = None,
    zone: str | None = None,
    location: tuple[float, float] | None = None,
) -> list[Reply]:
    """Apply an answer to the open question; re-ask kindly when it cannot be used."""
    opened = open_step(user)
    if opened is None:
        return []
    mode, step = opened
    now = context.now()
    replies: list[Reply] = []
    if step == "name":
        name = users.clean_name(text or "")
        if name is None:
            return [Reply(t("onboarding.bad_name"))]
        user.name = name
        replies.append(Reply(t("onboarding.name_saved", name=name)))
    elif step == "timezone":
        if location is not None:
            zone = timezones.from_location(*location)
            if zone is None:
                return [Reply(t("onboarding.bad_location"))]
        elif zone is None:
            found = timezones.lookup(text or "")
            if found.choices:
                rows = [
                    [
                        (
                            timezones.city_of(z) + f" · {timezones.utc_offset_label(z, now)}",
                            ZoneChoice(z),
                        )
                    ]
                    for z in found.choices
                ]
                return [Reply(t("onboarding.timezone_choices", place=found.place), keyboard(rows))]
            if found.zone is None:
                return [Reply(t("onboarding.bad_timezone", text=(text or "")[:60]))]
            zone = found.zone
        user.timezone = zone
        key = (
            "onboarding.timezone_saved_offset"
            if zone.startswith("UTC") and zone != "UTC"
            else "onboarding.timezone_saved"
        )
        local = format_time(timezones.local_now(zone, now).time())
        replies.append(Reply(t(key, zone=zone, local_time=local), ReplyKeyboardRemove()))
    elif step == "act_time":
        at = parse_time_of_day(text or "")
        if at is None:
            return [Reply(t("onboarding.bad_time", text=(text or "")[:40]))]
        user.act_time = at
        replies.append(Reply(t("onboarding.act_time_saved", time=format_time(at))))
        start, end = users.quiet_hours(
            user, context.rt.settings.quiet_hours_start, context.rt.settings.quiet_hours_end
        )
        if recurrence.in_window(at, start, end):
            replies.append(
                Reply(
                    t(
                        "onboarding.act_time_in_quiet_hours",
                        quiet=f"{format_time(start)}–{format_time(end)}",
                        quiet_end=format_time(end),
                    )
                )
            )
    users.touch(user, now)
    await planning.reschedule(session, user, now)
    if mode == "settings":
        users.set_flow(user, None)
        from bot.handlers.settings import summary

        return [*replies, await summary(session, user, now, context)]
    following = STEPS.index(step) + 1
    if following < len(STEPS):
        users.set_flow(user, f"setup.{STEPS[following]}")
        return [*replies, prompt(STEPS[following], update)]
    return [*replies, *await finish_setup(session, user, update, context)]


async def finish_setup(
    session: AsyncSession, user: User, update: Update, context: BotContext
) -> list[Reply]:
    now = context.now()
    user.setup_done_at = now
    users.set_flow(user, None)
    await planning.reschedule(session, user, now)
    replies = [Reply(t("onboarding.done_solo", name=user.name))]
    if user.pending_invite:
        token_hash, user.pending_invite = user.pending_invite, None
        replies = await _redeem(session, user, token_hash, now, finishing=True) or replies
    return replies + await _checkin_slot(session, user, now)


async def _checkin_slot(session: AsyncSession, user: User, now: datetime) -> list[Reply]:
    """After set-up: the couple's weekly check-in time, or an offer to choose one."""
    from bot.handlers.checkin import slot_chooser

    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    slot = slots.slot_of(couple) if couple else None
    if slot is None:
        return [slot_chooser()]
    return [Reply(t("checkin.slot_set", slot=slots.describe_slot(slot)))]


async def _redeem(
    session: AsyncSession, user: User, token_hash: str, now: datetime, *, finishing: bool = False
) -> list[Reply]:
    result = await pairing.redeem(session, token_hash=token_hash, joiner=user, now=now)
    if result.status is not InviteStatus.OK:
        partner = await users.partner_of(session, user)
        replies = [status_reply(result, partner.name if partner else None)]
        if finishing:
            replies.append(Reply(t("onboarding.done_solo", name=user.name)))
        return replies
    inviter = result.inviter
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="pairing",
            user_id=inviter.id,
            due_at=now,
            text=t("pairing.paired_inviter", inviter.language, partner=user.name),
            dedupe_key=f"paired:{result.invite_id}",
        ),
        now,
    )
    if finishing:
        return [Reply(t("onboarding.done_paired", name=user.name, partner=inviter.name))]
    return [Reply(t("pairing.paired_joiner", partner=inviter.name))]


# -- Telegram callbacks for the questions -------------------------------------------------------


async def use_telegram_name(update: Update, context: BotContext, _: TelegramName) -> None:
    await _button_answer(update, context, text=update.effective_user.first_name or "")


async def choose_timezone(update: Update, context: BotContext, choice: ZoneChoice) -> None:
    if not timezones.is_valid_zone(choice.zone):
        await respond(update, None, toast=label("common.stale_button"))
        return
    await _button_answer(update, context, zone=choice.zone, step="timezone")


async def choose_act_time(update: Update, context: BotContext, choice: ActTimeChoice) -> None:
    await _button_answer(update, context, text=format_time(choice.at), step="act_time")


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
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"), clear_buttons=True)
    else:
        await respond(update, replies, clear_buttons=True)


async def location(update: Update, context: BotContext) -> None:
    loc = update.effective_message.location
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        opened = open_step(user) if user else None
        if user is None:
            replies = [consent_first()]
        elif opened is None or opened[1] != "timezone":
            replies = [Reply(t("common.non_text"))]
        else:
            replies = await answer_step(
                session, user, update, context, location=(loc.latitude, loc.longitude)
            )
    await respond(update, replies)
