"""Outbox intents rendered at send time, a batch at a time (the dispatcher's renderer).

An outbox row names a view (``VIEWS`` below), the person it is about and the ids of the rows it
refers to. ``render`` loads what a whole batch refers to with a few queries (``Refs``), then
renders each row in its recipient's current language and time zone. A row whose subject is
gone - the person it is about erased their data, the promise or check-in no longer exists, a
moved promise's old reminder - renders to None, and the dispatcher drops it unsent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.callbacks import ActPress, CheckinPress, PromiseCheck, PromiseConfirm, SuggestionPress
from bot.content import acts as act_catalog
from bot.scheduling.delivery import Folded, Intent, Message
from bot.services import safety_flags
from bot.services.checkins.slots import proposed_slot, slot_of
from bot.services.checkins.talk import speaking_order
from bot.storage.db import Database
from bot.storage.models import (
    ActDelivery,
    CheckIn,
    CheckInResponse,
    Couple,
    DailyQuestion,
    Promise,
    QuestionAnswer,
    SafetyFlag,
    Suggestion,
    User,
)
from bot.views import checkin_messages as checkin_views
from bot.views import formatting, length
from bot.views import insights as insight_views
from bot.views import safety as safety_views
from bot.views.acts import act_words, daily_act
from bot.views.base import Button, Rendered, say
from bot.views.catalogue import label, t
from bot.views.promises import due_of, shown
from bot.views.question_intents import INTENT_VIEWS as QUESTION_VIEWS
from bot.views.reveal import reveal

log = logging.getLogger(__name__)

Row = Any  # a database row read for rendering: attributes named as the table's columns
# What rendering needs to know about a person (the recipient, or the one a message is about).
PERSON = (
    "id",
    "name",
    "language",
    "timezone",
    "couple_id",
    "setup_done_at",
    "question_intimacy",
)


class Refs:
    """Everything one batch of intents refers to, loaded at once, by id."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self.users: dict[int, Row] = {}
        self.deliveries: dict[int, Row] = {}
        self.promises: dict[int, Row] = {}
        self.checkins: dict[int, Row] = {}
        self.suggestions: dict[int, Row] = {}
        self.couples: dict[int, Row] = {}
        self.members: dict[int, list[Row]] = {}  # couple id -> set-up members, by id
        self.responses: dict[int, dict[int, Row]] = {}  # check-in -> person -> answers
        self.abuse: set[int] = set()  # people whose words ever signalled abuse
        self.questions: dict[int, Row] = {}  # daily questions by id
        self.answers: dict[int, dict[int, Row]] = {}  # daily question -> person -> answer

    @classmethod
    async def load(cls, conn: AsyncConnection, intents: Sequence[Intent], now: datetime) -> Refs:
        refs = cls(now)
        needs: set[str] = set()
        for intent in intents:
            view = VIEWS.get(intent.view)
            if view is not None:
                needs |= view.needs

        def ids(key: str) -> set[int]:
            return {i.params[key] for i in intents if isinstance(i.params.get(key), int)}

        async def rows(
            model: type, column: str, wanted: set[int], columns: Sequence[str] = ()
        ) -> list[Row]:
            if not wanted:
                return []
            table = model.__table__
            chosen = [table.c[c] for c in columns] if columns else [table]
            query = select(*chosen).where(table.c[column].in_(sorted(wanted)))
            return list((await conn.execute(query)).all())

        people = {i.user_id for i in intents} | {i.about_id for i in intents if i.about_id}
        refs.users = {u.id: u for u in await rows(User, "id", people, PERSON)}
        if "delivery" in needs:
            found = await rows(ActDelivery, "id", ids("delivery"), ("id", "act_id"))
            refs.deliveries = {d.id: d for d in found}
        if "promise" in needs:
            refs.promises = {p.id: p for p in await rows(Promise, "id", ids("promise"))}
        if "suggestion" in needs:
            found = await rows(Suggestion, "id", ids("suggestion"))
            refs.suggestions = {s.id: s for s in found}
        if needs & {"checkin", "responses"}:
            refs.checkins = {c.id: c for c in await rows(CheckIn, "id", ids("checkin"))}
        if "question" in needs:
            refs.questions = {q.id: q for q in await rows(DailyQuestion, "id", ids("question"))}
            for answer in await rows(QuestionAnswer, "daily_question_id", set(refs.questions)):
                refs.answers.setdefault(answer.daily_question_id, {})[answer.user_id] = answer
        if needs & {"couple", "members", "abuse"}:
            couples = {u.couple_id for u in refs.users.values() if u.couple_id}
            couples |= {c.couple_id for c in refs.checkins.values()}
            refs.couples = {c.id: c for c in await rows(Couple, "id", couples)}
            for member in await rows(User, "couple_id", couples, PERSON):
                if member.setup_done_at is not None:
                    refs.members.setdefault(member.couple_id, []).append(member)
            for found in refs.members.values():
                found.sort(key=lambda m: m.id)
        if "responses" in needs:
            for answer in await rows(CheckInResponse, "checkin_id", set(refs.checkins)):
                refs.responses.setdefault(answer.checkin_id, {})[answer.user_id] = answer
        if "abuse" in needs:
            everyone = people | {m.id for group in refs.members.values() for m in group}
            table = SafetyFlag.__table__
            query = select(table.c.user_id).where(
                table.c.user_id.in_(sorted(everyone)), safety_flags.abuse_clause(table.c)
            )
            refs.abuse = set((await conn.execute(query)).scalars())
        return refs

    def couple_of(self, person: Row) -> Row | None:
        return self.couples.get(person.couple_id) if person.couple_id else None


