"""Typed messages: an answer to whatever question is open (``user.flow``), or free text."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.content import t
from bot.handlers import checkin, promises, safety, settings
from bot.handlers.common import Reply, consent_first, load_user, respond
from bot.runtime import BotContext
from bot.services import users
from bot.storage.models import User

TEXT_LIMIT = 4096

FlowHandler = Callable[[AsyncSession, User, str, Update, BotContext], Awaitable[list[Reply]]]

# The first part of ``user.flow`` -> who takes the typed answer. Features add themselves here.
FLOWS: dict[str, FlowHandler] = {
    "setup": settings.on_text,
    "settings": settings.on_text,
    "promise": promises.on_text,
    "checkin": checkin.on_text,
}


async def on_text(update: Update, context: BotContext) -> None:
    text = update.effective_message.text or ""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        # Every typed message is screened first; a sign of danger is answered at once, privately.
        danger = await safety.check(session, user, text, update, context.now())
        if danger:
            replies = danger
        elif user is None:
            replies = [consent_first()]
        else:
            handler = FLOWS.get((user.flow or "").partition(".")[0])
            if handler is not None:
                replies = await handler(session, user, text[:TEXT_LIMIT], update, context)
            else:
                replies = await free_text(session, user, text, update, context)
    await respond(update, replies)


async def free_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Reply]:
    """Text outside any question."""
    return [Reply(t("common.free_text"))]


async def cancel(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [consent_first()]
        elif user.flow and not user.flow.startswith("setup."):
            users.set_flow(user, None)
            replies = [Reply(t("common.cancelled"))]
        elif user.flow:  # set-up cannot be skipped; say where we are
            from bot.handlers.onboarding import current_prompt

            replies = current_prompt(user, update)
        else:
            replies = [Reply(t("common.nothing_to_cancel"))]
    await respond(update, replies)
