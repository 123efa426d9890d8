"""/checkin: the weekly slot, the private questions, and the talk together."""

from __future__ import annotations

from datetime import datetime, time

from sqlmodel.ext.asyncio.session import AsyncSession
from telegram import Update

from bot.callbacks import CheckinAnswer, CheckinPress, CheckinPrivacy, SlotChoice, SlotMenu
from bot.content import checkin as content
from bot.content import label, t
from bot.handlers.common import Reply, amended, keyboard, load_user, reply_or_stale, respond
from bot.handlers.onboarding import gate
from bot.runtime import BotContext
from bot.services import users
from bot.services.checkins import history, planning, questions, slots, talk, weeks
from bot.services.checkins.questions import Question, Turn
from bot.services.promises import making
from bot.services.times import format_moment, format_time
from bot.services.when import describe
from bot.storage.models import CheckIn, Couple, User

SLOT_CHOICES = ((6, time(19, 0)), (6, time(20, 0)), (2, time(20, 0)), (5, time(10, 0)))
SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


# -- choosing the slot --------------------------------------------------------------------------


def slot_chooser() -> Reply:
    choices = [
        (f"{SHORT_DAYS[day]} {format_time(at)}", SlotChoice(day, at)) for day, at in SLOT_CHOICES
    ]
    return Reply(
        t("checkin.choose_slot"),
        keyboard(
            [
                choices[:2],
                choices[2:],
                [
                    (label("checkin.button_other_time"), SlotMenu("other")),
                    (label("checkin.button_later"), SlotMenu("later")),
                ],
            ]
        ),
    )


async def _slot_chosen(
    session: AsyncSession, user: User, weekday: int, at: time, context: BotContext
) -> list[Reply]:
    """Set the slot (or propose it to the partner), warning if it falls in anyone's night."""
    now = context.now()
    outcome = await slots.propose_slot(session, user, weekday, at, now)
    users.set_flow(user, None)
    couple = await session.get(Couple, user.couple_id)
    partner = await users.partner_of(session, user)
    slot = slots.Slot(weekday, at, couple.checkin_zone or user.timezone)
    if outcome == "proposed":
        text = t("checkin.slot_proposed", partner=partner.name, slot=slots.describe_slot(slot))
    else:
        key = "checkin.slot_set" if partner else "checkin.slot_set_solo"
        text = t(key, slot=slots.describe_slot(slot))
    replies = [Reply(text)]
    for person in [user] + ([partner] if partner else []):
        local = slots.at_night(slot, person, context.rt.settings, now)
        if local is not None:
            name = person.name if person is not user else "you"
            replies.append(Reply(t("checkin.slot_night", time=local.strftime("%H:%M"), name=name)))
    return replies


async def slot_choice_button(update: Update, context: BotContext, choice: SlotChoice) -> None:
    """One of the suggested slots."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is not None and user.is_set_up:
            replies = await _slot_chosen(session, user, choice.weekday, choice.at, context)
    await reply_or_stale(update, replies, clear=True)


async def slot_button(update: Update, context: BotContext, press: SlotMenu) -> None:
    """Another time, later, pick again, keep the time; yes or no to the partner's proposal."""
    action = press.action
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is not None and user.is_set_up:
            if action == "other":
                users.set_flow(user, "checkin.slot")
                replies = [Reply(t("checkin.choose_slot_type"))]
            elif action == "later":
                replies = [Reply(t("checkin.later"))]
            elif action == "pick":
                replies = [slot_chooser()]
            elif action == "keep" and await slots.keep_time(session, user):
                replies = [Reply(t("checkin.kept_time"))]
            elif action in ("ok", "no"):
                result = await slots.answer_proposal(
                    session, user, press.proposal, action == "ok", now
                )
                if result is False:
                    replies = None
                elif result is None:
                    replies = [Reply(t("checkin.declined_by_you"))]
                else:
                    replies = [
                        Reply(t("checkin.accepted_by_you", slot=slots.describe_slot(result)))
                    ]
    await reply_or_stale(update, replies, clear=action != "pick")


# -- /checkin -----------------------------------------------------------------------------------


