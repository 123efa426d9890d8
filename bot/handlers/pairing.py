"""/invite and /unpair."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import UnpairAnswer
from bot.handlers.common import lang_of, load_user, reader_language, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services import pairing, users
from bot.storage.models import User
from bot.views import common as common_views
from bot.views import pairing as views
from bot.views.base import Rendered, say


async def invite(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update) or await _invite(session, user, context)
    await respond(update, replies)


async def _invite(session: AsyncSession, user: User, context: BotContext) -> list[Rendered]:
    partner = await users.partner_of(session, user)
    if partner is not None:
        return [say(user.language, "pairing-invite_already_paired", partner=partner.name)]
    ttl = timedelta(hours=context.rt.settings.invite_ttl_hours)
    new = await pairing.create_invite(session, user, now=context.now(), ttl=ttl)
    link = f"https://t.me/{context.bot.username}?start={new.token}"
    return views.invite(user.language, user.name, link, new.expires_at, user.timezone)


async def unpair(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [common_views.consent_first(lang_of(update))]
        elif (partner := await users.partner_of(session, user)) is None:
            replies = [say(user.language, "pairing-not_paired")]
        else:
            replies = [views.unpair_confirm(user.language, partner.name, partner.id)]
    await respond(update, replies)


async def unpair_button(update: Update, context: BotContext, answer: UnpairAnswer) -> None:
    if answer.answer != "yes":
        lang = await reader_language(update, context)
        await respond(update, say(lang, "pairing-unpair_kept"), clear_buttons=True)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        partner = await users.partner_of(session, user) if user else None
        # The button names the partner it was shown for: a stale one cannot end a newer pairing.
        if user is None or partner is None or answer.partner != partner.id:
            reply = say(lang, "pairing-not_paired")
        else:
            await pairing.unpair(session, user, now=now)
            reply = say(lang, "pairing-unpaired_self", partner=partner.name)
    await respond(update, reply, clear_buttons=True)
