"""/insights and the buttons on a suggestion of help."""

from __future__ import annotations

from telegram import Update

from bot.callbacks import SuggestionPress
from bot.content import insights as insight_content
from bot.content import label, t
from bot.handlers.common import Reply, amended, load_user, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.services import charts, insights, users
from bot.services.times import format_day


async def insights_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            trend = await insights.trend(session, user, now)
            suggestions = await insights.recent(session, user)
            partner = await users.partner_of(session, user)
            lines = [t("insights.overview")]
            if suggestions:
                lines += ["", t("insights.overview_recent")]
                for suggestion in suggestions:
                    reasons = "; ".join(
                        insights.explain(r, partner, user.language) for r in suggestion.reasons
                    )
                    lines.append(
                        t(
                            "insights.overview_item",
                            day=format_day(suggestion.created_at, user.timezone),
                            reasons=reasons,
                        )
                    )
            else:
                lines += ["", t("insights.overview_none")]
            has_data = any(
                w.pulse is not None or w.kept_rate is not None or w.acts_done for w in trend.weeks
            )
            if has_data:
                png = charts.trend_png(
                    trend.weeks,
                    low_line=insight_content().thresholds.low_pulse,
                    title=label("insights.chart_title", weeks=len(trend.weeks)),
                )
                caption = label("insights.chart_title", weeks=len(trend.weeks))
                replies = [Reply(caption, photo=png), Reply("\n".join(lines))]
            else:
                replies = [Reply(t("insights.no_data")), Reply("\n".join(lines))]
    await respond(update, replies)


async def suggestion_button(update: Update, context: BotContext, press: SuggestionPress) -> None:
    """Not now, suggest it together, why; and the options, for the invited partner."""
    action, suggestion_id = press.action, press.suggestion
    now = context.now()
    clear = True
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is None:
            pass
        elif action == "notnow":
            if await insights.not_now(session, user, suggestion_id, now):
                replies = [amended(update), Reply(t("insights.not_now"))]
        elif action == "share":
            partner = await insights.share_with_partner(session, user, suggestion_id, now)
            if partner is not None:
                replies = [amended(update), Reply(t("insights.shared", partner=partner.name))]
        elif action == "why":
            explanation = await insights.why(session, user, suggestion_id)
            if explanation is not None:
                replies, clear = [Reply(t("insights.why_title") + "\n" + explanation)], False
        elif action == "options":
            abuse = await insights.abuse_indicated(session, user)
            lines = insights.help_lines(user)
            if not abuse:
                replies = [Reply(t("insights.options", **lines))]
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, clear_buttons=clear)
