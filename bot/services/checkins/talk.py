"""The guided 30-minute talk together: a timed agenda, each step an outbox message at its minute.

Either partner can move on early, take a break or end; every change plans the remaining steps
again (``meeting_gen`` makes the old steps' buttons stale)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import AgendaStep, checkin
from bot.scheduling import outbox
from bot.services import users
from bot.services.checkins.weeks import is_open, of_couple, open_state, to_each
from bot.services.notices import notify_partner
from bot.services.promises import making
from bot.services.users import members
from bot.services.when import When, read
from bot.storage.models import CheckIn, Promise, User


def agenda(ci: CheckIn) -> list[AgendaStep]:
    return checkin().agenda_for(ci.solo)


def current_step(ci: CheckIn, now: datetime) -> int:
    """The step the talk is on: the one planned last, moved on by the minutes that passed."""
    if ci.meeting_started_at is None:
        return 0
    steps = agenda(ci)
    elapsed = now - ci.meeting_started_at
    index, offset = ci.meeting_step, timedelta(0)
    while index < len(steps) - 1:
        offset += timedelta(minutes=steps[index].minutes)
        if elapsed < offset:
            break
        index += 1
    return index


def ends_at(ci: CheckIn) -> datetime | None:
    """When a running talk's planned closing message is due: the remaining steps' minutes
    after the moment they were planned."""
    if ci.meeting_started_at is None:
        return None
    steps = agenda(ci)
    minutes = sum(step.minutes for step in steps[ci.meeting_step :])
    return ci.meeting_started_at + timedelta(minutes=minutes)


async def ready(session: AsyncSession, user: User, checkin_id: int, now: datetime) -> str:
    """'Ready to talk': the talk starts when both are (at once when solo)."""
    state, ci = await open_state(session, user, checkin_id, now)
    if ci is None or state != "open":
        return state
    if session.get_bind().dialect.name != "sqlite":
        # Both may press at the same moment on PostgreSQL: the second waits for the first's
        # commit and adds itself to the list the first wrote (else one "ready" was lost).
        await session.refresh(ci, with_for_update=True)
    if ci.meeting in ("running", "paused"):
        return "running"
    if user.id not in ci.ready:
        ci.ready = [*ci.ready, user.id]
    people = await members(session, ci.couple_id)
    waiting = [p for p in people if p.id not in ci.ready]
    if waiting:
        for person in waiting:
            await notify_partner(
                session,
                person,
                user,
                "checkin.partner_ready",
                now,
                kind="checkin_step",
                params={"checkin": ci.id},
                ref=f"checkin:{ci.id}",
            )
        return "waiting"
    ci.meeting, ci.meeting_step, ci.meeting_started_at = "running", 0, now
    await _plan_steps(session, ci, now)
    return "started"


async def _plan_steps(session: AsyncSession, ci: CheckIn, now: datetime) -> None:
    """Write the remaining steps to the outbox, each at its minute; old ones are cancelled."""
    await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
    ci.meeting_gen += 1
    ci.meeting_started_at = now
    people = await members(session, ci.couple_id)
    steps = agenda(ci)

    def for_each(at: timedelta, index: int | str, view: str, **params: int) -> list:
        return [
            outbox.Outgoing(
                kind="checkin_step",
                user_id=person.id,
                due_at=now + at,
                ref=f"checkin-meeting:{ci.id}",
                dedupe_key=f"checkin_step:{ci.id}:{ci.meeting_gen}:{index}:{person.id}",
                view=view,
                params={"checkin": ci.id, **params},
            )
            for person in people
        ]

    offset = timedelta(0)
    rows = []
    for index in range(ci.meeting_step, len(steps)):
        rows += for_each(offset, index, "checkin.step", step=index, gen=ci.meeting_gen)
        offset += timedelta(minutes=steps[index].minutes)
    rows += for_each(offset, "end", "checkin.done")  # when the last step's minutes are up
    await outbox.enqueue_many(session, rows, now)


class _Named(Protocol):
    id: int


Person = TypeVar("Person", bound=_Named)


def speaking_order(week_key: str, people: Sequence[Person]) -> list[Person]:
    """Who speaks first alternates week by week (``people`` in the order of their ids)."""
    if int(week_key[-2:] or 0) % 2 and len(people) == 2:
        return [people[1], people[0]]
    return list(people)


async def meeting_action(
    session: AsyncSession, user: User, checkin_id: int, gen: int, action: str, now: datetime
) -> str:
    """next | end | break | resume, from buttons on the current step (either partner)."""
    ci = await of_couple(session, user, checkin_id)
    if ci is None or gen != ci.meeting_gen:
        return "stale"
    if not is_open(ci, now):
        return "closed"
    if action == "resume":
        if ci.meeting != "paused":
            return "stale"
        ci.meeting = "running"
        await _plan_steps(session, ci, now)
        return "resumed"
    if ci.meeting != "running":
        return "stale"
    ends = ends_at(ci)
    if ends is not None and now >= ends:
        # The last step's minutes are up and its closing message is on its way (or out): the
        # talk is over, and the last step's buttons say nothing more.
        ci.meeting = "done"
        ci.meeting_gen += 1
        return "over"
    step = current_step(ci, now)
    people = await members(session, ci.couple_id)
    if action == "break":
        await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
        ci.meeting, ci.meeting_step = "paused", step
        ci.meeting_gen += 1
        await to_each(
            session,
            people,
            now,
            kind="checkin_step",
            view="checkin.break",
            params={"checkin": ci.id, "gen": ci.meeting_gen},
            ref=f"checkin-meeting:{ci.id}",
            dedupe=f"checkin_break:{ci.id}:{ci.meeting_gen}",
        )
        return "paused"
    if action == "next" and step + 1 < len(agenda(ci)):
        ci.meeting_step = step + 1
        await _plan_steps(session, ci, now)
        return "moved"
    # end (or "next" on the last step)
    await outbox.cancel(session, refs=[f"checkin-meeting:{ci.id}"])
    ci.meeting = "done"
    ci.meeting_gen += 1
    await to_each(
        session,
        people,
        now,
        kind="checkin_step",
        view="checkin.done",
        params={"checkin": ci.id},
        ref=f"checkin:{ci.id}",
        dedupe=f"checkin_end:{ci.id}",
    )
    return "ended"


async def loved_promise(
    session: AsyncSession, user: User, checkin_id: int, text: str, now: datetime, settings: Settings
) -> Promise | None:
    """'What can I do to make you feel loved this week?' - the answer becomes a promise."""
    ci = await of_couple(session, user, checkin_id)
    cleaned = making.clean_text(text)
    if ci is None or cleaned is None:
        return None
    reading = read(cleaned, now, user.timezone or "UTC", user.language)
    due = reading.when or read("this week", now, user.timezone or "UTC").when
    if due is None or due.at <= now:
        due = When(now + timedelta(days=7), all_day=True)
    users.set_flow(user, None)
    return await making.make(
        session,
        user,
        text=cleaned,
        when=due,
        private=False,
        now=now,
        settings=settings,
        source="checkin",
    )
