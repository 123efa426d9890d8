"""The tables. One module so that the whole data model can be read in one place.

Every instant is a timezone-aware UTC ``datetime`` (``UTCDateTime``); local times of day are
``time`` values interpreted in the owner's IANA time zone.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlmodel import Field, SQLModel

from bot.storage.types import UTCDateTime

NAME_MAX = 40

# Partial indexes: only the rows retention still has to erase words from.
WITH_TEXT = "went_well IS NOT NULL OR hard IS NOT NULL OR improve IS NOT NULL"
WITH_REASON = "reason IS NOT NULL"
WITH_ANSWER = "text IS NOT NULL"
# Promises whose text retention has not erased yet; outbox rows that are final (purged a week
# later); people in the middle of a conversation (a draft there may hold their words).
WITH_PROMISE_TEXT = "text <> ''"
FINAL = "status NOT IN ('pending', 'sending')"
IN_A_FLOW = "flow IS NOT NULL"


def _partial(name: str, column: str, where: str) -> Index:
    return Index(name, column, sqlite_where=text(where), postgresql_where=text(where))


def _utc(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


class Couple(SQLModel, table=True):
    """Two partners (or one, until the other joins: solo mode)."""

    __tablename__ = "couples"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _utc()
    # When its last member left for another couple. Kept, not deleted: its check-ins are part
    # of each former member's own history.
    ended_at: datetime | None = _utc(default=None)
    # Partners living apart: no acts that need being together.
    long_distance: bool = False

    # The weekly check-in slot: a weekday (Monday 0) and a time in the couple's time zone.
    checkin_weekday: int | None = None
    checkin_time: time | None = None
    checkin_zone: str | None = Field(default=None, max_length=64)
    # When the next slot opens a check-in (the schedule the planner reads).
    next_checkin_at: datetime | None = _utc(default=None, index=True)
    # A change of slot one partner proposed and the other has not answered yet:
    # {"by": user id, "weekday": int, "time": "HH:MM", "zone": str}
    checkin_proposal: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    # Slots in a row that neither partner used; at three we ask about a new time instead.
    missed_weeks: int = 0

    # The daily question (opt-in): the local clock time each partner gets it, in their own time
    # zone (20:00 is 20:00 in Berlin for one and 20:00 in New York for the other); None: off.
    daily_question_at: time | None = None


class User(SQLModel, table=True):
    """A person who consented. Nobody gets a row before tapping the consent button."""

    __tablename__ = "users"
    __table_args__ = (_partial("ix_users_in_a_flow", "flow", IN_A_FLOW),)

    # The Telegram user id, which is also the id of their private chat with the bot.
    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    name: str | None = Field(default=None, max_length=NAME_MAX)
    language: str = Field(default="en", max_length=8)
    timezone: str | None = Field(default=None, max_length=64)
    act_time: time = Field(default=time(9, 0))
    # None means the operator's defaults (QUIET_HOURS).
    quiet_start: time | None = None
    quiet_end: time | None = None
    couple_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("couples.id"), index=True, nullable=True)
    )

    consented_at: datetime = _utc()
    setup_done_at: datetime | None = _utc(default=None)
    paused_until: datetime | None = _utc(default=None)
    blocked_at: datetime | None = _utc(default=None)

    # The conversation step this user is in (e.g. "setup.name"), kept here so that a restart
    # or another worker continues where they left off.
    flow: str | None = Field(default=None, max_length=40)
    flow_data: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    # sha256 of an invite token this user opened before finishing setup.
    pending_invite: str | None = Field(default=None, max_length=64)

    # When the next daily small act is due (the schedule the planner reads).
    next_act_at: datetime | None = _utc(default=None, index=True)
    # Tell the partner when I have done my act (None: not asked yet).
    share_acts: bool | None = None

    # When this person's next daily question is due (the schedule the planner reads), and
    # whether they agree to intimacy questions (on for the couple only when both agree).
    next_question_at: datetime | None = _utc(default=None, index=True)
    question_intimacy: bool = False

    # Messages the bot started itself today (the daily budget), in the user's local calendar.
    budget_day: date | None = None
    budget_used: int = 0

    created_at: datetime = _utc()
    updated_at: datetime = _utc()

    @property
    def is_set_up(self) -> bool:
        return self.setup_done_at is not None


class Invite(SQLModel, table=True):
    """A single-use pairing link. Only a hash of the token is stored."""

    __tablename__ = "invites"

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field(foreign_key="couples.id", index=True)
    inviter_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), index=True, nullable=False)
    )
    token_hash: str = Field(sa_column=Column(String(64), unique=True, nullable=False))
    created_at: datetime = _utc()
    expires_at: datetime = _utc()
    used_at: datetime | None = _utc(default=None)
    used_by: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))


class OutboxMessage(SQLModel, table=True):
    """One row per message the bot intends to send on its own (not a direct reply).

    A row is an intent, not a copy of anyone's words: which view renders it, the ids of the rows
    it is about, and a few non-personal parameters. It is rendered when it is sent, in the
    recipient's language and time zone at that moment; if what it refers to is gone, it is
    dropped (bot/views/intents/).

    ``dedupe_key`` is unique, so planning the same message twice writes one row. The dispatcher
    moves a row from ``pending`` to ``sending`` (leased) to ``sent``; see scheduling/dispatcher.py
    for the other states.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        # The dispatcher reads "pending, due, oldest first": this index answers it in order.
        Index("ix_outbox_status_due_id", "status", "due_at", "id"),
        Index("ix_outbox_user_status", "user_id", "status"),
        # Retention purges final rows a week after they were due or sent: only those.
        _partial("ix_outbox_final_due", "due_at", FINAL),
    )

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    dedupe_key: str = Field(sa_column=Column(String(160), unique=True, nullable=False))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    # The view that renders it ("promises.reminder"), and what it is about: the person (the
    # recipient's partner) and {"promise": 12, "revision": 0, ...} - ids and figures, no words.
    view: str = Field(max_length=48)
    about_id: int | None = Field(
        default=None, sa_column=Column(BigInteger, nullable=True, index=True)
    )
    params: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    due_at: datetime = _utc()
    # After this instant the message is stale and skipped instead of sent.
    not_after: datetime | None = _utc(default=None)
    # Urgent rows go out in quiet hours and over the daily budget.
    urgent: bool = False
    # What the row is about, e.g. "promise:12", so that it can be cancelled with its subject.
    ref: str | None = Field(default=None, max_length=64, index=True)

    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    lease_until: datetime | None = _utc(default=None)
    claimed_by: str | None = Field(default=None, max_length=64)
    sent_at: datetime | None = _utc(default=None)
    telegram_message_id: int | None = None
    error: str | None = Field(default=None, max_length=300)
    created_at: datetime = _utc()


