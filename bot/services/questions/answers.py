"""Answering the day's question: saved at once, private until both have answered, then shown
to both; editable until then; ❤️ and "let's talk about this tonight" after.

A person answers by replying with text while their question is open: the newest question that
reached them (its message was sent), for 36 hours at most, until the next one arrives. Text
typed after they answered is a possible replacement: it waits in the conversation state
(``user.flow`` ``questions.replace``) until they confirm, and goes once they do or the answers
are revealed. The typed text has passed the safety screen before it gets here
(``handlers/text.py``); words that signal danger are never saved as an answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox, recurrence
from bot.services import users
from bot.services.notices import notify_partner
from bot.services.questions.planning import nudge_ref
from bot.storage.models import DailyQuestion, QuestionAnswer, User

ANSWER_LIMIT = 1500
OPEN_FOR = timedelta(hours=36)


@dataclass
class Outcome:
    """What happened to an answer, and what the person sees next."""

    # saved (the partner has not answered) | revealed | solo | confirm (replace the answer?)
    # | replaced | none (no question open) | closed (revealed: too late to change)
    # | over (a newer question came since) | too_long | flagged
    result: str
    question: DailyQuestion | None = None
    mine: QuestionAnswer | None = None
    partner: User | None = None
    theirs: QuestionAnswer | None = None
    both_this_month: int = 0


def message_key(answer: QuestionAnswer) -> str:
    """The dedupe key of the outbox message that asked this person this question."""
    return f"question:{answer.user_id}:{answer.local_date.isoformat()}"


async def open_question(
    session: AsyncSession, user: User, now: datetime
) -> tuple[DailyQuestion, QuestionAnswer] | None:
    """The question this person can answer now, with their answer row."""
    rows = await session.exec(
        select(QuestionAnswer)
        .where(
            QuestionAnswer.user_id == user.id,
            QuestionAnswer.asked_at > now - OPEN_FOR,
            QuestionAnswer.asked_at <= now,
        )
        .order_by(col(QuestionAnswer.asked_at).desc())
        .limit(2)
    )
    for mine in rows.all():
        if not await outbox.delivered(session, message_key(mine)):
            continue  # held (quiet hours) or not sent yet: the one before may still be open
        # Locked (on PostgreSQL) so that partners answering at the same moment take turns and
        # the second one sees the first one's answer: exactly one of them reveals.
        question = (
            await session.exec(
                select(DailyQuestion)
                .where(DailyQuestion.id == mine.daily_question_id)
                .with_for_update()
                .execution_options(populate_existing=True)
            )
        ).first()
        if question is None or question.couple_id != user.couple_id:
            return None  # asked in a couple they have left since
        return question, mine
    return None


async def _of(
    session: AsyncSession, user: User, question_id: int
) -> tuple[DailyQuestion, QuestionAnswer] | None:
    """A question of this person's couple that they were asked (forged ids find nothing)."""
    question = await session.get(DailyQuestion, question_id)
    if question is None or question.couple_id != user.couple_id:
        return None
    mine = (
        await session.exec(
            select(QuestionAnswer).where(
                QuestionAnswer.daily_question_id == question.id, QuestionAnswer.user_id == user.id
            )
        )
    ).first()
    return (question, mine) if mine is not None else None


def _checked(text: str) -> tuple[str | None, str | None]:
    """(the answer to save, None) or (None, why not)."""
    text = text.strip()
    if not text:
        return None, "none"
    if len(text) > ANSWER_LIMIT:
        return None, "too_long"
    return text, None


async def answer(session: AsyncSession, user: User, text: str, now: datetime) -> Outcome:
    """Typed text while no other conversation is open: an answer to the open question, a
    replacement to confirm, or nothing (``none``) when no question is open."""
    found = await open_question(session, user, now)
    if found is None or found[0].revealed_at is not None:
        return Outcome("none")
    question, mine = found
    words, problem = _checked(text)
    if words is None:
        return Outcome(problem or "none", question, mine)
    if mine.answered_at is not None:
        users.set_flow(user, "questions.replace", question=question.id, text=words)
        return Outcome("confirm", question, mine)
    mine.text, mine.answered_at = words, now
    if user.flow and user.flow.startswith("questions."):
        users.set_flow(user, None)
    await outbox.cancel(session, refs=[nudge_ref(mine)])
    return await _after_answer(session, user, question, mine, now)


