"""Answering words that signal danger, privately, and the private safety question.

Everything a person types is screened first: messages, photo and document captions, and edited
messages. Two levels: ``alert`` gets crisis help at once; ``check`` a gentle "are you safe right
now?" with one tap to the same help and one for "I'm OK". When the danger is clear and the
writer is the one who hurts the partner, the reply is help for people who want to stop.

At either level the words are not used as an answer anywhere (not saved, not revealed, not
promised), so nothing the partner sees changes. After "I'm OK" the person may simply send them
again: for ``OK_FOR`` more words at the "check" level go to their normal place (a check-in answer
that the screen finds worrying is still kept private there, with "share it after all"). Only a
flag is stored, never the words; the partner is never told.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update
from telegram.error import BadRequest

from bot.callbacks import SafetyCheck, SafetyDelete, SafetyQuestion
from bot.handlers.common import (
    Reply,
    edited,
    lang_of,
    load_user,
    non_text_message,
    reader_language,
    reply_or_stale,
    respond,
)
from bot.ops.metrics import count_safety_event
from bot.runtime import BotContext
from bot.services import safety, safety_flags, users
from bot.services.checkins import questions
from bot.storage.models import User
from bot.views import checkin_questions as question_views
from bot.views import safety as views
from bot.views.base import Rendered, toast


async def check(
    session: AsyncSession, user: User | None, text: str, update: Update, now: datetime
) -> list[Rendered]:
    """Screen ``text``; on a signal, store the minimal flag and return the reply for the writer.

    An empty list: nothing worrying, the text goes on to its normal place. Otherwise the text is
    not used as an answer: after ``alert`` the open question is closed, to be picked up later
    (set-up questions stay open); after ``check`` it stays open for the text to be sent again."""
    signal = await safety.screen_async(text)
    if not signal.flagged:
        return []
    gentle = signal.level == "check"
    if gentle and user is not None and await safety_flags.said_ok_recently(session, user, now):
        return []
    count_safety_event()
    flags = await safety_flags.record(session, user, signal, now) if user is not None else []
    message = update.effective_message
    message_id = message.message_id if message else None
    lang = lang_of(update, user)
    zone = user.timezone if user is not None else None
    if gentle:
        return [views.check_question(lang, flags[0].id if flags else 0, message_id)]
    in_checkin = user is not None and (user.flow or "").startswith("checkin.")
    if user is not None and user.flow and not user.flow.startswith("setup."):
        users.set_flow(user, None)
    if safety_flags.writer_harms(signal):
        return [views.stop_reply(lang, signal, zone, message_id)]
    return [views.safety_reply(lang, signal, zone, message_id, in_checkin=in_checkin)]


async def on_caption(update: Update, context: BotContext) -> None:
    """A photo, document or other media with a caption: the caption is screened like a message.
    Otherwise it is answered like any message that is not text."""
    caption = update.effective_message.caption or ""
    await safety.screen_async(caption)  # before the transaction (see handlers/text.py)
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = await check(session, user, caption, update, context.now())
    if replies:
        await respond(update, replies)
    else:
        await non_text_message(update, context)


async def on_edit(update: Update, context: BotContext) -> None:
    """An edited message (or caption): screened again; otherwise nothing happens (an edit does
    not change an answer already given)."""
    message = update.effective_message
    text = (message.text or message.caption or "") if message else ""
    if not text or text.startswith("/"):
        return
    await safety.screen_async(text)  # before the transaction (see handlers/text.py)
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = await check(session, user, text, update, context.now())
    if replies:
        await respond(update, replies)


async def check_button(update: Update, context: BotContext, press: SafetyCheck) -> None:
    """Under the gentle question: show where to get help (always), or "I'm OK" (once)."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        replies: list[Rendered | Reply] | None = None
        if press.action == "help":
            flags = (
                await safety_flags.answer_check(session, user, press.flag, "help")
                if (user is not None and press.flag)
                else None
            )
            kinds = {f.kind for f in flags or []} or {"abuse", "self_harm"}
            zone = user.timezone if user is not None else None
            replies = [views.help_reply(lang, kinds, False, zone, press.message)]
        elif user is None:
            replies = [] if press.flag else [edited(views.check_ok(lang))]
        elif await safety_flags.answer_check(session, user, press.flag, "ok") is not None:
            replies = [edited(views.check_ok(lang))]
    await reply_or_stale(update, lang, replies or None)


async def question_button(update: Update, context: BotContext, press: SafetyQuestion) -> None:
    """One answer to the private safety question: the next question in place of this one, and
    after the last a thank-you (or crisis help for a worrying answer) with no answers left on
    the screen."""
    now = context.now()
    code = press.so_far + press.answer
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered | Reply] | None = None
        if user is not None and await safety_flags.question_open(session, user, press.flag):
            lang = user.language
            if len(code) < len(safety_flags.QUESTIONS):
                view = views.private_question(lang, press.flag, code, press.checkin, None)
                replies = [edited(view)]
            else:
                await safety_flags.answer_question(session, user, press.flag, code)
                replies = await _after_question(session, user, code, press.checkin, now)
    await reply_or_stale(update, lang_of(update, user), replies)


async def _after_question(
    session: AsyncSession, user: User, code: str, checkin: int, now: datetime
) -> list[Rendered | Reply]:
    lang = user.language
    if safety_flags.worrying(code):
        count_safety_event()
        if checkin:
            users.set_flow(user, None)
        worry = views.question_worry(lang, user.timezone, in_checkin=bool(checkin))
        return [edited(worry)]
    replies: list[Rendered | Reply] = [edited(views.question_thanks(lang, bool(checkin)))]
    if checkin:
        turn = await questions.start(session, user, checkin, now)
        if turn.result == "ok":
            replies.append(question_views.question(lang, turn))
    return replies


async def delete_button(update: Update, context: BotContext, press: SafetyDelete) -> None:
    """Remove the worrying message and the answer to it from this chat (phone safety)."""
    query = update.callback_query
    chat = update.effective_chat
    ids = [query.message.message_id] if query.message else []
    if press.message > 0:
        ids.append(press.message)
    for message_id in ids:
        with contextlib.suppress(BadRequest):  # already gone, or too old to delete
            await context.bot.delete_message(chat.id, message_id)
    await respond(
        update, None, toast=toast(await reader_language(update, context), "safety-deleted")
    )


async def question_if_due(
    session: AsyncSession, user: User, now: datetime, *, checkin: int = 0
) -> list[Rendered]:
    """The private safety question when it is due (at set-up; then every four weeks at the
    start of the check-in's private questions): asked now, and noted as asked."""
    if not await safety_flags.question_due(session, user, now):
        return []
    flag = await safety_flags.ask_question(session, user, now)
    partner = await users.partner_of(session, user)
    name = partner.name if partner else None
    return [views.private_question(user.language, flag.id, "", checkin, name)]
