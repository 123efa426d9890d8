"""Times, days and dates typed in German, Spanish and French mean what they would in English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.services.checkins.slots import parse_slot
from bot.services.times import parse_future_date, parse_time_of_day, parse_window
from bot.services.when import read

ZONE = "Europe/Berlin"
NOW = datetime(2026, 11, 21, 8, 0, tzinfo=UTC)  # Saturday 21 November 2026, 09:00 in Berlin


def local(text: str, lang: str) -> str:
    reading = read(text, NOW, ZONE, lang)
    assert reading.when is not None, (text, reading.problem)
    at = reading.when.at.astimezone(ZoneInfo(ZONE))
    return at.strftime("%a %d %H:%M") + (" all day" if reading.when.all_day else "")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Ich koche morgen um 18 Uhr", "Sun 22 18:00"),
        ("de", "Freitagabend", "Fri 27 19:00"),
        ("de", "heute Abend", "Sat 21 19:00"),
        ("de", "morgen früh", "Sun 22 09:00"),
        ("de", "übermorgen um 7", "Mon 23 19:00"),
        ("de", "in zwei Stunden", "Sat 21 11:00"),
        ("de", "in einer halben Stunde", "Sat 21 09:30"),
        ("de", "bis Sonntag", "Sun 22 21:00 all day"),
        ("de", "nächste Woche", "Sun 29 21:00 all day"),
        ("de", "am 3. Dezember um 20 Uhr", "Thu 03 20:00"),
        ("de", "nächsten Montag um 18.30 Uhr", "Mon 23 18:30"),
        ("es", "mañana a las 6", "Sun 22 18:00"),
        ("es", "mañana por la mañana", "Sun 22 09:00"),
        ("es", "pasado mañana a las 8 de la tarde", "Mon 23 20:00"),
        ("es", "el viernes por la noche", "Fri 27 21:00"),
        ("es", "esta noche", "Sat 21 20:00"),
        ("es", "dentro de 2 horas", "Sat 21 11:00"),
        ("es", "en media hora", "Sat 21 09:30"),
        ("es", "para el domingo", "Sun 22 21:00 all day"),
        ("es", "este fin de semana", "Sun 22 21:00 all day"),
        ("es", "el 3 de diciembre a las 20:00", "Thu 03 20:00"),
        ("fr", "demain à 18h", "Sun 22 18:00"),
        ("fr", "vendredi soir", "Fri 27 19:00"),
        ("fr", "ce soir", "Sat 21 20:00"),
        ("fr", "après-demain à 19h30", "Mon 23 19:30"),
        ("fr", "dans deux heures", "Sat 21 11:00"),
        ("fr", "dans une demi-heure", "Sat 21 09:30"),
        ("fr", "d'ici dimanche", "Sun 22 21:00 all day"),
        ("fr", "lundi prochain à 9h", "Mon 23 09:00"),
        ("fr", "le 3 décembre à 20 heures", "Thu 03 20:00"),
        # Typed without accents, as on many keyboards.
        ("es", "manana a las 6", "Sun 22 18:00"),
        ("fr", "apres-demain a 19h", "Mon 23 19:00"),
        ("de", "naechsten Montag um 9 Uhr", "Mon 23 09:00"),
    ],
)
def test_a_promise_time_in_each_language(lang, text, expected):
    assert local(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"), [("de", "gestern Abend"), ("es", "ayer a las 6"), ("fr", "hier soir")]
)
def test_the_past_is_the_past_in_each_language(lang, text):
    assert read(text, NOW, ZONE, lang).problem == "past"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ich mach das so bald es geht"),  # "so" is not Sunday
        ("es", "Voy a llamar a mi madre"),  # "a" is not "at"
        ("fr", "Je vais appeler ma mère"),
    ],
)
def test_words_that_are_not_times_stay_no_time(lang, text):
    assert read(text, NOW, ZONE, lang).problem == "none"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "20 Uhr", time(20)),
        ("de", "19.30", time(19, 30)),
        ("es", "7 de la tarde", time(19)),
        ("es", "a las 20:15", time(20, 15)),
        ("fr", "19h30", time(19, 30)),
        ("fr", "20h", time(20)),
        ("en", "8pm", time(20)),
    ],
)
def test_a_clock_time_in_each_language(lang, text, expected):
    assert parse_time_of_day(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Freitag", date(2026, 11, 27)),
        ("de", "nächsten Montag", date(2026, 11, 23)),
        ("de", "1. Dezember", date(2026, 12, 1)),
        ("es", "viernes", date(2026, 11, 27)),
        ("es", "el próximo lunes", date(2026, 11, 23)),
        ("es", "1 de diciembre", date(2026, 12, 1)),
        ("fr", "vendredi", date(2026, 11, 27)),
        ("fr", "lundi prochain", date(2026, 11, 23)),
        ("fr", "1er décembre", date(2026, 12, 1)),
    ],
)
def test_a_pause_until_a_day_in_each_language(lang, text, expected):
    # The examples the "couldn't read that date" message gives in each language.
    assert parse_future_date(text, date(2026, 11, 21), lang) == expected


def test_windows_and_check_in_slots_in_each_language():
    assert parse_window("22 bis 7 Uhr", "de") == (time(22), time(7))
    assert parse_window("22h-7h", "fr") == (time(22), time(7))
    assert parse_window("22 hasta 7", "es") == (time(22), time(7))
    assert parse_slot("Sonntags um 19 Uhr", "de") == (6, time(19))
    assert parse_slot("Mi 20:30", "de") == (2, time(20, 30))
    assert parse_slot("domingo a las 7 de la tarde", "es") == (6, time(19))
    assert parse_slot("mié 20:30", "es") == (2, time(20, 30))
    assert parse_slot("dimanche 19h", "fr") == (6, time(19))
    assert parse_slot("mer. 20:30", "fr") == (2, time(20, 30))


def test_a_weekday_with_its_part_of_the_day_is_not_tomorrow():
    assert local("am Freitagmorgen einen Spaziergang planen", "de") == "Fri 27 09:00"
    assert local("Sonntagabend", "de") == "Sun 22 19:00"
