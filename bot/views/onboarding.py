"""The welcome, consent, and the three set-up questions (name, time zone, daily-act time)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from bot.callbacks import ActTimeChoice, Consent, TelegramName, ZoneChoice
from bot.views import formatting
from bot.views.base import Button, Rendered, buttons, say
from bot.views.catalogue import label, t


def welcome(
    lang: str, first_name: str | None, invited_by: str | None, token: str | None
) -> Rendered:
    text = t(lang, "onboarding-welcome", first_name=first_name or label(lang, "onboarding-there"))
    if invited_by:
        text = t(lang, "onboarding-invited_by", inviter=invited_by) + "\n\n" + text
    return Rendered(
        text,
        buttons(
            [(label(lang, "onboarding-consent_button"), Consent("yes", token))],
            [(label(lang, "onboarding-decline_button"), Consent("no"))],
        ),
    )


def invited_by(lang: str, inviter: str | None) -> Rendered:
    return say(lang, "onboarding-invited_by", inviter=inviter)


def ask_name(lang: str, telegram_name: str | None) -> Rendered:
    keyboard = (
        buttons(
            [(label(lang, "onboarding-use_telegram_name", name=telegram_name), TelegramName("tg"))]
        )
        if telegram_name
        else None
    )
    return Rendered(t(lang, "onboarding-ask_name"), keyboard)


def ask_timezone(lang: str) -> Rendered:
    return Rendered(
        t(lang, "onboarding-ask_timezone"),
        location_button=label(lang, "onboarding-share_location_button"),
    )


def ask_act_time(lang: str, choices: Sequence[Sequence[time]]) -> Rendered:
    rows = [[(formatting.clock(lang, at), ActTimeChoice(at)) for at in row] for row in choices]
    return Rendered(t(lang, "onboarding-ask_act_time"), buttons(*rows))


def timezone_choices(lang: str, place: str, zones: Sequence[str], now: datetime) -> Rendered:
    rows = [
        [Button(f"{formatting.city(z)} · {formatting.utc_offset(now, z)}", ZoneChoice(z))]
        for z in zones
    ]
    return Rendered(t(lang, "onboarding-timezone_choices", place=place), rows)


def timezone_saved(lang: str, zone: str, now: datetime) -> Rendered:
    key = (
        "onboarding-timezone_saved_offset"
        if zone.startswith("UTC") and zone != "UTC"
        else "onboarding-timezone_saved"
    )
    local_time = formatting.clock(lang, formatting.local(now, zone).time())
    return Rendered(t(lang, key, zone=zone, local_time=local_time), remove_keyboard=True)


def act_time_saved(lang: str, at: time) -> Rendered:
    return say(lang, "onboarding-act_time_saved", time=formatting.clock(lang, at))


def act_time_in_quiet_hours(lang: str, start: time, end: time) -> Rendered:
    return say(
        lang,
        "onboarding-act_time_in_quiet_hours",
        quiet=formatting.window(lang, start, end),
        quiet_end=formatting.clock(lang, end),
    )


def bad_timezone(lang: str, text: str) -> Rendered:
    return say(lang, "onboarding-bad_timezone", text=text[:60])


def bad_time(lang: str, text: str) -> Rendered:
    return say(lang, "onboarding-bad_time", text=text[:40])