class ActDelivery(SQLModel, table=True):
    """One small act offered to one person on one local day, and what became of it."""

    __tablename__ = "act_deliveries"
    __table_args__ = (Index("ix_act_deliveries_user_day", "user_id", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=Column(BigInteger, ForeignKey("users.id"), nullable=False))
    act_id: str = Field(max_length=48)
    category: str = Field(max_length=32)
    local_date: date
    # offered -> done | skipped | replaced ("Another one")
    status: str = Field(default="offered", max_length=12)
    offered_at: datetime = _utc()
    done_at: datetime | None = _utc(default=None)
    # The partner said "that landed" (only possible when the doer chose to tell them).
    landed_at: datetime | None = _utc(default=None)


class Promise(SQLModel, table=True):
    """Something one partner promised, and both partners' view of whether it was kept."""

    __tablename__ = "promises"
    __table_args__ = (
        Index("ix_promises_couple_due", "couple_id", "due_at"),
        # Retention erases reasons older than 26 weeks: this holds only promises with one.
        _partial("ix_promises_with_reason_due", "due_at", WITH_REASON),
        # ... and the texts of promises due more than 26 weeks ago: those not yet erased.
        _partial("ix_promises_with_text_due", "due_at", WITH_PROMISE_TEXT),
    )

    id: int | None = Field(default=None, primary_key=True)
    promiser_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), index=True, nullable=False)
    )
    # The couple it was made in; it moves with the promiser when they pair or unpair.
    couple_id: int | None = Field(
        default=None, sa_column=Column(ForeignKey("couples.id"), nullable=True)
    )
    text: str = Field(sa_column=Column(Text, nullable=False))
    due_at: datetime = _utc()
    all_day: bool = False  # a deadline day without a time of day
    private: bool = False  # the partner is not told and does not see it
    # open -> kept | not_kept (the promiser's answer) | cancelled
    status: str = Field(default="open", max_length=12)
    revision: int = 0  # bumped when the time changes, so old buttons stop working
    snoozes: int = 0
    answered_at: datetime | None = _utc(default=None)
    reason: str | None = Field(default=None, max_length=300)
    # The partner's view after "kept": confirmed | not_really (None: no answer)
    partner_view: str | None = Field(default=None, max_length=12)
    partner_answered_at: datetime | None = _utc(default=None)
    source: str = Field(default="chat", max_length=12)  # chat | checkin
    created_at: datetime = _utc()
    updated_at: datetime = _utc()


