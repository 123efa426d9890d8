"""/promise, /promises and every button on a promise.

Making a promise is a short conversation kept in ``user.flow``: the text ("promise.text"), the
time if it was not in the text ("promise.when"), then a confirmation of the interpreted local
time ("promise.confirm"). The draft lives in ``user.flow_data`` until confirmed.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.content import label, t
from bot.handlers import safety
from bot.handlers.common import Reply, amended, keyboard, load_user, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.services import promises, users, when
from bot.services.promises import Result
from bot.storage.models import Promise, User


def _zone(user: User) -> str:
    return user.timezone or "UTC"


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
                    (label("promises.quick_tonight"), "pw:tonight"),
                    (label("promises.quick_tomorrow"), "pw:tomorrow"),
                ],
                [(label("promises.quick_week"), "pw:week")],
            ]
        ),
    )


async def _draft_from_text(
    session: AsyncSession, user: User, text: str, now: datetime
) -> list[Reply]:
    cleaned = promises.clean_text(text)
    if cleaned is None:
        users.set_flow(user, "promise.text")
        return [Reply(t("promises.empty"))]
    reading = when.read(cleaned, now, _zone(user))
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
    rows = [[(label("promises.button_ok"), "pr:ok"), (label("promises.button_time"), "pr:time")]]
    second = []
    if partner is not None and not draft.get("retime"):
        second.append(
            (label("promises.button_share", partner=partner.name), "pr:share")
            if draft.get("private")
            else (label("promises.button_private"), "pr:private")
        )
    second.append((label("promises.button_cancel_draft"), "pr:cancel"))
    rows.append(second)
    text = t(
        "promises.confirm",
        text=promises.shown(draft["text"]),
        when=when.describe(due, now, _zone(user)),
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
        reading = when.read(text, now, _zone(user))
        if reading.when is None:
            if reading.problem == "past":
                return [_when_prompt("promises.when_past")]
            return [_when_prompt("promises.when_unclear", text=text[:60])]
        return await _confirm(session, user, dict(user.flow_data), reading.when, now)
    if step == "reason":
        await promises.set_reason(session, user, int(user.flow_data.get("id", 0)), text, now)
        users.set_flow(user, None)
        return [Reply(t("promises.reason_saved"))]
    if step == "confirm":  # typed instead of tapping: read it as a new time
        reading = when.read(text, now, _zone(user))
        if reading.when is not None:
            return await _confirm(session, user, dict(user.flow_data), reading.when, now)
        return [_when_prompt("promises.when_unclear", text=text[:60])]
    users.set_flow(user, None)
    return []


async def quick_when(update: Update, context: BotContext) -> None:
    """The Tonight / Tomorrow / By the end of the week buttons."""
    phrase = {"pw:tonight": "tonight", "pw:tomorrow": "tomorrow", "pw:week": "this week"}.get(
        update.callback_query.data or ""
    )
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = None
        if phrase and user is not None and user.flow in ("promise.when", "promise.confirm"):
            reading = when.read(phrase, now, _zone(user))
            if reading.when is None and phrase == "tonight":  # after 20:00: the end of today
                reading = when.read("today", now, _zone(user))
            if reading.when is not None:
                replies = await _confirm(session, user, dict(user.flow_data), reading.when, now)
    await _reply_or_stale(update, replies)


async def draft_button(update: Update, context: BotContext) -> None:
    """Buttons on the confirmation: promise it, change the time, private or shared, never mind."""
    action = (update.callback_query.data or "").partition(":")[2]
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
    await _reply_or_stale(update, replies, clear=action in ("new", "skipreason"))


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
        promise = await promises.make(
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
    due = promises.when_of(promise)
    lead = promises.reminder_lead(now, promise.due_at)
    if promise.all_day:
        plan = t("promises.plan_remind_day")
    elif lead is not None:
        plan = t("promises.plan_remind", minutes=int(lead.total_seconds() // 60))
    else:
        plan = t("promises.plan_ask")
    return t("promises.made", when=when.describe(due, now, _zone(user)), plan=plan)


# -- answering ----------------------------------------------------------------------------------


async def check_button(update: Update, context: BotContext) -> None:
    """Kept / Not yet / Couldn't, on the question after the promised time."""
    parts = (update.callback_query.data or "").split(":")
    if (
        len(parts) != 4
        or parts[1] not in ("kept", "later", "couldnt")
        or not (parts[2].isdigit() and parts[3].isdigit())
    ):
        await _reply_or_stale(update, None)
        return
    action, promise_id, revision = parts[1], int(parts[2]), int(parts[3])
    now = context.now()
    toast = None
    replies: list[Reply] | None = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        outcome = (
            await promises.answer(session, user, promise_id, revision, action, now)
            if user
            else promises.Answered(Result.STALE)
        )
        if outcome.result is Result.STALE:
            replies = None
        elif outcome.result is Result.ALREADY:
            toast = label("promises.toast_already")
        elif outcome.result is Result.NO_MORE:
            toast = label("promises.toast_no_more")
        elif action == "later":
            replies = [amended(update, t("promises.answered_later"))]
        elif action == "kept":
            text = t("promises.answered_kept")
            if outcome.partner_asked:
                partner = await users.partner_of(session, user)
                text += t("promises.answered_kept_asked", partner=partner.name)
            replies = [amended(update, text)]
        else:
            users.set_flow(user, "promise.reason", id=promise_id)
            replies = [
                amended(update, t("promises.answered_couldnt")),
                Reply(
                    t("promises.ask_reason"),
                    keyboard(
                        [
                            [
                                (label("promises.button_skip_reason"), "pr:skipreason"),
                                (label("promises.button_new_promise"), "pr:new"),
                            ]
                        ]
                    ),
                ),
            ]
    await _reply_or_stale(update, replies, toast=toast)


