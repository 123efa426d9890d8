"""After a promise's time: Kept / Not yet / Couldn't, and the partner's 'Yes, thank you'."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import PromiseCheck, PromiseConfirm
from bot.handlers.common import Reply, amended, lang_of, load_user, reply_or_stale
from bot.runtime import BotContext
from bot.services import users
from bot.services.promises import answers
from bot.services.promises.making import Result
from bot.views import promises as views
from bot.views.base import Rendered, say, toast

# What a refused answer shows: a pop-up (the press changed nothing).
REFUSED = {
    Result.ALREADY: "promises-toast_already",
    Result.NO_MORE: "promises-toast_no_more",
    Result.TOO_LATE: "promises-toast_confirm_late",
}


async def check_button(update: Update, context: BotContext, press: PromiseCheck) -> None:
    """Kept / Not yet / Couldn't, on the question after the promised time."""
    action, promise_id = press.answer, press.promise
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        outcome = (
            await answers.answer(session, user, promise_id, press.revision, action, now)
            if user
            else answers.Answered(Result.STALE)
        )
        replies: list[Rendered | Reply] | None = []
        if outcome.result is Result.STALE:
            replies = None
        elif outcome.result in REFUSED:
            pass
        elif action == "later":
            replies = [amended(update, say(lang, "promises-answered_later").text)]
        elif action == "kept":
            partner = await users.partner_of(session, user) if outcome.partner_asked else None
            replies = [amended(update, views.kept(lang, partner.name if partner else None))]
        else:
            users.set_flow(user, "promise.reason", id=promise_id)
            replies = [
                amended(update, say(lang, "promises-answered_couldnt").text),
                views.ask_reason(lang),
            ]
    await reply_or_stale(update, lang, replies, toast=_refusal(lang, outcome.result))


async def confirm_button(update: Update, context: BotContext, press: PromiseConfirm) -> None:
    """The partner's 'Yes, thank you' / 'Not really'."""
    agrees = press.answer == "yes"
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        outcome = (
            await answers.confirm(session, user, press.promise, agrees, context.now())
            if user
            else answers.Answered(Result.STALE)
        )
    if outcome.result is Result.STALE:
        replies: list[Reply] | None = None
    elif outcome.result is Result.TOO_LATE:
        replies = [amended(update)]  # the partner's answer stands: take the buttons away
    elif outcome.result in REFUSED:
        replies = []
    else:
        key = "promises-confirmed_yes" if agrees else "promises-confirmed_no"
        replies = [amended(update, say(lang, key).text)]
    await reply_or_stale(update, lang, replies, toast=_refusal(lang, outcome.result))


def _refusal(lang: str, result: Result) -> str | None:
    return toast(lang, REFUSED[result]) if result in REFUSED else None
