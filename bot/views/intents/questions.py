"""The daily question's outbox intents, rendered when they are sent.

Each renderer gets (intent, recipient, the person it is about, refs) like every other one; refs
hold the batch's daily questions (``refs.questions``), their answers by person
(``refs.answers``) and the couples and their members. A row whose question or person is gone,
or whose moment passed (answered already, turned off since, suggestion withdrawn), renders to
None and is dropped unsent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.callbacks import QuestionSetup
from bot.views import formatting
from bot.views import questions as views
from bot.views.base import Rendered, buttons, say
from bot.views.catalogue import label
from bot.views.intents.base import View, about_notice

Row = Any
Renderer = Callable[[Any, Row, Row | None, Any], Rendered | None]


def _partner(me: Row, r: Any) -> Row | None:
    return next((m for m in r.members.get(me.couple_id, []) if m.id != me.id), None)


def _question(i: Any, r: Any) -> Row | None:
    return r.questions.get(i.params.get("question"))


def _daily(i: Any, me: Row, _: Row | None, r: Any) -> Rendered | None:
    question = _question(i, r)
    if question is None or me.id not in r.answers.get(question.id, {}):
        return None
    partner = _partner(me, r) if question.couple_id == me.couple_id else None
    return views.daily(
        me.language, question.question_id, question.category, partner.name if partner else None
    )


def _nudge(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
    question = _question(i, r)
    answers = r.answers.get(question.id, {}) if question is not None else {}
    mine = answers.get(me.id)
    if question is None or about is None or mine is None or mine.answered_at is not None:
        return None
    if question.revealed_at is not None or question.couple_id != me.couple_id:
        return None
    theirs = answers.get(about.id)
    answered = theirs is not None and theirs.answered_at is not None
    return views.nudge(me.language, question.question_id, about.name, answered)


def _reveal(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
    question = _question(i, r)
    if question is None or about is None or question.revealed_at is None:
        return None
    answers = r.answers.get(question.id, {})
    mine, theirs = answers.get(me.id), answers.get(about.id)
    if mine is None or theirs is None:
        return None  # one of the answers is gone (erased): nothing to show side by side
    return views.reveal(
        me.language,
        question.id,
        question.question_id,
        question.category,
        mine.text,
        about.name,
        theirs.text,
        int(i.params.get("both", 0)),
    )


def _reaction(key: str) -> Renderer:
    def render(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
        question = _question(i, r)
        if question is None or about is None:
            return None
        return say(
            me.language,
            key,
            name=about.name,
            question=views.question_words(me.language, question.question_id),
        )

    return render


def _time_news(key: str) -> Renderer:
    """The partner turned it on or moved it: said with the time as it stands now."""

    def render(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
        couple = r.couple_of(me)
        if about is None or couple is None or couple.daily_question_at is None:
            return None
        return say(
            me.language,
            key,
            name=about.name,
            time=formatting.clock(me.language, couple.daily_question_at),
        )

    return render


def _turned_off(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
    couple = r.couple_of(me)
    if about is None or couple is None or couple.daily_question_at is not None:
        return None  # on again since
    return say(me.language, "questions-partner_off", name=about.name)


def _offer(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
    couple = r.couple_of(me)
    if about is None or couple is None or couple.daily_question_at is not None:
        return None  # the partner turned it on already: their notice says so
    return views.offer(me.language)


def _intimacy_suggested(i: Any, me: Row, about: Row | None, r: Any) -> Rendered | None:
    if about is None or not about.question_intimacy or me.question_intimacy:
        return None  # withdrawn, or on already
    lang = me.language
    return Rendered(
        say(lang, "questions-intimacy_suggested", name=about.name).text,
        buttons(
            [
                (label(lang, "questions-button_intimacy_yes"), QuestionSetup("intim")),
                (label(lang, "questions-button_later"), QuestionSetup("notnow")),
            ]
        ),
    )


VIEWS: dict[str, View] = {
    "questions.daily": View(_daily, "question", "members"),
    "questions.nudge": View(_nudge, "question"),
    "questions.reveal": View(_reveal, "question"),
    "questions.partner_heart": View(_reaction("questions-partner_heart"), "question"),
    "questions.partner_talk": View(_reaction("questions-partner_talk"), "question"),
    "questions.partner_on": View(_time_news("questions-partner_on"), "couple"),
    "questions.partner_time": View(_time_news("questions-partner_time"), "couple"),
    "questions.partner_off": View(_turned_off, "couple"),
    "questions.offer": View(_offer, "couple"),
    "questions.intimacy_suggested": View(_intimacy_suggested),
    "questions.intimacy_on": View(about_notice("questions-partner_intimacy_on")),
    "questions.intimacy_off": View(about_notice("questions-partner_intimacy_off")),
}
