"""/insights, and the private suggestion of help with its reasons in plain words.

Where abuse was indicated (by either partner) a suggestion offers individual counselling only:
the same for both, so it tells neither anything about the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.callbacks import SuggestionPress
from bot.content import HelpLine, resources
from bot.content import insights as insight_content
from bot.services.insight_rules import Reason
from bot.services.resources import country_for, help_for
from bot.storage.models import Suggestion
from bot.views import charts, formatting, helplines
from bot.views.base import Button, Keyboard, Rendered
from bot.views.catalogue import Safe, label, t
from bot.views.checkin import topic_name


def explain(lang: str, reason: Reason | dict[str, Any], partner: str | None) -> Safe:
    """One rule in plain words, from its stored figures."""
    rule, figures = (
        (reason.rule, reason.figures)
        if isinstance(reason, Reason)
        else (reason["rule"], reason["figures"])
    )
    values = dict(figures)
    if "pulses" in values:
        values["pulses"] = formatting.enumeration(
            lang, [formatting.figure(p) for p in values["pulses"]]
        )
    if "topic" in values:
        values["topic"] = topic_name(lang, str(values["topic"]))
    values.setdefault("partner", partner or label(lang, "insights-your_partner"))
    return t(lang, f"insights-reason_{rule}", **values)


def reasons(lang: str, suggestion: Suggestion, partner: str | None) -> Safe:
    """The reasons as a bulleted list."""
    return Safe("\n".join("• " + explain(lang, r, partner) for r in suggestion.reasons))


def _links(lang: str, lines: list[HelpLine], country: str | None) -> Safe:
    shown = [line for line in lines if not line.countries or country in line.countries][:3]
    return Safe(
        "\n".join(
            t(
                lang,
                "insights-link",
                name=line.name,
                url=line.url,
                what=t(lang, "insights-link_what", what=helplines.what(lang, line))
                if line.what
                else "",
            )
            if line.url
            else t(lang, "insights-link_phone", name=line.name, phone=line.phone or "")
            for line in shown
        )
    )


def help_lines(lang: str, zone: str | None) -> dict[str, Safe]:
    """The programmes, coaches, couples therapy and individual counselling for this person."""
    data = resources().help
    code = country_for(zone)
    country = help_for(zone)
    therapy = (country.therapy if country else []) + data.therapy
    return {
        "programmes": _links(lang, data.programmes, code),
        "coaches": _links(lang, data.coaches, code),
        "therapy": _links(lang, therapy, code),
        "individual": _links(lang, data.individual, code),
    }


def suggestion(
    lang: str, zone: str | None, found: Suggestion, partner: str | None, *, abuse: bool
) -> Rendered:
    """Tier 2 or 3 in words, with Suggest it together (never where abuse was indicated), Not
    now and Why am I seeing this."""
    values = {"reasons": reasons(lang, found, partner), **help_lines(lang, zone)}
    if abuse:
        text = t(lang, "insights-suggest_individual", **values)
    else:
        key = "insights-recommend_therapy" if found.tier >= 3 else "insights-suggest_help"
        text = t(lang, key, **values)
    rows: Keyboard = []
    if partner is not None and not abuse:
        rows.append(
            [
                Button(
                    label(lang, "insights-button_share", partner=partner),
                    SuggestionPress("share", found.id),
                )
            ]
        )
    rows.append(
        [
            Button(label(lang, "insights-button_not_now"), SuggestionPress("notnow", found.id)),
            Button(label(lang, "insights-button_why"), SuggestionPress("why", found.id)),
        ]
    )
    return Rendered(text, rows)


def why(lang: str, found: Suggestion, partner: str | None) -> Rendered:
    return Rendered(t(lang, "insights-why_title") + "\n" + reasons(lang, found, partner))


def options(lang: str, zone: str | None) -> Rendered:
    return Rendered(t(lang, "insights-options", **help_lines(lang, zone)))


def overview(
    lang: str,
    zone: str | None,
    suggestions: Sequence[Suggestion],
    partner: str | None,
    *,
    with_chart: bool = True,
) -> Rendered:
    """The suggestions made so far and why, in the reader's own words (what the chart shows
    only when there is one)."""
    lines = [t(lang, "insights-overview" if with_chart else "insights-overview_no_chart")]
    if suggestions:
        lines += ["", t(lang, "insights-overview_recent")]
        for found in suggestions:
            why_text = "; ".join(explain(lang, r, partner) for r in found.reasons)
            day = formatting.day_of(lang, found.created_at, zone)
            lines.append(t(lang, "insights-overview_item", day=day, reasons=Safe(why_text)))
    else:
        lines += ["", t(lang, "insights-overview_none")]
    return Rendered("\n".join(lines))


async def chart(lang: str, weeks: Sequence[Any]) -> tuple[Rendered, bytes] | None:
    """The trend chart and its caption, or None when there is nothing to draw yet. Drawn in the
    chart process (``charts.draw``): the event loop is never held by it."""
    if not any(w.pulse is not None or w.kept_rate is not None or w.acts_done for w in weeks):
        return None
    title = label(lang, "insights-chart_title", weeks=len(weeks))
    png = await charts.draw(
        lang, weeks, low_line=insight_content().thresholds.low_pulse, title=title
    )
    return Rendered(title), png
