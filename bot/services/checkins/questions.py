"""The private questions each partner answers alone, saved the moment each is given.

The question a partner is on lives in the database (``CheckInResponse.position``), so a partner
can stop and resume later, after a restart or on another worker. Ratings stay private to their
author; written answers are revealed once both have finished, unless marked private."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.content import checkin
from bot.scheduling import outbox
from bot.services import insights, safety, users
from bot.services.checkins.weeks import (
    is_open,
    of_couple,
    open_state,
    responses,
)
from bot.services.notices import notify_partner
from bot.services.users import members
from bot.storage.models import CheckIn, CheckInResponse, User

TEXT_LIMIT = 1500


@dataclass(frozen=True)
class Question:
    field: str
    kind: str  # scale | often | yesno | text | topic
    max: int = 0


def questions(with_topic_followup: bool) -> list[Question]:
    """The private questions in order; last week's unresolved topic adds one."""
    content = checkin()
    found = [Question(q.id, "scale", q.max) for q in content.pulse]
    found += [Question(item, "often", 3) for item in content.patterns]
    if with_topic_followup:
        found.append(Question("topic_resolved", "yesno"))
    found += [
        Question("went_well", "text"),
        Question("hard", "text"),
        Question("hard_topic", "topic"),
        Question("improve", "text"),
    ]
    return found


def validate(question: Question, value: object) -> object | None:
    """The value to store, or None when it is not a valid answer to this question."""
    if question.kind in ("scale", "often"):
        return value if isinstance(value, int) and 0 <= value <= question.max else None
    if question.kind == "yesno":
        return value if isinstance(value, bool) else None
    if question.kind == "topic":
        return value if isinstance(value, str) and value in checkin().topics else None
    if question.kind == "text":
        if not isinstance(value, str):
            return None
        text = value.strip()
        return text if 0 < len(text) <= TEXT_LIMIT else None
    return None


@dataclass
class Turn:
    """What happened, and what to show next."""

    result: str  # ok | stale | closed | invalid | too_long | finished | skipped | no_more
    checkin: CheckIn | None = None
    response: CheckInResponse | None = None
    question: Question | None = None
    number: int = 0  # 1-based position of ``question``
    total: int = 0
    partner_finished: bool = False
    revealed: bool = False
    tip: str | None = None  # a skill tip for this person (solo: shown when they finish)
    protected: bool = False  # the answer signalled danger and was made private
    resumed: bool = False  # Start again (a second press, /checkin): carry on, no new intro


# Built once (issue 18): building a statement costs more CPU than SQLite takes to run it.
_RESPONSE = select(CheckInResponse).where(
    CheckInResponse.checkin_id == bindparam("checkin"), CheckInResponse.user_id == bindparam("user")
)
_PREVIOUS = (
    select(CheckInResponse)
    .join(CheckIn, col(CheckInResponse.checkin_id) == CheckIn.id)
    .where(
        CheckInResponse.user_id == bindparam("user"),
        CheckIn.slot_at < bindparam("before", type_=CheckIn.__table__.c.slot_at.type),
    )
    .order_by(col(CheckIn.slot_at).desc())
    .limit(1)
)


async def _previous_topic(session: AsyncSession, user: User, ci: CheckIn) -> str | None:
    """Last week's 'felt hard' topic of this person, unless they said it was settled."""
    previous = (
        await session.exec(_PREVIOUS, params={"user": user.id, "before": ci.slot_at})
    ).first()
    if previous is None or previous.hard_topic is None or previous.hard_topic == "other":
        return None
    return previous.hard_topic


async def response_of(
    session: AsyncSession, user: User, ci: CheckIn, now: datetime, *, create: bool = True
) -> CheckInResponse | None:
    # ``of_couple`` looked it up already (None: there was none; the unique key on
    # (checkin_id, user_id) keeps anyone else from adding one unseen).
    known = session.info.setdefault("responses", {})
    key = (ci.id, user.id)
    if key in known:
        found = known[key]
    else:
        found = (await session.exec(_RESPONSE, params={"checkin": ci.id, "user": user.id})).first()
    if found is None and create:
        # The week's questions are fixed when a partner starts: last week's unresolved topic
        # (if any) adds a follow-up, looked up once here rather than on every answer.
        found = CheckInResponse(
            checkin_id=ci.id,
            user_id=user.id,
            followup_topic=await _previous_topic(session, user, ci),
        )
        session.add(found)
        await session.flush()
        known[key] = found
    return found


def question_list(response: CheckInResponse) -> list[Question]:
    return questions(response.followup_topic is not None)


