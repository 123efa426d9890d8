"""Reading a time of day as people type it: '8:30', '20:15', '7pm', '7.30 am', 'noon'."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from bot.services import spoken

_CLOCK = re.compile(
    r"^(?:at\s+)?(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?|a|p)?\.?$", re.I
)
_COMPACT = re.compile(r"^(\d{2})(\d{2})$")
_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}
# "8:00 evening" ("8 Uhr abends", "8h du soir"): the part of the day says am or pm.
_PART = re.compile(r"^(?:las?\s+)?(.+?)\s+(?:in\s+the\s+)?(morning|afternoon|evening|night)$")


def parse_time_of_day(text: str, lang: str = "en") -> time | None:
    """A ``time`` for what was typed (in ``lang``: "20 Uhr", "8 de la tarde", "20h"), or None
    when it is not a time of day."""
    cleaned = spoken.english(text, lang)
    if not cleaned or len(cleaned) > 20:
        return None
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    part = _PART.match(cleaned)
    if part:
        cleaned = part[1]
        if re.search(r"am|pm|^(?:1[3-9]|2\d|0)", cleaned) is None:  # not already definite
            cleaned += " am" if part[2] == "morning" else " pm"
    cleaned = re.sub(r"^las?\s+", "", cleaned)  # "las 8:30" ("las ocho y media")
    compact = _COMPACT.match(cleaned)
    if compact:
        hour, minute, suffix = int(compact[1]), int(compact[2]), None
    else:
        match = _CLOCK.match(cleaned)
        if not match:
            return None
        hour, minute = int(match[1]), int(match[2] or 0)
        suffix = (match[3] or "").replace(".", "")[:1] or None
    if minute > 59:
        return None
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "p" else 0)
    elif hour > 23:
        return None
    return time(hour, minute)


def parse_future_date(text: str, today: date, lang: str = "en") -> date | None:
    """A calendar date after ``today`` from 'Friday', 'next Monday', '1 December', 'in 3 days'
    (or 'nächsten Montag', 'el viernes', '1er décembre' in ``lang``)."""
    cleaned = " ".join(text.strip().split())
    if not cleaned or len(cleaned) > 40:
        return None
    import dateparser  # heavy: loaded on first use only

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": datetime.combine(today, time(12, 0)),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    english = spoken.english(cleaned, lang)
    for prefix in ("until ", "till ", "by "):
        english = english.removeprefix(prefix)
    parsed = dateparser.parse(english, languages=["en"], settings=settings)
    if parsed is None and lang in spoken.RULES:  # what our rewriting does not know
        parsed = dateparser.parse(cleaned, languages=[lang], settings=settings)
    if parsed is None:
        return None
    day = parsed.date()
    return day if day > today else None


def parse_window(text: str, lang: str = "en") -> tuple[time, time] | None:
    """A daily window like '22:00-08:00', '23-7' or '10pm to 7am' ('22 bis 7 Uhr')."""
    parts = re.split(
        r"\s*(?:-|–|—|\bto\b|\buntil\b|\bbis\b|\bhasta\b|\bjusqu'(?:à|a)\b)\s*",
        text.strip().lower(),
        maxsplit=1,
    )
    if len(parts) != 2:
        return None
    start, end = parse_time_of_day(parts[0], lang), parse_time_of_day(parts[1], lang)
    if start is None or end is None or start == end:
        return None
    return start, end
