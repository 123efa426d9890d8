"""What the writer sees when the safety screen answers, and the private safety question.

Three replies to worrying words: crisis help at once (``safety_reply``, emergency number first
where the danger is immediate), the gentle "are you safe right now?" (``check_question``), and,
when the writer is the one who hurts the partner, help for people who want to stop
(``stop_reply``). Lines come from content/resources.yaml for the writer's country.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.callbacks import SafetyCheck, SafetyDelete, SafetyQuestion
from bot.content import HelpLine, resources
from bot.services import safety
from bot.services.resources import help_for
from bot.services.safety_flags import QUESTIONS
from bot.views import helplines
from bot.views.base import Keyboard, Rendered, buttons
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


def _delete(lang: str, message_id: int | None) -> Keyboard:
    data = SafetyDelete("del", message_id or 0)
    return buttons([(label(lang, "safety-button_delete"), data)])


def help_reply(
    lang: str,
    kinds: Iterable[str],
    immediate: bool,
    zone: str | None,
    message_id: int | None,
    *,
    in_checkin: bool = False,
    intro: str = "safety-intro",
) -> Rendered:
    """Crisis lines and abuse helplines for the person's country (``kinds``: self_harm, abuse)."""
    kinds = set(kinds) or {"abuse"}
    country = help_for(zone)
    international = resources().international
    parts: list[str] = []
    emergency = country.emergency if country else "112"
    if immediate:
        parts += [t(lang, "safety-emergency", number=emergency), ""]
    parts.append(t(lang, intro))
    for kind in ("self_harm", "abuse"):
        if kind not in kinds:
            continue
        lines = (country.crisis if kind == "self_harm" else country.abuse) if country else []
        fallback = international.crisis if kind == "self_harm" else international.abuse
        parts += ["", t(lang, f"safety-{kind}")]
        parts += [_line(lang, line) for line in lines] or [_line(lang, line) for line in fallback]
        if lines and fallback and fallback[0].url:
            parts.append(t(lang, "safety-elsewhere", name=fallback[0].name, url=fallback[0].url))
    if not immediate:
        parts += ["", t(lang, "safety-emergency_plain", number=emergency)]
    parts += ["", t(lang, "safety-private")]
    if in_checkin:
        parts.append(t(lang, "safety-carry_on"))
    parts += ["", t(lang, "safety-phone")]
    return Rendered("\n".join(parts), _delete(lang, message_id))


def safety_reply(
    lang: str,
    signal: safety.Screening,
    zone: str | None,
    message_id: int | None,
    *,
    in_checkin: bool = False,
) -> Rendered:
    """The crisis reply to words the screen answered with ``alert``."""
    return help_reply(lang, signal.kinds, signal.immediate, zone, message_id, in_checkin=in_checkin)


def stop_reply(
    lang: str, signal: safety.Screening, zone: str | None, message_id: int | None
) -> Rendered:
    """For a writer who says they hurt, threaten or control their partner: words and lines for
    people who want to stop (the crisis lines where the country has none), never the victim
    text, and one line for the case that it is the other way round."""
    country = help_for(zone)
    emergency = country.emergency if country else "112"
    parts: list[str] = []
    if signal.immediate:
        parts += [t(lang, "safety-stop_emergency", number=emergency), ""]
    parts.append(t(lang, "safety-stop_intro"))
    stop = (country.stop if country else []) or resources().international.stop
    if stop:
        parts += ["", t(lang, "safety-stop_lines")] + [_line(lang, line) for line in stop]
    else:
        crisis = country.crisis if country else resources().international.crisis
        parts += ["", t(lang, "safety-stop_no_lines")] + [_line(lang, line) for line in crisis]
    if "self_harm" in signal.kinds and stop:
        crisis = country.crisis if country else resources().international.crisis
        parts += ["", t(lang, "safety-self_harm")] + [_line(lang, line) for line in crisis]
    victim = (country.abuse if country else resources().international.abuse)[0]
    parts += ["", t(lang, "safety-stop_other_way", line=_line(lang, victim).removeprefix("• "))]
    parts += ["", t(lang, "safety-stop_private")]
    return Rendered("\n".join(parts), _delete(lang, message_id))


def check_question(lang: str, flag_id: int, message_id: int | None) -> Rendered:
    """The gentle question when the screen is unsure: one tap to help, one tap for "I'm OK"."""
    message = message_id or 0
    return Rendered(
        t(lang, "safety-check"),
        buttons(
            [(label(lang, "safety-button_help"), SafetyCheck("help", flag_id, message))],
            [(label(lang, "safety-button_ok"), SafetyCheck("ok", flag_id, message))],
        ),
    )


def check_ok(lang: str) -> Rendered:
    return Rendered(t(lang, "safety-check_ok"))


def private_question(
    lang: str, flag_id: int, so_far: str, checkin: int, partner: str | None
) -> Rendered:
    """One of the private safety questions (the next after ``so_far``), with its intro."""
    number = len(so_far) + 1
    parts = []
    if number == 1:
        if partner:
            parts += [t(lang, "safety-question_intro", partner=partner), ""]
        else:
            parts += [t(lang, "safety-question_intro_solo"), ""]
    parts.append(t(lang, "safety-question_counter", n=number, total=len(QUESTIONS)))
    parts.append(t(lang, f"safety-question-{QUESTIONS[number - 1]}"))

    def answer(code: str) -> SafetyQuestion:
        return SafetyQuestion(code, so_far, flag_id, checkin)

    return Rendered(
        "\n".join(parts),
        buttons(
            [
                (label(lang, "safety-button_yes"), answer("y")),
                (label(lang, "safety-button_no"), answer("n")),
            ],
            [(label(lang, "safety-button_pass"), answer("s"))],
        ),
    )


def question_thanks(lang: str, in_checkin: bool) -> Rendered:
    key = "safety-question_thanks_checkin" if in_checkin else "safety-question_thanks"
    return Rendered(t(lang, key))


def question_worry(lang: str, zone: str | None, in_checkin: bool) -> Rendered:
    """A worrying answer to the private question: the crisis reply for abuse, in its own words."""
    return help_reply(
        lang, {"abuse"}, False, zone, None, in_checkin=in_checkin, intro="safety-question_worry"
    )