async def confirm_button(update: Update, context: BotContext) -> None:
    """The partner's 'Yes, thank you' / 'Not really'."""
    parts = (update.callback_query.data or "").split(":")
    if len(parts) != 3 or parts[1] not in ("yes", "no") or not parts[2].isdigit():
        await _reply_or_stale(update, None)
        return
    agrees = parts[1] == "yes"
    toast = None
    replies: list[Reply] | None = []
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        outcome = (
            await promises.confirm(session, user, int(parts[2]), agrees, context.now())
            if user
            else promises.Answered(Result.STALE)
        )
        if outcome.result is Result.STALE:
            replies = None
        elif outcome.result is Result.ALREADY:
            toast = label("promises.toast_already")
        elif outcome.result is Result.TOO_LATE:
            toast = label("promises.toast_confirm_late")
            replies = [amended(update)]  # take the buttons away
        else:
            key = "promises.confirmed_yes" if agrees else "promises.confirmed_no"
            replies = [amended(update, t(key))]
    await _reply_or_stale(update, replies, toast=toast)


async def _reply_or_stale(
    update: Update, replies: list[Reply] | None, *, toast: str | None = None, clear: bool = False
) -> None:
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, toast=toast, clear_buttons=clear)


# -- the overview, cancelling and moving --------------------------------------------------------


def _percent(rate: float | None) -> str:
    return "–" if rate is None else f"{round(rate * 100)}%"


def _encouragement(stats: promises.Stats) -> str | None:
    weeks = [w for w in stats.weekly if w is not None]
    if len(weeks) >= 2 and weeks[-1] > weeks[0]:
        return t("promises.encourage_up")
    if stats.kept_rate is not None and stats.kept_rate >= 0.75:
        return t("promises.encourage_steady")
    if stats.kept_rate is not None and stats.kept_rate < 0.5:
        return t("promises.encourage_low")
    return None


def _rate_line(stats: promises.Stats, partner: str | None, *, theirs: bool = False) -> str:
    """'You: kept 3 of 4 (75%) · Alex confirmed 2', or the partner's line seen by you."""
    if not stats.resolved:
        return t(
            "promises.overview_rate_none", who=partner if theirs else t("promises.overview_you")
        )
    figures = {
        "kept": stats.kept,
        "resolved": stats.resolved,
        "rate": _percent(stats.kept_rate),
        "confirmed": stats.confirmed,
        "partner": partner or "",
    }
    if theirs:
        return t("promises.overview_rate_partner", **figures)
    return t("promises.overview_rate" if partner else "promises.overview_rate_solo", **figures)


