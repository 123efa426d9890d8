"""Answering a message that signals danger: at once, privately, with crisis help.

Only the person who wrote it sees anything. The partner is not told, and nothing they can see
changes. Only a minimal flag is stored (what kind, when), never the words.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update
from telegram.error import BadRequest

from bot.callbacks import SafetyDelete
from bot.handlers.common import lang_of, reader_language, respond
from bot.ops.metrics import count_safety_event
from bot.runtime import BotContext
from bot.services import safety, users
from bot.storage.models import SafetyFlag, User
from bot.views.base import Rendered, toast
from bot.views.safety import safety_reply


async def check(
    session: AsyncSession, user: User | None, text: str, update: Update, now: datetime
) -> list[Rendered]:
    """Screen ``text``; on a signal, store the minimal flag and return the reply for the writer.

    The text is then not used as an answer anywhere (not saved, not revealed, not promised):
    the open question is closed, to be picked up later; set-up questions stay open."""
    signal = await safety.screen_async(text)
    if not signal.flagged:  # "check" gets the crisis reply too until its own gentle flow exists
        return []
    count_safety_event()
    if user is not None:
        for kind in sorted(signal.kinds):
            session.add(
                SafetyFlag(user_id=user.id, kind=kind, immediate=signal.immediate, created_at=now)
            )
    message = update.effective_message
    zone = user.timezone if user is not None else None
    in_checkin = user is not None and (user.flow or "").startswith("checkin.")
    if user is not None and user.flow and not user.flow.startswith("setup."):
        users.set_flow(user, None)
    message_id = message.message_id if message else None
    return [safety_reply(lang_of(update, user), signal, zone, message_id, in_checkin=in_checkin)]


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