async def checkin_command(update: Update, context: BotContext) -> None:
    arg = context.args[0].lower() if context.args else ""
    now = context.now()
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies = gate(user, update)
        if replies is None:
            couple = await session.get(Couple, user.couple_id)
            if arg == "history":
                replies = [await _history(session, user, now)]
            elif slots.slot_of(couple) is None:
                replies = [Reply(t("checkin.no_slot")), slot_chooser()]
            elif arg in ("settings", "time"):
                replies = [await _settings(session, user, couple, now)]
            elif arg == "now":
                replies = await _start_now(session, user, now)
            else:
                replies = await _resume(session, user, couple, now)
    await respond(update, replies)


async def _settings(session: AsyncSession, user: User, couple: Couple, now: datetime) -> Reply:
    slot = slots.slot_of(couple)
    text = slots.describe_slot(slot)
    partner = await users.partner_of(session, user)
    for person in [user] + ([partner] if partner else []):
        if person.timezone and person.timezone != slot.zone:
            weekday, local = slots.local_slot(slot, person.timezone, now)
            who = "you" if person is user else person.name
            text += f"\n· {who}: {weekday} {local.strftime('%H:%M')}"
    upcoming = (
        t("checkin.next_at", when=format_moment(couple.next_checkin_at, user.timezone))
        if couple.next_checkin_at
        else ""
    )
    return Reply(
        t("checkin.settings", slot=text, next=upcoming),
        keyboard(
            [
                [(label("checkin.button_change"), SlotMenu("pick"))],
                [
                    (label("checkin.button_start_now"), CheckinPress("now", 0)),
                    (label("checkin.button_history"), CheckinPress("hist", 0)),
                ],
            ]
        ),
    )


async def _resume(session: AsyncSession, user: User, couple: Couple, now: datetime) -> list[Reply]:
    ci = await weeks.open_for(session, user, now)
    if ci is None:
        return [await _settings(session, user, couple, now)]
    if ci.meeting in ("running", "paused"):
        return [Reply(t("checkin.meeting_running"))]
    response = await questions.response_of(session, user, ci, now, create=False)
    if response is not None and response.finished_at is not None:
        return await _after_finish(session, user, ci, now)
    return await _turn_replies(session, user, await questions.start(session, user, ci.id, now))


async def _start_now(session: AsyncSession, user: User, now: datetime) -> list[Reply]:
    ci = await planning.start_early(session, user, now)
    if ci is None:
        return [Reply(t("checkin.closed"))]
    return await _turn_replies(session, user, await questions.start(session, user, ci.id, now))


async def _history(session: AsyncSession, user: User, now: datetime) -> Reply:
    past = await history.history(session, user)
    if not past:
        return Reply(t("checkin.history_none"))
    partner = await users.partner_of(session, user)
    topics = content().topics
    lines = [t("checkin.history_title"), ""]
    for week in past:
        lines.append(
            t(
                "checkin.history_row",
                day=week.day.strftime("%-d %b"),
                status=label(f"checkin.status_{week.status}"),
                pulse=t("checkin.history_pulse", pulse=week.my_pulse)
                if week.my_pulse is not None
                else "",
                partner=t("checkin.history_partner_took_part", partner=partner.name)
                if week.partner_took_part and partner
                else "",
                topics=t("checkin.history_topics", topics=", ".join(topics[x] for x in week.topics))
                if week.topics
                else "",
            )
        )
    pulses = [w.my_pulse for w in reversed(past) if w.my_pulse is not None]
    if pulses:
        lines += ["", t("checkin.history_trend", trend=" → ".join(str(p) for p in pulses))]
    return Reply("\n".join(lines))


# -- the private questions ----------------------------------------------------------------------


def _question_reply(turn: Turn, previous_topic: str | None) -> Reply:
    question: Question = turn.question
    ci = turn.checkin
    counter = t("checkin.counter", n=turn.number, total=turn.total)

    def answer(value: str) -> CheckinAnswer:
        return CheckinAnswer(ci.id, question.field, value)

    skip = [(label("checkin.button_skip_question"), answer("skip"))]
    data = content()
    if question.kind == "scale":
        item = next(q for q in data.pulse if q.id == question.field)
        text = f"{counter}\n<b>{item.text}</b>\n" + t(
            "checkin.scale_hint", low=item.low, high=item.high, max=item.max
        )
        numbers = [(str(v), answer(str(v))) for v in range(item.max + 1)]
        return Reply(text, keyboard([numbers, skip]))
    if question.kind == "often":
        item = next(i for i in data.patterns.items if i.id == question.field)
        text = f"{counter}\n{data.patterns.intro}\n<b>{item.text}</b>"
        options = [(name, answer(str(v))) for v, name in enumerate(data.patterns.scale)]
        return Reply(text, keyboard([options[:2], options[2:], skip]))
    if question.kind == "yesno":
        topic = data.topics.get(previous_topic or "", previous_topic or "")
        return Reply(
            f"{counter}\n" + t("checkin.topic_followup", topic=topic),
            keyboard(
                [
                    [
                        (label("checkin.topic_settled"), answer("y")),
                        (label("checkin.topic_still_hard"), answer("n")),
                    ],
                    skip,
                ]
            ),
        )
    if question.kind == "topic":
        options = [(name, answer(key)) for key, name in data.topics.items()]
        rows = [options[i : i + 3] for i in range(0, len(options), 3)]
        return Reply(f"{counter}\n" + t("checkin.choose_topic"), keyboard([*rows, skip]))
    item = next(q for q in data.written if q.id == question.field)
    return Reply(f"{counter}\n{item.text}\n{t('checkin.text_hint')}", keyboard([skip]))