def _item(promise: Promise, now: datetime, zone: str) -> str:
    key = "promises.overview_item_private" if promise.private else "promises.overview_item"
    return t(
        key,
        text=promises.shown(promise.text),
        when=when.describe(promises.when_of(promise), now, zone),
    )


async def overview_command(update: Update, context: BotContext) -> None:
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            replies = [await _overview(session, user, now)]
    await respond(update, replies)


async def _overview(session: AsyncSession, user: User, now: datetime) -> Reply:
    view = await promises.overview(session, user, now)
    zone = _zone(user)
    lines = [t("promises.overview_title"), "", t("promises.overview_yours")]
    lines += [_item(p, now, zone) for p in view.mine] or [t("promises.overview_none_open")]
    if view.partner is not None:
        lines += ["", t("promises.overview_partners", partner=view.partner.name)]
        lines += [_item(p, now, zone) for p in view.partners] or [
            t("promises.overview_partner_none")
        ]
    lines += ["", t("promises.overview_rates_title")]
    partner_name = view.partner.name if view.partner else None
    lines.append(_rate_line(view.my_stats, partner_name))
    if view.partner is not None and view.partner_stats is not None:
        lines.append(_rate_line(view.partner_stats, view.partner.name, theirs=True))
    if any(w is not None for w in view.my_stats.weekly):
        lines.append(
            t(
                "promises.overview_trend",
                trend=" → ".join(_percent(w) for w in view.my_stats.weekly),
            )
        )
    cheer = _encouragement(view.my_stats)
    if cheer:
        lines += ["", cheer]
    rows = [
        [(label("promises.manage_button", text=promises.shown(p.text, 28)), f"pm:{p.id}")]
        for p in view.mine[:8]
    ]
    return Reply("\n".join(lines), keyboard(rows) if rows else None)


async def manage_button(update: Update, context: BotContext) -> None:
    """pm:<id> shows one promise; pm:time:<id> moves it; pm:cancel:<id> cancels it."""
    parts = (update.callback_query.data or "").split(":")
    action, raw = (parts[1], parts[2]) if len(parts) == 3 else ("show", parts[-1])
    if not raw.isdigit() or action not in ("show", "time", "cancel"):
        await _reply_or_stale(update, None)
        return
    promise_id = int(raw)
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
                        text=promises.shown(promise.text),
                        when=when.describe(promises.when_of(promise), now, _zone(user)),
                    ),
                    keyboard(
                        [
                            [
                                (label("promises.button_retime"), f"pm:time:{promise.id}"),
                                (
                                    label("promises.button_cancel_promise"),
                                    f"pm:cancel:{promise.id}",
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
    await _reply_or_stale(update, replies, toast=toast, clear=action != "show" and bool(replies))


async def _told(session: AsyncSession, user: User, promise: Promise) -> str:
    partner = await users.partner_of(session, user)
    if partner is None or promise.private:
        return ""
    return t("promises.told_partner", partner=partner.name)


async def _cancelled(
    session: AsyncSession, user: User, promise: Promise, now: datetime
) -> list[Reply] | None:
    result = await promises.cancel(session, user, promise.id, now)
    if result is not Result.OK:
        return None
    return [
        Reply(
            t(
                "promises.cancelled",
                text=promises.shown(promise.text),
                told=await _told(session, user, promise),
            )
        )
    ]


async def _moved(
    session: AsyncSession, user: User, promise_id: int, due: when.When, context: BotContext
) -> list[Reply] | None:
    now = context.now()
    result = await promises.renegotiate(session, user, promise_id, due, now, context.rt.settings)
    promise = await session.get(Promise, promise_id)
    if result is Result.TOO_LATE:
        return [Reply(t("promises.toast_too_late"), edit=True)]
    if result is not Result.OK or promise is None:
        return None
    return [
        Reply(
            t(
                "promises.moved",
                text=promises.shown(promise.text),
                when=when.describe(due, now, _zone(user)),
                told=await _told(session, user, promise),
            ),
            edit=True,
        )
    ]
