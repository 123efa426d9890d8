"""/checkin: the weekly slot, the private questions, and the talk together."""

from __future__ import annotations

from datetime import datetime, time

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import CheckinAnswer, CheckinPress, CheckinPrivacy, SlotChoice, SlotMenu
from bot.handlers import safety
from bot.handlers.common import (
    Reply,
    amended,
    edited,
    lang_of,
    load_user,
    load_user_and_checkin,
    reply_or_stale,
    respond,
)
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services import users
from bot.services.checkins import history, planning, questions, slots, talk, weeks
from bot.services.checkins.questions import Turn
from bot.storage.models import CheckIn, Couple, User
from bot.views import checkin as views
from bot.views import checkin_questions as question_views
from bot.views.base import Rendered, say, toast

# -- choosing the slot --------------------------------------------------------------------------


async def _slot_chosen(
    session: AsyncSession, user: User, weekday: int, at: time, context: BotContext
) -> list[Rendered]:
    """Set the slot (or propose it to the partner), warning if it falls in anyone's night."""
    now = context.now()
    lang = user.language
    outcome = await slots.propose_slot(session, user, weekday, at, now)
    users.set_flow(user, None)
    couple = await session.get(Couple, user.couple_id)
    partner = await users.partner_of(session, user)
    slot = slots.Slot(weekday, at, couple.checkin_zone or user.timezone)
    if outcome == "proposed":
        replies = [views.slot_proposed(lang, partner.name, slot)]
    else:
        replies = [views.slot_set(lang, slot, solo=partner is None)]
    for person in [user] + ([partner] if partner else []):
        local = slots.at_night(slot, person, context.rt.settings, now)
        if local is not None:
            name = person.name if person is not user else None
            replies.append(views.slot_at_night(lang, local, name))
    return replies


async def slot_choice_button(update: Update, context: BotContext, choice: SlotChoice) -> None:
    """One of the suggested slots."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered] | None = None
        if user is not None and user.is_set_up:
            replies = await _slot_chosen(session, user, choice.weekday, choice.at, context)
    await reply_or_stale(update, lang_of(update, user), replies, clear=True)


async def slot_button(update: Update, context: BotContext, press: SlotMenu) -> None:
    """Another time, later, pick again, keep the time; yes or no to the partner's proposal."""
    action = press.action
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered] | None = None
        if user is not None and user.is_set_up:
            lang = user.language
            if action == "other":
                users.set_flow(user, "checkin.slot")
                replies = [say(lang, "checkin-choose_slot_type")]
            elif action == "later":
                replies = [say(lang, "checkin-later")]
            elif action == "pick":
                replies = [views.slot_chooser(lang)]
            elif action == "keep" and await slots.keep_time(session, user):
                replies = [say(lang, "checkin-kept_time")]
            elif action in ("ok", "no"):
                result = await slots.answer_proposal(
                    session, user, press.proposal, action == "ok", now
                )
                if result is None:
                    replies = [say(lang, "checkin-declined_by_you")]
                elif result is not False:
                    replies = [views.accepted_by_you(lang, result)]
    await reply_or_stale(update, lang_of(update, user), replies, clear=action != "pick")


# -- /checkin -----------------------------------------------------------------------------------


async def checkin_command(update: Update, context: BotContext) -> None:
    arg = context.args[0].lower() if context.args else ""
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            couple = await session.get(Couple, user.couple_id)
            if arg == "history":
                replies = [await _history(session, user)]
            elif slots.slot_of(couple) is None:
                replies = [say(user.language, "checkin-no_slot"), views.slot_chooser(user.language)]
            elif arg in ("settings", "time"):
                replies = [await _menu(session, user, couple, now)]
            elif arg == "now":
                replies = await _start_now(session, user, now)
            else:
                replies = await _resume(session, user, couple, now)
    await respond(update, replies)


async def _menu(session: AsyncSession, user: User, couple: Couple, now: datetime) -> Rendered:
    slot = slots.slot_of(couple)
    partner = await users.partner_of(session, user)
    elsewhere = []
    for person in [user] + ([partner] if partner else []):
        if person.timezone and person.timezone != slot.zone:
            weekday, local = slots.local_slot(slot, person.timezone, now)
            elsewhere.append((None if person is user else person.name, weekday, local))
    return views.menu(user.language, slot, elsewhere, couple.next_checkin_at, user.timezone)