async def _turn_replies(
    session: AsyncSession, user: User, turn: Turn, lead: list[Reply] | None = None
) -> list[Reply]:
    replies = list(lead or [])
    if turn.result == "stale":
        return [*replies, Reply(t("common.stale_button"))]
    if turn.result == "closed":
        return [*replies, Reply(t("checkin.closed"))]
    if turn.result == "finished":
        return replies + await _after_finish(session, user, turn.checkin, None, turn=turn)
    if turn.number == 1 and turn.response.position == 0:
        partner = await users.partner_of(session, user)
        replies.insert(
            0,
            Reply(t("checkin.intro", partner=partner.name) if partner else t("checkin.intro_solo")),
        )
    return [*replies, _question_reply(turn, turn.response.followup_topic)]


async def _after_finish(
    session: AsyncSession, user: User, ci: CheckIn, now: datetime | None, turn: Turn | None = None
) -> list[Reply]:
    partner = await users.partner_of(session, user)
    if ci.solo or partner is None:
        return [
            Reply(
                t("checkin.finished_solo"),
                keyboard([[(label("checkin.button_reflect"), CheckinPress("ready", ci.id))]]),
            )
        ]
    if turn is not None and turn.partner_finished:
        return [Reply(t("checkin.finished_both"))]
    ready = keyboard([[(label("checkin.button_ready"), CheckinPress("ready", ci.id))]])
    if ci.revealed_at is not None:
        return [Reply(t("checkin.finished_both"), ready)]
    return [Reply(t("checkin.finished_waiting", partner=partner.name), ready)]


async def answer_button(update: Update, context: BotContext, press: CheckinAnswer) -> None:
    """An answer button under a private question."""
    checkin_id, field, raw = press.checkin, press.question, press.value
    toast: str | None = None
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is not None:
            turn = await questions.answer(
                session, user, checkin_id, field, None, context.now(), raw=raw
            )
            if turn.result == "invalid":
                toast, replies = label("checkin.toast_invalid"), []
            elif turn.result == "closed":
                replies = [amended(update), Reply(t("checkin.closed"))]
            elif turn.result != "stale":
                replies = await _turn_replies(session, user, turn, [amended(update)])
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, toast=toast)


async def private_button(update: Update, context: BotContext, press: CheckinPrivacy) -> None:
    """Keep one written answer private, or share it after all."""
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        value = (
            await questions.toggle_private(
                session, user, press.checkin, press.question, context.now()
            )
            if user
            else None
        )
        partner = await users.partner_of(session, user) if user else None
    if value is None:
        await respond(update, None, toast=label("common.stale_button"))
        return
    await respond(
        update,
        [_saved_reply(press.checkin, press.question, value, partner.name if partner else "")],
        toast=label("checkin.toast_private" if value else "checkin.toast_shared"),
    )


def _saved_reply(
    checkin_id: int, field: str, private: bool, partner: str, edit: bool = True
) -> Reply:
    if private:
        text = t("checkin.saved_text") + " " + t("checkin.saved_private")
        button = (label("checkin.button_share_again"), CheckinPrivacy(checkin_id, field))
    else:
        text = t("checkin.saved_text") + " " + t("checkin.saved_shared", partner=partner)
        button = (label("checkin.button_make_private"), CheckinPrivacy(checkin_id, field))
    return Reply(text, keyboard([[button]]) if partner else None, edit=edit)


