"""Reading when a promise is due from how people say it, in the promiser's own time zone.

Understood: explicit times ("at 6pm", "18:00", "at 6" - the next sensible 6), day words ("today",
"tomorrow", "the day after tomorrow", weekdays), parts of the day ("tonight", "Friday evening",
"in the morning"), spans ("in 2 hours", "in 3 days"), deadlines without a time ("by Sunday",
"this week", "this weekend") and calendar dates ("on 3 December", "Dec 3rd" - read by dateparser).
In German, Spanish and French too ("morgen um 18 Uhr", "mañana a las 6", "demain à 18h",
"Freitagabend"): ``spoken`` rewrites their phrases into these English ones first.

A deadline without a time of day is an *all-day* promise: it is due that evening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.scheduling.recurrence import local_date, local_instant
from bot.services import spoken

ALL_DAY_DUE = time(21, 0)  # when an all-day promise is due (and its "did you keep it?" comes)
LATE_ALL_DAY_DUE = time(23, 59)

WEEKDAYS = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
PARTS = {
    "morning": time(9, 0),
    "noon": time(12, 0),
    "midday": time(12, 0),
    "lunchtime": time(12, 30),
    "lunch": time(12, 30),
    "afternoon": time(15, 0),
    "evening": time(19, 0),
    "tonight": time(20, 0),
    "night": time(21, 0),
    "midnight": time(23, 59),
}
NIGHT_FROM = PARTS["tonight"]  # "12 tonight", "12 at night", "12 midnight": the end of the day
SMALL_HOURS_UNTIL = 4  # "2 at night": the small hours after that evening
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "a couple of": 2,
    "a few": 3,
}

# "in 3 minutes", "in two hours", "in half an hour": a span from the moment it was typed.
_HALVES = r"half an hour|an? hour and a half"
_COUNTS = r"\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True))
_UNITS = r"minutes?|mins?|hours?|hrs?|h|days?|weeks?"
_SPAN = re.compile(rf"\bin\s+({_HALVES}|{_COUNTS})\s*({_UNITS})?\b")
# The same span as typed (any case, the unit required): promises are stored without it.
SPAN_AS_TYPED = re.compile(
    rf"\s*\bin\s+(?:{_HALVES}|(?:{_COUNTS})\s*(?:{_UNITS}))\b", re.IGNORECASE
)
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?(?!\d)")
_AMPM = re.compile(r"\b(\d{1,2})\s*(am|pm|a\.m\.|p\.m\.)(?![a-z])")
_BARE = re.compile(
    r"\b(?:at|by|around|before|about|until|till)\s+(\d{1,2})(?![\d:.]|\s*(?:am|pm|a\.m|p\.m|"
    r"minutes?|mins?|hours?|hrs?|days?|weeks?|st|nd|rd|th|[/-]))"
)
_WEEKDAY = re.compile(
    r"\b(next\s+|this\s+|on\s+|by\s+)?("
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
    + r")\b"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_CALENDAR = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b"
)


@dataclass(frozen=True)
class When:
    at: datetime  # UTC instant the promise is due
    all_day: bool  # a deadline day without a time of day


@dataclass(frozen=True)
class Reading:
    """What ``read`` understood: a due time, or why there is none."""

    when: When | None = None
    problem: str | None = None  # "none" (no time found) | "past"


def _span(match: re.Match[str]) -> tuple[timedelta, bool] | None:
    amount, unit = match.group(1), (match.group(2) or "")
    if amount == "half an hour":
        return timedelta(minutes=30), False
    if amount.startswith("an hour and a half") or amount.startswith("a hour and a half"):
        return timedelta(minutes=90), False
    if not unit:
        return None
    count = int(amount) if amount.isdigit() else NUMBERS.get(amount, 0)
    if count <= 0:
        return None
    if unit.startswith(("min",)):
        return timedelta(minutes=count), False
    if unit.startswith(("hour", "hr")) or unit == "h":
        return timedelta(hours=count), False
    if unit.startswith("day"):
        return timedelta(days=count), True
    return timedelta(weeks=count), True


def _clock(text: str) -> tuple[time, bool] | None:
    """An explicit time of day, and whether am/pm was said (or it was 24-hour)."""
    match = _CLOCK.search(text)
    if match:
        hour, minute, suffix = int(match[1]), int(match[2]), match[3]
        return _with_suffix(
            hour, minute, suffix, definite=suffix is not None or hour >= 13 or hour == 0
        )
    match = _AMPM.search(text)
    if match:
        return _with_suffix(int(match[1]), 0, match[2], definite=True)
    match = _BARE.search(text)
    if match:
        hour = int(match[1])
        return _with_suffix(hour, 0, None, definite=hour >= 13 or hour == 0)
    return None


def _with_suffix(
    hour: int, minute: int, suffix: str | None, *, definite: bool
) -> tuple[time, bool] | None:
    if minute > 59:
        return None
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix.startswith("p") else 0)
    if hour > 23:
        return None
    return time(hour, minute), definite


def _calendar_day(text: str, today: date) -> date | None:
    match = _CALENDAR.search(text)
    if not match:
        return None
    import dateparser  # heavy: loaded at start by warm_up, or here on first use

    parsed = dateparser.parse(
        match.group(0),
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(today, time(12)),
            "DATE_ORDER": "DMY",
        },
    )
    return parsed.date() if parsed else None


def warm_up() -> None:
    """Load dateparser and its language data now: otherwise the first date it reads costs about
    half a second. The application calls this at start, off the event loop (``preload``)."""
    _calendar_day("3 december", date(2000, 1, 1))
    from bot.services.times import parse_future_date

    for lang in spoken.RULES:  # dateparser's data for the languages read beside English
        parse_future_date("1 2 3", date(2000, 1, 1), lang)


def _day(text: str, today: date) -> tuple[date, bool] | None:
    """A day mentioned in ``text``, and whether it is a soft deadline ("this week")."""
    calendar = _calendar_day(text, today)  # the most specific: "Saturday 28 November"
    if calendar is not None:
        return calendar, False
    if re.search(r"\bday after tomorrow\b", text):
        return today + timedelta(days=2), False
    if re.search(r"\btomorrow\b|\btmrw\b|\btmr\b", text):
        return today + timedelta(days=1), False
    if re.search(r"\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b", text):
        return today, False
    if re.search(r"\b(?:this |the )?weekend\b", text):
        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        return (today if today.weekday() == 6 else saturday + timedelta(days=1)), True
    if re.search(r"\bnext week\b", text):
        return today + timedelta(days=6 - today.weekday() + 7), True
    if re.search(r"\b(?:this week|end of (?:the )?week|by the weekend)\b", text):
        return today + timedelta(days=6 - today.weekday()), True
    match = _WEEKDAY.search(text)
    if match:
        ahead = (WEEKDAYS[match.group(2)] - today.weekday()) % 7
        if match.group(1) and match.group(1).strip() == "next" and ahead == 0:
            ahead = 7
        return today + timedelta(days=ahead), False
    return None


def _part_of_day(text: str) -> time | None:
    for word, at in PARTS.items():
        if re.search(rf"\b{word}\b", text):
            return at
    return None


def read(text: str, now: datetime, zone: str, lang: str = "en") -> Reading:
    """When ``text`` (written in ``lang``) says the promise is due, relative to ``now`` in
    ``zone``."""
    cleaned = spoken.english(text, lang)
    if not cleaned:
        return Reading(problem="none")
    today = local_date(now, zone)
    if re.search(r"\b(?:yesterday|last night)\b", cleaned):
        return Reading(problem="past")

    span = _SPAN.search(cleaned)
    if span and (parsed := _span(span)) is not None:
        delta, whole_days = parsed
        if whole_days:
            return _deadline(today + delta, now, zone)
        return Reading(When(_whole_minute(now + delta), all_day=False))

    # Dates first, so that "3 December" is not read as three o'clock.
    day = _day(cleaned, today)
    calendar = _CALENDAR.search(cleaned)
    time_text = cleaned.replace(calendar.group(0), " ") if calendar else cleaned
    clock = _clock(time_text)
    part = _part_of_day(cleaned)

    if clock is not None:
        at, definite = clock
        if day is not None:
            day_date = day[0]
            if not definite and part is None and at.hour < 12:
                at = _sensible(at)
            elif not definite and part is not None:
                at, later = _in_part(at, part)
                day_date += timedelta(days=later)
            return _exact(day_date, at, now, zone)
        if not definite and part is not None:  # "7 Uhr morgens", "8h du soir"
            at, _ = _in_part(at, part)
        elif not definite:
            return _next_of(at, now, zone, today)
        instant = local_instant(today, at, zone)
        if instant <= now:
            instant = local_instant(today + timedelta(days=1), at, zone)
        return Reading(When(instant, all_day=False))
    if part is not None:
        if day is not None:
            return _exact(day[0], part, now, zone)
        instant = local_instant(today, part, zone)
        if instant <= now:
            instant = local_instant(today + timedelta(days=1), part, zone)
        return Reading(When(instant, all_day=False))
    if day is not None:
        return _deadline(day[0], now, zone)
    return Reading(problem="none")


def _whole_minute(instant: datetime) -> datetime:
    rounded = instant.replace(second=0, microsecond=0)
    return rounded if rounded == instant else rounded + timedelta(minutes=1)


def _in_part(at: time, part: time) -> tuple[time, int]:
    """An hour said with a part of the day ("8 in the evening", "12 at night", "2 at night"),
    and how many days after the day named it falls: "12 at night" and "12 midnight" are the
    end of that day, 1-4 "at night" the small hours after it."""
    if part < NIGHT_FROM:
        return (time(at.hour + 12, at.minute) if part >= time(12) and at.hour < 12 else at), 0
    if at.hour == 12:
        return PARTS["midnight"], 0
    if at.hour <= SMALL_HOURS_UNTIL:
        return at, 1
    return (time(at.hour + 12, at.minute) if at.hour < 12 else at), 0


def _sensible(at: time) -> time:
    """'Friday at 7' without am/pm: 1-7 read as afternoon or evening, 8-11 as morning. Only a
    guess: the promiser confirms the time before anything is saved."""
    return time(at.hour + 12, at.minute) if 1 <= at.hour <= 7 else at


def _next_of(at: time, now: datetime, zone: str, today: date) -> Reading:
    """'at 6' with no day: the next 6 o'clock that is a waking hour (06:00-22:59)."""
    candidates = []
    for offset in (0, 1):
        for hour in (at.hour, at.hour + 12):
            if hour <= 23:
                instant = local_instant(today + timedelta(days=offset), time(hour, at.minute), zone)
                if instant > now and 6 <= hour <= 22:
                    candidates.append(instant)
    return Reading(When(min(candidates), all_day=False)) if candidates else Reading(problem="none")


def _exact(day: date, at: time, now: datetime, zone: str) -> Reading:
    instant = local_instant(day, at, zone)
    if instant <= now:
        return Reading(problem="past")
    return Reading(When(instant, all_day=False))


def _deadline(day: date, now: datetime, zone: str) -> Reading:
    for at in (ALL_DAY_DUE, LATE_ALL_DAY_DUE):
        instant = local_instant(day, at, zone)
        if instant > now:
            return Reading(When(instant, all_day=True))
    return Reading(problem="past")
