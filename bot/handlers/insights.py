"""/insights and the buttons on a suggestion of help."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import SuggestionPress
from bot.handlers.common import Reply, amended, lang_of, load_user, reply_or_stale, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services import insights, users
from bot.views import insights as views
from bot.views.base import Rendered, say


async def insights_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            lang, zone = user.language, user.timezone
            trend = await insights.trend(session, user, now)
            suggestions = await insights.recent(session, user)
            partner = await users.partner_of(session, user)
            partner_name = partner.name if partner else None
    if replies is None:
        # After the commit, and in the chart process: drawing takes a good part of a second.
        chart = await views.chart(lang, trend.weeks)
        overview = views.overview(
            lang, zone, suggestions, partner_name, with_chart=chart is not None
        )
        if chart is not None:
            caption, png = chart
            replies = [Reply(caption, photo=png), overview]
        else:
            replies = [say(lang, "insights-no_data"), overview]
    await respond(update, replies)


async def suggestion_button(update: Update, context: BotContext, press: SuggestionPress) -> None:
    """Not now, suggest it together, why; and the options, for the invited partner."""
    action, suggestion_id = press.action, press.suggestion
    now = context.now()
    clear = True
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Rendered | Reply] | None = None
        if user is None:
            pass
        elif action == "notnow":
            if await insights.not_now(session, user, suggestion_id, now):
                replies = [amended(update), say(user.language, "insights-not_now")]
        elif action == "share":
            partner = await insights.share_with_partner(session, user, suggestion_id, now)
            if partner is not None:
                replies = [
                    amended(update),
                    say(user.language, "insights-shared", partner=partner.name),
                ]
        elif action == "why":
            found = await insights.own(session, user, suggestion_id)
            if found is not None:
                partner = await users.partner_of(session, user)
                replies = [views.why(user.language, found, partner.name if partner else None)]
                clear = False
        elif action == "options" and not await insights.abuse_indicated(session, user):
            replies = [views.options(user.language, user.timezone)]
    await reply_or_stale(update, lang_of(update, user), replies, clear=clear)
