"""/promise, and changing a promise before its time (the buttons under /promises).

Making a promise is a short conversation kept in ``user.flow``: the text ("promise.text"), the
time if it was not in the text ("promise.when"), then a confirmation of the interpreted local
time ("promise.confirm"). The draft lives in ``user.flow_data`` until confirmed. Moving one
reuses the same conversation with ``retime`` in the draft."""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import PromiseDraft, PromiseManage, PromiseWhen
from bot.content import label, t
from bot.handlers import safety
from bot.handlers.common import Reply, keyboard, load_user, reply_or_stale, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.services import users, when
from bot.services.promises import answers, changes, making
from bot.services.promises.making import Result
from bot.storage.models import Promise, User


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
                partner = await users.partner_of(session, user)
                users.set_flow(user, "promise.text")
                replies = [
                    Reply(
                        t(
                            "promises.ask_text",
                            to=t("promises.to_partner", partner=partner.name) if partner else "",
                        )
                    )
                ]
    await respond(update, replies)


def _when_prompt(key: str = "promises.ask_when", **values: object) -> Reply:
    return Reply(
        t(key, **values),
        keyboard(
            [
                [
                    (label("promises.quick_tonight"), PromiseWhen("tonight")),
                    (label("promises.quick_tomorrow"), PromiseWhen("tomorrow")),
                ],
                [(label("promises.quick_week"), PromiseWhen("week"))],
            ]
        ),
    )


async def _draft_from_text(
    session: AsyncSession, user: User, text: str, now: datetime
) -> list[Reply]:
    cleaned = making.clean_text(text)
    if cleaned is None:
        users.set_flow(user, "promise.text")
        return [Reply(t("promises.empty"))]
    reading = when.read(cleaned, now, making.zone_of(user))
    if reading.when is None:
        users.set_flow(user, "promise.when", text=cleaned, private=False)
        if reading.problem == "past":
            return [_when_prompt("promises.when_past")]
        return [_when_prompt()]
    return await _confirm(session, user, {"text": cleaned, "private": False}, reading.when, now)


async def _confirm(
    session: AsyncSession,
    user: User,
    draft: dict,
    due: when.When,
    now: datetime,
    *,
    edit: bool = False,
) -> list[Reply]:
    draft = {**draft, "at": due.at.isoformat(), "all_day": due.all_day}
    users.set_flow(user, "promise.confirm", **draft)
    partner = await users.partner_of(session, user)
    if draft.get("private"):
        visibility = t("promises.visible_private")
    elif partner is not None:
        visibility = t("promises.visible_to_partner", partner=partner.name)
    else:
        visibility = t("promises.visible_solo")
    rows = [
        [
            (label("promises.button_ok"), PromiseDraft("ok")),
            (label("promises.button_time"), PromiseDraft("time")),
        ]
    ]
    second = []
    if partner is not None and not draft.get("retime"):
        second.append(
            (label("promises.button_share", partner=partner.name), PromiseDraft("share"))
            if draft.get("private")
            else (label("promises.button_private"), PromiseDraft("private"))
        )
    second.append((label("promises.button_cancel_draft"), PromiseDraft("cancel")))
    rows.append(second)
    text = t(
        "promises.confirm",
        text=making.shown(draft["text"]),
        when=when.describe(due, now, making.zone_of(user)),
        visibility=visibility,
    )
    return [Reply(text, keyboard(rows), edit=edit)]


def _draft_when(user: User) -> when.When:
    data = user.flow_data
    return when.When(datetime.fromisoformat(data["at"]), bool(data.get("all_day")))


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Reply]:
    """A typed answer while making, moving or explaining a promise."""
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    if step == "text":
        return await _draft_from_text(session, user, text, now)
    if step == "when":
        reading = when.read(text, now, making.zone_of(user))
        if reading.when is None:
            if reading.problem == "past":
                return [_when_prompt("promises.when_past")]
            return [_when_prompt("promises.when_unclear", text=text[:60])]
        return await _confirm(session, user, dict(user.flow_data), reading.when, now)
    if step == "reason":
        await answers.set_reason(session, user, int(user.flow_data.get("id", 0)), text, now)
        users.set_flow(user, None)
        return [Reply(t("promises.reason_saved"))]
    if step == "confirm":  # typed instead of tapping: read it as a new time
        reading = when.read(text, now, making.zone_of(user))
        if reading.when is not None:
            return await _confirm(session, user, dict(user.flow_data), reading.when, now)
        return [_when_prompt("promises.when_unclear", text=text[:60])]
    users.set_flow(user, None)
    return []


async def quick_when(update: Update, context: BotContext, press: PromiseWhen) -> None:
    """The Tonight / Tomorrow / By the end of the week buttons."""
    phrase = {"tonight": "tonight", "tomorrow": "tomorrow", "week": "this week"}[press.choice]
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if phrase and user is not None and user.flow in ("promise.when", "promise.confirm"):
            reading = when.read(phrase, now, making.zone_of(user))
            if reading.when is None and phrase == "tonight":  # after 20:00: the end of today
                reading = when.read("today", now, making.zone_of(user))
            if reading.when is not None:
                replies = await _confirm(session, user, dict(user.flow_data), reading.when, now)
    await reply_or_stale(update, replies)


