"""The private check-in questions, one at a time, and what each partner sees when finished."""

from __future__ import annotations

from bot.callbacks import CheckinAnswer, CheckinPress, CheckinPrivacy
from bot.content import PATTERN_SCALE
from bot.content import checkin as checkin_content
from bot.services.checkins.questions import Turn
from bot.storage.models import CheckIn
from bot.views.base import Rendered, buttons, say
from bot.views.catalogue import label, t
from bot.views.checkin import topic_name


def intro(lang: str, partner: str | None) -> Rendered:
    if partner:
        return say(lang, "checkin-intro", partner=partner)
    return say(lang, "checkin-intro_solo")


def question(lang: str, turn: Turn) -> Rendered:
    """The question ``turn`` is on, with its answer buttons and a Skip."""
    asked = turn.question
    ci = turn.checkin
    counter = t(lang, "checkin-counter", n=turn.number, total=turn.total)

    def answer(value: str) -> CheckinAnswer:
        return CheckinAnswer(ci.id, asked.field, value)

    skip = [(label(lang, "checkin-button_skip_question"), answer("skip"))]
    if asked.kind == "scale":
        words = f"checkin-pulse-{asked.field}"
        hint = t(
            lang,
            "checkin-scale_hint",
            low=label(lang, f"{words}.low"),
            high=label(lang, f"{words}.high"),
            max=asked.max,
        )
        text = f"{counter}\n<b>{t(lang, words)}</b>\n{hint}"
        numbers = [(str(v), answer(str(v))) for v in range(asked.max + 1)]
        return Rendered(text, buttons(numbers, skip))
    if asked.kind == "often":
        intro = t(lang, "checkin-patterns-intro")
        text = f"{counter}\n{intro}\n<b>{t(lang, f'checkin-pattern-{asked.field}')}</b>"
        options = [
            (label(lang, f"checkin-patterns-scale-{v}"), answer(str(v)))
            for v in range(PATTERN_SCALE)
        ]
        return Rendered(text, buttons(options[:2], options[2:], skip))
    if asked.kind == "yesno":
        topic = topic_name(lang, turn.response.followup_topic or "")
        return Rendered(
            f"{counter}\n" + t(lang, "checkin-topic_followup", topic=topic),
            buttons(
                [
                    (label(lang, "checkin-topic_settled"), answer("y")),
                    (label(lang, "checkin-topic_still_hard"), answer("n")),
                ],
                skip,
            ),
        )
    if asked.kind == "topic":
        options = [(topic_name(lang, key), answer(key)) for key in checkin_content().topics]
        rows = [options[i : i + 3] for i in range(0, len(options), 3)]
        return Rendered(f"{counter}\n" + t(lang, "checkin-choose_topic"), buttons(*rows, skip))
    written = t(lang, f"checkin-written-{asked.field}")
    return Rendered(f"{counter}\n{written}\n{t(lang, 'checkin-text_hint')}", buttons(skip))


def finished(
    lang: str, ci: CheckIn, partner: str | None, *, partner_finished: bool = False
) -> Rendered:
    """After the last question: on to the reflection (solo), or waiting for the partner, or
    the reveal is on its way."""
    if ci.solo or partner is None:
        return Rendered(
            t(lang, "checkin-finished_solo"),
            buttons([(label(lang, "checkin-button_reflect"), CheckinPress("ready", ci.id))]),
        )
    if partner_finished:
        return say(lang, "checkin-finished_both")
    ready = buttons([(label(lang, "checkin-button_ready"), CheckinPress("ready", ci.id))])
    if ci.revealed_at is not None:
        return Rendered(t(lang, "checkin-finished_both"), ready)
    return Rendered(t(lang, "checkin-finished_waiting", partner=partner), ready)


def answer_saved(
    lang: str, checkin_id: int, field: str, private: bool, partner: str | None
) -> Rendered:
    """'Saved', whether the partner will see it, and a button to change that."""
    if private:
        text = t(lang, "checkin-saved_text") + " " + t(lang, "checkin-saved_private")
        button = (label(lang, "checkin-button_share_again"), CheckinPrivacy(checkin_id, field))
    else:
        text = (
            t(lang, "checkin-saved_text")
            + " "
            + t(lang, "checkin-saved_shared", partner=partner or "")
        )
        button = (label(lang, "checkin-button_make_private"), CheckinPrivacy(checkin_id, field))
    return Rendered(text, buttons([button]) if partner else None)
