"""/export and /delete."""

from __future__ import annotations

from bot.callbacks import DeleteAnswer
from bot.views.base import Rendered, buttons
from bot.views.catalogue import label, t


def delete_confirm(lang: str) -> Rendered:
    return Rendered(
        t(lang, "privacy-delete_confirm"),
        buttons(
            [(label(lang, "privacy-delete_yes"), DeleteAnswer("yes"))],
            [(label(lang, "privacy-delete_no"), DeleteAnswer("no"))],
        ),
    )
