"""/export and /delete."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import DeleteAnswer
from bot.content import label, t
from bot.handlers.common import Reply, consent_first, keyboard, load_user, respond
from bot.runtime import BotContext
from bot.scheduling import outbox
from bot.services import privacy


async def export(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [consent_first()]
        else:
            data = privacy.export_json(await privacy.export(session, user, now))
            replies = [
                Reply(
                    t("privacy.export_caption"),
                    document=(f"rekindle-export-{now:%Y-%m-%d}.json", data),
                )
            ]
    await respond(update, replies)


async def delete(update: Update, context: BotContext) -> None:
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
    if user is None:
        await respond(update, consent_first())
        return
    await respond(
        update,
        Reply(
            t("privacy.delete_confirm"),
            keyboard(
                [
                    [(label("privacy.delete_yes"), DeleteAnswer("yes"))],
                    [(label("privacy.delete_no"), DeleteAnswer("no"))],
                ]
            ),
        ),
    )


async def delete_button(update: Update, context: BotContext, answer: DeleteAnswer) -> None:
    if answer.answer != "yes":
        await respond(update, Reply(t("privacy.delete_kept")), clear_buttons=True)
        return
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            replies = [Reply(t("privacy.deleted"))]
        else:
            name = user.name or ""
            partner = await privacy.erase(session, user, now)
            if partner is not None:
                await outbox.enqueue(
                    session,
                    outbox.Outgoing(
                        kind="pairing",
                        user_id=partner.id,
                        due_at=now,
                        text=t("privacy.partner_left", partner.language, partner=name),
                        dedupe_key=outbox.once("left"),
                    ),
                    now,
                )
            replies = [Reply(t("privacy.deleted"))]
    await respond(update, replies, clear_buttons=True)
