"""Times, days and dates typed in German, Spanish and French mean what they would in English."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.services.checkins.slots import parse_slot
from bot.services.promises.making import without_relative_time
from bot.services.times import parse_future_date, parse_time_of_day, parse_window
from bot.services.timezones import lookup
from bot.services.users import clean_name
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


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Clock times said in words (09:00 now: a bare 6:30 is the next sensible one).
        ("de", "halb sieben", "Sat 21 18:30"),
        ("de", "morgen um halb acht", "Sun 22 19:30"),
        ("de", "um Viertel nach sieben", "Sat 21 19:15"),
        ("de", "Viertel vor acht", "Sat 21 19:45"),
        ("de", "um viertel acht", "Sat 21 19:15"),
        ("de", "um acht", "Sat 21 20:00"),
        ("de", "um sieben Uhr abends", "Sat 21 19:00"),
        ("de", "8 Uhr abends", "Sat 21 20:00"),
        ("de", "um 20 Uhr", "Sat 21 20:00"),
        ("de", "um 7 Uhr morgens", "Sun 22 07:00"),  # the morning, not seven in the evening
        ("es", "a las 8 de la tarde", "Sat 21 20:00"),
        ("es", "a las ocho", "Sat 21 20:00"),
        ("es", "a las 8 y media", "Sat 21 20:30"),
        ("es", "a las ocho y media de la tarde", "Sat 21 20:30"),
        ("es", "a las 7 menos cuarto", "Sat 21 18:45"),
        ("es", "a la una", "Sat 21 13:00"),
        ("es", "mañana a las nueve", "Sun 22 09:00"),
        ("fr", "à 20h", "Sat 21 20:00"),
        ("fr", "ce soir", "Sat 21 20:00"),
        ("fr", "demain matin", "Sun 22 09:00"),
        ("fr", "à huit heures", "Sat 21 20:00"),
        ("fr", "à 7h et demie", "Sat 21 19:30"),
        ("fr", "à huit heures et quart du soir", "Sat 21 20:15"),
        ("fr", "à 8h du matin", "Sun 22 08:00"),
        ("fr", "dans une heure et demie", "Sat 21 10:30"),  # a span, not half past one
        ("fr", "dans deux heures", "Sat 21 11:00"),
        ("en", "half past seven", "Sat 21 19:30"),
        ("en", "quarter to eight tomorrow", "Sun 22 19:45"),
        ("en", "at seven", "Sat 21 19:00"),
    ],
)
def test_times_said_in_words_and_parts_of_the_day(lang, text, expected):
    assert local(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "um ein Geschenk zu kaufen"),  # "um" is not always "at"
        ("es", "una cena bonita"),
        ("en", "at one point"),
    ],
)
def test_number_words_that_are_no_time(lang, text):
    assert read(text, NOW, ZONE, lang).problem == "none"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "halb acht", time(7, 30)),
        ("de", "8 Uhr abends", time(20)),
        ("de", "7 Uhr morgens", time(7)),
        ("de", "\u200f9:00\u200b", time(9)),  # direction mark and zero-width space
        ("es", "las 8 y media", time(8, 30)),
        ("es", "a las ocho de la tarde", time(20)),
        ("fr", "8h du matin", time(8)),
        ("fr", "huit heures", time(8)),
        ("en", "7 in the evening", time(19)),
    ],
)
def test_a_time_of_day_in_words(lang, text, expected):
    assert parse_time_of_day(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "typed", "kept"),
    [
        ("en", "water the plants in 3 minutes", "water the plants"),
        ("de", "Blumen gießen in 3 Minuten", "Blumen gießen"),
        ("de", "in zwei Stunden die Wäsche aufhängen", "die Wäsche aufhängen"),
        ("de", "dich in einer halben Stunde anrufen", "dich anrufen"),
        ("de", "in 10 Min. anrufen", "anrufen"),
        ("es", "regar las plantas en 3 minutos", "regar las plantas"),
        ("es", "llamarte dentro de media hora", "llamarte"),
        ("es", "en una hora y media salimos", "salimos"),
        ("fr", "arroser les plantes dans 3 minutes", "arroser les plantes"),
        ("fr", "t'appeler dans une demi-heure", "t'appeler"),
        ("fr", "dans deux heures, je cuisine", "je cuisine"),
        ("fr", "dans 3 minutes", "dans 3 minutes"),  # nothing else to promise: kept whole
    ],
)
def test_a_span_from_now_is_taken_out_of_the_promise_in_each_language(lang, typed, kept):
    assert without_relative_time(typed, lang) == kept


def test_invisible_marks_do_not_hide_a_place_or_a_name():
    assert lookup("\u200fBerlin\u200b").zone == "Europe/Berlin"
    assert lookup("\u2067München\u2069").zone == "Europe/Berlin"
    assert clean_name("\u200f\u200b") is None
    assert clean_name("\u202eAnna\u200b") == "Anna"
    assert clean_name("👩‍❤️‍👨") == "👩‍❤️‍👨"  # the joiners of an emoji stay


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Twelve "at night" is the end of that day, never the next noon; one to four "at
        # night" are the small hours after that evening.
        ("en", "call mum at 12 at night", "Sat 21 23:59"),
        ("en", "at 12 tonight", "Sat 21 23:59"),
        ("en", "by 12 midnight", "Sat 21 23:59"),
        ("en", "tomorrow at 12 at night", "Sun 22 23:59"),
        ("en", "friday at 2 at night", "Sat 28 02:00"),
        ("en", "at 1 at night", "Sun 22 01:00"),
        ("en", "at 11 at night", "Sat 21 23:00"),
        ("en", "at 12 noon", "Sat 21 12:00"),
        ("de", "um 12 Uhr nachts", "Sat 21 23:59"),
        ("es", "a las 12 de la noche", "Sat 21 23:59"),
        ("es", "mañana a las 10 de la noche", "Sun 22 22:00"),
        ("es", "a las 7 de la tarde", "Sat 21 19:00"),
        ("fr", "à minuit", "Sat 21 23:59"),
    ],
)
def test_twelve_at_night_is_midnight_in_every_language(lang: str, text: str, expected: str) -> None:
    assert local(text, lang) == expected