async def on_text(
    session: AsyncSession, user: User, text: str, update: Update, context: BotContext
) -> list[Reply]:
    """Typed answers: a written question, a slot ('Sunday 7pm'), or the 'loved' promise."""
    step = (user.flow or "").partition(".")[2]
    now = context.now()
    if step == "slot":
        parsed = slots.parse_slot(text)
        if parsed is None:
            return [Reply(t("checkin.bad_slot", text=text[:40]))]
        return await _slot_chosen(session, user, parsed[0], parsed[1], context)
    checkin_id = int(user.flow_data.get("checkin", 0))
    if step == "loved":
        promise = await talk.loved_promise(
            session, user, checkin_id, text, now, context.rt.settings
        )
        if promise is None:
            users.set_flow(user, None)
            return [Reply(t("common.stale_button"))]
        return [
            Reply(
                t(
                    "checkin.loved_made",
                    text=promise.text[:200],
                    when=describe(making.when_of(promise), now, user.timezone),
                )
            )
        ]
    # step == "answer"
    ci = await weeks.of_couple(session, user, checkin_id)
    if ci is None:
        users.set_flow(user, None)
        return [Reply(t("checkin.closed"))]
    turn = await questions.start(session, user, checkin_id, now)
    if turn.result != "ok":
        return await _turn_replies(session, user, turn)
    question = turn.question
    if question.kind != "text":
        return [Reply(t("checkin.toast_invalid")), _question_reply(turn, None)]
    if len(text.strip()) > questions.TEXT_LIMIT:
        return [Reply(t("checkin.too_long", limit=questions.TEXT_LIMIT))]
    answered = await questions.answer(session, user, checkin_id, question.field, text, now)
    partner = await users.partner_of(session, user)
    saved = _saved_reply(
        checkin_id, question.field, False, partner.name if partner else "", edit=False
    )
    return await _turn_replies(session, user, answered, [saved])


# -- slot messages and the talk -----------------------------------------------------------------


async def checkin_button(update: Update, context: BotContext, press: CheckinPress) -> None:
    """Start, snooze, skip, ready, now, history, and the buttons of the talk."""
    action, checkin_id = press.action, press.checkin
    now = context.now()
    toast: str | None = None
    clear = True
    async with context.db.transaction() as session:
        user = await load_user(session, update, context)
        replies: list[Reply] | None = None
        if user is None or not user.is_set_up:
            pass
        elif action == "start":
            turn = await questions.start(session, user, checkin_id, now)
            replies = None if turn.result == "stale" else await _turn_replies(session, user, turn)
        elif action == "snooze":
            result = await planning.snooze(session, user, checkin_id, now)
            replies = _simple(result, "checkin.snoozed")
            if result == "no_more":
                replies, toast, clear = [], label("checkin.toast_no_more_snoozes"), False
        elif action == "skip":
            replies = _simple(
                await planning.skip_week(session, user, checkin_id, now), "checkin.skipped"
            )
        elif action == "ready":
            result = await talk.ready(session, user, checkin_id, now)
            replies = _simple(
                result,
                {
                    "waiting": "checkin.waiting_for_partner",
                    "running": "checkin.meeting_running",
                }.get(result, ""),
            )
        elif action == "now":
            replies = await _start_now(session, user, now)
        elif action == "hist":
            replies, clear = [await _history(session, user, now)], False
        elif action == "loved":
            ci = await weeks.of_couple(session, user, checkin_id)
            if ci is not None and weeks.is_open(ci, now):
                users.set_flow(user, "checkin.loved", checkin=ci.id)
                partner = await users.partner_of(session, user)
                replies, clear = (
                    [
                        Reply(
                            t("checkin.ask_loved", partner=partner.name)
                            if partner
                            else t("checkin.ask_loved_solo")
                        )
                    ],
                    False,
                )
        elif action in ("next", "end", "break", "resume"):
            result = await talk.meeting_action(session, user, checkin_id, press.gen, action, now)
            replies = (
                None
                if result == "stale"
                else ([Reply(t("checkin.closed"))] if result == "closed" else [])
            )
    if replies is None:
        await respond(update, None, toast=label("common.stale_button"))
    else:
        await respond(update, replies, toast=toast, clear_buttons=clear)


def _simple(result: str, key: str) -> list[Reply] | None:
    if result == "stale":
        return None
    if result == "closed":
        return [Reply(t("checkin.closed"))]
    return [Reply(t(key))] if key else []
