"""The weekly check-in's slot, its /checkin menu and its history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from bot.callbacks import CheckinPress, SlotChoice, SlotMenu
from bot.content import checkin as checkin_content
from bot.services.checkins.history import Week
from bot.services.checkins.slots import Slot
from bot.services.when import When
from bot.storage.models import Promise
from bot.views import formatting
from bot.views.base import Rendered, buttons, say
from bot.views.catalogue import Safe, label, t

# The slots offered first: Sunday 19:00 and 20:00, Wednesday 20:00, Saturday 10:00.
SUGGESTED_SLOTS = ((6, time(19, 0)), (6, time(20, 0)), (2, time(20, 0)), (5, time(10, 0)))


def slot_description(lang: str, slot: Slot) -> Safe:
    """'Sundays 19:00'."""
    return t(
        lang,
        "checkin-weekly_slot",
        weekday=formatting.weekday(lang, slot.weekday),
        time=formatting.clock(lang, slot.at),
    )


def slot_chooser(lang: str) -> Rendered:
    choices = [
        (f"{formatting.weekday_short(lang, day)} {formatting.clock(lang, at)}", SlotChoice(day, at))
        for day, at in SUGGESTED_SLOTS
    ]
    return Rendered(
        t(lang, "checkin-choose_slot"),
        buttons(
            choices[:2],
            choices[2:],
            [
                (label(lang, "checkin-button_other_time"), SlotMenu("other")),
                (label(lang, "checkin-button_later"), SlotMenu("later")),
            ],
        ),
    )


def slot_set(lang: str, slot: Slot, *, solo: bool = False) -> Rendered:
    key = "checkin-slot_set_solo" if solo else "checkin-slot_set"
    return say(lang, key, slot=slot_description(lang, slot))


def slot_proposed(lang: str, partner: str | None, slot: Slot) -> Rendered:
    return say(lang, "checkin-slot_proposed", partner=partner, slot=slot_description(lang, slot))


def slot_at_night(lang: str, at: time, name: str | None) -> Rendered:
    """A warning that the slot falls in someone's night (``name`` None: the reader's)."""
    if name is None:
        return say(lang, "checkin-slot_night_you", time=formatting.clock(lang, at))
    return say(lang, "checkin-slot_night", time=formatting.clock(lang, at), name=name)


def accepted_by_you(lang: str, slot: Slot) -> Rendered:
    return say(lang, "checkin-accepted_by_you", slot=slot_description(lang, slot))


def menu(
    lang: str,
    slot: Slot,
    elsewhere: Sequence[tuple[str | None, int, time]],
    next_at: datetime | None,
    zone: str | None,
) -> Rendered:
    """/checkin settings: the slot, the local times of partners in other zones ((name or None
    for the reader, weekday, time)), the next one, and what can be done from here."""
    lines = [slot_description(lang, slot)]
    for name, weekday, at in elsewhere:
        values = {"weekday": formatting.weekday(lang, weekday), "time": formatting.clock(lang, at)}
        if name is None:
            lines.append(t(lang, "checkin-local_slot_you", **values))
        else:
            lines.append(t(lang, "checkin-local_slot", name=name, **values))
    upcoming = (
        t(lang, "checkin-next_at", when=formatting.moment(lang, next_at, zone)) if next_at else ""
    )
    return Rendered(
        t(lang, "checkin-settings", slot=Safe("\n".join(lines)), next=upcoming),
        buttons(
            [(label(lang, "checkin-button_change"), SlotMenu("pick"))],
            [
                (label(lang, "checkin-button_start_now"), CheckinPress("now", 0)),
                (label(lang, "checkin-button_history"), CheckinPress("hist", 0)),
            ],
        ),
    )


def history(lang: str, weeks: Sequence[Week], partner: str | None) -> Rendered:
    """Past weeks, the reader's own pulse, and the topics that came up."""
    if not weeks:
        return say(lang, "checkin-history_none")
    lines = [t(lang, "checkin-history_title"), ""]
    for week in weeks:
        pulse = (
            t(lang, "checkin-history_pulse", pulse=week.my_pulse)
            if week.my_pulse is not None
            else ""
        )
        took_part = (
            t(lang, "checkin-history_partner_took_part", partner=week.partner or partner)
            if week.partner_took_part and (week.partner or partner)
            else ""
        )
        topics = (
            t(lang, "checkin-history_topics", topics=topic_list(lang, week.topics))
            if week.topics
            else ""
        )
        lines.append(
            t(
                lang,
                "checkin-history_row",
                day=formatting.short_date(lang, week.day),
                status=label(lang, f"checkin-status_{week.status}"),
                pulse=pulse,
                partner=took_part,
                topics=topics,
            )
        )
    pulses = [w.my_pulse for w in reversed(weeks) if w.my_pulse is not None]
    if pulses:
        lines += ["", t(lang, "checkin-history_trend", trend=" → ".join(str(p) for p in pulses))]
    return Rendered("\n".join(lines))


def topic_name(lang: str, topic: str) -> str:
    """A hard topic's name ("Communication"); an id we no longer know is shown as it is."""
    return label(lang, f"checkin-topic-{topic}") if topic in checkin_content().topics else topic


def topic_list(lang: str, topics: Sequence[str]) -> str:
    return formatting.enumeration(lang, [topic_name(lang, x) for x in topics])


def ask_loved(lang: str, partner: str | None) -> Rendered:
    if partner:
        return say(lang, "checkin-ask_loved", partner=partner)
    return say(lang, "checkin-ask_loved_solo")


def loved_made(lang: str, promise: Promise, now: datetime, zone: str | None) -> Rendered:
    """The 'what can I do to make you feel loved' answer, made a promise."""
    return say(
        lang,
        "checkin-loved_made",
        text=promise.text[:200],
        when=formatting.when(lang, When(promise.due_at, promise.all_day), now, zone),
    )