class CheckIn(SQLModel, table=True):
    """One couple's check-in for one week: the private questions and the talk together."""

    __tablename__ = "checkins"
    __table_args__ = (
        UniqueConstraint("couple_id", "week_key"),
        # The planner's "open and past its close": the open ones only, not every week ever.
        Index("ix_checkins_status_closes", "status", "closes_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field(foreign_key="couples.id", index=True)
    week_key: str = Field(max_length=10)  # ISO week of the slot's local date, "2026-W48"
    slot_at: datetime = _utc(index=True)  # retention: the weeks older than 26
    # open -> done (answered and talked) | closed (week over, something done) | missed | skipped
    status: str = Field(default="open", max_length=10)
    closes_at: datetime = _utc()
    # Conditional reminders the planner looks at when they come due (then clears).
    remind_at: datetime | None = _utc(default=None, index=True)  # same day, if nobody started
    nudge_at: datetime | None = _utc(default=None, index=True)  # next day, if someone unfinished
    solo: bool = False
    # The talk together: none | running | paused | done
    meeting: str = Field(default="none", max_length=8)
    meeting_step: int = 0
    meeting_gen: int = 0  # bumped whenever the remaining steps are planned again
    meeting_started_at: datetime | None = _utc(default=None)
    ready: list[int] = Field(default_factory=list, sa_type=JSON)  # partners ready to talk
    revealed_at: datetime | None = _utc(default=None)
    created_at: datetime = _utc()


class CheckInResponse(SQLModel, table=True):
    """One partner's private answers for one week. Ratings are never shown to the partner;
    written answers are, after both have finished, unless marked private."""

    __tablename__ = "checkin_responses"
    __table_args__ = (
        UniqueConstraint("checkin_id", "user_id"),
        # Retention erases written answers older than 26 weeks: this holds only those not yet.
        _partial("ix_checkin_responses_with_text", "checkin_id", WITH_TEXT),
    )

    id: int | None = Field(default=None, primary_key=True)
    checkin_id: int = Field(foreign_key="checkins.id", index=True)
    user_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), index=True, nullable=False)
    )
    position: int = 0  # the question they are on
    started_at: datetime | None = _utc(default=None)
    finished_at: datetime | None = _utc(default=None)
    skipped_week: bool = False
    snoozes: int = 0
    # Last week's unresolved "felt hard" topic, followed up this week (fixed when they start).
    followup_topic: str | None = Field(default=None, max_length=16)

    # The relationship pulse (CSI-4 structure): 0-6, then three 0-5 items.
    happiness: int | None = None
    warmth: int | None = None
    rewarding: int | None = None
    satisfied: int | None = None
    # How often this week (0-3).
    criticised: int | None = None
    disrespected: int | None = None
    defensive: int | None = None
    shut_out: int | None = None

    went_well: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    went_well_private: bool = False
    hard: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    hard_private: bool = False
    hard_topic: str | None = Field(default=None, max_length=16)
    # Last week's hard topic: settled now (True), still hard (False), not asked (None).
    topic_resolved: bool | None = None
    improve: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    improve_private: bool = False

    @property
    def pulse(self) -> int | None:
        items = (self.happiness, self.warmth, self.rewarding, self.satisfied)
        return None if any(i is None for i in items) else sum(items)  # type: ignore[arg-type]

    @property
    def patterns(self) -> int | None:
        items = (self.criticised, self.disrespected, self.defensive, self.shut_out)
        answered = [i for i in items if i is not None]
        return sum(answered) if answered else None


