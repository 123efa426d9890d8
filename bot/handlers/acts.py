"""The daily small act's buttons, "❤️ that landed", and /progress."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import ActPress, ShareActs
from bot.content import acts as act_catalog
from bot.content import label, t
from bot.handlers.common import Reply, amended, keyboard, load_user, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.scheduling.sender import inline_keyboard
from bot.services import users
from bot.services.acts import offers, planning, progress
from bot.services.times import format_moment, format_time

MARKS = {"done": "✅", "skipped": "⏭", "open": "◻️", "none": "·"}


async def act_button(update: Update, context: BotContext, press: ActPress) -> None:
    action, delivery_id = press.action, press.delivery
    now = context.now()
    toast: str | None = None
    replies: list[Reply] = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        if user is None:
            toast = label("common.stale_button")
        elif action == "landed":
            result = await offers.mark_landed(session, user, delivery_id, now)
            if result == "landed":
                replies = [amended(update, t("acts.you_said_landed"))]
            toast = (
                label("acts.toast_landed")
                if result == "landed"
                else (
                    label("acts.toast_already_landed")
                    if result == "already"
                    else label("common.stale_button")
                )
            )
        else:
            outcome = await {"done": offers.mark_done, "another": offers.swap, "skip": offers.skip}[
                action
            ](session, user, delivery_id, now)
            toast, replies = await _render(outcome, session, user, now)
    await respond(update, replies, toast=toast)


async def _render(outcome: offers.Outcome, session, user, now) -> tuple[str | None, list[Reply]]:
    if outcome.result == "stale":
        return label("common.stale_button"), []
    if outcome.result == "already_done":
        return label("acts.toast_already_done"), []
    if outcome.result == "no_more_swaps":
        return label("acts.toast_no_more_swaps"), []
    act_html = planning.act_text(outcome.act, user.language) if outcome.act else ""
    if outcome.result == "swapped":
        markup = inline_keyboard(planning.act_buttons(outcome.delivery.id, user.language))
        return None, [Reply(act_html, markup, edit=True)]
    if outcome.result == "skipped":
        act = act_catalog().get(outcome.delivery.act_id)
        text = planning.act_text(act, user.language) if act else ""
        return None, [Reply(text + "\n\n" + t("acts.skipped"), edit=True)]
    # done
    count = await progress.done_this_week(session, user, now)
    text = act_html + "\n\n" + t("acts.done", count=count)
    if outcome.told_partner:
        partner = await users.partner_of(session, user)
        text += " " + t("acts.told_partner", partner=partner.name if partner else "")
    replies = [Reply(text, edit=True)]
    if outcome.ask_to_share:
        partner = await users.partner_of(session, user)
        replies.append(
            Reply(
                t("acts.ask_share", partner=partner.name),
                keyboard(
                    [
                        [(label("acts.share_yes", partner=partner.name), ShareActs("yes"))],
                        [(label("acts.share_no"), ShareActs("no"))],
                    ]
                ),
            )
        )
    return None, replies


async def share_button(update: Update, context: BotContext, answer: ShareActs) -> None:
    value = answer.answer == "yes"
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        partner = await users.partner_of(session, user) if user else None
        if user is None or partner is None:
            replies = None
        else:
            told = await offers.set_share_acts(session, user, value, context.now())
            key = "acts.share_on" if value else "acts.share_off"
            replies = [
                Reply(
                    t(key, partner=partner.name)
                    + (" " + t("acts.told_partner", partner=partner.name) if told else "")
                )
            ]
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"), clear_buttons=True)
    else:
        await respond(update, replies, clear_buttons=True)


async def progress_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            p = await progress.progress(session, user, now)
            zone = user.timezone
            if users.is_paused(user, now):
                upcoming = t("acts.next_paused")
            elif p.next_at is not None:
                upcoming = t("acts.next_at", when=format_moment(p.next_at, zone))
            else:
                upcoming = t("acts.next_at", when=format_time(user.act_time))
            key = "acts.progress" if p.done_this_week or p.run_days else "acts.progress_fresh"
            replies = [
                Reply(
                    t(
                        key,
                        week=p.done_this_week,
                        run=p.run_days,
                        days=" ".join(MARKS[d] for d in p.last_7),
                        upcoming=upcoming,
                    )
                )
            ]
    await respond(update, replies)
