"""What Rekindle keeps when the safety screen answers someone, and the private safety question.

Only flags, never words: which kind of danger (``self_harm``, ``abuse``, ``harms`` when the writer
is the one who hurts the partner), at which level the screen answered (``alert``: crisis help at
once; ``check``: a gentle "are you safe right now?"), the person's answer as a code, and when.

The private safety question (``level == "question"``) is asked once at set-up and then every four
weeks inside the private part of the check-in: three short questions in the spirit of the HARK /
HITS screeners (afraid of the partner, hurt or threatened, forced). The row is written when the
question is asked (so an unanswered question does not come back at once), and the answers are one
letter each: ``y`` yes, ``n`` no, ``s`` rather not say. Any ``y`` makes the row ``abuse``: crisis
help for the person and, for the couple, no couples-therapy suggestion from then on.

The partner never sees a flag, and never learns that the question exists.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox
from bot.storage.models import SafetyFlag, User

if TYPE_CHECKING:
    from bot.services.safety import Screening

# After "I'm OK" to the gentle question, more words at the "check" level pass without asking
# again for a while (the person re-sends what they meant as an answer). "alert" always answers.
OK_FOR = timedelta(minutes=30)
QUESTION_EVERY = timedelta(weeks=4)
# At set-up the question comes as its own quiet message a little later, not in the burst of
# "you're all set" messages.
AFTER_SETUP = timedelta(minutes=10)
QUESTIONS = ("afraid", "hurt", "forced")
ANSWERS = ("y", "n", "s")


def abuse_clause(c: Any) -> Any:
    """The SQL condition "this flag indicates abuse in the couple", for the model (``SafetyFlag``)
    or its table's columns (``SafetyFlag.__table__.c``). Safety first: a gentle question counts
    too (couples therapy is not for a couple where one may be afraid), unless the person answered
    it "I'm OK"."""
    return col(c.kind).in_(("abuse", "harms")) & (
        (c.level != "check") | col(c.answer).is_(None) | (c.answer != "ok")
    )


def writer_harms(signal: Screening, text: str) -> bool:
    """Whether to answer as to someone who hurts their partner: only when the danger is clear
    and the phrase rules agree that the writer is the one who acts ("I hit her", "ich habe ihn
    geschlagen"). The learned writer signal alone is too often wrong ("he hit me and I'm
    afraid", a controlling partner described at the "check" level), and a victim must never be
    answered as the one who harms: they get the crisis reply or the gentle question."""
    from bot.services.safety import writer_named_by_phrases

    return signal.writer_harms and signal.level == "alert" and writer_named_by_phrases(text)


def kinds_of(signal: Screening, writer: bool = False) -> list[str]:
    """The flags one screening leaves: ``harms`` when the writer hurts the partner."""
    if writer:
        return ["harms"] + (["self_harm"] if "self_harm" in signal.kinds else [])
    return sorted(signal.kinds)


async def record(
    session: AsyncSession, user: User, signal: Screening, now: datetime, *, writer: bool = False
) -> list[SafetyFlag]:
    """The flags for one screening that answered (flushed: they have ids)."""
    level = "check" if signal.level == "check" else "alert"
    flags = [
        SafetyFlag(
            user_id=user.id, kind=kind, level=level, immediate=signal.immediate, created_at=now
        )
        for kind in kinds_of(signal, writer)
    ]
    session.add_all(flags)
    await session.flush()
    return flags


async def said_ok_recently(session: AsyncSession, user: User, now: datetime) -> bool:
    """Whether this person answered "I'm OK" to a gentle question in the last ``OK_FOR``."""
    found = await session.exec(
        select(SafetyFlag.id)
        .where(
            SafetyFlag.user_id == user.id,
            SafetyFlag.level == "check",
            SafetyFlag.answer == "ok",
            col(SafetyFlag.created_at) > now - OK_FOR,
        )
        .limit(1)
    )
    return found.first() is not None


async def check_flags(session: AsyncSession, user: User, flag_id: int) -> list[SafetyFlag]:
    """The flags of one gentle question (one per kind, written together), if they are this
    person's."""
    first = await session.get(SafetyFlag, flag_id) if flag_id else None
    if first is None or first.user_id != user.id or first.level != "check":
        return []
    rows = await session.exec(
        select(SafetyFlag).where(
            SafetyFlag.user_id == user.id,
            SafetyFlag.level == "check",
            SafetyFlag.created_at == first.created_at,
        )
    )
    return list(rows)


async def answer_check(
    session: AsyncSession, user: User, flag_id: int, answer: str
) -> list[SafetyFlag] | None:
    """Store "ok" or "help" on a gentle question's flags; None when there is no such question of
    this person's, or "ok" was already given ("help" may always be asked for, and is kept)."""
    flags = await check_flags(session, user, flag_id)
    if not flags or (answer == "ok" and any(f.answer == "ok" for f in flags)):
        return None
    for flag in flags:
        if flag.answer != "help":
            flag.answer = answer
    return flags


async def question_due(session: AsyncSession, user: User, now: datetime) -> bool:
    """Whether the private safety question is due: never asked, or asked four weeks ago."""
    last = (
        await session.exec(
            select(SafetyFlag.created_at)
            .where(SafetyFlag.user_id == user.id, SafetyFlag.level == "question")
            .order_by(col(SafetyFlag.created_at).desc())
            .limit(1)
        )
    ).first()
    return last is None or now - last >= QUESTION_EVERY - timedelta(hours=12)


async def ask_question(session: AsyncSession, user: User, now: datetime) -> SafetyFlag:
    """Note that the private question is being asked now (its buttons carry the row's id)."""
    flag = SafetyFlag(user_id=user.id, kind="question", level="question", created_at=now)
    session.add(flag)
    await session.flush()
    return flag


async def plan_after_setup(
    session: AsyncSession, user: User, partner: User | None, now: datetime
) -> bool:
    """At set-up: note the private question as asked and send it ``AFTER_SETUP`` later (an
    outbox intent: the flag's id, the partner it names; no words)."""
    if not await question_due(session, user, now):
        return False
    flag = await ask_question(session, user, now)
    message = outbox.Outgoing(
        kind="safety_question",
        user_id=user.id,
        view="safety.question",
        dedupe_key=f"safety_question:{user.id}:{flag.id}",
        due_at=now + AFTER_SETUP,
        about_id=partner.id if partner else None,
        params={"flag": flag.id},
    )
    return await outbox.enqueue(session, message, now)


def valid_answers(code: str) -> bool:
    return len(code) <= len(QUESTIONS) and all(letter in ANSWERS for letter in code)


async def answer_question(
    session: AsyncSession, user: User, flag_id: int, code: str
) -> SafetyFlag | None:
    """Store the complete answer code; None when the question is not this person's open one
    (stale: answered already, or forged)."""
    flag = await session.get(SafetyFlag, flag_id)
    if (
        flag is None
        or flag.user_id != user.id
        or flag.level != "question"
        or flag.answer is not None
        or len(code) != len(QUESTIONS)
        or not valid_answers(code)
    ):
        return None
    flag.answer = code
    if worrying(code):
        flag.kind = "abuse"
    return flag


async def question_open(session: AsyncSession, user: User, flag_id: int) -> bool:
    flag = await session.get(SafetyFlag, flag_id)
    return (
        flag is not None
        and flag.user_id == user.id
        and flag.level == "question"
        and flag.answer is None
    )


def worrying(code: str) -> bool:
    """Any "yes": afraid of the partner, hurt or threatened, or forced."""
    return "y" in code
