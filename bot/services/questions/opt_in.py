"""Turning the daily question on or off for a couple, its time, and intimacy questions.

* **Per couple.** Either partner turns it on (choosing the time) or off, for both; the other is
  told. A person on their own gets the reflection version.
* **The time** is a local clock time, the same for each partner in their own zone: 20:00 means
  20:00 in Berlin for one partner and 20:00 in New York for the other (six hours apart, each on
  their own evening). A time nobody has to convert, and the question arrives at the same point
  of each partner's day.
* **Intimacy questions need both.** Each person's agreement is kept (``User.question_intimacy``)
  and the category is on only while every member agrees: either can suggest it (the partner is
  asked, and may say yes then or later in /settings), both must accept, either can turn it off
  (which clears both, so it takes two again). A new pairing starts with both off.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.scheduling import outbox
from bot.services import users
from bot.services.notices import notify_partner
from bot.services.questions.planning import next_question_at
from bot.services.users import members
from bot.storage.models import Couple, User

# A change of the couple's daily-question settings, told to the partner (outbox kind).
SETTINGS_NEWS = "question_settings"


@dataclass(frozen=True)
class QuestionSettings:
    """What /settings shows about the daily question, for one person."""

    at: time | None  # None: off
    partner: str | None  # the partner's name (None: on one's own)
    # off | mine (I suggested it, waiting for the partner) | theirs (they suggested it) | on
    intimacy: str

    @property
    def on(self) -> bool:
        return self.at is not None


def intimacy_state(me: User, partner: User | None) -> str:
    if partner is None:
        return "on" if me.question_intimacy else "off"
    if me.question_intimacy and partner.question_intimacy:
        return "on"
    if me.question_intimacy:
        return "mine"
    return "theirs" if partner.question_intimacy else "off"


async def settings_of(session: AsyncSession, user: User) -> QuestionSettings:
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    partner = await users.partner_of(session, user)
    return QuestionSettings(
        at=couple.daily_question_at if couple else None,
        partner=partner.name if partner else None,
        intimacy=intimacy_state(user, partner),
    )


async def turn_on(session: AsyncSession, user: User, at: time, now: datetime) -> QuestionSettings:
    """On for the couple at ``at`` (or a new time); each member's next question is scheduled
    in their own zone, and the partner is told."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    if couple is None:
        return await settings_of(session, user)
    was = couple.daily_question_at
    couple.daily_question_at = at
    for person in await members(session, couple.id):
        person.next_question_at = next_question_at(person, at, now)
    users.set_flow(user, None)
    partner = await users.partner_of(session, user)
    if partner is not None and was != at:
        view = "questions.partner_on" if was is None else "questions.partner_time"
        await notify_partner(session, partner, user, view, now, kind=SETTINGS_NEWS)
    return await settings_of(session, user)


async def turn_off(session: AsyncSession, user: User, now: datetime) -> QuestionSettings:
    """Off for the couple: no more questions, and a nudge still waiting is withdrawn. Answers
    given stay in /questions."""
    couple = await session.get(Couple, user.couple_id) if user.couple_id else None
    if couple is None or couple.daily_question_at is None:
        return await settings_of(session, user)
    couple.daily_question_at = None
    for person in await members(session, couple.id):
        person.next_question_at = None
        await outbox.cancel(session, user_id=person.id, kinds=["question_nudge"])
    partner = await users.partner_of(session, user)
    if partner is not None:
        await notify_partner(
            session, partner, user, "questions.partner_off", now, kind=SETTINGS_NEWS
        )
    return await settings_of(session, user)


async def set_intimacy(
    session: AsyncSession, user: User, agree: bool, now: datetime
) -> QuestionSettings:
    """Agree to intimacy questions (a suggestion to the partner, or the second yes that turns
    them on), or turn them off for both."""
    partner = await users.partner_of(session, user)
    before = intimacy_state(user, partner)
    if agree:
        user.question_intimacy = True
        after = intimacy_state(user, partner)
        if partner is not None and after != before:
            view = "questions.intimacy_on" if after == "on" else "questions.intimacy_suggested"
            await notify_partner(session, partner, user, view, now, kind=SETTINGS_NEWS)
    else:
        user.question_intimacy = False
        if partner is not None:
            partner.question_intimacy = False  # off takes two yeses again
            if before == "on":
                await notify_partner(
                    session, partner, user, "questions.intimacy_off", now, kind=SETTINGS_NEWS
                )
    return await settings_of(session, user)


async def on_paired(session: AsyncSession, joiner: User, now: datetime) -> QuestionSettings:
    """What pairing changes (the one call the pairing flow makes, after the join): intimacy
    questions start off for the new couple, and the joiner gets the couple's daily question if
    it is on - else the partner is offered it too (the joiner sees the offer in the reply)."""
    couple = await session.get(Couple, joiner.couple_id) if joiner.couple_id else None
    if couple is None:
        return await settings_of(session, joiner)
    people = await members(session, couple.id)
    for person in people:
        person.question_intimacy = False
    if couple.daily_question_at is not None:
        joiner.next_question_at = next_question_at(joiner, couple.daily_question_at, now)
    else:
        joiner.next_question_at = None  # (a solo schedule of their own ends with that couple)
        for person in people:
            if person.id != joiner.id:
                # Part of the pairing news, so it is not counted against the daily budget.
                await notify_partner(
                    session, person, joiner, "questions.offer", now, kind="pairing"
                )
    return await settings_of(session, joiner)
