"""The daily small act, what each press on it shows, and /progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.callbacks import ActPress, ShareActs
from bot.content import Act
from bot.content import acts as act_catalog
from bot.views import formatting
from bot.views.base import Button, Rendered, buttons, say, toast
from bot.views.catalogue import Safe, label, t

if TYPE_CHECKING:
    from bot.services.acts.offers import Outcome
    from bot.services.acts.progress import Progress

MARKS = {"done": "✅", "skipped": "⏭", "open": "◻️", "none": "·"}


def act_words(lang: str, act: Act) -> Safe:
    """The act itself, in the reader's language."""
    return t(lang, f"act-{act.id}")


def act_text(lang: str, act: Act) -> str:
    return _act_text(lang, act.id)


@lru_cache(maxsize=8192)
def _act_text(lang: str, act_id: str) -> str:
    """The act's message, the same for everyone who gets it in a language (and on a morning
    when everyone's act goes out at once, rendered once)."""
    act = act_catalog().get(act_id)
    category = act_catalog().categories[act.category]
    parts = [
        t(
            lang,
            "acts-today",
            emoji=category.emoji,
            category=t(lang, f"act-category-{act.category}"),
        ),
        "",
        t(lang, "acts-text", text=act_words(lang, act)),
    ]
    if act.quick:
        parts += ["", t(lang, "acts-quick")]
    return "\n".join(parts)


def daily_act(lang: str, act: Act, delivery_id: int) -> Rendered:
    """Today's act with Done, Another one and Skip today."""
    done, another, skip = _act_buttons(lang)
    return Rendered(
        act_text(lang, act),
        [
            [Button(done, ActPress("done", delivery_id))],
            [
                Button(another, ActPress("another", delivery_id)),
                Button(skip, ActPress("skip", delivery_id)),
            ],
        ],
    )


@lru_cache(maxsize=64)
def _act_buttons(lang: str) -> tuple[str, str, str]:
    return tuple(label(lang, f"acts-button_{b}") for b in ("done", "another", "skip"))


@dataclass(frozen=True)
class PressAnswer:
    """What a press on the act shows: a pop-up, the act message changed in place, more."""

    toast: str | None = None
    edit: Rendered | None = None
    follow_up: list[Rendered] = field(default_factory=list)


def after_press(
    lang: str, outcome: Outcome, *, done_this_week: int = 0, partner: str | None = None
) -> PressAnswer:
    if outcome.result == "stale":
        return PressAnswer(toast(lang, "common-stale_button"))
    if outcome.result == "already_done":
        return PressAnswer(toast(lang, "acts-toast_already_done"))
    if outcome.result == "no_more_swaps":
        return PressAnswer(toast(lang, "acts-toast_no_more_swaps"))
    if outcome.result == "swapped":
        return PressAnswer(edit=daily_act(lang, outcome.act, outcome.delivery.id))
    if outcome.result == "skipped":
        act = act_catalog().get(outcome.delivery.act_id)
        text = act_text(lang, act) if act else ""
        return PressAnswer(edit=Rendered(text + "\n\n" + t(lang, "acts-skipped")))
    # done
    text = act_text(lang, outcome.act) if outcome.act else ""
    text += "\n\n" + t(lang, "acts-done", count=done_this_week)
    if outcome.told_partner:
        text += " " + t(lang, "acts-told_partner", partner=partner or "")
    follow_up = [ask_to_share(lang, partner)] if outcome.ask_to_share else []
    return PressAnswer(edit=Rendered(text), follow_up=follow_up)


def ask_to_share(lang: str, partner: str | None) -> Rendered:
    return Rendered(
        t(lang, "acts-ask_share", partner=partner),
        buttons(
            [(label(lang, "acts-share_yes", partner=partner), ShareActs("yes"))],
            [(label(lang, "acts-share_no"), ShareActs("no"))],
        ),
    )


def sharing_set(lang: str, on: bool, partner: str | None, told_now: bool) -> Rendered:
    text = t(lang, "acts-share_on" if on else "acts-share_off", partner=partner)
    if told_now:
        text += " " + t(lang, "acts-told_partner", partner=partner)
    return Rendered(text)


def landed_note(lang: str) -> str:
    """Added below "X did a small act for you" once the reader said it landed."""
    return t(lang, "acts-you_said_landed")


def landed_toast(lang: str, result: str) -> str:
    key = {"landed": "acts-toast_landed", "already": "acts-toast_already_landed"}
    return toast(lang, key.get(result, "common-stale_button"))


def progress(
    lang: str,
    p: Progress,
    *,
    paused: bool,
    act_time: time,
    zone: str | None,
) -> Rendered:
    if paused:
        upcoming = t(lang, "acts-next_paused")
    elif p.next_at is not None:
        upcoming = t(lang, "acts-next_at", when=formatting.moment(lang, p.next_at, zone))
    else:
        upcoming = t(lang, "acts-next_at", when=formatting.clock(lang, act_time))
    key = "acts-progress" if p.done_this_week or p.run_days else "acts-progress_fresh"
    return say(
        lang,
        key,
        week=p.done_this_week,
        run=p.run_days,
        days=" ".join(MARKS[d] for d in p.last_7),
        upcoming=upcoming,
    )
