"""Real sources of help, chosen by the person's country (derived from their time zone)."""

from __future__ import annotations

from functools import cache
from importlib import resources as package_files
from pathlib import Path

from bot.content import CountryHelp, resources


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO country code, from the tz database's own zone.tab."""
    text = ""
    try:
        text = (package_files.files("tzdata.zoneinfo") / "zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError):
        system = Path("/usr/share/zoneinfo/zone.tab")
        text = system.read_text() if system.exists() else ""
    found = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            parts = line.split("\t")
            if len(parts) >= 3:
                found[parts[2]] = parts[0]
    return found


# Zones that are links to others (zone.tab lists only canonical names).
_ALIASES = {
    "Asia/Calcutta": "Asia/Kolkata",
    "Europe/Kiev": "Europe/Kyiv",
    "US/Eastern": "America/New_York",
    "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
    "GB": "Europe/London",
    "Australia/ACT": "Australia/Sydney",
    "Australia/NSW": "Australia/Sydney",
    "NZ": "Pacific/Auckland",
}


def country_for(zone: str | None) -> str | None:
    if not zone:
        return None
    zone = _ALIASES.get(zone, zone)
    return _zone_countries().get(zone)


def help_for(zone: str | None) -> CountryHelp | None:
    """The country's crisis lines and services, or None (then the international ones apply)."""
    code = country_for(zone)
    return resources().countries.get(code) if code else None
