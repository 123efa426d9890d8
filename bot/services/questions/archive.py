"""/questions: every question a person was asked, newest first, with their answer and - once both
had answered - their partner's beside it.

A partner's answer is shown only for questions revealed in the couple the person is in now: after
unpairing, one's own answers stay, a former partner's words do not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.services import users
from bot.services.questions.answers import both_answered_this_month
from bot.storage.models import DailyQuestion, QuestionAnswer, User

PAGE_SIZE = 5


@dataclass(frozen=True)
class Entry:
    question_id: str
    category: str
    day: date
    mine: str | None  # None: not answered, or erased after 26 weeks (``answered``)
    answered: bool
    theirs: str | None
    # both (revealed: the partner's answer beside) | private (not both answered) | alone
    state: str


@dataclass(frozen=True)
class ArchivePage:
    entries: list[Entry]
    page: int  # 0 is the newest
    pages: int
    partner: str | None
    both_this_month: int


async def archive(session: AsyncSession, user: User, page: int, now: datetime) -> ArchivePage:
    total = int(
        (
            await session.exec(
                select(func.count()).where(
                    QuestionAnswer.user_id == user.id, QuestionAnswer.asked_at <= now
                )
            )
        ).one()
    )
    pages = max(1, -(-total // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    rows = list(
        await session.exec(
            select(QuestionAnswer, DailyQuestion)
            .join(DailyQuestion, col(QuestionAnswer.daily_question_id) == DailyQuestion.id)
            .where(QuestionAnswer.user_id == user.id, QuestionAnswer.asked_at <= now)
            .order_by(col(QuestionAnswer.asked_at).desc(), col(QuestionAnswer.id).desc())
            .offset(page * PAGE_SIZE)
            .limit(PAGE_SIZE)
        )
    )
    partner = await users.partner_of(session, user)
    theirs: dict[int, QuestionAnswer] = {}
    shared = [q.id for _, q in rows if q.revealed_at is not None and q.couple_id == user.couple_id]
    if partner is not None and shared:
        for answer in await session.exec(
            select(QuestionAnswer).where(
                col(QuestionAnswer.daily_question_id).in_(shared),
                QuestionAnswer.user_id == partner.id,
            )
        ):
            theirs[answer.daily_question_id] = answer
    entries = []
    for mine, question in rows:
        other = theirs.get(question.id)
        if other is not None:
            state = "both"
        elif partner is not None and question.couple_id == user.couple_id:
            state = "private"
        else:
            state = "alone"
        entries.append(
            Entry(
                question.question_id,
                question.category,
                mine.local_date,
                mine.text,
                mine.answered_at is not None,
                other.text if other is not None else None,
                state,
            )
        )
    return ArchivePage(
        entries,
        page,
        pages,
        partner.name if partner else None,
        await both_answered_this_month(session, user, now),
    )
