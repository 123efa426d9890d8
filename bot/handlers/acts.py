"""The daily small act's buttons, "❤️ that landed", and /progress."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import ActPress, ShareActs
from bot.handlers.common import Reply, amended, edited, lang_of, load_user, reply_or_stale, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services import users
from bot.services.acts import offers, progress
from bot.views import acts as views
from bot.views.base import Rendered, toast

ACTIONS = {"done": offers.mark_done, "another": offers.swap, "skip": offers.skip}


async def act_button(update: Update, context: BotContext, press: ActPress) -> None:
    now = context.now()
    tip: str | None = None
    replies: list[Rendered | Reply] = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        if user is None:
            tip = toast(lang, "common-stale_button")
        elif press.action == "landed":
            result = await offers.mark_landed(session, user, press.delivery, now)
            if result == "landed":
                replies = [amended(update, views.landed_note(lang))]
            tip = views.landed_toast(lang, result)
        else:
            outcome = await ACTIONS[press.action](session, user, press.delivery, now)
            done = partner = None
            if outcome.result == "done":
                done = await progress.done_this_week(session, user, now)
                found = await users.partner_of(session, user)
                partner = found.name if found else None
            answer = views.after_press(lang, outcome, done_this_week=done or 0, partner=partner)
            tip = answer.toast
            replies = ([edited(answer.edit)] if answer.edit else []) + answer.follow_up
    await respond(update, replies, toast=tip)


async def share_button(update: Update, context: BotContext, answer: ShareActs) -> None:
    on = answer.answer == "yes"
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        partner = await users.partner_of(session, user) if user else None
        replies = None
        if user is not None and partner is not None:
            told = await offers.set_share_acts(session, user, on, context.now())
            replies = [views.sharing_set(user.language, on, partner.name, told)]
    await reply_or_stale(update, lang_of(update, user), replies, clear=True, clear_stale=True)


async def progress_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            found = await progress.progress(session, user, now)
            replies = [
                views.progress(
                    user.language,
                    found,
                    paused=users.is_paused(user, now),
                    act_time=user.act_time,
                    zone=user.timezone,
                )
            ]
    await respond(update, replies)