class Suggestion(SQLModel, table=True):
    """A private suggestion of help, with the rules and figures that caused it, so that
    /insights can explain "why am I seeing this" in plain words."""

    __tablename__ = "suggestions"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), index=True, nullable=False)
    )
    tier: int  # 2: suggest help, 3: recommend couples therapy
    # [{"rule": "low_weeks", "figures": {...}}, ...]
    reasons: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    # sent -> not_now | shared (suggested to the partner together)
    status: str = Field(default="sent", max_length=10)
    created_at: datetime = _utc()
    answered_at: datetime | None = _utc(default=None)


class SafetyFlag(SQLModel, table=True):
    """The minimum kept after a message signalled danger, or after the private safety question:
    what kind, which level, the answer as a code and when, never the words. Never shown to the
    partner; it only changes what help is suggested (no couples therapy where abuse is
    indicated) and when the private question is asked again."""

    __tablename__ = "safety_flags"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id"), index=True, nullable=False)
    )
    # self_harm | abuse | harms (the writer hurts the partner) | question (the private question)
    kind: str = Field(max_length=10)
    # alert (crisis help at once) | check (the gentle "are you safe?") | question (asked privately)
    level: str = Field(default="alert", max_length=8)
    # The person's answer as a code, never words: "ok" / "help" to the gentle question; to the
    # private question one letter per question (y yes, n no, s rather not say). None: no answer.
    answer: str | None = Field(default=None, max_length=8)
    immediate: bool = False
    created_at: datetime = _utc()


class DailyQuestion(SQLModel, table=True):
    """The question a couple got for one day (each partner on that date in their own zone).

    ``couple_id`` is deliberately not a foreign key: a solo person's reflections stay in their
    archive (and count for "no repeat within a year") after their solo couple is gone because
    they paired. The answers are ``QuestionAnswer`` rows; this row holds no one's words."""

    __tablename__ = "daily_questions"
    __table_args__ = (UniqueConstraint("couple_id", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    couple_id: int = Field(index=True)
    local_date: date
    question_id: str = Field(max_length=32)  # an id in content/questions.yaml
    category: str = Field(max_length=24)
    deep: bool = False
    created_at: datetime = _utc()
    # When both partners had answered and each saw both answers (never before).
    revealed_at: datetime | None = _utc(default=None)


class QuestionAnswer(SQLModel, table=True):
    """One person asked one day's question, and what they answered: private to its author
    until both partners have answered. Written when the question is planned for them."""

    __tablename__ = "question_answers"
    __table_args__ = (
        UniqueConstraint("daily_question_id", "user_id"),
        Index("ix_question_answers_user_asked", "user_id", "asked_at"),
        # Retention erases answers older than 26 weeks: this holds only those not yet erased.
        _partial("ix_question_answers_with_text", "asked_at", WITH_ANSWER),
    )

    id: int | None = Field(default=None, primary_key=True)
    daily_question_id: int = Field(foreign_key="daily_questions.id", index=True)
    user_id: int = Field(sa_column=Column(BigInteger, ForeignKey("users.id"), nullable=False))
    local_date: date  # the day in this person's zone (the outbox row's dedupe key has it)
    asked_at: datetime = _utc()
    text: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    answered_at: datetime | None = _utc(default=None)
    edited_at: datetime | None = _utc(default=None)
    # What this person did with the reveal: ❤️ their partner's answer, "let's talk tonight".
    hearted_at: datetime | None = _utc(default=None)
    talk_at: datetime | None = _utc(default=None)