class View:
    """How to render one kind of intent, and which kinds of rows it needs loaded."""

    def __init__(
        self, render: Callable[[Intent, Row, Row | None, Refs], Rendered | None], *needs: str
    ):
        self.render = render
        self.needs = frozenset(needs)


# -- the renderers: (intent, recipient, the person it is about, refs) -> message or None --------


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


def _about(key: str, variable: str = "name") -> Callable[..., Rendered | None]:
    """A notice whose only variable is the name of the person it is about."""

    def render(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
        return say(me.language, key, **{variable: about.name}) if about is not None else None

    return render


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


def _suggestion(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    found = r.suggestions.get(i.params.get("suggestion"))
    if found is None:
        return None
    partners = [m.id for m in r.members.get(me.couple_id, [])] if me.couple_id else []
    abuse = bool(r.abuse & ({me.id} | set(partners)))
    partner = about.name if about is not None else None
    return insight_views.suggestion(me.language, me.timezone, found, partner, abuse=abuse)


def _invited(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    if about is None or i.params.get("suggestion") not in r.suggestions:
        return None
    lang = me.language
    return Rendered(
        t(lang, "insights-partner_invited", name=about.name),
        [[Button(label(lang, "insights-button_show_options"), SuggestionPress("options", 0))]],
    )


def _safety_question(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
    flag = i.params.get("flag")
    if not isinstance(flag, int):
        return None
    name = about.name if about is not None else None
    return safety_views.private_question(me.language, flag, "", 0, name)


def _partner_left(i: Intent, me: Row, _: Row | None, r: Refs) -> Rendered:
    return say(me.language, "privacy-partner_left")


VIEWS: dict[str, View] = {
    "acts.daily": View(_daily_act, "delivery"),
    "acts.it_landed": View(_about("acts-it_landed")),
    "acts.partner_did_it": View(_partner_did_it, "delivery"),
    "promises.partner_new": View(_promise_news("promises-partner_new"), "promise"),
    "promises.partner_moved": View(_promise_news("promises-partner_moved"), "promise"),
    "promises.partner_cancelled": View(_promise_news("promises-partner_cancelled"), "promise"),
    "promises.reminder": View(_reminder, "promise"),
    "promises.reminder_day": View(_reminder, "promise"),
    "promises.check": View(_check, "promise"),
    "promises.confirm_ask": View(_confirm_ask, "promise"),
    "promises.confirmed_news": View(_confirmed_news, "promise"),
    "checkin.partner_chose_slot": View(_slot_news("checkin-partner_chose_slot"), "couple"),
    "checkin.proposal_accepted": View(_slot_news("checkin-proposal_accepted"), "couple"),
    "checkin.proposal_declined": View(_about("checkin-proposal_declined")),
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
    "insights.suggestion": View(_suggestion, "suggestion", "members", "abuse"),
    "insights.partner_invited": View(_invited, "suggestion"),
    "pairing.joined": View(_about("pairing-paired_inviter", "partner")),
    "pairing.unpaired": View(_about("pairing-unpaired_partner", "partner")),
    "privacy.partner_left": View(_partner_left),
    "safety.question": View(_safety_question),
    "settings.partner_apart": View(_about("settings-partner_long_distance_on")),
    "settings.partner_together": View(_about("settings-partner_long_distance_off")),
    **{key: View(render, *needs) for key, (render, needs) in QUESTION_VIEWS.items()},
}


# Telegram's limit is 4096 characters; a folded message stops growing well before it.
FOLD_LIMIT = 3800


async def render(
    db: Database, intents: Sequence[Intent], now: datetime
) -> list[Message | Folded | BaseException | None]:
    """The dispatcher's renderer: each intent as a message, None when it refers to what is
    gone, or the exception its view raised (that row fails; the others still go). Notices the
    dispatcher claimed together (``fold_with``) become one "While you were away" message."""
    async with db.reading() as conn:
        refs = await Refs.load(conn, intents, now)
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
