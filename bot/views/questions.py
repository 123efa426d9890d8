"""The daily question: the question itself, what answering shows, the reveal side by side, the
settings menu and the offer after pairing, and /questions.

The frame is in the reader's language; the question too (each partner reads the same question
in their own language, or its ``.solo`` reflection wording on their own); the answers exactly
as their authors wrote them (escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from bot.callbacks import QuestionPage, QuestionPress, QuestionSetup
from bot.content import questions as question_bank
from bot.services.questions.answers import ANSWER_LIMIT, Outcome
from bot.services.questions.archive import ArchivePage, Entry
from bot.services.questions.opt_in import QuestionSettings
from bot.services.when import When
from bot.views import formatting
from bot.views.base import Button, Rendered, buttons, say
from bot.views.catalogue import Safe, label, t

# The times offered; any other can be typed.
TIME_CHOICES = ((time(8, 0), time(12, 30), time(19, 0)), (time(20, 0), time(21, 0)))
ARCHIVE_SNIPPET = 200  # characters of each answer shown in /questions


def question_words(lang: str, question_id: str, *, solo: bool = False) -> Safe:
    return t(lang, f"question-{question_id}.solo" if solo else f"question-{question_id}")


def _category(lang: str, category: str) -> dict[str, object]:
    found = question_bank().categories.get(category)
    return {
        "emoji": found.emoji if found else "💭",
        "category": t(lang, f"question-category-{category}") if found else "",
    }


def _snippet(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# -- the question and the answers ---------------------------------------------------------------


def daily(lang: str, question_id: str, category: str, partner: str | None) -> Rendered:
    """Today's question; on one's own, the reflection wording."""
    solo = partner is None
    parts = [
        t(
            lang,
            "questions-solo_title" if solo else "questions-daily_title",
            **_category(lang, category),
        ),
        "",
        f"<b>{question_words(lang, question_id, solo=solo)}</b>",
        "",
        t(lang, "questions-solo_hint")
        if solo
        else t(lang, "questions-daily_hint", partner=partner),
    ]
    return Rendered("\n".join(parts))


def reveal(
    lang: str,
    question_id: int,
    content_id: str,
    category: str,
    mine: str | None,
    partner: str,
    theirs: str | None,
    both_this_month: int,
) -> Rendered:
    """Both answers side by side, with ❤️ and "let's talk about this tonight"."""
    parts = [
        t(lang, "questions-reveal_title", **_category(lang, category)),
        "",
        f"<b>{question_words(lang, content_id)}</b>",
        "",
        t(lang, "questions-reveal_you", text=_snippet(mine or "—", ANSWER_LIMIT)),
        t(
            lang,
            "questions-reveal_partner",
            name=partner,
            text=_snippet(theirs or "—", ANSWER_LIMIT),
        ),
    ]
    if both_this_month > 0:
        parts += ["", t(lang, "questions-both_this_month", count=both_this_month)]
    return Rendered(
        "\n".join(parts),
        buttons(
            [
                (label(lang, "questions-button_heart"), QuestionPress("heart", question_id)),
                (label(lang, "questions-button_talk"), QuestionPress("talk", question_id)),
            ]
        ),
    )


def after_answer(lang: str, outcome: Outcome) -> list[Rendered]:
    """What the person sees after typing an answer (or a replacement)."""
    result, question = outcome.result, outcome.question
    partner = outcome.partner.name if outcome.partner is not None else None
    if result == "revealed" and question is not None and outcome.partner is not None:
        return [
            reveal(
                lang,
                question.id,
                question.question_id,
                question.category,
                outcome.mine.text if outcome.mine else None,
                partner or "",
                outcome.theirs.text if outcome.theirs else None,
                outcome.both_this_month,
            )
        ]
    if result == "saved" and question is not None:
        edit = QuestionPress("edit", question.id)
        return [
            Rendered(
                t(lang, "questions-saved", partner=partner),
                buttons([(label(lang, "questions-button_edit"), edit)]),
            )
        ]
    if result == "confirm" and question is not None:
        return [
            Rendered(
                t(lang, "questions-confirm_replace"),
                buttons(
                    [
                        (
                            label(lang, "questions-button_replace"),
                            QuestionPress("replace", question.id),
                        ),
                        (label(lang, "questions-button_keep"), QuestionPress("keep", question.id)),
                    ]
                ),
            )
        ]
    if result == "replaced":
        if partner is None:
            return [say(lang, "questions-replaced_solo")]
        edit = QuestionPress("edit", question.id)
        return [
            Rendered(
                t(lang, "questions-replaced", partner=partner),
                buttons([(label(lang, "questions-button_edit"), edit)]),
            )
        ]
    if result == "solo":
        return [say(lang, "questions-solo_saved")]
    if result == "too_long":
        return [say(lang, "questions-too_long", limit=ANSWER_LIMIT)]
    if result in ("closed", "over"):
        return [say(lang, f"questions-{result}")]
    return []


def nudge(lang: str, content_id: str, partner: str, partner_answered: bool) -> Rendered:
    words = question_words(lang, content_id)
    if partner_answered:
        return say(lang, "questions-nudge_partner_answered", name=partner, question=words)
    return say(lang, "questions-nudge", question=words)


# -- settings, and the offer after pairing ------------------------------------------------------


def time_buttons(lang: str) -> list[list[tuple[str, QuestionSetup]]]:
    return [
        [(formatting.clock(lang, at), QuestionSetup("at", at)) for at in row]
        for row in TIME_CHOICES
    ]


def menu(lang: str, s: QuestionSettings) -> Rendered:
    """/settings → Daily question: whether it is on, when, and intimacy questions."""
    solo = s.partner is None
    parts = [t(lang, "questions-menu_solo" if solo else "questions-menu"), ""]
    rows: list[list[tuple[str, QuestionSetup]]] = []
    if s.at is None:
        parts.append(t(lang, "questions-menu_off"))
        rows += time_buttons(lang)
    else:
        parts.append(t(lang, "questions-menu_on", time=formatting.clock(lang, s.at)))
        rows.append(
            [
                (label(lang, "questions-button_time"), QuestionSetup("times")),
                (label(lang, "questions-button_off"), QuestionSetup("off")),
            ]
        )
    state = s.intimacy
    key = f"questions-intimacy_state_{state}" + ("_solo" if solo and state == "off" else "")
    parts += ["", t(lang, key, partner=s.partner or "")]
    if state in ("on", "mine"):
        rows.append([(label(lang, "questions-button_intimacy_off"), QuestionSetup("nointim"))])
    elif solo or state == "theirs":
        rows.append([(label(lang, "questions-button_intimacy_on"), QuestionSetup("intim"))])
    else:
        rows.append([(label(lang, "questions-button_intimacy_suggest"), QuestionSetup("intim"))])
    return Rendered("\n".join(parts), buttons(*rows))


def ask_time(lang: str) -> Rendered:
    return Rendered(t(lang, "questions-ask_time"), buttons(*time_buttons(lang)))


def turned_on(
    lang: str,
    s: QuestionSettings,
    first: datetime | None,
    zone: str | None,
    now: datetime,
    quiet: Sequence[str | None],
) -> list[Rendered]:
    """It is on: when the first question comes, and a word if it falls in anyone's quiet hours
    (``quiet``: None for the reader, else the partner's name)."""
    at = formatting.clock(lang, s.at) if s.at else ""
    when = formatting.when(lang, When(first, False), now, zone) if first else ""
    key = "questions-on_solo" if s.partner is None else "questions-on"
    replies = [say(lang, key, time=at, first=when)]
    for name in quiet:
        if name is None:
            replies.append(say(lang, "questions-in_quiet_hours", time=at))
        else:
            replies.append(say(lang, "questions-partner_in_quiet_hours", time=at, name=name))
    return replies


def offer(lang: str) -> Rendered:
    """After pairing: a daily question for two? (times, or not now)."""
    rows = time_buttons(lang)
    rows[-1].append((label(lang, "questions-button_later"), QuestionSetup("later")))
    return Rendered(t(lang, "questions-offer"), buttons(*rows))


def after_pairing(lang: str, s: QuestionSettings) -> Rendered:
    """The joiner's word about the daily question: the offer, or that the couple has it."""
    if s.at is None:
        return offer(lang)
    return say(lang, "questions-already_on", time=formatting.clock(lang, s.at))


def intimacy_changed(lang: str, s: QuestionSettings, agreed: bool) -> Rendered:
    solo = "_solo" if s.partner is None else ""
    if not agreed:
        return say(lang, f"questions-intimacy_now_off{solo}")
    if s.intimacy == "on":
        return say(lang, f"questions-intimacy_now_on{solo}")
    return say(lang, "questions-intimacy_asked", partner=s.partner or "")


# -- /questions ---------------------------------------------------------------------------------


def _entry(lang: str, entry: Entry, partner: str | None) -> str:
    solo = entry.state == "alone"
    lines = [
        t(
            lang,
            "questions-archive_entry",
            day=formatting.short_date(lang, entry.day),
            emoji=_category(lang, entry.category)["emoji"],
            question=question_words(lang, entry.question_id, solo=solo),
        )
    ]
    if not entry.answered:
        lines.append(t(lang, "questions-archive_not_answered"))
    else:
        mine = (
            _snippet(entry.mine, ARCHIVE_SNIPPET)
            if entry.mine
            else label(lang, "questions-archive_erased")
        )
        lines.append(t(lang, "questions-archive_you", text=mine))
    if entry.state == "both":
        theirs = (
            _snippet(entry.theirs, ARCHIVE_SNIPPET)
            if entry.theirs
            else label(lang, "questions-archive_erased")
        )
        lines.append(t(lang, "questions-archive_partner", name=partner or "", text=theirs))
    elif entry.state == "private":
        lines.append(t(lang, "questions-archive_private"))
    return "\n".join(lines)


def archive(lang: str, page: ArchivePage) -> Rendered:
    """One page of past questions, newest first, with Newer / Older buttons."""
    if not page.entries:
        return say(lang, "questions-archive_empty")
    parts = [t(lang, "questions-archive_title", page=page.page + 1, pages=page.pages)]
    if page.both_this_month > 0:
        parts.append(t(lang, "questions-both_this_month", count=page.both_this_month))
    for entry in page.entries:
        parts += ["", _entry(lang, entry, page.partner)]
    nav: list[Button] = []
    if page.page > 0:
        nav.append(Button(label(lang, "questions-button_newer"), QuestionPage(page.page - 1)))
    if page.page + 1 < page.pages:
        nav.append(Button(label(lang, "questions-button_older"), QuestionPage(page.page + 1)))
    return Rendered("\n".join(parts), [nav] if nav else None)
