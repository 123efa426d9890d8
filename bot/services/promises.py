"""Kept promises: make one, get reminded, say whether it was kept, let the partner confirm.

Trust is rebuilt by small promises kept consistently; this makes that visible to both partners.
Reminders and questions go through the outbox like every other message the bot starts, tagged
``promise:{id}`` so that cancelling or moving a promise cancels them too.

``make`` is the one way to create a promise; the weekly check-in calls it as well.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.config import Settings
from bot.content import label, t
from bot.scheduling import outbox, recurrence
from bot.services import users
from bot.services.when import When, describe
from bot.storage.models import Promise, User

TEXT_LIMIT = 4096  # stored whole (a Telegram message cannot be longer)
SHOWN_LIMIT = 200  # shown shortened inside other messages
REASON_LIMIT = 300
CONFIRM_WINDOW = timedelta(hours=24)
CHECK_DELAY = timedelta(minutes=10)
SNOOZE = timedelta(hours=1)
MAX_SNOOZES = 3
RATE_WINDOW = timedelta(weeks=4)
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


def _zone(user: User) -> str:
    return user.timezone or "UTC"


# -- making -------------------------------------------------------------------------------------


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
    await _plan(session, promise, promiser, now, settings)
    partner = await users.partner_of(session, promiser)
    if partner is not None and not private:
        await _tell_partner(
            session,
            promise,
            partner,
            "promises.partner_new",
            promiser.name,
            now,
            ref=f"promise-news:{promise.id}",
        )
    return promise


async def _tell_partner(
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
                key,
                partner.language,
                name=name,
                text=shown(promise.text),
                when=describe(when_of(promise), now, _zone(partner)),
            ),
        ),
        now,
    )


def _check_buttons(promise: Promise, lang: str) -> outbox.Buttons:
    key = f"{promise.id}:{promise.revision}"
    return [
        [outbox.button(label("promises.button_kept", lang), f"pk:kept:{key}")],
        [outbox.button(label("promises.button_later", lang), f"pk:later:{key}")],
        [outbox.button(label("promises.button_couldnt", lang), f"pk:couldnt:{key}")],
    ]


async def _plan(
    session: AsyncSession, promise: Promise, promiser: User, now: datetime, settings: Settings
) -> None:
    """The reminder before the time and the question after it."""
    zone = _zone(promiser)
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
                    text=t("promises.reminder_day", promiser.language, text=shown(promise.text)),
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
                        "promises.reminder",
                        promiser.language,
                        text=shown(promise.text),
                        minutes=int(lead.total_seconds() // 60),
                    ),
                )
            )
        check_at = promise.due_at + CHECK_DELAY
    rows.append(_check(promise, promiser, check_at, 0))
    await outbox.enqueue_many(session, rows, now)


def _check(promise: Promise, promiser: User, at: datetime, attempt: int) -> outbox.Outgoing:
    return outbox.Outgoing(
        kind="promise_check",
        user_id=promiser.id,
        due_at=at,
        ref=f"promise:{promise.id}",
        dedupe_key=f"promise_check:{promise.id}:{promise.revision}:{attempt}",
        text=t(
            "promises.check",
            promiser.language,
            text=shown(promise.text),
            when=describe(when_of(promise), at, _zone(promiser)),
        ),
        buttons=_check_buttons(promise, promiser.language),
    )


# -- the promiser's answer ----------------------------------------------------------------------


@dataclass(frozen=True)
class Answered:
    result: Result
    promise: Promise | None = None
    partner_asked: bool = False


async def _own(session: AsyncSession, user: User, promise_id: int) -> Promise | None:
    promise = await session.get(Promise, promise_id)
    return promise if promise is not None and promise.promiser_id == user.id else None


async def answer(
    session: AsyncSession, user: User, promise_id: int, revision: int, action: str, now: datetime
) -> Answered:
    """'kept', 'later' (ask again in an hour) or 'couldnt', from the question's buttons."""
    promise = await _own(session, user, promise_id)
    if promise is None or promise.revision != revision or promise.status == "cancelled":
        return Answered(Result.STALE)
    if promise.status != "open":
        return Answered(Result.ALREADY, promise)
    if action == "later":
        if promise.snoozes >= MAX_SNOOZES:
            return Answered(Result.NO_MORE, promise)
        promise.snoozes += 1
        await outbox.enqueue(session, _check(promise, user, now + SNOOZE, promise.snoozes), now)
        return Answered(Result.OK, promise)
    promise.status = "kept" if action == "kept" else "not_kept"
    promise.answered_at = promise.updated_at = now
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])  # e.g. a snoozed question
    asked = False
    if action == "kept" and not promise.private:
        partner = await users.partner_of(session, user)
        if partner is not None and partner.couple_id == promise.couple_id:
            asked = await outbox.enqueue(
                session,
                outbox.Outgoing(
                    kind="promise_confirm",
                    user_id=partner.id,
                    due_at=now,
                    not_after=now + CONFIRM_WINDOW,
                    ref=f"promise-news:{promise.id}",
                    dedupe_key=f"promise_confirm:{promise.id}",
                    text=t(
                        "promises.confirm_ask",
                        partner.language,
                        name=user.name,
                        text=shown(promise.text),
                    ),
                    buttons=[
                        [
                            outbox.button(
                                label("promises.button_confirm_yes", partner.language),
                                f"pc:yes:{promise.id}",
                            ),
                            outbox.button(
                                label("promises.button_confirm_no", partner.language),
                                f"pc:no:{promise.id}",
                            ),
                        ]
                    ],
                ),
                now,
            )
    return Answered(Result.OK, promise, asked)


