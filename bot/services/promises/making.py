"""Making a promise: the one way to create one (the weekly check-in calls it too), its
reminder before the time and its question after it, and the news for the partner."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlmodel.ext.asyncio.session import AsyncSession

from bot.callbacks import PromiseCheck
from bot.config import Settings
from bot.scheduling import outbox, recurrence
from bot.services import users
from bot.services.when import When, describe
from bot.storage.models import Promise, User
from bot.views.catalogue import label, t

TEXT_LIMIT = 4096  # stored whole (a Telegram message cannot be longer)


SHOWN_LIMIT = 200  # shown shortened inside other messages


CHECK_DELAY = timedelta(minutes=10)


ALL_DAY_REMINDER = time(9, 0)


class Result(StrEnum):
    OK = "ok"
    STALE = "stale"  # not yours, not this couple's, old buttons, no such promise
    ALREADY = "already"  # answered before
    TOO_LATE = "too_late"  # past the time for this (due already, confirm window over)
    NO_MORE = "no_more"  # no more snoozes


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """The promise text as it appears inside other messages (escaped by the template), cut to
    ``limit`` characters with an ellipsis (at a word's end where one is near)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip() + "…"


def clean_text(text: str) -> str | None:
    """The text to store, or None if there is nothing to promise."""
    text = text.strip()
    if not text or not any(ch.isalnum() or ord(ch) > 0x2000 for ch in text):
        return None
    return text[:TEXT_LIMIT]


def reminder_lead(now: datetime, due: datetime) -> timedelta | None:
    """How long before the time to remind: 30 minutes normally, less for a promise made under
    an hour and a half ahead, none for one made minutes ahead."""
    ahead = due - now
    if ahead >= timedelta(minutes=90):
        return timedelta(minutes=30)
    if ahead >= timedelta(minutes=20):
        return timedelta(minutes=max(5, int(ahead.total_seconds() // 180)))
    return None


def when_of(promise: Promise) -> When:
    return When(promise.due_at, promise.all_day)


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
            session,
            promise,
            partner,
            "promises-partner_new",
            promiser.name,
            now,
            ref=f"promise-news:{promise.id}",
        )
    return promise


async def tell_partner(
    session: AsyncSession,
    promise: Promise,
    partner: User,
    key: str,
    name: str | None,
    now: datetime,
    ref: str | None = None,
) -> None:
    await outbox.enqueue(
        session,
        outbox.Outgoing(
            kind="notice",
            user_id=partner.id,
            due_at=now,
            dedupe_key=outbox.once("promise-news"),
            ref=ref or f"promise-news:{promise.id}",
            text=t(
                partner.language,
                key,
                name=name,
                text=shown(promise.text),
                when=describe(when_of(promise), now, zone_of(partner)),
            ),
        ),
        now,
    )


def _check_buttons(promise: Promise, lang: str) -> outbox.Buttons:
    return [
        [
            outbox.button(
                label(lang, f"promises-button_{answer}"),
                PromiseCheck(answer, promise.id, promise.revision).encode(),
            )
        ]
        for answer in ("kept", "later", "couldnt")
    ]


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
                    text=t(promiser.language, "promises-reminder_day", text=shown(promise.text)),
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
                    text=t(
                        promiser.language,
                        "promises-reminder",
                        text=shown(promise.text),
                        minutes=int(lead.total_seconds() // 60),
                    ),
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
        text=t(
            promiser.language,
            "promises-check",
            text=shown(promise.text),
            when=describe(when_of(promise), at, zone_of(promiser)),
        ),
        buttons=_check_buttons(promise, promiser.language),
    )
