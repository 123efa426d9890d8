"""The reply to a message that signals danger: crisis lines for the writer's country first."""

from __future__ import annotations

from bot.callbacks import SafetyDelete
from bot.content import HelpLine, resources
from bot.services import safety
from bot.services.resources import help_for
from bot.views import helplines
from bot.views.base import Rendered, buttons
from bot.views.catalogue import label, t


def _line(lang: str, line: HelpLine) -> str:
    details = []
    if line.phone:
        details.append(line.phone)
    if line.sms:
        details.append(helplines.sms(lang, line))
    if line.url:
        details.append(line.url)
    if line.hours:
        details.append(helplines.hours(lang, line))
    return t(
        lang,
        "safety-line",
        name=line.name,
        details=(" — " + " · ".join(details)) if details else "",
    )


def safety_reply(
    lang: str,
    signal: safety.Signal,
    zone: str | None,
    message_id: int | None,
    *,
    in_checkin: bool = False,
) -> Rendered:
    country = help_for(zone)
    international = resources().international
    parts: list[str] = []
    emergency = country.emergency if country else "112"
    if signal.immediate:
        parts += [t(lang, "safety-emergency", number=emergency), ""]
    parts.append(t(lang, "safety-intro"))
    for kind in ("self_harm", "abuse"):
        if kind not in signal.kinds:
            continue
        lines = (country.crisis if kind == "self_harm" else country.abuse) if country else []
        fallback = international.crisis if kind == "self_harm" else international.abuse
        parts += ["", t(lang, f"safety-{kind}")]
        parts += [_line(lang, line) for line in lines] or [_line(lang, line) for line in fallback]
        if lines and fallback and fallback[0].url:
            parts.append(t(lang, "safety-elsewhere", name=fallback[0].name, url=fallback[0].url))
    if not signal.immediate:
        parts += ["", t(lang, "safety-emergency_plain", number=emergency)]
    parts += ["", t(lang, "safety-private")]
    if in_checkin:
        parts.append(t(lang, "safety-carry_on"))
    parts += ["", t(lang, "safety-phone")]
    data = SafetyDelete("del", message_id or 0)
    return Rendered("\n".join(parts), buttons([(label(lang, "safety-button_delete"), data)]))
