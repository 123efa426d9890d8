"""Messages that belong to no single feature: help, unknown input, errors, stale buttons."""

from __future__ import annotations

from bot.views.base import Rendered, say, toast
from bot.views.catalogue import t


def help_message(lang: str) -> Rendered:
    return say(lang, "help")


def consent_first(lang: str) -> Rendered:
    return say(lang, "common-consent_first")


def unknown_command(lang: str, command: str) -> list[Rendered]:
    return [Rendered(t(lang, "common-unknown_command", command=command[:64])), help_message(lang)]


def stale_button(lang: str) -> str:
    return toast(lang, "common-stale_button")
