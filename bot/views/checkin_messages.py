"""What the weekly check-in sends on its own: the invitation at the slot and its reminders, the
partner's news, the steps of the talk, and slot proposals between partners."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.callbacks import CheckinPress, SlotMenu
from bot.content import checkin as checkin_content
from bot.services.checkins.slots import Slot, local_slot
from bot.views import formatting
from bot.views.base import Button, Keyboard, Rendered, say
from bot.views.catalogue import Safe, label, t
from bot.views.checkin import slot_description


def slot_for(lang: str, slot: Slot, zone: str | None, now: datetime) -> Safe:
    """The slot, and what it is in the reader's zone when that differs: 'Sundays 19:00 (that's
    Sunday 18:00 for you)'."""
    text = slot_description(lang, slot)
    if zone and zone != slot.zone:
        weekday, local = local_slot(slot, zone, now)
        text += t(
            lang,
            "checkin-slot_for_you",
            weekday=formatting.weekday(lang, weekday),
            time=formatting.clock(lang, local),
        )
    return Safe(text)


def proposal(lang: str, name: str | None, slot: Slot, nonce: str, zone: str | None, now: datetime):
    """The partner would like to move the check-in: yes, or keep the old time."""
    return Rendered(
        t(lang, "checkin-proposal", name=name, slot=slot_for(lang, slot, zone, now)),
        [
            [
                Button(label(lang, "checkin-button_accept"), SlotMenu("ok", nonce)),
                Button(label(lang, "checkin-button_decline"), SlotMenu("no", nonce)),
            ]
        ],
    )


def invitation_buttons(lang: str, checkin_id: int) -> Keyboard:
    """Start, In 1 hour, Skip this week."""
    return [
        [Button(label(lang, "checkin-button_start"), CheckinPress("start", checkin_id))],
        [
            Button(label(lang, "checkin-button_snooze"), CheckinPress("snooze", checkin_id)),
            Button(label(lang, "checkin-button_skip"), CheckinPress("skip", checkin_id)),
        ],
    ]


def invitation(lang: str, name: str | None, checkin_id: int, *, solo: bool) -> Rendered:
    key = "checkin-slot_solo" if solo else "checkin-slot"
    return Rendered(t(lang, key, name=name), invitation_buttons(lang, checkin_id))


def new_time(lang: str) -> Rendered:
    """After three missed weeks, instead of more reminders."""
    return Rendered(
        t(lang, "checkin-new_time"),
        [
            [Button(label(lang, "checkin-button_pick_time"), SlotMenu("pick"))],
            [Button(label(lang, "checkin-button_keep_time"), SlotMenu("keep"))],
        ],
    )


def with_button(text: Safe, lang: str, key: str, press: CheckinPress) -> Rendered:
    return Rendered(text, [[Button(label(lang, key), press)]])


def step(
    lang: str,
    checkin_id: int,
    gen: int,
    index: int,
    *,
    solo: bool,
    names: Sequence[str | None],
    slot: Slot | None,
) -> Rendered | None:
    """Step ``index`` of the talk: what to do for how long, who speaks first (``names`` in
    speaking order), and the buttons to move on."""
    steps = checkin_content().agenda_for(solo)
    if not 0 <= index < len(steps):
        return None
    current = steps[index]
    first, second = ([n or "" for n in names] + ["", ""])[:2]
    text = t(
        lang,
        f"checkin-{'solo-' if solo else ''}agenda-{current.id}",
        first=first,
        second=second,
        slot=slot_description(lang, slot) if slot else "",
    )
    text += "\n\n" + t(lang, "checkin-step_counter", n=index + 1, total=len(steps))

    def press(action: str) -> CheckinPress:
        return CheckinPress(action, checkin_id, gen)

    rows: Keyboard = []
    if current.id == "loved":
        rows.append([Button(label(lang, "checkin-button_loved"), press("loved"))])
    if current.id == "hard_topic" and not solo:
        rows.append([Button(label(lang, "checkin-button_break"), press("break"))])
    if current.id == "next_week":
        rows.append(
            [
                Button(label(lang, "checkin-button_same_time"), press("end")),
                Button(label(lang, "checkin-button_change_time"), SlotMenu("pick")),
            ]
        )
    else:
        rows.append(
            [
                Button(label(lang, "checkin-button_next"), press("next")),
                Button(label(lang, "checkin-button_end"), press("end")),
            ]
        )
    return Rendered(text, rows)


def taking_a_break(lang: str, checkin_id: int, gen: int) -> Rendered:
    press = CheckinPress("resume", checkin_id, gen)
    return with_button(t(lang, "checkin-break"), lang, "checkin-button_resume", press)


def talk_done(lang: str, *, solo: bool) -> Rendered:
    return say(lang, "checkin-meeting_done_solo" if solo else "checkin-meeting_done")