async def set_reason(
    session: AsyncSession, user: User, promise_id: int, text: str, now: datetime
) -> Result:
    promise = await _own(session, user, promise_id)
    if promise is None or promise.status != "not_kept":
        return Result.STALE
    promise.reason = " ".join(text.split())[:REASON_LIMIT] or None
    promise.updated_at = now
    return Result.OK


async def confirm(
    session: AsyncSession, partner: User, promise_id: int, agrees: bool, now: datetime
) -> Answered:
    """The other partner's view of a promise the promiser says they kept."""
    promise = await session.get(Promise, promise_id)
    if (
        promise is None
        or promise.private
        or promise.promiser_id == partner.id
        or promise.couple_id is None
        or promise.couple_id != partner.couple_id
    ):
        return Answered(Result.STALE)
    if promise.status != "kept":
        return Answered(Result.STALE, promise)
    if promise.partner_view is not None:
        return Answered(Result.ALREADY, promise)
    if promise.answered_at is None or now - promise.answered_at > CONFIRM_WINDOW:
        return Answered(Result.TOO_LATE, promise)
    promise.partner_view = "confirmed" if agrees else "not_really"
    promise.partner_answered_at = promise.updated_at = now
    if agrees:
        promiser = await session.get(User, promise.promiser_id)
        if promiser is not None:
            await outbox.enqueue(
                session,
                outbox.Outgoing(
                    kind="notice",
                    user_id=promiser.id,
                    due_at=now,
                    dedupe_key=f"promise_confirmed:{promise.id}",
                    ref=f"promise-news:{promise.id}",
                    text=t(
                        "promises.confirmed_news",
                        promiser.language,
                        name=partner.name,
                        text=shown(promise.text),
                    ),
                ),
                now,
            )
    return Answered(Result.OK, promise)


# -- changing one's mind ------------------------------------------------------------------------


async def _changeable(
    session: AsyncSession, user: User, promise_id: int, now: datetime
) -> tuple[Promise | None, Result]:
    promise = await _own(session, user, promise_id)
    if promise is None or promise.status != "open":
        return None, Result.STALE
    if promise.due_at <= now:
        return None, Result.TOO_LATE
    return promise, Result.OK


async def _partner_has_seen(session: AsyncSession, promise: Promise) -> bool:
    """Whether the news of this promise reached the partner (it may still be held overnight)."""
    held = await outbox.cancel(session, refs=[f"promise-news:{promise.id}"])
    return held == 0