async def _resume(
    session: AsyncSession, user: User, couple: Couple, now: datetime
) -> list[Rendered]:
    ci = await weeks.open_for(session, user, now)
    if ci is None:
        return [await _menu(session, user, couple, now)]
    if ci.meeting in ("running", "paused"):
        return [say(user.language, "checkin-meeting_running")]
    response = await questions.response_of(session, user, ci, now, create=False)
    if response is not None and response.finished_at is not None:
        return await _after_finish(session, user, ci)
    return await _turn_replies(
        session, user, await questions.start(session, user, ci.id, now), now=now
    )


async def _start_now(session: AsyncSession, user: User, now: datetime) -> list[Rendered]:
    ci = await planning.start_early(session, user, now)
    if ci is None:
        return [say(user.language, "checkin-closed")]
    return await _turn_replies(
        session, user, await questions.start(session, user, ci.id, now), now=now
    )


async def _history(session: AsyncSession, user: User) -> Rendered:
    past = await history.history(session, user)
    partner = await users.partner_of(session, user) if past else None
    return views.history(user.language, past, partner.name if partner else None)


# -- the private questions ----------------------------------------------------------------------


async def _turn_replies(
    session: AsyncSession,
    user: User,
    turn: Turn,
    lead: list[Rendered | Reply] | None = None,
    *,
    now: datetime,
) -> list[Rendered | Reply]:
    lang = user.language
    replies = list(lead or [])
    if turn.result == "stale":
        return [*replies, say(lang, "common-stale_button")]
    if turn.result == "closed":
        return [*replies, say(lang, "checkin-closed")]
    if turn.result == "finished":
        return replies + await _after_finish(session, user, turn.checkin, turn=turn)
    if turn.number == 1 and turn.response.position == 0 and not turn.resumed:
        partner = await users.partner_of(session, user)
        replies.insert(0, question_views.intro(lang, partner.name if partner else None))
        # Every four weeks, the private safety question first (the partner never sees it).
        asked = await safety.question_if_due(session, user, now, checkin=turn.checkin.id)
        if asked:
            return [*replies, *asked]
    return [*replies, question_views.question(lang, turn)]


async def _after_finish(
    session: AsyncSession, user: User, ci: CheckIn, turn: Turn | None = None
) -> list[Rendered]:
    partner = await users.partner_of(session, user)
    return [
        question_views.finished(
            user.language,
            ci,
            partner.name if partner else None,
            partner_finished=turn is not None and turn.partner_finished,
        )
    ]


async def answer_button(update: Update, context: BotContext, press: CheckinAnswer) -> None:
    """An answer button under a private question."""
    tip: str | None = None
    async with context.db.transaction() as session:
        user = await load_user_and_checkin(session, update, context, press.checkin)
        replies: list[Rendered | Reply] | None = None
        if user is not None:
            turn = await questions.answer(
                session, user, press.checkin, press.question, None, context.now(), raw=press.value
            )
            if turn.result == "invalid":
                tip, replies = toast(user.language, "checkin-toast_invalid"), []
            elif turn.result == "closed":
                replies = [amended(update), say(user.language, "checkin-closed")]
            elif turn.result != "stale":
                replies = await _turn_replies(
                    session, user, turn, [amended(update)], now=context.now()
                )
    await reply_or_stale(update, lang_of(update, user), replies, toast=tip)


