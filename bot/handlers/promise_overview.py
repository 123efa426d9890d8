"""/promises: open promises of both partners, kept rates and the four-week trend."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import load_user, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services.promises import overview
from bot.views import promises as views


async def overview_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            found = await overview.overview(session, user, now)
            replies = [views.overview(user.language, found, now, user.timezone)]
    await respond(update, replies)