async def cancel(session: AsyncSession, user: User, promise_id: int, now: datetime) -> Result:
    promise, result = await _changeable(session, user, promise_id, now)
    if promise is None:
        return result
    promise.status, promise.updated_at = "cancelled", now
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])
    partner = await users.partner_of(session, user)
    if partner is not None and not promise.private and await _partner_has_seen(session, promise):
        await _tell_partner(
            session,
            promise,
            partner,
            "promises.partner_cancelled",
            user.name,
            now,
            ref=f"promise-change:{promise.id}",
        )
    return Result.OK


async def renegotiate(
    session: AsyncSession,
    user: User,
    promise_id: int,
    when: When,
    now: datetime,
    settings: Settings,
) -> Result:
    """A new time, agreed before the old one came: old reminders and buttons stop working."""
    promise, result = await _changeable(session, user, promise_id, now)
    if promise is None:
        return result
    await outbox.cancel(session, refs=[f"promise:{promise.id}"])
    promise.due_at, promise.all_day = when.at, when.all_day
    promise.revision += 1
    promise.snoozes = 0
    promise.updated_at = now
    await _plan(session, promise, user, now, settings)
    partner = await users.partner_of(session, user)
    if partner is not None and not promise.private:
        if await _partner_has_seen(session, promise):
            key = "promises.partner_moved"
        else:
            key = "promises.partner_new"  # they never heard of it: just tell the new time
        await _tell_partner(
            session, promise, partner, key, user.name, now, ref=f"promise-change:{promise.id}"
        )
    return Result.OK


async def move_to_couple(session: AsyncSession, user_id: int, couple_id: int | None) -> None:
    """Promises go with their promiser when they pair or unpair."""
    await session.exec(
        update(Promise).where(Promise.promiser_id == user_id).values(couple_id=couple_id)
    )


# -- the overview -------------------------------------------------------------------------------


@dataclass
class Stats:
    """How one person did over the last four weeks (promises due in that window)."""

    resolved: int = 0
    kept: int = 0
    confirmed: int = 0  # kept, and the partner agreed
    weekly: list[float | None] = field(default_factory=list)  # oldest first, 4 weeks

    @property
    def kept_rate(self) -> float | None:
        return self.kept / self.resolved if self.resolved else None

    @property
    def confirmed_rate(self) -> float | None:
        return self.confirmed / self.resolved if self.resolved else None


async def stats(
    session: AsyncSession, promiser_id: int, now: datetime, *, include_private: bool
) -> Stats:
    query = select(Promise).where(
        Promise.promiser_id == promiser_id,
        col(Promise.status).in_(["kept", "not_kept"]),
        Promise.due_at > now - RATE_WINDOW,
        Promise.due_at <= now,
    )
    if not include_private:
        query = query.where(col(Promise.private).is_(False))
    found = Stats()
    buckets: list[list[bool]] = [[], [], [], []]
    for promise in await session.exec(query):
        kept = promise.status == "kept"
        found.resolved += 1
        found.kept += kept
        found.confirmed += promise.partner_view == "confirmed"
        weeks_ago = min(int((now - promise.due_at) / timedelta(weeks=1)), 3)
        buckets[3 - weeks_ago].append(kept)
    found.weekly = [sum(b) / len(b) if b else None for b in buckets]
    return found


@dataclass
class Overview:
    mine: list[Promise]
    partners: list[Promise]
    my_stats: Stats
    partner_stats: Stats | None
    partner: User | None


async def overview(session: AsyncSession, user: User, now: datetime) -> Overview:
    partner = await users.partner_of(session, user)
    mine = list(
        await session.exec(
            select(Promise)
            .where(Promise.promiser_id == user.id, Promise.status == "open")
            .order_by(col(Promise.due_at))
        )
    )
    theirs: list[Promise] = []
    partner_stats = None
    if partner is not None:
        theirs = list(
            await session.exec(
                select(Promise)
                .where(
                    Promise.promiser_id == partner.id,
                    Promise.status == "open",
                    col(Promise.private).is_(False),
                    Promise.couple_id == user.couple_id,
                )
                .order_by(col(Promise.due_at))
            )
        )
        partner_stats = await stats(session, partner.id, now, include_private=False)
    return Overview(
        mine,
        theirs,
        await stats(session, user.id, now, include_private=True),
        partner_stats,
        partner,
    )
