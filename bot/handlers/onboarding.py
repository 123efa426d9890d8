"""/start and consent: the first things a person sees, with or without an invite link.

Nothing is stored about a person until they tap "I agree"; then the set-up questions begin
(``bot/handlers/setup.py``).
"""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import Consent
from bot.handlers.common import (
    lang_of,
    load_user,
    reader_language,
    respond,
    telegram_language,
)
from bot.handlers.setup import current_prompt, prompt, redeem_invite
from bot.runtime import BotContext
from bot.services import pairing, users
from bot.services.pairing import InviteCheck, InviteStatus
from bot.storage.models import User
from bot.views import onboarding as views
from bot.views import pairing as pairing_views
from bot.views.base import Rendered, say


async def start(update: Update, context: BotContext) -> None:
    payload = context.args[0] if context.args else None
    now = context.now()
    opener = update.effective_user.id
    key = pairing.opener_key(context.bot.token, opener) if payload else None
    if key is not None:
        async with context.db.transaction() as session:
            allowed = await pairing.take_try(session, key, now)
            calm = not allowed and await pairing.tell_once(session, key)
        if not allowed:
            # Too many wrong links this hour: not even looked at; said once, then nothing.
            lang = await reader_language(update, context)
            await respond(update, [say(lang, "pairing-too_many_tries")] if calm else None)
            return
    replies: list[Rendered]
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        check = None
        if payload:
            assert key is not None
            check = await pairing.check(
                session, token_hash=pairing.token_hash_for(payload), opener_id=opener, now=now
            )
            if check.status is not InviteStatus.GARBLED:
                await pairing.give_back(session, key)  # a real link: no guess
        if user is None:
            lang = telegram_language(update)
            replies = []
            if check is not None and check.status is not InviteStatus.OK:
                replies.append(_status(lang, check))
            ok = check is not None and check.status is InviteStatus.OK
            inviter = check.inviter.name if ok and check.inviter else None
            first_name = update.effective_user.first_name if update.effective_user else None
            replies.append(views.welcome(lang, first_name, inviter, payload if ok else None))
        elif check is not None:
            replies = await _open_invite(session, user, check, update, context)
        elif not user.is_set_up:
            replies = current_prompt(user, update)
        else:
            replies = [say(user.language, "onboarding-welcome_back", name=user.name)]
    await respond(update, replies)


def _status(lang: str, check: InviteCheck, partner: str | None = None) -> Rendered:
    inviter = check.inviter.name if check.inviter else None
    return pairing_views.status(lang, check.status, inviter, partner)


async def _open_invite(
    session: AsyncSession, user: User, check: InviteCheck, update: Update, context: BotContext
) -> list[Rendered]:
    """Someone who already consented opened an invite link."""
    if check.status is not InviteStatus.OK:
        partner = await users.partner_of(session, user)
        status = _status(user.language, check, partner.name if partner else None)
        # In the middle of set-up: the open question again, so they know where they are.
        return [status, *current_prompt(user, update)] if not user.is_set_up else [status]
    if not user.is_set_up:
        user.pending_invite = check.token_hash
        return [
            views.invited_by(user.language, check.inviter.name),
            *current_prompt(user, update),
        ]
    return await redeem_invite(session, user, check.token_hash, context.now())


async def consent(update: Update, context: BotContext, answer: Consent) -> None:
    if answer.answer == "no":
        await respond(update, say(lang_of(update), "onboarding-declined"), clear_buttons=True)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user, created = await users.consent(
            session,
            update.effective_user.id,
            language=telegram_language(update),
            now=now,
            default_act_time=context.rt.settings.default_act_time,
            pending_invite=pairing.token_hash_for(answer.token),
        )
        if not created:
            replies = [say(user.language, "onboarding-already_consented")] + (
                current_prompt(user, update) if not user.is_set_up else []
            )
        else:
            users.set_flow(user, "setup.name")
            replies = [
                say(user.language, "onboarding-consented"),
                prompt("name", update, user.language),
            ]
    await respond(update, replies, clear_buttons=True)
