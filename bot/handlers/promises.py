"""/promise, and changing a promise before its time (the buttons under /promises).

Making a promise is a short conversation kept in ``user.flow``: the text ("promise.text"), the
time if it was not in the text ("promise.when"), then a confirmation of the interpreted local
time ("promise.confirm"). The draft lives in ``user.flow_data`` until confirmed. Moving one
reuses the same conversation with ``retime`` in the draft.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import PromiseDraft, PromiseManage, PromiseWhen
from bot.handlers import safety
from bot.handlers.common import Reply, edited, lang_of, load_user, reply_or_stale, respond
from bot.handlers.setup import gate
from bot.runtime import BotContext
from bot.services import users, when
from bot.services.promises import answers, changes, making
from bot.services.promises.making import Result
from bot.storage.models import Promise, User
from bot.views import promises as views
from bot.views.base import Rendered, say, toast

QUICK = {"tonight": "tonight", "tomorrow": "tomorrow", "week": "this week"}


# -- making a promise ---------------------------------------------------------------------------


async def promise_command(update: Update, context: BotContext) -> None:
    text = " ".join(context.args or [])
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = await safety.check(session, user, text, update, context.now()) or gate(
            user, update
        )
        if replies is None:
            if text.strip():
                replies = await _draft_from_text(session, user, text, context.now())
            else:
                replies = [await _ask_text(session, user)]
    await respond(update, replies)


async def _ask_text(session: AsyncSession, user: User) -> Rendered:
    users.set_flow(user, "promise.text")
    partner = await users.partner_of(session, user)
    return views.ask_text(user.language, partner.name if partner else None)


async def _draft_from_text(
    session: AsyncSession, user: User, text: str, now: datetime
) -> list[Rendered | Reply]:
    cleaned = making.clean_text(text)
    if cleaned is None:
        users.set_flow(user, "promise.text")
        return [say(user.language, "promises-empty")]
    reading = making.read_due(cleaned, now, making.zone_of(user), user.language)
    if reading.when is None:
        users.set_flow(user, "promise.when", text=cleaned, private=False)
        if reading.problem == "past":
            return [views.ask_when(user.language, "promises-when_past")]
        return [views.ask_when(user.language)]
    text = making.without_relative_time(cleaned, user.language)
    return await _confirm(session, user, {"text": text, "private": False}, reading.when, now)


async def _confirm(
    session: AsyncSession,
    user: User,
    draft: dict,
    due: when.When,
    now: datetime,
    *,
    edit: bool = False,
) -> list[Rendered | Reply]:
    draft = {**draft, "at": due.at.isoformat(), "all_day": due.all_day}
    users.set_flow(user, "promise.confirm", **draft)
    partner = await users.partner_of(session, user)
    view = views.draft(
        user.language,
        draft,
        due,
        now,
        user.timezone,
        partner.name if partner else None,
        paired=partner is not None,
    )
    return [edited(view) if edit else view]


def _draft_when(user: User) -> when.When:
    data = user.flow_data
    return when.When(datetime.fromisoformat(data["at"]), bool(data.get("all_day")))


def _unclear(user: User, reading: when.Reading, text: str) -> Rendered:
    if reading.problem == "past":
        return views.ask_when(user.language, "promises-when_past")
    return views.ask_when(user.language, "promises-when_unclear", text=text[:60])


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Rendered | Reply]:
    """A typed answer while making, moving or explaining a promise."""
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    if step == "text":
        return await _draft_from_text(session, user, text, now)
    if step == "when":
        reading = making.read_due(text, now, making.zone_of(user), user.language)
        if reading.when is None:
            return [_unclear(user, reading, text)]
        return await _confirm(session, user, dict(user.flow_data), reading.when, now)
    if step == "reason":
        await answers.set_reason(session, user, int(user.flow_data.get("id", 0)), text, now)
        users.set_flow(user, None)
        return [say(user.language, "promises-reason_saved")]
    if step == "confirm":  # typed instead of tapping: read it as a new time
        reading = making.read_due(text, now, making.zone_of(user), user.language)
        if reading.when is not None:
            return await _confirm(session, user, dict(user.flow_data), reading.when, now)
        return [views.ask_when(user.language, "promises-when_unclear", text=text[:60])]
    users.set_flow(user, None)
    return []


async def quick_when(update: Update, context: BotContext, press: PromiseWhen) -> None:
    """The Tonight / Tomorrow / By the end of the week buttons."""
    phrase = QUICK[press.choice]
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if user is not None and user.flow in ("promise.when", "promise.confirm"):
            reading = making.read_due(phrase, now, making.zone_of(user))
            if reading.when is not None:
                replies = await _confirm(session, user, dict(user.flow_data), reading.when, now)
    await reply_or_stale(update, lang_of(update, user), replies)


async def draft_button(update: Update, context: BotContext, press: PromiseDraft) -> None:
    """Buttons on the confirmation: promise it, change the time, private or shared, never mind."""
    action = press.action
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if user is not None and action == "new" and user.is_set_up:
            replies = [await _ask_text(session, user)]
        elif user is not None and action == "skipreason" and user.flow == "promise.reason":
            users.set_flow(user, None)
            replies = []
        elif user is not None and user.flow == "promise.confirm":
            replies = await _draft_action(session, user, action, context)
    await reply_or_stale(
        update, lang_of(update, user), replies, clear=action in ("new", "skipreason")
    )


async def _draft_action(
    session: AsyncSession, user: User, action: str, context: BotContext
) -> list[Rendered | Reply] | None:
    now = context.now()
    lang = user.language
    draft = dict(user.flow_data)
    if action == "ok":
        due = _draft_when(user)
        if due.at <= now:
            users.set_flow(user, "promise.when", **draft)
            return [views.ask_when(lang, "promises-when_past")]
        users.set_flow(user, None)
        if draft.get("retime"):
            return await _moved(session, user, int(draft["retime"]), due, context)
        promise = await making.make(
            session,
            user,
            text=draft["text"],
            when=due,
            private=bool(draft.get("private")),
            now=now,
            settings=context.rt.settings,
        )
        lead = making.reminder_lead(now, promise.due_at)
        return [edited(views.made(lang, promise, lead, now, user.timezone))]
    if action == "time":
        users.set_flow(user, "promise.when", **draft)
        return [views.ask_when(lang)]
    if action in ("private", "share"):
        draft["private"] = action == "private"
        return await _confirm(session, user, draft, _draft_when(user), now, edit=True)
    if action == "cancel":
        users.set_flow(user, None)
        return [edited(say(lang, "promises-draft_dropped"))]
    return None


# -- changing a promise before its time ----------------------------------------------------------


async def manage_button(update: Update, context: BotContext, press: PromiseManage) -> None:
    """Show one promise, move it, or cancel it."""
    action = press.action
    now = context.now()
    tip = None
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        lang = lang_of(update, user)
        promise = await session.get(Promise, press.promise)
        if (
            user is None
            or promise is None
            or promise.promiser_id != user.id
            or promise.status != "open"
        ):
            replies = None
        elif promise.due_at <= now:
            replies, tip = [], toast(lang, "promises-toast_too_late")
        elif action == "show":
            replies = [views.manage(lang, promise, now, user.timezone)]
        elif action == "time":
            users.set_flow(
                user, "promise.when", text=promise.text, private=promise.private, retime=promise.id
            )
            replies = [views.ask_when(lang)]
        else:
            replies = await _cancelled(session, user, promise, now)
    await reply_or_stale(update, lang, replies, toast=tip, clear=action != "show" and bool(replies))


async def _partner_told(session: AsyncSession, user: User, promise: Promise) -> str | None:
    """The partner's name when they were told of a change (not for a private promise)."""
    partner = await users.partner_of(session, user)
    return partner.name if partner is not None and not promise.private else None


async def _cancelled(
    session: AsyncSession, user: User, promise: Promise, now: datetime
) -> list[Rendered] | None:
    result = await changes.cancel(session, user, promise.id, now)
    if result is not Result.OK:
        return None
    told = await _partner_told(session, user, promise)
    return [views.cancelled(user.language, promise, told)]


async def _moved(
    session: AsyncSession, user: User, promise_id: int, due: when.When, context: BotContext
) -> list[Rendered | Reply] | None:
    now = context.now()
    result = await changes.renegotiate(session, user, promise_id, due, now, context.rt.settings)
    promise = await session.get(Promise, promise_id)
    if result is Result.TOO_LATE:
        return [edited(say(user.language, "promises-toast_too_late"))]
    if result is not Result.OK or promise is None:
        return None
    told = await _partner_told(session, user, promise)
    return [edited(views.moved(user.language, promise, due, now, user.timezone, told))]
