"""The daily act's outbox intents: the act itself and the news that a partner did theirs."""

from __future__ import annotations

from bot.callbacks import ActPress
from bot.content import acts as act_catalog
from bot.scheduling.delivery import Intent
from bot.views.acts import act_words, daily_act
from bot.views.base import Button, Rendered
from bot.views.catalogue import label, t
from bot.views.intents.base import Refs, Row, View, about_notice


def _daily_act(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    delivery = r.deliveries.get(i.params.get("delivery"))
    act = act_catalog().get(delivery.act_id) if delivery else None
    if act is None:
        return None
    return daily_act(me.language, act, delivery.id)


def _partner_did_it(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    delivery = r.deliveries.get(i.params.get("delivery"))
    act = act_catalog().get(delivery.act_id) if delivery else None
    if act is None or about is None:
        return None
    lang = me.language
    return Rendered(
        t(lang, "acts-partner_did_it", name=about.name, act=act_words(lang, act)),
        [[Button(label(lang, "acts-button_landed"), ActPress("landed", delivery.id))]],
    )


VIEWS: dict[str, View] = {
    "acts.daily": View(_daily_act, "delivery"),
    "acts.it_landed": View(about_notice("acts-it_landed")),
    "acts.partner_did_it": View(_partner_did_it, "delivery"),
}
