"""After a promise's time: Kept / Not yet / Couldn't, and the partner's 'Yes, thank you'."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import PromiseCheck, PromiseConfirm, PromiseDraft
from bot.content import label, t
from bot.handlers.common import Reply, amended, keyboard, load_user, reply_or_stale
from bot.runtime import BotContext
from bot.services import users
from bot.services.promises import answers
from bot.services.promises.making import Result


async def check_button(update: Update, context: BotContext, press: PromiseCheck) -> None:
    """Kept / Not yet / Couldn't, on the question after the promised time."""
    action, promise_id, revision = press.answer, press.promise, press.revision
    now = context.now()
    toast = None
    replies: list[Reply] | None = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        outcome = (
            await answers.answer(session, user, promise_id, revision, action, now)
            if user
            else answers.Answered(Result.STALE)
        )
        if outcome.result is Result.STALE:
            replies = None
        elif outcome.result is Result.ALREADY:
            toast = label("promises.toast_already")
        elif outcome.result is Result.NO_MORE:
            toast = label("promises.toast_no_more")
        elif action == "later":
            replies = [amended(update, t("promises.answered_later"))]
        elif action == "kept":
            text = t("promises.answered_kept")
            if outcome.partner_asked:
                partner = await users.partner_of(session, user)
                text += t("promises.answered_kept_asked", partner=partner.name)
            replies = [amended(update, text)]
        else:
            users.set_flow(user, "promise.reason", id=promise_id)
            replies = [
                amended(update, t("promises.answered_couldnt")),
                Reply(
                    t("promises.ask_reason"),
                    keyboard(
                        [
                            [
                                (label("promises.button_skip_reason"), PromiseDraft("skipreason")),
                                (label("promises.button_new_promise"), PromiseDraft("new")),
                            ]
                        ]
                    ),
                ),
            ]
    await reply_or_stale(update, replies, toast=toast)


async def confirm_button(update: Update, context: BotContext, press: PromiseConfirm) -> None:
    """The partner's 'Yes, thank you' / 'Not really'."""
    agrees = press.answer == "yes"
    toast = None
    replies: list[Reply] | None = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        outcome = (
            await answers.confirm(session, user, press.promise, agrees, context.now())
            if user
            else answers.Answered(Result.STALE)
        )
        if outcome.result is Result.STALE:
            replies = None
        elif outcome.result is Result.ALREADY:
            toast = label("promises.toast_already")
        elif outcome.result is Result.TOO_LATE:
            toast = label("promises.toast_confirm_late")
            replies = [amended(update)]  # take the buttons away
        else:
            key = "promises.confirmed_yes" if agrees else "promises.confirmed_no"
            replies = [amended(update, t(key))]
    await reply_or_stale(update, replies, toast=toast)
