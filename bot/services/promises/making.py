"""Making a promise: the one way to create one (the weekly check-in calls it too), its
reminder before the time and its question after it, and the news for the partner."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.scheduling import outbox, recurrence
from bot.services import spoken, typed, users
from bot.services import when as when_words
from bot.services.notices import notify_partner
from bot.services.when import Reading, When
from bot.storage.models import Promise, User

TEXT_LIMIT = 4096  # stored whole (a Telegram message cannot be longer)
CHECK_DELAY = timedelta(minutes=10)
ALL_DAY_REMINDER = time(9, 0)


class Result(StrEnum):
    OK = "ok"
    STALE = "stale"  # not yours, not this couple's, old buttons, no such promise
    ALREADY = "already"  # answered before
    TOO_LATE = "too_late"  # past the time for this (due already, confirm window over)
    NO_MORE = "no_more"  # no more snoozes


def clean_text(text: str) -> str | None:
    """The text to store, or None if there is nothing to promise."""
    text = text.strip()
    if not typed.has_substance(typed.visible(text)):  # nothing but marks, spaces, punctuation
        return None
    return text[:TEXT_LIMIT]


_TONIGHT = re.compile(
    r"\b(?:tonight|this evening|heute abend|heute nacht|ce soir|esta noche)\b", re.IGNORECASE
)


def read_due(text: str, now: datetime, zone: str, lang: str = "en") -> Reading:
    """When ``text`` (written in ``lang``) says the promise is due. "Tonight" typed after the
    evening has begun means what the Tonight button means then: by the end of today, not "that
    time has passed"."""
    reading = when_words.read(text, now, zone, lang)
    english = spoken.english(text, lang)
    if reading.problem == "past" and _TONIGHT.search(english) and not re.search(r"\d", text):
        return when_words.read("today", now, zone)
    return reading


def without_relative_time(text: str, lang: str = "en") -> str:
    """The promise without "in 3 minutes" ("in 3 Minuten", "en 3 minutos", "dans 3 minutes"):
    it was relative to the moment it was typed, and the partner reads it later (the due time is
    shown beside it anyway)."""
    for pattern in (when_words.SPAN_AS_TYPED, spoken.relative_span(lang)):
        match = pattern.search(text) if pattern is not None else None
        if match is None:
            continue
        rest = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
        rest = rest.lstrip(" ,;:.-–—").rstrip(" ,;:-–—")
        if clean_text(rest) is not None:
            return rest
    return text


def reminder_lead(now: datetime, due: datetime) -> timedelta | None:
    """How long before the time to remind: 30 minutes normally, less for a promise made under
    an hour and a half ahead, none for one made minutes ahead."""
    ahead = due - now
    if ahead >= timedelta(minutes=90):
        return timedelta(minutes=30)
    if ahead >= timedelta(minutes=20):
        return timedelta(minutes=max(5, int(ahead.total_seconds() // 180)))
    return None


def zone_of(user: User) -> str:
    return user.timezone or "UTC"


async def make(
    session: AsyncSession,
    promiser: User,
    *,
    text: str,
    when: When,
    private: bool,
    now: datetime,
    settings: Settings,
    source: str = "chat",
) -> Promise:
    """Create a promise, plan its reminder and question, and tell the partner unless private."""
    promise = Promise(
        promiser_id=promiser.id,
        couple_id=promiser.couple_id,
        text=text[:TEXT_LIMIT],
        due_at=when.at,
        all_day=when.all_day,
        private=private,
        source=source,
        created_at=now,
        updated_at=now,
    )
    session.add(promise)
    await session.flush()
    await plan_reminders(session, promise, promiser, now, settings)
    partner = await users.partner_of(session, promiser)
    if partner is not None and not private:
        await tell_partner(
            session, promise, partner, promiser, "promises.partner_new", now, news=True
        )
    return promise


async def tell_partner(
    session: AsyncSession,
    promise: Promise,
    partner: User,
    promiser: User,
    view: str,
    now: datetime,
    *,
    news: bool = False,
) -> None:
    """News of a promise for the partner: made (``news``: it can still be withdrawn before it
    reaches them), moved or cancelled."""
    kind = "news" if news else "change"
    await notify_partner(
        session,
        partner,
        promiser,
        view,
        now,
        params={"promise": promise.id},
        ref=f"promise-{kind}:{promise.id}",
    )


async def plan_reminders(
    session: AsyncSession, promise: Promise, promiser: User, now: datetime, settings: Settings
) -> None:
    """The reminder before the time and the question after it."""
    zone = zone_of(promiser)
    ref = f"promise:{promise.id}"
    rows: list[outbox.Outgoing] = []
    if promise.all_day:
        remind_at = recurrence.local_instant(
            recurrence.local_date(promise.due_at, zone), ALL_DAY_REMINDER, zone
        )
        if remind_at - now >= timedelta(hours=1):
            rows.append(
                outbox.Outgoing(
                    kind="promise_reminder",
                    user_id=promiser.id,
                    due_at=remind_at,
                    not_after=promise.due_at,
                    ref=ref,
                    dedupe_key=f"promise_reminder:{promise.id}:{promise.revision}",
                    view="promises.reminder_day",
                    params={"promise": promise.id, "revision": promise.revision},
                )
            )
        check_at = promise.due_at
    else:
        lead = reminder_lead(now, promise.due_at)
        if lead is not None:
            start, end = users.quiet_hours(
                promiser, settings.quiet_hours_start, settings.quiet_hours_end
            )
            # A reminder may break quiet hours only when the promise itself falls in them.
            urgent = recurrence.in_window(recurrence.local_time(promise.due_at, zone), start, end)
            rows.append(
                outbox.Outgoing(
                    kind="promise_reminder",
                    user_id=promiser.id,
                    due_at=promise.due_at - lead,
                    not_after=promise.due_at,
                    ref=ref,
                    urgent=urgent,
                    dedupe_key=f"promise_reminder:{promise.id}:{promise.revision}",
                    view="promises.reminder",
                    params={
                        "promise": promise.id,
                        "revision": promise.revision,
                        "minutes": int(lead.total_seconds() // 60),
                    },
                )
            )
        check_at = promise.due_at + CHECK_DELAY
    rows.append(check_message(promise, promiser, check_at, 0))
    await outbox.enqueue_many(session, rows, now)


def check_message(promise: Promise, promiser: User, at: datetime, attempt: int) -> outbox.Outgoing:
    return outbox.Outgoing(
        kind="promise_check",
        user_id=promiser.id,
        due_at=at,
        ref=f"promise:{promise.id}",
        dedupe_key=f"promise_check:{promise.id}:{promise.revision}:{attempt}",
        view="promises.check",
        params={"promise": promise.id, "revision": promise.revision},
    )
