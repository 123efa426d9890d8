"""Invite links, what opening one led to, and ending a pairing."""

from __future__ import annotations

from datetime import datetime

from bot.callbacks import UnpairAnswer
from bot.services.pairing import InviteStatus
from bot.views import formatting
from bot.views.base import Button, Rendered, buttons, say
from bot.views.catalogue import label, t


def invite(
    lang: str, name: str | None, link: str, expires: datetime, zone: str | None
) -> list[Rendered]:
    """The link for the inviter, and a message to forward with a button that opens it."""
    return [
        say(lang, "pairing-invite_link", link=link, expires=formatting.moment(lang, expires, zone)),
        Rendered(
            t(lang, "pairing-invite_forward", name=name),
            [[Button(label(lang, "pairing-invite_button", name=name), url=link)]],
        ),
    ]


def status(
    lang: str, status: InviteStatus, inviter: str | None, partner: str | None = None
) -> Rendered:
    """Why an invite link could not be used (or that it can)."""
    return say(
        lang,
        f"pairing-status_{status.value}",
        inviter=inviter or label(lang, "pairing-your_partner"),
        partner=partner or "",
    )


def unpair_confirm(lang: str, partner: str | None, partner_id: int) -> Rendered:
    return Rendered(
        t(lang, "pairing-unpair_confirm", partner=partner),
        buttons(
            [(label(lang, "pairing-unpair_yes"), UnpairAnswer("yes", partner_id))],
            [(label(lang, "pairing-unpair_no"), UnpairAnswer("no"))],
        ),
    )
