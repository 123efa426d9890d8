"""Insights: reading each partner's weekly answers for problems that persist, and suggesting
help privately, with the reasons kept so they can be explained.

The rules themselves are the pure module ``insight_rules``; this module feeds them from the
database, paces the suggestions (one a week at most, nothing for four weeks after "not now"),
stores each one with its figures, and words it.

Where abuse has been indicated by either partner, couples therapy is never suggested (conjoint
therapy is contraindicated); individual help is offered instead, and nothing invites the partner.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import bindparam
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.content import insights
from bot.scheduling import outbox, recurrence
from bot.services import safety_flags, users
from bot.services.insight_rules import Assessment, WeekAnswers, evaluate
from bot.services.notices import notify_partner
from bot.services.promises import overview
from bot.storage.models import (
    ActDelivery,
    CheckIn,
    CheckInResponse,
    Promise,
    SafetyFlag,
    Suggestion,
    User,
)

PATTERN_FIELDS = ("criticised", "disrespected", "defensive", "shut_out")


class WeekRow:
    """The columns of one response ``_week`` reads, from a plain row."""

    FIELDS = (
        "skipped_week",
        "started_at",
        "happiness",
        "warmth",
        "rewarding",
        "satisfied",
        *PATTERN_FIELDS,
        "hard_topic",
        "topic_resolved",
    )
    __slots__ = FIELDS

    def __init__(self, values: tuple) -> None:
        for name, value in zip(self.FIELDS, values, strict=True):
            setattr(self, name, value)

    pulse = CheckInResponse.pulse


def _week(week_key: str, response: CheckInResponse | None) -> WeekAnswers:
    if response is None or response.skipped_week or response.started_at is None:
        return WeekAnswers(week_key, answered=False)
    patterns = [getattr(response, f) for f in PATTERN_FIELDS]
    answered = [p for p in patterns if p is not None]
    return WeekAnswers(
        week_key,
        answered=True,
        pulse=response.pulse,
        disrespected=response.disrespected,
        patterns=sum(answered) if answered else None,
        topic=response.hard_topic,
        topic_settled=response.topic_resolved,
    )


_checkins, _responses = CheckIn.__table__, CheckInResponse.__table__
# The couple's weeks and everyone's answers in one read of plain rows (issue 18: loading 30
# check-ins and 60 responses as objects cost more than the rest of a reveal).
_WEEKLY = (
    select(
        _checkins.c.id,
        _checkins.c.week_key,
        _responses.c.user_id,
        *(_responses.c[f] for f in WeekRow.FIELDS),
    )
    .select_from(_checkins)
    .outerjoin(_responses, _responses.c.checkin_id == _checkins.c.id)
    .where(_checkins.c.couple_id == bindparam("couple"))
    .order_by(_checkins.c.slot_at, _checkins.c.id)
)


async def weekly(
    session: AsyncSession, couple_id: int, user_ids: list[int]
) -> dict[int, list[WeekAnswers]]:
    """Each person's weeks in this couple, oldest first, aligned check-in by check-in."""
    weeks: dict[int, str] = {}
    answers: dict[tuple[int, int], WeekRow] = {}
    for row in await session.exec(_WEEKLY, params={"couple": couple_id}):
        weeks.setdefault(row[0], row[1])
        if row[2] is not None:
            answers[(row[0], row[2])] = WeekRow(row[3:])
    return {
        uid: [_week(key, answers.get((cid, uid))) for cid, key in weeks.items()] for uid in user_ids
    }


async def abuse_indicated(session: AsyncSession, user: User) -> bool:
    """Whether either partner's words or private safety answers ever indicated abuse (then: no
    couples therapy)."""
    partner = await users.partner_of(session, user)
    ids = [user.id] + ([partner.id] if partner else [])
    flag = (
        await session.exec(
            select(SafetyFlag)
            .where(col(SafetyFlag.user_id).in_(ids), safety_flags.abuse_clause(SafetyFlag))
            .limit(1)
        )
    ).first()
    return flag is not None


async def assess(
    session: AsyncSession,
    user: User,
    now: datetime,
    *,
    records: dict[int, list[WeekAnswers]] | None = None,
) -> Assessment:
    """``records``: ``weekly`` for the couple when the caller has read it already (both
    partners' assessments at a reveal read the same weeks)."""
    if user.couple_id is None:
        return Assessment()
    partner = await users.partner_of(session, user)
    ids = [user.id] + ([partner.id] if partner else [])
    if records is None or any(i not in records for i in ids):
        records = await weekly(session, user.couple_id, ids)
    stats = await overview.stats(session, user.id, now, include_private=True)
    first = (
        await session.exec(
            select(Suggestion)
            .where(Suggestion.user_id == user.id)
            .order_by(col(Suggestion.created_at))
            .limit(1)
        )
    ).first()
    since = int((now - first.created_at) / timedelta(weeks=1)) if first else None
    return evaluate(
        records[user.id],
        records[partner.id] if partner else None,
        insights().thresholds,
        promises=(stats.resolved, stats.kept),
        weeks_since_first_suggestion=since,
    )


async def tip_for(session: AsyncSession, user: User, now: datetime) -> str | None:
    """Tier 1: the signal whose skill tip matches this week's answers first, if any."""
    assessment = await assess(session, user, now)
    return assessment.tip