async def start_edit(session: AsyncSession, user: User, question_id: int, now: datetime) -> str:
    """'Change my answer': the next text replaces it (ok), unless it is too late: both
    answers are open (closed), or a newer question came since (over)."""
    found = await _of(session, user, question_id)
    if found is None:
        return "stale"
    question = found[0]
    current = await open_question(session, user, now)
    if question.revealed_at is not None:
        return "closed"
    if current is None or current[0].id != question.id:
        return "over"
    users.set_flow(user, "questions.edit", question=question.id)
    return "ok"


async def replace(
    session: AsyncSession, user: User, question_id: int, text: str | None, now: datetime
) -> Outcome:
    """The new answer before the reveal (``text`` None: the one waiting for confirmation)."""
    waiting = user.flow_data.get("text") if user.flow == "questions.replace" else None
    words = text if text is not None else waiting
    found = await _of(session, user, question_id)
    current = await open_question(session, user, now)
    if found is None or not isinstance(words, str):
        users.set_flow(user, None)
        return Outcome("closed")
    question, mine = found
    if question.revealed_at is not None or current is None or current[0].id != question.id:
        users.set_flow(user, None)
        return Outcome("closed" if question.revealed_at else "over", question, mine)
    checked, problem = _checked(words)
    if checked is None:
        return Outcome(problem or "none", question, mine)
    users.set_flow(user, None)
    if mine.answered_at is None:  # (turned off and on again: a first answer after all)
        mine.text, mine.answered_at = checked, now
        await outbox.cancel(session, refs=[nudge_ref(mine)])
        return await _after_answer(session, user, question, mine, now)
    mine.text, mine.edited_at = checked, now
    partner = await users.partner_of(session, user)
    return Outcome("replaced", question, mine, partner)


def keep_first(user: User) -> bool:
    """'Keep my first answer': the replacement waiting for confirmation is dropped."""
    if user.flow != "questions.replace":
        return False
    users.set_flow(user, None)
    return True


async def _after_answer(
    session: AsyncSession, user: User, question: DailyQuestion, mine: QuestionAnswer, now: datetime
) -> Outcome:
    """Reveal both answers when the partner has answered too; else keep this one private."""
    partner = await users.partner_of(session, user)
    if partner is None:
        return Outcome("solo", question, mine)
    theirs = (
        await session.exec(
            select(QuestionAnswer).where(
                QuestionAnswer.daily_question_id == question.id,
                QuestionAnswer.user_id == partner.id,
            )
        )
    ).first()
    if theirs is None or theirs.answered_at is None or question.revealed_at is not None:
        return Outcome("saved", question, mine, partner)
    question.revealed_at = now
    both = await both_answered_this_month(session, user, now)
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="question_reveal",
            user_id=partner.id,
            view="questions.reveal",
            about_id=user.id,
            params={"question": question.id, "both": both},
            dedupe_key=f"question_reveal:{question.id}:{partner.id}",
            due_at=now,
            ref=f"question:{question.id}",
        ),
        now,
    )
    if partner.flow in ("questions.replace", "questions.edit") and (
        partner.flow_data.get("question") == question.id
    ):
        users.set_flow(partner, None)  # too late to change: both have seen both
    return Outcome("revealed", question, mine, partner, theirs, both)


async def react(
    session: AsyncSession, user: User, question_id: int, action: str, now: datetime
) -> str:
    """❤️ the partner's answer (``heart``) or ask to talk about it tonight (``talk``), once
    each, after the reveal; the partner is told. Returns ok | already | stale."""
    found = await _of(session, user, question_id)
    partner = await users.partner_of(session, user)
    if found is None or partner is None or found[0].revealed_at is None:
        return "stale"
    question, mine = found
    field = "hearted_at" if action == "heart" else "talk_at"
    if getattr(mine, field) is not None:
        return "already"
    setattr(mine, field, now)
    await notify_partner(
        session,
        partner,
        user,
        "questions.partner_heart" if action == "heart" else "questions.partner_talk",
        now,
        kind="question_news",
        params={"question": question.id},
        ref=f"question:{question.id}",
        key=f"question_{action}:{question.id}:{user.id}",
    )
    return "ok"


async def both_answered_this_month(session: AsyncSession, user: User, now: datetime) -> int:
    """Days this (local) month on which both partners answered: a count, never a streak to
    break."""
    if user.couple_id is None:
        return 0
    today = recurrence.local_date(now, user.timezone or "UTC")
    found = await session.exec(
        select(func.count()).where(
            DailyQuestion.couple_id == user.couple_id,
            DailyQuestion.local_date >= today.replace(day=1),
            DailyQuestion.local_date <= today,
            col(DailyQuestion.revealed_at).is_not(None),
        )
    )
    return int(found.one())
