"""Insight intents: a suggestion of outside help, and the news that the partner asked for it."""

from __future__ import annotations

from bot.callbacks import SuggestionPress
from bot.scheduling.delivery import Intent
from bot.views import insights as insight_views
from bot.views.base import Button, Rendered
from bot.views.catalogue import label, t
from bot.views.intents.base import Refs, Row, View


def _suggestion(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    found = r.suggestions.get(i.params.get("suggestion"))
    if found is None:
        return None
    partners = [m.id for m in r.members.get(me.couple_id, [])] if me.couple_id else []
    abuse = bool(r.abuse & ({me.id} | set(partners)))
    partner = about.name if about is not None else None
    return insight_views.suggestion(me.language, me.timezone, found, partner, abuse=abuse)


def _invited(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    if about is None or i.params.get("suggestion") not in r.suggestions:
        return None
    lang = me.language
    return Rendered(
        t(lang, "insights-partner_invited", name=about.name),
        [[Button(label(lang, "insights-button_show_options"), SuggestionPress("options", 0))]],
    )


VIEWS: dict[str, View] = {
    "insights.suggestion": View(_suggestion, "suggestion", "members", "abuse"),
    "insights.partner_invited": View(_invited, "suggestion"),
}