async def _paced_out(session: AsyncSession, user: User, now: datetime) -> bool:
    thresholds = insights().thresholds
    latest = (
        await session.exec(
            select(Suggestion)
            .where(Suggestion.user_id == user.id)
            .order_by(col(Suggestion.created_at).desc())
            .limit(1)
        )
    ).first()
    if latest is None:
        return False
    if now - latest.created_at < timedelta(days=thresholds.min_days_between):
        return True
    not_now = (
        await session.exec(
            select(Suggestion)
            .where(
                Suggestion.user_id == user.id,
                Suggestion.status == "not_now",
                col(Suggestion.answered_at) >= now - timedelta(days=thresholds.not_now_days),
            )
            .limit(1)
        )
    ).first()
    return not_now is not None


async def consider(
    session: AsyncSession, user: User, now: datetime, assessment: Assessment | None = None
) -> Suggestion | None:
    """Tier 2 or 3: store and send a private suggestion, unless paced out. ``assessment``: this
    person's, when the caller has just made it (the reveal does, for the skill tip)."""
    if assessment is None:
        assessment = await assess(session, user, now)
    if assessment.tier < 2 or await _paced_out(session, user, now):
        return None
    suggestion = Suggestion(
        user_id=user.id,
        tier=assessment.tier,
        created_at=now,
        reasons=[{"rule": r.rule, "figures": r.figures} for r in assessment.reasons],
    )
    session.add(suggestion)
    await session.flush()
    partner = await users.partner_of(session, user)
    # Worded when it is sent: individual counselling only, if abuse is indicated by then.
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="insight",
            user_id=user.id,
            view="insights.suggestion",
            about_id=partner.id if partner else None,
            params={"suggestion": suggestion.id},
            due_at=now,
            dedupe_key=f"insight:{suggestion.id}",
        ),
        now,
    )
    return suggestion


# -- answers to a suggestion --------------------------------------------------------------------


async def own(session: AsyncSession, user: User, suggestion_id: int) -> Suggestion | None:
    suggestion = await session.get(Suggestion, suggestion_id)
    return suggestion if suggestion is not None and suggestion.user_id == user.id else None


async def not_now(session: AsyncSession, user: User, suggestion_id: int, now: datetime) -> bool:
    suggestion = await own(session, user, suggestion_id)
    if suggestion is None:
        return False
    suggestion.status, suggestion.answered_at = "not_now", now
    return True


async def share_with_partner(
    session: AsyncSession, user: User, suggestion_id: int, now: datetime
) -> User | None:
    """Only ever on request, never where abuse is indicated, and nothing of the answers."""
    suggestion = await own(session, user, suggestion_id)
    partner = await users.partner_of(session, user)
    if suggestion is None or partner is None or await abuse_indicated(session, user):
        return None
    if suggestion.status == "shared":
        return partner
    suggestion.status, suggestion.answered_at = "shared", now
    await notify_partner(
        session,
        partner,
        user,
        "insights.partner_invited",
        now,
        params={"suggestion": suggestion.id},
        key=f"insight_shared:{suggestion.id}",
    )
    return partner


async def recent(session: AsyncSession, user: User, limit: int = 3) -> list[Suggestion]:
    return list(
        await session.exec(
            select(Suggestion)
            .where(Suggestion.user_id == user.id)
            .order_by(col(Suggestion.created_at).desc())
            .limit(limit)
        )
    )


# -- the trend ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrendWeek:
    """One Monday-to-Sunday week of a person's own figures."""

    start: date  # the Monday
    pulse: int | None  # 0-21
    kept_rate: float | None  # 0-1
    acts_done: int


@dataclass(frozen=True)
class Trend:
    weeks: list[TrendWeek]


async def trend(session: AsyncSession, user: User, now: datetime, weeks: int = 12) -> Trend:
    """The person's own pulse, kept-promise rate and acts done, week by week (Monday weeks)."""
    zone = user.timezone or "UTC"
    today = recurrence.local_date(now, zone)
    monday = today - timedelta(days=today.weekday())
    starts = [monday - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    found: list[TrendWeek] = []
    responses = list(
        await session.exec(
            select(CheckInResponse, CheckIn)
            .join(CheckIn, col(CheckInResponse.checkin_id) == CheckIn.id)
            .where(CheckInResponse.user_id == user.id)
        )
    )
    made = list(
        await session.exec(
            select(Promise).where(
                Promise.promiser_id == user.id, col(Promise.status).in_(["kept", "not_kept"])
            )
        )
    )
    done = list(
        await session.exec(
            select(ActDelivery).where(
                ActDelivery.user_id == user.id,
                ActDelivery.status == "done",
                ActDelivery.local_date >= starts[0],
            )
        )
    )
    for start in starts:
        end = start + timedelta(days=7)
        pulses = [
            r.pulse
            for r, ci in responses
            if r.pulse is not None and start <= recurrence.local_date(ci.slot_at, zone) < end
        ]
        due = [p for p in made if start <= recurrence.local_date(p.due_at, zone) < end]
        found.append(
            TrendWeek(
                start=start,
                pulse=pulses[-1] if pulses else None,
                kept_rate=sum(p.status == "kept" for p in due) / len(due) if due else None,
                acts_done=sum(1 for d in done if start <= d.local_date < end),
            )
        )
    return Trend(found)
