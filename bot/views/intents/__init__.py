"""Outbox intents rendered at send time, a batch at a time (the dispatcher's renderer).

An outbox row names a view (``VIEWS`` below, gathered from one module per feature beside this
one), the person it is about and the ids of the rows it refers to. ``render`` loads what a whole
batch refers to with a few queries (``base.Refs``), then renders each row in its recipient's
current language and time zone. A row whose subject is gone - the person it is about erased
their data, the promise or check-in no longer exists, a moved promise's old reminder - renders
to None, and the dispatcher drops it unsent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from bot.scheduling.delivery import Folded, Intent, Message
from bot.storage.db import Database
from bot.views import length
from bot.views.catalogue import t
from bot.views.intents import acts, checkins, insights, partners, promises, questions
from bot.views.intents.base import Refs, View

log = logging.getLogger(__name__)

VIEWS: dict[str, View] = {
    **acts.VIEWS,
    **promises.VIEWS,
    **checkins.VIEWS,
    **insights.VIEWS,
    **partners.VIEWS,
    **questions.VIEWS,
}


# Telegram's limit is 4096 characters; a folded message stops growing well before it.
FOLD_LIMIT = 3800


async def render(
    db: Database, intents: Sequence[Intent], now: datetime
) -> list[Message | Folded | BaseException | None]:
    """The dispatcher's renderer: each intent as a message, None when it refers to what is
    gone, or the exception its view raised (that row fails; the others still go). Notices the
    dispatcher claimed together (``fold_with``) become one "While you were away" message."""
    needs = {n for i in intents if (view := VIEWS.get(i.view)) is not None for n in view.needs}
    async with db.reading() as conn:
        refs = await Refs.load(conn, intents, now, needs)
    found: list[Message | Folded | BaseException | None] = []
    for intent in intents:
        me = refs.users.get(intent.user_id)
        about = refs.users.get(intent.about_id) if intent.about_id else None
        view = VIEWS.get(intent.view)
        try:
            if view is None:
                raise LookupError(f"no view {intent.view!r}")
            shown_now = view.render(intent, me, about, refs) if me is not None else None
        except Exception as exc:  # one broken row must not stop the batch
            log.exception("rendering outbox row %s (%s) failed", intent.id, intent.view)
            found.append(exc)
            continue
        # One row is one message: one too long is cut at a word (``views/length``).
        found.append(
            None
            if shown_now is None
            else Message(length.cut(shown_now.text), shown_now.keyboard_json())
        )
    return _fold(intents, found, refs)


def _fold(
    intents: Sequence[Intent], found: list[Message | Folded | BaseException | None], refs: Refs
) -> list[Message | Folded | BaseException | None]:
    """Notices for one person rendered together: those without buttons go as one message
    (headed "While you were away:"), in the order they happened; a notice with buttons, or a
    group of one, goes on its own."""
    groups: dict[int, list[int]] = {}
    for n, (intent, message) in enumerate(zip(intents, found, strict=True)):
        foldable = isinstance(message, Message) and message.reply_markup is None
        if intent.fold_with is not None and foldable:
            groups.setdefault(intent.fold_with, []).append(n)
    for members in groups.values():
        if len(members) < 2:
            continue
        me = refs.users[intents[members[0]].user_id]
        parts: list[str] = []
        taken: list[int] = []
        size = 0
        for n in members:
            text = found[n].text  # type: ignore[union-attr]
            if parts and size + len(text) > FOLD_LIMIT:
                break
            parts.append(text)
            taken.append(n)
            size += len(text) + 4
        if len(taken) < 2:
            continue
        head = t(me.language, "outbox-while_away")
        found[taken[0]] = Message(head + "\n\n" + "\n\n".join(f"• {p}" for p in parts))
        for n in taken[1:]:
            found[n] = Folded(intents[taken[0]].id)
    return found
