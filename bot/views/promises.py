"""Promises: making one, the answers after its time, /promises, moving and cancelling."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.callbacks import PromiseDraft, PromiseManage, PromiseWhen
from bot.services.when import When
from bot.views import formatting
from bot.views.base import Rendered, buttons, say
from bot.views.catalogue import Safe, label, t

if TYPE_CHECKING:
    from bot.services.promises.overview import Overview, Stats
    from bot.storage.models import Promise, User

SHOWN_LIMIT = 200  # a promise is shown shortened inside other messages


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """The promise text as it appears inside other messages (escaped by the template), cut to
    ``limit`` characters with an ellipsis (at a word's end where one is near)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def due_of(promise: Promise) -> When:
    return When(promise.due_at, promise.all_day)


# -- making one ---------------------------------------------------------------------------------


def ask_text(lang: str, partner: str | None) -> Rendered:
    to = t(lang, "promises-to_partner", partner=partner) if partner else ""
    return say(lang, "promises-ask_text", to=to)


def ask_when(lang: str, key: str = "promises-ask_when", **values: object) -> Rendered:
    """When will you do it? With Tonight / Tomorrow / By the end of the week."""
    return Rendered(
        t(lang, key, **values),
        buttons(
            [
                (label(lang, "promises-quick_tonight"), PromiseWhen("tonight")),
                (label(lang, "promises-quick_tomorrow"), PromiseWhen("tomorrow")),
            ],
            [(label(lang, "promises-quick_week"), PromiseWhen("week"))],
        ),
    )


def draft(
    lang: str,
    found: Mapping[str, Any],
    due: When,
    now: datetime,
    zone: str | None,
    partner: str | None,
    *,
    paired: bool,
) -> Rendered:
    """The promise as understood, to confirm: its local time, and who will see it."""
    if found.get("private"):
        visibility = t(lang, "promises-visible_private")
    elif paired:
        visibility = t(lang, "promises-visible_to_partner", partner=partner)
    else:
        visibility = t(lang, "promises-visible_solo")
    second = []
    if paired and not found.get("retime"):
        second.append(
            (label(lang, "promises-button_share", partner=partner), PromiseDraft("share"))
            if found.get("private")
            else (label(lang, "promises-button_private"), PromiseDraft("private"))
        )
    second.append((label(lang, "promises-button_cancel_draft"), PromiseDraft("cancel")))
    text = t(
        lang,
        "promises-confirm",
        text=shown(found["text"]),
        when=formatting.when(lang, due, now, zone),
        visibility=visibility,
    )
    first = [
        (label(lang, "promises-button_ok"), PromiseDraft("ok")),
        (label(lang, "promises-button_time"), PromiseDraft("time")),
    ]
    return Rendered(text, buttons(first, second))


def made(
    lang: str, promise: Promise, lead: timedelta | None, now: datetime, zone: str | None
) -> Rendered:
    """Promise made, and what happens next (a reminder ``lead`` before, a question after)."""
    if promise.all_day:
        plan = t(lang, "promises-plan_remind_day")
    elif lead is not None:
        plan = t(lang, "promises-plan_remind", minutes=int(lead.total_seconds() // 60))
    else:
        plan = t(lang, "promises-plan_ask")
    return say(
        lang, "promises-made", when=formatting.when(lang, due_of(promise), now, zone), plan=plan
    )


# -- after its time -------------------------------------------------------------------------------


def kept(lang: str, partner_asked: str | None) -> str:
    """Added below the question once the promiser said "Kept"."""
    text = t(lang, "promises-answered_kept")
    if partner_asked:
        text += t(lang, "promises-answered_kept_asked", partner=partner_asked)
    return text


def ask_reason(lang: str) -> Rendered:
    return Rendered(
        t(lang, "promises-ask_reason"),
        buttons(
            [
                (label(lang, "promises-button_skip_reason"), PromiseDraft("skipreason")),
                (label(lang, "promises-button_new_promise"), PromiseDraft("new")),
            ]
        ),
    )


# -- /promises ----------------------------------------------------------------------------------


def _encouragement(lang: str, stats: Stats) -> str | None:
    weeks = [w for w in stats.weekly if w is not None]
    if len(weeks) >= 2 and weeks[-1] > weeks[0]:
        return t(lang, "promises-encourage_up")
    if stats.kept_rate is not None and stats.kept_rate >= 0.75:
        return t(lang, "promises-encourage_steady")
    if stats.kept_rate is not None and stats.kept_rate < 0.5:
        return t(lang, "promises-encourage_low")
    return None


def _rate_line(lang: str, stats: Stats, partner: str | None, *, theirs: bool = False) -> str:
    """'You: kept 3 of 4 (75%) · Alex confirmed 2', or the partner's line seen by you."""
    if not stats.resolved:
        who = partner if theirs else t(lang, "promises-overview_you")
        return t(lang, "promises-overview_rate_none", who=who)
    figures = {
        "kept": stats.kept,
        "resolved": stats.resolved,
        "rate": formatting.percent(lang, stats.kept_rate),
        "confirmed": stats.confirmed,
        "partner": partner or "",
    }
    if theirs:
        return t(lang, "promises-overview_rate_partner", **figures)
    key = "promises-overview_rate" if partner else "promises-overview_rate_solo"
    return t(lang, key, **figures)


def _item(
    lang: str, promise: Promise, now: datetime, zone: str | None, owner: User | None = None
) -> str:
    """One open promise; a partner's deadline day is shown as their day (``owner``)."""
    key = "promises-overview_item_private" if promise.private else "promises-overview_item"
    when = formatting.when(
        lang,
        due_of(promise),
        now,
        zone,
        owner_zone=owner.timezone if owner else None,
        owner=owner.name if owner else None,
    )
    return t(lang, key, text=shown(promise.text), when=when)


def overview(lang: str, view: Overview, now: datetime, zone: str | None) -> Rendered:
    lines = [t(lang, "promises-overview_title"), "", t(lang, "promises-overview_yours")]
    lines += [_item(lang, p, now, zone) for p in view.mine] or [
        t(lang, "promises-overview_none_open")
    ]
    partner = view.partner.name if view.partner else None
    if view.partner is not None:
        lines += ["", t(lang, "promises-overview_partners", partner=partner)]
        lines += [_item(lang, p, now, zone, view.partner) for p in view.partners] or [
            t(lang, "promises-overview_partner_none")
        ]
    lines += ["", t(lang, "promises-overview_rates_title")]
    lines.append(_rate_line(lang, view.my_stats, partner))
    if view.partner is not None and view.partner_stats is not None:
        lines.append(_rate_line(lang, view.partner_stats, partner, theirs=True))
    if any(w is not None for w in view.my_stats.weekly):
        trend = " → ".join(formatting.percent(lang, w) for w in view.my_stats.weekly)
        lines.append(t(lang, "promises-overview_trend", trend=trend))
    cheer = _encouragement(lang, view.my_stats)
    if cheer:
        lines += ["", cheer]
    rows = [
        [
            (
                label(lang, "promises-manage_button", text=shown(p.text, 28)),
                PromiseManage("show", p.id),
            )
        ]
        for p in view.mine[:8]
    ]
    return Rendered("\n".join(lines), buttons(*rows) if rows else None)


def manage(lang: str, promise: Promise, now: datetime, zone: str | None) -> Rendered:
    """One open promise, with New time and Cancel it."""
    return Rendered(
        t(
            lang,
            "promises-manage",
            text=shown(promise.text),
            when=formatting.when(lang, due_of(promise), now, zone),
        ),
        buttons(
            [
                (label(lang, "promises-button_retime"), PromiseManage("time", promise.id)),
                (
                    label(lang, "promises-button_cancel_promise"),
                    PromiseManage("cancel", promise.id),
                ),
            ]
        ),
    )


def _told(lang: str, partner_told: str | None) -> Safe | str:
    return t(lang, "promises-told_partner", partner=partner_told) if partner_told else ""


def cancelled(lang: str, promise: Promise, partner_told: str | None) -> Rendered:
    return say(lang, "promises-cancelled", text=shown(promise.text), told=_told(lang, partner_told))


def moved(
    lang: str,
    promise: Promise,
    due: When,
    now: datetime,
    zone: str | None,
    partner_told: str | None,
) -> Rendered:
    return say(
        lang,
        "promises-moved",
        text=shown(promise.text),
        when=formatting.when(lang, due, now, zone),
        told=_told(lang, partner_told),
    )