async def private_button(update: Update, context: BotContext, press: CheckinPrivacy) -> None:
    """Keep one written answer private, or share it after all."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        value = (
            await questions.toggle_private(
                session, user, press.checkin, press.question, context.now()
            )
            if user
            else None
        )
        partner = await users.partner_of(session, user) if user else None
    lang = lang_of(update, user)
    if value is None:
        await reply_or_stale(update, lang, None)
        return
    saved = question_views.answer_saved(
        lang, press.checkin, press.question, value, partner.name if partner else None
    )
    await respond(
        update,
        [edited(saved)],
        toast=toast(lang, "checkin-toast_private" if value else "checkin-toast_shared"),
    )


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered | Reply]:
    """Typed answers: a written question, a slot ('Sunday 7pm'), or the 'loved' promise."""
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    lang = user.language
    if step == "slot":
        parsed = slots.parse_slot(text, lang)
        if parsed is None:
            return [say(lang, "checkin-bad_slot", text=text[:40])]
        return await _slot_chosen(session, user, parsed[0], parsed[1], context)
    checkin_id = int(user.flow_data.get("checkin", 0))
    if step == "loved":
        promise = await talk.loved_promise(
            session, user, checkin_id, text, now, context.rt.settings
        )
        if promise is None:
            users.set_flow(user, None)
            return [say(lang, "common-stale_button")]
        return [views.loved_made(lang, promise, now, user.timezone)]
    # step == "answer"
    ci = await weeks.of_couple(session, user, checkin_id)
    if ci is None:
        users.set_flow(user, None)
        return [say(lang, "checkin-closed")]
    turn = await questions.start(session, user, checkin_id, now)
    if turn.result != "ok":
        return await _turn_replies(session, user, turn, now=now)
    if turn.question.kind != "text":
        return [say(lang, "checkin-toast_invalid"), question_views.question(lang, turn)]
    if len(text.strip()) > questions.TEXT_LIMIT:
        return [say(lang, "checkin-too_long", limit=questions.TEXT_LIMIT)]
    answered = await questions.answer(session, user, checkin_id, turn.question.field, text, now)
    partner = await users.partner_of(session, user)
    saved = question_views.answer_saved(
        lang, checkin_id, turn.question.field, False, partner.name if partner else None
    )
    return await _turn_replies(session, user, answered, [saved], now=now)


# -- slot messages and the talk -----------------------------------------------------------------


async def checkin_button(update: Update, context: BotContext, press: CheckinPress) -> None:
    """Start, snooze, skip, ready, now, history, and the buttons of the talk."""
    action, checkin_id = press.action, press.checkin
    now = context.now()
    tip: str | None = None
    clear = True
    async with context.db.transaction() as session:
        user = await load_user_and_checkin(session, update, context, checkin_id)
        replies: list[Rendered | Reply] | None = None
        if user is None or not user.is_set_up:
            pass
        elif action == "start":
            turn = await questions.start(session, user, checkin_id, now)
            replies = (
                None
                if turn.result == "stale"
                else await _turn_replies(session, user, turn, now=now)
            )
        elif action == "snooze":
            result = await planning.snooze(session, user, checkin_id, now)
            replies = _simple(user.language, result, "checkin-snoozed")
            if result == "no_more":
                replies, clear = [], False
                tip = toast(user.language, "checkin-toast_no_more_snoozes")
        elif action == "skip":
            result = await planning.skip_week(session, user, checkin_id, now)
            replies = _simple(user.language, result, "checkin-skipped")
        elif action == "ready":
            result = await talk.ready(session, user, checkin_id, now)
            key = {"waiting": "checkin-waiting_for_partner", "running": "checkin-meeting_running"}
            replies = _simple(user.language, result, key.get(result))
        elif action == "now":
            replies = await _start_now(session, user, now)
        elif action == "hist":
            replies, clear = [await _history(session, user)], False
        elif action == "loved":
            ci = await weeks.of_couple(session, user, checkin_id)
            if ci is not None and weeks.is_open(ci, now):
                users.set_flow(user, "checkin.loved", checkin=ci.id)
                partner = await users.partner_of(session, user)
                replies = [views.ask_loved(user.language, partner.name if partner else None)]
                clear = False
        elif action in ("next", "end", "break", "resume"):
            result = await talk.meeting_action(session, user, checkin_id, press.gen, action, now)
            replies = _simple(user.language, result, None)
    await reply_or_stale(update, lang_of(update, user), replies, toast=tip, clear=clear)


def _simple(lang: str, result: str, key: str | None) -> list[Rendered] | None:
    if result == "stale":
        return None
    if result == "closed":
        return [say(lang, "checkin-closed")]
    return [say(lang, key)] if key else []
