"""The reveal: once both partners have finished, each sees the other's written answers (those
not kept private) beside their own - never before."""

from __future__ import annotations

import re

from bot.content import checkin, label, t
from bot.storage.models import CheckInResponse, User


def reveal_text(
    viewer: User, people: list[User], answers: dict[int, CheckInResponse], tip: str | None = None
) -> str:
    """The viewer's written answers beside the partner's (private ones are not shown), and a
    skill tip for the viewer alone when their own answers call for one."""
    partner = next((p for p in people if p.id != viewer.id), None)
    mine = answers.get(viewer.id)
    theirs = answers.get(partner.id) if partner else None
    content = checkin()
    parts = [t(viewer.language, "checkin.reveal_title", partner=partner.name if partner else "")]
    for question in content.written:
        field = question.id
        heading = re.sub(r"<[^>]+>|✍️\s*", "", question.text).split("?")[0] + "?"
        if field == "hard":
            topics = [
                r.hard_topic
                for r in (mine, theirs)
                if r is not None and r.hard_topic and not r.hard_private
            ]
            if topics:
                heading += " (" + ", ".join(dict.fromkeys(content.topics[x] for x in topics)) + ")"
        parts += [
            "",
            f"<b>{heading}</b>",
            t(viewer.language, "checkin.reveal_you", text=_shown(viewer.language, mine, field)),
            t(
                viewer.language,
                "checkin.reveal_partner",
                name=partner.name if partner else "",
                text=_shown(viewer.language, theirs, field, viewer_is_author=False),
            ),
        ]
    if tip:
        parts += ["", tip]
    return "\n".join(parts)


def _shown(
    lang: str, response: CheckInResponse | None, field: str, *, viewer_is_author: bool = True
) -> str:
    if response is None or getattr(response, field) is None:
        return label(lang, "checkin.reveal_skipped")
    if getattr(response, f"{field}_private") and not viewer_is_author:
        return label(lang, "checkin.reveal_private")
    text = " ".join(str(getattr(response, field)).split())
    return text if len(text) <= 600 else text[:599] + "…"
