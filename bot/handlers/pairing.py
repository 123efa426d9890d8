"""/invite and /unpair."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.callbacks import UnpairAnswer
from bot.content import label, t
from bot.handlers.common import Reply, consent_first, keyboard, load_user, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.scheduling import outbox
from bot.services import pairing, users
from bot.services.times import format_moment
from bot.storage.models import User


async def invite(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update) or await _invite(session, user, context)
    await respond(update, replies)


async def _invite(session: AsyncSession, user: User, context: BotContext) -> list[Reply]:
    partner = await users.partner_of(session, user)
    if partner is not None:
        return [Reply(t("pairing.invite_already_paired", partner=partner.name))]
    ttl = timedelta(hours=context.rt.settings.invite_ttl_hours)
    new = await pairing.create_invite(session, user, now=context.now(), ttl=ttl)
    link = f"https://t.me/{context.bot.username}?start={new.token}"
    join = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label("pairing.invite_button", name=user.name), url=link)]]
    )
    expires = format_moment(new.expires_at, user.timezone)
    return [
        Reply(t("pairing.invite_link", link=link, expires=expires)),
        Reply(t("pairing.invite_forward", name=user.name), join),
    ]


async def unpair(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [consent_first()]
        elif (partner := await users.partner_of(session, user)) is None:
            replies = [Reply(t("pairing.not_paired"))]
        else:
            replies = [
                Reply(
                    t("pairing.unpair_confirm", partner=partner.name),
                    keyboard(
                        [
                            [(label("pairing.unpair_yes"), UnpairAnswer("yes", partner.id))],
                            [(label("pairing.unpair_no"), UnpairAnswer("no"))],
                        ]
                    ),
                )
            ]
    await respond(update, replies)


async def unpair_button(update: Update, context: BotContext, answer: UnpairAnswer) -> None:
    if answer.answer != "yes":
        await respond(update, Reply(t("pairing.unpair_kept")), clear_buttons=True)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        partner = await users.partner_of(session, user) if user else None
        # The button names the partner it was shown for: a stale one cannot end a newer pairing.
        if user is None or partner is None or answer.partner != partner.id:
            replies = None
        else:
            await pairing.unpair(session, user, now=now)
            await outbox.enqueue(
                session,
                outbox.Outgoing(
                    kind="pairing",
                    user_id=partner.id,
                    due_at=now,
                    text=t("pairing.unpaired_partner", partner.language, partner=user.name),
                    dedupe_key=f"unpaired:{user.couple_id}:{partner.id}",
                ),
                now,
            )
            replies = [Reply(t("pairing.unpaired_self", partner=partner.name))]
    if replies is None:
        await respond(update, Reply(t("pairing.not_paired")), clear_buttons=True)
    else:
        await respond(update, replies, clear_buttons=True)
