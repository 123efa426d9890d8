"""The reveal: once both partners have finished, each sees the other's written answers (those
not kept private) beside their own - never before - and, for the reader alone, a skill tip
when their own answers call for one."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Protocol

from bot.callbacks import CheckinPress
from bot.content import WRITTEN_IDS
from bot.storage.models import CheckInResponse
from bot.views import formatting, length
from bot.views.base import Button, Rendered
from bot.views.catalogue import label, t
from bot.views.checkin import topic_name

SHOWN_LIMIT = 600


class Person(Protocol):
    id: int
    name: str | None


def reveal(
    lang: str,
    viewer: Person,
    partner: Person | None,
    answers: Mapping[int, CheckInResponse],
    *,
    tip: str | None = None,
    ready_for: int | None = None,
) -> Rendered:
    """Both partners' written answers side by side; ``ready_for`` (a check-in id) adds the
    'Ready to talk together' button. Long answers are shortened with "…" (each author has
    their own in full) so that the whole reveal is one message that fits."""
    for limit in (SHOWN_LIMIT, 450, 320, 200):
        found = _reveal(lang, viewer, partner, answers, tip, ready_for, limit)
        if length.fits(found.text, length.TEXT_LIMIT - 96):
            break
    return found


def _reveal(
    lang: str,
    viewer: Person,
    partner: Person | None,
    answers: Mapping[int, CheckInResponse],
    tip: str | None,
    ready_for: int | None,
    limit: int,
) -> Rendered:
    mine = answers.get(viewer.id)
    theirs = answers.get(partner.id) if partner else None
    parts = [t(lang, "checkin-reveal_title", partner=partner.name if partner else "")]
    for field in WRITTEN_IDS:
        heading = re.sub(r"<[^>]+>|✍️\s*", "", t(lang, f"checkin-written-{field}"))
        heading = heading.split("?")[0] + "?"
        if field == "hard":
            topics = [
                r.hard_topic
                for r in (mine, theirs)
                if r is not None and r.hard_topic and not r.hard_private
            ]
            if topics:
                names = [topic_name(lang, x) for x in dict.fromkeys(topics)]
                heading += " (" + formatting.enumeration(lang, names) + ")"
        parts += [
            "",
            f"<b>{heading}</b>",
            t(lang, "checkin-reveal_you", text=_shown(lang, mine, field, limit=limit)),
            t(
                lang,
                "checkin-reveal_partner",
                name=partner.name if partner else "",
                text=_shown(lang, theirs, field, viewer_is_author=False, limit=limit),
            ),
        ]
    if tip:
        parts += ["", t(lang, f"tip-{tip}")]
    buttons = None
    if ready_for is not None:
        ready = CheckinPress("ready", ready_for)
        buttons = [[Button(label(lang, "checkin-button_ready"), ready)]]
    return Rendered("\n".join(parts), buttons)


def _shown(
    lang: str,
    response: CheckInResponse | None,
    field: str,
    *,
    viewer_is_author: bool = True,
    limit: int = SHOWN_LIMIT,
) -> str:
    if response is None or getattr(response, field) is None:
        return label(lang, "checkin-reveal_skipped")
    if getattr(response, f"{field}_private") and not viewer_is_author:
        return label(lang, "checkin-reveal_private")
    text = " ".join(str(getattr(response, field)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"
