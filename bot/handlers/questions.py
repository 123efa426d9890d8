"""The daily question: typed answers, its buttons (❤️, let's talk, change my answer), its
settings (from /settings and the offer after pairing) and /questions."""

from __future__ import annotations

from datetime import time

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import QuestionPage, QuestionPress, QuestionSetup
from bot.handlers.common import Reply, edited, lang_of, load_user, reply_or_stale, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.scheduling import recurrence
from bot.services import users
from bot.services.questions import answers, archive, opt_in
from bot.services.times import parse_time_of_day
from bot.storage.models import User
from bot.views import questions as views
from bot.views.base import Rendered, say, toast

# -- answering ----------------------------------------------------------------------------------


async def free_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered] | None:
    """Text typed outside any other conversation: an answer to the open question (None when no
    question is open, so the caller says what it says to other free text)."""
    outcome = await answers.answer(session, user, text, context.now())
    replies = views.after_answer(user.language, outcome)
    return replies or None


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered]:
    """Typed text while a daily-question step is open: a time, a new answer, another candidate
    for replacing the answer."""
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    lang = user.language
    if step == "time":
        at = parse_time_of_day(text, lang)
        if at is None:
            return [say(lang, "questions-bad_time", text=text[:40])]
        return await _turn_on(session, user, at, context)
    if step == "edit":
        question = int(user.flow_data.get("question", 0))
        return views.after_answer(lang, await answers.replace(session, user, question, text, now))
    # step == "replace": a newer text to replace the answer with (asked again)
    replies = await free_text(session, user, text, update, context)
    if replies is None:
        users.set_flow(user, None)
        return [say(lang, "common-free_text")]
    return replies


async def press_button(update: Update, context: BotContext, press: QuestionPress) -> None:
    """❤️, let's talk, change my answer; replace it or keep the first one."""
    now = context.now()
    tip: str | None = None
    clear = press.action in ("replace", "keep")
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered | Reply] | None = None
        if user is not None and user.is_set_up:
            lang = user.language
            if press.action in ("heart", "talk"):
                result = await answers.react(session, user, press.question, press.action, now)
                partner = await users.partner_of(session, user)
                if result != "stale" and partner is not None:
                    key = f"questions-toast_{press.action}" if result == "ok" else None
                    tip = toast(lang, key or "questions-toast_already", name=partner.name)
                    replies = []
            elif press.action == "edit":
                result = await answers.start_edit(session, user, press.question, now)
                if result == "ok":
                    replies = [say(lang, "questions-ask_new_answer")]
                elif result in ("closed", "over"):
                    replies = [say(lang, f"questions-{result}")]
            elif press.action == "replace":
                outcome = await answers.replace(session, user, press.question, None, now)
                replies = views.after_answer(lang, outcome)
            elif answers.keep_first(user):
                replies = [say(lang, "questions-kept")]
    await reply_or_stale(
        update, lang_of(update, user), replies, toast=tip, clear=clear, clear_stale=clear
    )


# -- settings and the offer after pairing -------------------------------------------------------


async def _turn_on(
    session: AsyncSession, user: User, at: time, context: BotContext
) -> list[Rendered]:
    now = context.now()
    found = await opt_in.turn_on(session, user, at, now)
    partner = await users.partner_of(session, user)
    defaults = context.rt.settings.quiet_hours_start, context.rt.settings.quiet_hours_end
    quiet = [
        None if person is user else person.name
        for person in [user] + ([partner] if partner else [])
        if recurrence.in_window(at, *users.quiet_hours(person, *defaults))
    ]
    return views.turned_on(user.language, found, user.next_question_at, user.timezone, now, quiet)


async def setup_button(update: Update, context: BotContext, press: QuestionSetup) -> None:
    """The menu (from /settings), the times, on at a time, off, intimacy yes or no, not now."""
    now = context.now()
    action = press.action
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered] | None = None
        if user is not None and user.is_set_up:
            lang = user.language
            if action == "menu":
                found = await opt_in.settings_of(session, user)
                if not found.on:  # the menu asks for a time: a typed one counts too
                    users.set_flow(user, "questions.time")
                replies = [views.menu(lang, found)]
            elif action == "times":
                users.set_flow(user, "questions.time")
                replies = [views.ask_time(lang)]
            elif action == "at" and press.at is not None:
                replies = await _turn_on(session, user, press.at, context)
            elif action == "off":
                found = await opt_in.turn_off(session, user, now)
                replies = [say(lang, "questions-off"), views.menu(lang, found)]
            elif action in ("intim", "nointim"):
                agreed = action == "intim"
                found = await opt_in.set_intimacy(session, user, agreed, now)
                replies = [views.intimacy_changed(lang, found, agreed)]
            elif action == "later":  # the offer: unless the partner turned it on meanwhile
                found = await opt_in.settings_of(session, user)
                replies = [
                    views.after_pairing(lang, found) if found.on else say(lang, "questions-later")
                ]
            elif action == "notnow":
                replies = [say(lang, "questions-intimacy_not_now")]
    await reply_or_stale(
        update, lang_of(update, user), replies, clear=action not in ("menu", "times")
    )


# -- /questions ---------------------------------------------------------------------------------


async def questions_command(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            page = await archive.archive(session, user, 0, context.now())
            replies = [views.archive(user.language, page)]
    await respond(update, replies)


async def page_button(update: Update, context: BotContext, press: QuestionPage) -> None:
    """Newer / Older: the page in place of the one shown."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is not None and user.is_set_up:
            page = await archive.archive(session, user, press.page, context.now())
            replies = [edited(views.archive(user.language, page))]
    await reply_or_stale(update, lang_of(update, user), replies)
