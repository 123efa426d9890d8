"""Weekly check-in intents: the slot, the invitation and reminders, the partner's progress, the
reveal and the guided talk. A row about a check-in the recipient's couple no longer holds renders
to None."""

from __future__ import annotations

from collections.abc import Callable

from bot.callbacks import CheckinPress
from bot.scheduling.delivery import Intent
from bot.services.checkins.slots import proposed_slot, slot_of
from bot.services.checkins.talk import speaking_order
from bot.views import checkin_messages as checkin_views
from bot.views.base import Rendered, say
from bot.views.catalogue import t
from bot.views.intents.base import Refs, Row, View, about_notice
from bot.views.reveal import reveal


def _slot_news(key: str) -> Callable[..., Rendered | None]:
    """The partner chose or agreed a slot: shown as it stands now, in the reader's zone."""

    def render(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
        couple = r.couple_of(me)
        slot = slot_of(couple) if couple else None
        if slot is None or about is None:
            return None
        where = checkin_views.slot_for(me.language, slot, me.timezone, r.now)
        return say(me.language, key, name=about.name, slot=where)

    return render


def _proposal(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    couple = r.couple_of(me)
    nonce = i.params.get("proposal", "")
    slot = proposed_slot(couple, nonce) if couple else None
    if slot is None or about is None:
        return None  # answered, or replaced by another proposal
    return checkin_views.proposal(me.language, about.name, slot, nonce, me.timezone, r.now)


def _checkin(i: Intent, r: Refs, me: Row) -> Row | None:
    """The check-in a row is about, while the recipient is still in its couple (after an
    unpairing, what was waiting about the old couple's week is no longer true)."""
    ci = r.checkins.get(i.params.get("checkin"))
    return ci if ci is not None and me.couple_id == ci.couple_id else None


def _about_checkin(key: str, button: str | None = None, action: str = "start"):
    """A check-in message, with one button for that week's check-in (``action``)."""

    def render(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
        ci = _checkin(i, r, me)
        if ci is None or (i.about_id is not None and about is None):
            return None
        if about is not None and about.couple_id != ci.couple_id:
            return None  # news about someone who has left the couple since
        values = {"name": about.name} if about is not None else {}
        text = t(me.language, key, **values)
        if button is None:
            return Rendered(text)
        return checkin_views.with_button(text, me.language, button, CheckinPress(action, ci.id))

    return render


def _invitation(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    ci = _checkin(i, r, me)
    if ci is None:
        return None
    if i.view == "checkin.new_time":
        return checkin_views.new_time(me.language)
    if i.view == "checkin.invitation":
        return checkin_views.invitation(me.language, me.name, ci.id, solo=ci.solo)
    key = {"checkin.reminder": "checkin-reminder", "checkin.snoozed": "checkin-snoozed_again"}
    text = t(me.language, key[i.view])
    return Rendered(text, checkin_views.invitation_buttons(me.language, ci.id))


def _reveal(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    ci = _checkin(i, r, me)
    if ci is None or about is None:
        return None  # the partner, and their answers, are gone
    ready = ci.id if i.params.get("ready") else None
    answers = r.responses.get(ci.id, {})
    return reveal(me.language, me, about, answers, tip=i.params.get("tip"), ready_for=ready)


def _step(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    ci = _checkin(i, r, me)
    if ci is None or i.params.get("gen") != ci.meeting_gen:
        return None
    couple = r.couples.get(ci.couple_id)
    people = speaking_order(ci.week_key, r.members.get(ci.couple_id, []))
    return checkin_views.step(
        me.language,
        ci.id,
        ci.meeting_gen,
        i.params.get("step", -1),
        solo=ci.solo,
        names=[p.name for p in people],
        slot=slot_of(couple) if couple else None,
    )


def _break(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    ci = _checkin(i, r, me)
    if ci is None or i.params.get("gen") != ci.meeting_gen:
        return None
    return checkin_views.taking_a_break(me.language, ci.id, ci.meeting_gen)


def _talk_done(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered | None:
    ci = _checkin(i, r, me)
    return checkin_views.talk_done(me.language, solo=ci.solo) if ci is not None else None


VIEWS: dict[str, View] = {
    "checkin.partner_chose_slot": View(_slot_news("checkin-partner_chose_slot"), "couple"),
    "checkin.proposal_accepted": View(_slot_news("checkin-proposal_accepted"), "couple"),
    "checkin.proposal_declined": View(about_notice("checkin-proposal_declined")),
    "checkin.proposal": View(_proposal, "couple"),
    "checkin.invitation": View(_invitation, "checkin"),
    "checkin.new_time": View(_invitation, "checkin"),
    "checkin.reminder": View(_invitation, "checkin"),
    "checkin.snoozed": View(_invitation, "checkin"),
    "checkin.nudge": View(_about_checkin("checkin-nudge", "checkin-button_continue"), "checkin"),
    "checkin.partner_started": View(
        _about_checkin("checkin-nudge_partner_started", "checkin-button_continue"), "checkin"
    ),
    "checkin.partner_skipped": View(_about_checkin("checkin-partner_skipped"), "checkin"),
    "checkin.partner_finished": View(
        _about_checkin("checkin-partner_finished", "checkin-button_start"), "checkin"
    ),
    "checkin.partner_ready": View(
        _about_checkin("checkin-partner_ready", "checkin-button_ready_too", "ready"), "checkin"
    ),
    "checkin.reveal": View(_reveal, "checkin", "responses"),
    "checkin.step": View(_step, "checkin", "members"),
    "checkin.break": View(_break, "checkin"),
    "checkin.done": View(_talk_done, "checkin"),
}
