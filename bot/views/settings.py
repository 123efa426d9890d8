"""/settings, pausing and quiet hours."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from bot.callbacks import LanguageChoice, PauseChoice, QuestionSetup, QuietChoice, SettingsChoice
from bot.services.users import PersonSettings
from bot.views import formatting
from bot.views.base import Rendered, buttons, say
from bot.views.catalogue import label, t


def quiet_window(lang: str, start: time, end: time) -> str:
    """'22:00–08:00', or 'off' when there are no quiet hours."""
    return (
        label(lang, "settings-quiet_off") if start == end else formatting.window(lang, start, end)
    )


def _on_off(lang: str, value: bool) -> str:
    return label(lang, "settings-state_on" if value else "settings-state_off")


def summary(lang: str, s: PersonSettings, now: datetime) -> Rendered:
    status = (
        t(lang, "settings-status_paused", until=formatting.day_of(lang, s.paused_until, s.zone))
        if s.paused_until is not None
        else t(lang, "settings-status_active")
    )
    text = t(
        lang,
        "settings-summary",
        name=s.name,
        zone=s.zone,
        local_time=formatting.clock(lang, formatting.local(now, s.zone).time()),
        act_time=formatting.clock(lang, s.act_time),
        quiet=quiet_window(lang, *s.quiet),
        partner=s.partner if s.paired else t(lang, "settings-partner_none"),
        long_distance=_on_off(lang, s.long_distance),
        share_acts=_on_off(lang, s.share_acts),
        status=status,
        language=formatting.language_name(s.language),
    )

    def choice(key: str, value: str) -> tuple[str, SettingsChoice]:
        return label(lang, f"settings-button_{key}"), SettingsChoice(value)

    last = [
        choice("long_distance_off", "together")
        if s.long_distance
        else choice("long_distance_on", "apart")
    ]
    if s.paired:
        last.append(choice("share_on", "noshare") if s.share_acts else choice("share_off", "share"))
    rows = buttons(
        [choice("name", "name"), choice("timezone", "timezone")],
        [choice("act_time", "act_time"), choice("quiet", "quiet")],
        [
            choice("resume", "resume") if s.paused_until is not None else choice("pause", "pause"),
            choice("unpair", "unpair") if s.paired else choice("invite", "invite"),
        ],
        last,
        [
            (label(lang, "questions-settings_button"), QuestionSetup("menu")),
            choice("language", "language"),
        ],
        [(label(lang, "privacy-withdraw_button"), SettingsChoice("withdraw"))],
    )
    return Rendered(text, rows)


def ask_language(lang: str, languages: Sequence[str]) -> Rendered:
    """Each language named in its own words, so a person who cannot read the current one still
    finds theirs; the current one ticked."""
    rows = [
        [
            (
                ("✓ " if code == lang else "") + formatting.language_name(code),
                LanguageChoice(code),
            )
        ]
        for code in languages
    ]
    return Rendered(t(lang, "settings-ask_language"), buttons(*rows))


def ask_pause(lang: str, days: Sequence[int]) -> Rendered:
    choices = [(label(lang, f"settings-pause_{n}"), PauseChoice(n)) for n in days]
    return Rendered(t(lang, "settings-ask_pause"), buttons(choices[:2], choices[2:]))


def ask_quiet(lang: str, presets: Sequence[tuple[time, time]]) -> Rendered:
    rows = [[(quiet_window(lang, a, b), QuietChoice("set", a, b))] for a, b in presets]
    rows.append([(label(lang, "settings-quiet_off_button"), QuietChoice("off"))])
    return Rendered(t(lang, "settings-ask_quiet"), buttons(*rows))


def already_paused(lang: str, until: datetime, zone: str | None) -> Rendered:
    """/pause while paused: until when (the local day it ends), before the choice again."""
    return say(lang, "settings-already_paused", until=formatting.day_of(lang, until, zone))


def paused(lang: str, resume_day: date) -> Rendered:
    return say(lang, "settings-paused", until=formatting.day(lang, resume_day))


def quiet_saved(lang: str, start: time, end: time) -> Rendered:
    return say(lang, "settings-quiet_saved", quiet=quiet_window(lang, start, end))


def bad_input(lang: str, key: str, text: str) -> Rendered:
    """A typed date or window that could not be read (the text is quoted back, shortened)."""
    return say(lang, key, text=text[:40])
