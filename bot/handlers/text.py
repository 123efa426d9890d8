"""Typed messages: an answer to whatever question is open (``user.flow``), else to the day's
daily question if one is open, or free text.

Every typed message is screened for signs of danger first (``handlers/safety.py``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.handlers import checkin, promises, questions, safety, settings, setup
from bot.handlers.common import Reply, lang_of, load_user, respond
from bot.runtime import BotContext
from bot.services import safety as screening
from bot.services import users
from bot.storage.models import User
from bot.views import common as common_views
from bot.views.base import Rendered, say

TEXT_LIMIT = 4096

FlowHandler = Callable[
    [AsyncSession, User, str, Update, BotContext], Awaitable[Sequence[Rendered | Reply]]
]

# The first part of ``user.flow`` -> who takes the typed answer.
FLOWS: dict[str, FlowHandler] = {
    "setup": setup.on_text,
    "settings": settings.on_text,
    "promise": promises.on_text,
    "checkin": checkin.on_text,
    "questions": questions.on_text,
}


async def on_text(update: Update, context: BotContext) -> None:
    text = update.effective_message.text or ""
    # Screened before the transaction, so that SQLite's one writer is not held while the model
    # runs; safety.check and the services below get the same answer without running it again.
    await screening.screen_async(text)
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        # Every typed message is screened first; a sign of danger is answered at once, privately.
        danger = await safety.check(session, user, text, update, context.now())
        if danger:
            replies = danger
        elif user is None:
            replies = [common_views.consent_first(lang_of(update))]
        else:
            handler = FLOWS.get((user.flow or "").partition(".")[0])
            if handler is not None:
                replies = await handler(session, user, text[:TEXT_LIMIT], update, context)
            else:
                # Outside any conversation: the answer to today's daily question, if one is open.
                replies = await questions.free_text(
                    session, user, text[:TEXT_LIMIT], update, context
                )
                replies = replies or [say(user.language, "common-free_text")]
    await respond(update, replies)


async def cancel(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [common_views.consent_first(lang_of(update))]
        elif user.flow and not user.flow.startswith("setup."):
            users.set_flow(user, None)
            replies = [say(user.language, "common-cancelled")]
        elif user.flow:  # set-up cannot be skipped; say where we are
            replies = setup.current_prompt(user, update)
        else:
            replies = [say(user.language, "common-nothing_to_cancel")]
    await respond(update, replies)
