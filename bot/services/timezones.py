"""Turning what a person shares or types into an IANA time zone.

Accepted: a shared location (timezonefinder), an IANA name ("Europe/Berlin"), a town or a
country as people write it in English, German, Spanish or French ("München", "Nueva York",
"Allemagne": the generated table in ``bot.services.places``), a few common abbreviations, or a
fixed UTC offset ("+5:30"). The data loads once per process: the application does it at start,
off the event loop (``preload``, called from ``bot.services.preload``); anything else loads it
on first use.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import available_timezones

from bot.scheduling.zones import get_zone
from bot.services import places, typed
from bot.services.places import fold as _fold

# Fixed offsets are stored as "UTC+05:30" (bot/scheduling/zones.py); everything else is an IANA
# name.
_OFFSET_INPUT = re.compile(r"^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?:\s*[:.h]?\s*(\d{2}))?$", re.I)

# Abbreviations people type, mapped to the zone that follows the same daylight-saving rules.
ABBREVIATIONS = {
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mt": "America/Denver",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "ct": "America/Chicago",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "bst": "Europe/London",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
}


@dataclass(frozen=True)
class ZoneLookup:
    """The result of reading a typed answer: one zone, several to choose from, or nothing."""

    zone: str | None = None
    choices: list[str] = field(default_factory=list)
    place: str | None = None  # the city or country we recognised, as it was typed if we can
    country: str | None = None  # its ISO 3166 code, for showing it in the reader's language


def offset_name(sign: str, hours: int, minutes: int) -> str | None:
    total = hours * 60 + minutes
    if (
        minutes not in (0, 15, 30, 45)
        or (sign == "+" and total > 14 * 60)
        or (sign == "-" and total > 12 * 60)
    ):
        return None
    return f"UTC{'+' if sign == '+' else '-'}{hours:02d}:{minutes:02d}"


def is_valid_zone(name: str) -> bool:
    try:
        get_zone(name)
    except ValueError:
        return False
    return True


@cache
def _iana_names() -> dict[str, str]:
    """Folded IANA name -> canonical name, plus the city part of each region zone."""
    names: dict[str, str] = {}
    cities: dict[str, str] = {}
    for zone in sorted(available_timezones()):
        names[_fold(zone)] = zone
        region, _, city = zone.rpartition("/")
        if region and region.split("/")[0] in {
            "Africa",
            "America",
            "Antarctica",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific",
        }:
            cities.setdefault(_fold(city), zone)
    return {**cities, **names}


def lookup(text: str) -> ZoneLookup:
    """Read a typed time zone answer. Returns an empty ZoneLookup when nothing matches."""
    raw = typed.visible(text)
    if not raw or len(raw) > 80:
        return ZoneLookup()
    match = _OFFSET_INPUT.match(raw.replace("−", "-"))
    if match:
        name = offset_name("-" if match[1] in "-−" else "+", int(match[2]), int(match[3] or 0))
        return ZoneLookup(zone=name) if name else ZoneLookup()
    folded = _fold(raw)
    if folded in {"utc", "gmt", "z", "zulu"}:
        return ZoneLookup(zone="UTC")
    if folded in ABBREVIATIONS:
        return ZoneLookup(zone=ABBREVIATIONS[folded])
    iana = _iana_names().get(folded)
    if iana:
        return ZoneLookup(zone=iana)
    table = places.table()
    # A country before a town of that name: "Armenia" is the country, not the Colombian city
    # (the table has already given a name to a town where that is what people mean).
    country = table.country(folded)
    if country is not None:
        name = country.name_for(folded)
        if len(country.zones) == 1:
            return ZoneLookup(zone=country.zones[0], place=name, country=country.code)
        return ZoneLookup(choices=list(country.zones[:6]), place=name, country=country.code)
    city = table.city(folded)
    if city is not None:
        return ZoneLookup(zone=city.zone, place=city.name, country=city.country)
    return ZoneLookup()


_finder_lock = threading.Lock()


@cache
def _finder():  # type: ignore[no-untyped-def]
    from timezonefinder import TimezoneFinder

    return TimezoneFinder()


def from_location(latitude: float, longitude: float) -> str | None:
    """The IANA zone at a point (ocean points get an Etc/GMT zone), or None if out of range."""
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    with _finder_lock:
        zone = _finder().timezone_at(lng=longitude, lat=latitude)
    return zone if zone and is_valid_zone(zone) else None


def preload() -> None:
    """Load everything ``lookup`` and ``from_location`` need, so that no one waits for it."""
    _iana_names()
    places.table()
    with _finder_lock:
        _finder()


UTC_NAME = "UTC"
assert get_zone(UTC_NAME).utcoffset(datetime(2000, 1, 1, tzinfo=UTC)) == timedelta(0)
