"""Promise intents: the partner's news of a promise, reminders, the kept? check and the partner's
confirmation. A reminder for a promise kept, cancelled or moved since renders to None."""

from __future__ import annotations

from collections.abc import Callable

from bot.callbacks import PromiseCheck, PromiseConfirm
from bot.scheduling.delivery import Intent
from bot.views import formatting
from bot.views.base import Button, Rendered, say
from bot.views.catalogue import label, t
from bot.views.intents.base import Refs, Row, View
from bot.views.promises import due_of, shown


def _promise(i: Intent, r: Refs, *, open_revision: bool = False) -> Row | None:
    promise = r.promises.get(i.params.get("promise"))
    if promise is None:
        return None
    if open_revision and (promise.status != "open" or promise.revision != i.params.get("revision")):
        return None  # kept, cancelled or moved since: this reminder is stale
    return promise


def _promise_news(key: str) -> Callable[..., Rendered | None]:
    def render(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
        promise = _promise(i, r)
        if promise is None or about is None:
            return None
        if key != "promises-partner_cancelled" and promise.status == "cancelled":
            return None
        lang = me.language
        when = formatting.when(
            lang, due_of(promise), r.now, me.timezone, owner_zone=about.timezone, owner=about.name
        )
        return say(lang, key, name=about.name, text=shown(promise.text), when=when)

    return render


def _reminder(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    promise = _promise(i, r, open_revision=True)
    if promise is None:
        return None
    if i.view == "promises.reminder_day":
        return say(me.language, "promises-reminder_day", text=shown(promise.text))
    return say(
        me.language, "promises-reminder", text=shown(promise.text), minutes=i.params["minutes"]
    )


def _check(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    promise = _promise(i, r, open_revision=True)
    if promise is None:
        return None
    lang = me.language
    when = formatting.when(lang, due_of(promise), r.now, me.timezone)
    return Rendered(
        t(lang, "promises-check", text=shown(promise.text), when=when),
        [
            [
                Button(
                    label(lang, f"promises-button_{answer}"),
                    PromiseCheck(answer, promise.id, promise.revision),
                )
            ]
            for answer in ("kept", "later", "couldnt")
        ],
    )


def _confirm_ask(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    promise = _promise(i, r)
    if promise is None or about is None or promise.status != "kept" or promise.partner_view:
        return None
    lang = me.language
    return Rendered(
        t(lang, "promises-confirm_ask", name=about.name, text=shown(promise.text)),
        [
            [
                Button(
                    label(lang, "promises-button_confirm_yes"), PromiseConfirm("yes", promise.id)
                ),
                Button(label(lang, "promises-button_confirm_no"), PromiseConfirm("no", promise.id)),
            ]
        ],
    )


def _confirmed_news(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    promise = _promise(i, r)
    if promise is None or about is None:
        return None
    return say(me.language, "promises-confirmed_news", name=about.name, text=shown(promise.text))


VIEWS: dict[str, View] = {
    "promises.partner_new": View(_promise_news("promises-partner_new"), "promise"),
    "promises.partner_moved": View(_promise_news("promises-partner_moved"), "promise"),
    "promises.partner_cancelled": View(_promise_news("promises-partner_cancelled"), "promise"),
    "promises.reminder": View(_reminder, "promise"),
    "promises.reminder_day": View(_reminder, "promise"),
    "promises.check": View(_check, "promise"),
    "promises.confirm_ask": View(_confirm_ask, "promise"),
    "promises.confirmed_news": View(_confirmed_news, "promise"),
}
