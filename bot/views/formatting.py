"""Dates, times, weekday names, numbers and lists in the reader's language, through Babel (CLDR).

The one place where an instant becomes words. Rekindle's English is British English ("Friday
28 November", "18:00"), so ``en`` is formatted with the ``en_GB`` locale; any other language
uses its own, and one Babel does not know falls back to English.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_interval, format_skeleton, get_datetime_format, get_day_names
from babel.numbers import format_percent

from bot.scheduling.recurrence import local_date
from bot.scheduling.zones import get_zone
from bot.services.when import When
from bot.views.catalogue import t

BABEL_LOCALES = {"en": "en_GB"}
FALLBACK = "en_GB"
MISSING = "–"  # a figure that does not exist (a week without an answer)


@cache
def locale_of(lang: str) -> Locale:
    try:
        return Locale.parse(BABEL_LOCALES.get(lang, lang or FALLBACK).replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK)


def language_name(lang: str) -> str:
    """A language in its own words, as its speakers write it at the start of a line
    ("Deutsch", "Español", "Français"), from CLDR."""
    own = locale_of(lang)
    name = own.get_language_name(own) or lang
    return name[:1].upper() + name[1:]


def _at(day: date, at: time = time(12, 0)) -> datetime:
    return datetime.combine(day, at)


def clock(lang: str, at: time) -> str:
    """A time of day: '18:00'."""
    return format_skeleton("Hm", _at(date(2000, 1, 1), at), locale=locale_of(lang))


def window(lang: str, start: time, end: time) -> str:
    """A daily window such as quiet hours: '22:00–08:00'."""
    return format_interval(start, end, "Hm", locale=locale_of(lang))


def weekday(lang: str, number: int) -> str:
    """'Sunday' for 6 (Monday is 0)."""
    return get_day_names("wide", locale=locale_of(lang))[number]


def weekday_short(lang: str, number: int) -> str:
    """'Sun' for 6."""
    return get_day_names("abbreviated", locale=locale_of(lang))[number]


def day(lang: str, value: date) -> str:
    """'Friday 28 November'."""
    return format_skeleton("MMMMEEEEd", _at(value), locale=locale_of(lang))


def short_date(lang: str, value: date) -> str:
    """'28 Nov'."""
    return format_skeleton("MMMd", _at(value), locale=locale_of(lang))


def local(instant: datetime, zone: str | None) -> datetime:
    return instant.astimezone(get_zone(zone or "UTC"))


def day_of(lang: str, instant: datetime, zone: str | None) -> str:
    """The local day of an instant in the reader's calendar: 'Friday 28 November'."""
    return day(lang, local(instant, zone).date())


def moment(lang: str, instant: datetime, zone: str | None) -> str:
    """'Friday 28 November, 18:00' in the reader's calendar."""
    here = local(instant, zone)
    pattern = get_datetime_format("medium", locale=locale_of(lang))
    return pattern.replace("{1}", day(lang, here.date())).replace("{0}", clock(lang, here.time()))


def utc_offset(instant: datetime, zone: str) -> str:
    """'UTC+05:30': how far the zone is from UTC at that instant."""
    offset = local(instant, zone).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def city(zone: str) -> str:
    """A readable place for a zone name: 'America/New_York' -> 'New York'."""
    if zone.startswith("UTC"):
        return zone
    return zone.rpartition("/")[2].replace("_", " ")


def percent(lang: str, rate: float | None) -> str:
    """'75%', or a dash when there is nothing to count."""
    return MISSING if rate is None else format_percent(rate, locale=locale_of(lang))


def figure(value: object) -> str:
    return MISSING if value is None else str(value)


def _list_patterns(locale: Locale, style: str) -> dict[str, str]:
    """CLDR list patterns with their fallbacks filled in (unit-short -> unit -> standard):
    Babel keeps only what each style changes, and its format_list does not look further."""
    merged: dict[str, str] = {}
    for name in ("standard", "unit", style):
        merged.update(locale.list_patterns.get(name, {}))
    return merged


def enumeration(lang: str, items: Iterable[object]) -> str:
    """Separate items one after another, 'Money, Trust' (CLDR's short unit list)."""
    shown = [str(item) for item in items]
    if len(shown) < 2:
        return "".join(shown)
    patterns = _list_patterns(locale_of(lang), "unit-short")
    if len(shown) == 2:
        return patterns["2"].format(*shown)
    result = patterns["start"].format(shown[0], shown[1])
    for item in shown[2:-1]:
        result = patterns["middle"].format(result, item)
    return patterns["end"].format(result, shown[-1])


def when(
    lang: str,
    due: When,
    now: datetime,
    zone: str | None,
    *,
    owner_zone: str | None = None,
    owner: str | None = None,
) -> str:
    """When a promise is due, as the reader would say it: 'today 18:00', 'tomorrow 09:30',
    'Friday 27 November, 18:00', 'by Sunday 29 November'.

    A deadline day without a time ("by Sunday") is the promiser's day: read by a partner in
    another zone it is not converted (Sunday evening in New York is Monday in Berlin) but named
    as theirs, "by Sunday 6 December, Sam's time"."""
    theirs = (
        due.all_day
        and owner_zone is not None
        and owner is not None
        and local(due.at, owner_zone).utcoffset() != local(due.at, zone).utcoffset()
    )
    if theirs:
        zone = owner_zone
    here = local(due.at, zone)
    days = (here.date() - local_date(now, zone or "UTC")).days
    at = clock(lang, here.time())
    if due.all_day:
        if days in (0, 1):
            said = t(lang, "when-by_today" if days == 0 else "when-by_tomorrow")
        else:
            said = t(lang, "when-by_day", day=day(lang, here.date()))
        return t(lang, "when-their_day", when=said, name=owner) if theirs else said
    if days in (0, 1):
        return t(lang, "when-today" if days == 0 else "when-tomorrow", time=at)
    return moment(lang, due.at, zone)
