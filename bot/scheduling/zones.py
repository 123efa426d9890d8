"""Time zones as they are stored: an IANA name ("Europe/Berlin") or a fixed offset
("UTC+05:30", for someone who gave an offset rather than a place)."""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

OFFSET_NAME = re.compile(r"^UTC([+-])(\d{2}):(\d{2})$")


def get_zone(name: str) -> tzinfo:
    """The tzinfo for a stored zone name. Raises ValueError for an unknown name."""
    match = OFFSET_NAME.match(name)
    if match:
        delta = timedelta(hours=int(match[2]), minutes=int(match[3]))
        return timezone(delta if match[1] == "+" else -delta)
    try:
        return _zoneinfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


@cache
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)
