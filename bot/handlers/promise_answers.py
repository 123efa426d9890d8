"""After a promise's time: Kept / Not yet / Couldn't, and the partner's 'Yes, thank you'."""

from __future__ import annotations

from telegram import Update

from bot.content import label, t
from bot.handlers.common import Reply, amended, keyboard, load_user, reply_or_stale
from bot.runtime import BotContext
from bot.services import users
from bot.services.promises import answers
from bot.services.promises.making import Result


async def check_button(update: Update, context: BotContext) -> None:
    """Kept / Not yet / Couldn't, on the question after the promised time."""
    parts = (update.callback_query.data or "").split(":")
    if (
        len(parts) != 4
        or parts[1] not in ("kept", "later", "couldnt")
        or not (parts[2].isdigit() and parts[3].isdigit())
    ):
        await reply_or_stale(update, None)
        return
    action, promise_id, revision = parts[1], int(parts[2]), int(parts[3])
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
                                (label("promises.button_skip_reason"), "pr:skipreason"),
                                (label("promises.button_new_promise"), "pr:new"),
                            ]
                        ]
                    ),
                ),
            ]
    await reply_or_stale(update, replies, toast=toast)


async def confirm_button(update: Update, context: BotContext) -> None:
    """The partner's 'Yes, thank you' / 'Not really'."""
    parts = (update.callback_query.data or "").split(":")
    if len(parts) != 3 or parts[1] not in ("yes", "no") or not parts[2].isdigit():
        await reply_or_stale(update, None)
        return
    agrees = parts[1] == "yes"
    toast = None
    replies: list[Reply] | None = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        outcome = (
            await answers.confirm(session, user, int(parts[2]), agrees, context.now())
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
