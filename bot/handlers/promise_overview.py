"""/promises: open promises of both partners, kept rates and the four-week trend."""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import PromiseManage
from bot.content import label, t
from bot.handlers.common import Reply, keyboard, load_user, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.services import when
from bot.services.promises import making, overview
from bot.storage.models import Promise, User


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)}%"


def _encouragement(stats: overview.Stats) -> str | None:
    weeks = [w for w in stats.weekly if w is not None]
    if len(weeks) >= 2 and weeks[-1] > weeks[0]:
        return t("promises.encourage_up")
    if stats.kept_rate is not None and stats.kept_rate >= 0.75:
        return t("promises.encourage_steady")
    if stats.kept_rate is not None and stats.kept_rate < 0.5:
        return t("promises.encourage_low")
    return None


def _rate_line(stats: overview.Stats, partner: str | None, *, theirs: bool = False) -> str:
    """'You: kept 3 of 4 (75%) · Alex confirmed 2', or the partner's line seen by you."""
    if not stats.resolved:
        return t(
            "promises.overview_rate_none", who=partner if theirs else t("promises.overview_you")
        )
    figures = {
        "kept": stats.kept,
        "resolved": stats.resolved,
        "rate": _percent(stats.kept_rate),
        "confirmed": stats.confirmed,
        "partner": partner or "",
    }
    if theirs:
        return t("promises.overview_rate_partner", **figures)
    return t("promises.overview_rate" if partner else "promises.overview_rate_solo", **figures)


def _item(promise: Promise, now: datetime, zone: str) -> str:
    key = "promises.overview_item_private" if promise.private else "promises.overview_item"
    return t(
        key,
        text=making.shown(promise.text),
        when=when.describe(making.when_of(promise), now, zone),
    )


async def overview_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            replies = [await _overview(session, user, now)]
    await respond(update, replies)


async def _overview(session: AsyncSession, user: User, now: datetime) -> Reply:
    view = await overview.overview(session, user, now)
    zone = making.zone_of(user)
    lines = [t("promises.overview_title"), "", t("promises.overview_yours")]
    lines += [_item(p, now, zone) for p in view.mine] or [t("promises.overview_none_open")]
    if view.partner is not None:
        lines += ["", t("promises.overview_partners", partner=view.partner.name)]
        lines += [_item(p, now, zone) for p in view.partners] or [
            t("promises.overview_partner_none")
        ]
    lines += ["", t("promises.overview_rates_title")]
    partner_name = view.partner.name if view.partner else None
    lines.append(_rate_line(view.my_stats, partner_name))
    if view.partner is not None and view.partner_stats is not None:
        lines.append(_rate_line(view.partner_stats, view.partner.name, theirs=True))
    if any(w is not None for w in view.my_stats.weekly):
        lines.append(
            t(
                "promises.overview_trend",
                trend=" → ".join(_percent(w) for w in view.my_stats.weekly),
            )
        )
    cheer = _encouragement(view.my_stats)
    if cheer:
        lines += ["", cheer]
    rows = [
        [
            (
                label("promises.manage_button", text=making.shown(p.text, 28)),
                PromiseManage("show", p.id),
            )
        ]
        for p in view.mine[:8]
    ]
    return Reply("\n".join(lines), keyboard(rows) if rows else None)
