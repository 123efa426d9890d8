"""/export and /delete."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import DeleteAnswer
from bot.handlers.common import Reply, lang_of, load_user, reader_language, respond
from bot.runtime import BotContext
from bot.services import pairing, privacy
from bot.views import common as common_views
from bot.views import privacy as views
from bot.views.base import say


async def export(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [common_views.consent_first(lang_of(update))]
        else:
            key = pairing.opener_key(context.bot.token, user.id)
            data = privacy.export_json(await privacy.export(session, user, now, guess_key=key))
            replies = [
                Reply(
                    say(user.language, "privacy-export_caption"),
                    document=(f"rekindle-export-{now:%Y-%m-%d}.json", data),
                )
            ]
    await respond(update, replies)


async def delete(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
    if user is None:
        await respond(update, common_views.consent_first(lang_of(update)))
        return
    await respond(update, views.delete_confirm(user.language))


async def delete_button(update: Update, context: BotContext, answer: DeleteAnswer) -> None:
    lang = await reader_language(update, context)
    if answer.answer != "yes":
        await respond(update, say(lang, "privacy-delete_kept"), clear_buttons=True)
        return
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        erased = user is not None
        if user is not None:
            key = pairing.opener_key(context.bot.token, user.id)
            await privacy.erase(session, user, context.now(), guess_key=key)
    if erased:
        await privacy.after_erasure(context.db)
    await respond(update, say(lang, "privacy-deleted"), clear_buttons=True)
