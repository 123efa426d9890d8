"""What every intent renderer works with: the rows a batch refers to (``Refs``, loaded at once)
and how one kind of intent is rendered (``View``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.scheduling.delivery import Intent
from bot.services import safety_flags
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
from bot.views.base import Rendered, say

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
    async def load(
        cls, conn: AsyncConnection, intents: Sequence[Intent], now: datetime, needs: set[str]
    ) -> Refs:
        """What ``intents`` refer to; ``needs``: the kinds of rows their views read."""
        refs = cls(now)

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


# Every renderer: (intent, recipient, the person it is about, refs) -> message or None.


def about_notice(key: str, variable: str = "name") -> Callable[..., Rendered | None]:
    """A notice whose only variable is the name of the person it is about."""

    def render(i: Intent, me: Row, about: Row | None, r: Refs) -> Rendered | None:
        return say(me.language, key, **{variable: about.name}) if about is not None else None

    return render