async def draft_button(update: Update, context: BotContext, press: PromiseDraft) -> None:
    """Buttons on the confirmation: promise it, change the time, private or shared, never mind."""
    action = press.action
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if user is not None and action == "new" and user.is_set_up:
            users.set_flow(user, "promise.text")
            partner = await users.partner_of(session, user)
            replies = [
                Reply(
                    t(
                        "promises.ask_text",
                        to=t("promises.to_partner", partner=partner.name) if partner else "",
                    )
                )
            ]
        elif user is not None and action == "skipreason" and user.flow == "promise.reason":
            users.set_flow(user, None)
            replies = []
        elif user is not None and user.flow == "promise.confirm":
            replies = await _draft_action(session, user, action, context)
    await reply_or_stale(update, replies, clear=action in ("new", "skipreason"))


async def _draft_action(
    session: AsyncSession, user: User, action: str, context: BotContext
) -> list[Reply] | None:
    now = context.now()
    draft = dict(user.flow_data)
    if action == "ok":
        due = _draft_when(user)
        if due.at <= now:
            users.set_flow(user, "promise.when", **draft)
            return [_when_prompt("promises.when_past")]
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
        return [Reply(_made_text(promise, user, now), edit=True)]
    if action == "time":
        users.set_flow(user, "promise.when", **draft)
        return [_when_prompt()]
    if action in ("private", "share"):
        draft["private"] = action == "private"
        return await _confirm(session, user, draft, _draft_when(user), now, edit=True)
    if action == "cancel":
        users.set_flow(user, None)
        return [Reply(t("promises.draft_dropped"), edit=True)]
    return None


def _made_text(promise: Promise, user: User, now: datetime) -> str:
    due = making.when_of(promise)
    lead = making.reminder_lead(now, promise.due_at)
    if promise.all_day:
        plan = t("promises.plan_remind_day")
    elif lead is not None:
        plan = t("promises.plan_remind", minutes=int(lead.total_seconds() // 60))
    else:
        plan = t("promises.plan_ask")
    return t("promises.made", when=when.describe(due, now, making.zone_of(user)), plan=plan)


async def manage_button(update: Update, context: BotContext, press: PromiseManage) -> None:
    """Show one promise, move it, or cancel it."""
    action, promise_id = press.action, press.promise
    now = context.now()
    toast = None
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        promise = await session.get(Promise, promise_id)
        if (
            user is None
            or promise is None
            or promise.promiser_id != user.id
            or promise.status != "open"
        ):
            replies = None
        elif promise.due_at <= now:
            replies, toast = [], label("promises.toast_too_late")
        elif action == "show":
            replies = [
                Reply(
                    t(
                        "promises.manage",
                        text=making.shown(promise.text),
                        when=when.describe(making.when_of(promise), now, making.zone_of(user)),
                    ),
                    keyboard(
                        [
                            [
                                (
                                    label("promises.button_retime"),
                                    PromiseManage("time", promise.id),
                                ),
                                (
                                    label("promises.button_cancel_promise"),
                                    PromiseManage("cancel", promise.id),
                                ),
                            ]
                        ]
                    ),
                )
            ]
        elif action == "time":
            users.set_flow(
                user, "promise.when", text=promise.text, private=promise.private, retime=promise.id
            )
            replies = [_when_prompt()]
        else:
            replies = await _cancelled(session, user, promise, now)
    await reply_or_stale(update, replies, toast=toast, clear=action != "show" and bool(replies))


async def _told(session: AsyncSession, user: User, promise: Promise) -> str:
    partner = await users.partner_of(session, user)
    if partner is None or promise.private:
        return ""
    return t("promises.told_partner", partner=partner.name)


async def _cancelled(
    session: AsyncSession, user: User, promise: Promise, now: datetime
) -> list[Reply] | None:
    result = await changes.cancel(session, user, promise.id, now)
    if result is not Result.OK:
        return None
    return [
        Reply(
            t(
                "promises.cancelled",
                text=making.shown(promise.text),
                told=await _told(session, user, promise),
            )
        )
    ]


async def _moved(
    session: AsyncSession, user: User, promise_id: int, due: when.When, context: BotContext
) -> list[Reply] | None:
    now = context.now()
    result = await changes.renegotiate(session, user, promise_id, due, now, context.rt.settings)
    promise = await session.get(Promise, promise_id)
    if result is Result.TOO_LATE:
        return [Reply(t("promises.toast_too_late"), edit=True)]
    if result is not Result.OK or promise is None:
        return None
    return [
        Reply(
            t(
                "promises.moved",
                text=making.shown(promise.text),
                when=when.describe(due, now, making.zone_of(user)),
                told=await _told(session, user, promise),
            ),
            edit=True,
        )
    ]