async def start(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> Turn:
    """Begin, or carry on with, this person's private questions."""
    state, ci = await open_state(session, user, checkin_id, now)
    if ci is None or state != "open":
        return Turn(state, ci)
    response = await response_of(session, user, ci, now)
    response.skipped_week = False
    resumed = response.started_at is not None
    if response.started_at is None:
        response.started_at = now
    listed = question_list(response)
    if response.finished_at is not None or response.position >= len(listed):
        return Turn("finished", ci, response)
    users.set_flow(user, "checkin.answer", checkin=ci.id)
    question = listed[response.position]
    return Turn("ok", ci, response, question, response.position + 1, len(listed), resumed=resumed)


def parse(question: Question, raw: str) -> object:
    """A button's value for this question ('skip' is None; unknown values stay as text and are
    refused by ``validate``)."""
    if raw == "skip":
        return None
    if question.kind in ("scale", "often"):
        return int(raw) if raw.isdigit() else raw
    if question.kind == "yesno":
        return {"y": True, "n": False}.get(raw, raw)
    return raw


async def answer(
    session: AsyncSession,
    user: User,
    checkin_id: int,
    field: str,
    value: object,
    now: datetime,
    *,
    raw: str | None = None,
) -> Turn:
    """Save one answer the moment it is given (``value`` None: skipped) and move on. A button
    passes ``raw`` instead, read according to the question it belongs to."""
    state, ci = await open_state(session, user, checkin_id, now)
    if ci is None or state != "open":
        return Turn(state, ci)
    response = await response_of(session, user, ci, now)
    listed = question_list(response)
    index = next((i for i, q in enumerate(listed) if q.field == field), None)
    if index is None:
        return Turn("stale", ci)
    question = listed[index]
    if raw is not None:
        if question.kind == "text" and raw != "skip":
            return Turn("invalid", ci, response, question, index + 1, len(listed))
        value = parse(question, raw)
    protected = False
    if value is not None:
        if question.kind == "text" and isinstance(value, str) and len(value.strip()) > TEXT_LIMIT:
            return Turn("too_long", ci, response, question, index + 1, len(listed))
        stored = validate(question, value)
        if stored is None:
            return Turn("invalid", ci, response, question, index + 1, len(listed))
        setattr(response, field, stored)
        if question.kind == "text" and (await safety.screen_async(str(stored))).flagged:
            # Words that signal danger are never revealed to the partner. Marking the answer
            # private looks like any other private answer, so nothing the partner sees changes.
            setattr(response, f"{field}_private", True)
            protected = True
    if response.started_at is None:
        response.started_at = now
    response.skipped_week = False
    if index == response.position:
        response.position += 1
        if question.field == "hard" and value is None:
            response.position += 1  # nothing felt hard: no topic to tag
    if response.position < len(listed) and response.finished_at is None:
        users.set_flow(user, "checkin.answer", checkin=ci.id)
        following = listed[response.position]
        return Turn(
            "ok", ci, response, following, response.position + 1, len(listed), protected=protected
        )
    finished = await _finish(session, user, ci, response, now)
    finished.protected = protected
    return finished


async def _finish(
    session: AsyncSession, user: User, ci: CheckIn, response: CheckInResponse, now: datetime
) -> Turn:
    if response.finished_at is None:
        response.finished_at = now
    if user.flow == "checkin.answer":
        users.set_flow(user, None)
    await withdraw_for(session, user, ci)
    if session.get_bind().dialect.name != "sqlite":
        # Both partners may finish at the same moment on PostgreSQL, where transactions run side
        # by side: the second waits here for the first to commit, then sees its answers and
        # reveals (without the lock each saw the other unfinished, and nobody revealed). SQLite
        # runs one write transaction at a time already.
        await session.refresh(ci, with_for_update=True)
    people = await members(session, ci.couple_id)
    answers = await responses(session, ci)
    others = [p for p in people if p.id != user.id]
    done = all(answers.get(p.id) is not None and answers[p.id].finished_at for p in others)
    revealed = False
    assessed: dict[int, insights.Assessment] = {}
    if others and done and ci.revealed_at is None:
        ci.revealed_at = now
        rows = []
        # Each person's assessment, made once: the skill tip now, the suggestion below (the
        # couple's weeks read once for both).
        records = await insights.weekly(session, ci.couple_id, [p.id for p in people])
        for person in people:
            assessed[person.id] = await insights.assess(session, person, now, records=records)
        for person in people:
            partner = next(o for o in people if o.id != person.id)
            # Each person's own skill tip, if their answers call for one (a signal's name).
            tip = assessed[person.id].tip
            rows.append(
                outbox.Outgoing(
                    kind="checkin_reveal",
                    user_id=person.id,
                    view="checkin.reveal",
                    about_id=partner.id,
                    params={"checkin": ci.id, "tip": tip, "ready": ci.meeting == "none"},
                    ref=f"checkin:{ci.id}",
                    dedupe_key=f"checkin_reveal:{ci.id}:{person.id}",
                    due_at=now,
                )
            )
        await outbox.enqueue_many(session, rows, now)
        revealed = True
    elif others and not done:
        for other in others:
            mine = answers.get(other.id)
            if mine is None or not mine.skipped_week:
                await notify_partner(
                    session,
                    other,
                    user,
                    "checkin.partner_finished",
                    now,
                    kind="checkin_nudge",
                    params={"checkin": ci.id},
                    ref=f"checkin:{ci.id}",
                )
    # Suggestions read complete weeks: both partners at the reveal, a solo partner now, and
    # anyone whose partner never finished when the week closes.
    for person in people if revealed else ([] if others else [user]):
        await insights.consider(session, person, now, assessed.get(person.id))
    return Turn(
        "finished",
        ci,
        response,
        partner_finished=done and bool(others),
        revealed=revealed,
        tip=None if others else await insights.tip_for(session, user, now),
    )


# What asks a person to do this week's check-in: no longer true once they finished or skipped.
ASKING = ("checkin", "checkin_reminder", "checkin_nudge")


async def withdraw_for(session: AsyncSession, user: User, ci: CheckIn) -> int:
    """Cancel the invitations, reminders and nudges still waiting for ``user`` about ``ci``
    (the reveal and the talk's steps stay)."""
    return await outbox.cancel(session, refs=[f"checkin:{ci.id}"], user_id=user.id, kinds=ASKING)


async def toggle_private(
    session: AsyncSession, user: User, checkin_id: int, field: str, now: datetime
) -> bool | None:
    """Keep one written answer private (or share it again) until the reveal. Returns the new
    setting, or None when it can no longer change."""
    if field not in ("went_well", "hard", "improve"):
        return None
    ci = await of_couple(session, user, checkin_id)
    if ci is None or not is_open(ci, now) or ci.revealed_at is not None:
        return None
    response = await response_of(session, user, ci, now, create=False)
    if response is None:
        return None
    value = not getattr(response, f"{field}_private")
    setattr(response, f"{field}_private", value)
    return value
