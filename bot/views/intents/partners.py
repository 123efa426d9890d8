"""Notices about the couple itself: pairing and unpairing, a partner leaving or living apart, and
the private safety question."""

from __future__ import annotations

from bot.scheduling.delivery import Intent
from bot.views import safety as safety_views
from bot.views.base import Rendered, say
from bot.views.intents.base import Refs, Row, View, about_notice


def _safety_question(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    flag = i.params.get("flag")
    if not isinstance(flag, int):
        return None
    name = about.name if about is not None else None
    return safety_views.private_question(me.language, flag, "", 0, name)


def _partner_left(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered:
    return say(me.language, "privacy-partner_left")


VIEWS: dict[str, View] = {
    "pairing.joined": View(about_notice("pairing-paired_inviter", "partner")),
    "pairing.unpaired": View(about_notice("pairing-unpaired_partner", "partner")),
    "privacy.partner_left": View(_partner_left),
    "safety.question": View(_safety_question),
    "settings.partner_apart": View(about_notice("settings-partner_long_distance_on")),
    "settings.partner_together": View(about_notice("settings-partner_long_distance_off")),
}
