"""New couples walk Rekindle end to end on phones set to German, Spanish and French (and one
partner in English), each partner in another time zone, with a restart and a few mistakes on the
way: /start, set-up, the invite, pairing, the daily act, a promise made, reminded and kept, the
weekly check-in with the reveal and the talk, /help, /questions, /insights, /export, a language
change in /settings and /delete. Each phone must only ever read its own language (apart from
what the partner typed), and every date is Babel's, in that language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from babel.dates import get_day_names, get_month_names

from bot.clock import FakeClock
from bot.simulator import Phone
from bot.views.formatting import language_name
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import answer_safety_question
from tests.languages import leaks, leaks_in, newest_with, opening, say, shown_to, tap

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # Saturday, 14:00 in Central Europe
MONDAY = date(2026, 11, 23)


@dataclass(frozen=True)
class Person:
    name: str
    lang: str
    city: str  # as they would write it
    promise: str  # "…the day after tomorrow at 19:00", in their words
    went_well: str
    hard: str
    improve: str
    bad_time: str  # a set-up answer that is no time

    @property
    def words(self) -> tuple[str, ...]:
        return (self.name, self.promise, self.went_well, self.hard, self.improve)


PEOPLE = {
    "de": Person(
        "Lena",
        "de",
        "München",
        "Ich koche übermorgen um 19 Uhr für uns",
        "Unser Spaziergang am Sonntag",
        "Zu wenig Zeit füreinander",
        "Handys weg beim Abendessen",
        "irgendwann mal",
    ),
    "es": Person(
        "Lucía",
        "es",
        "Madrid",
        "Te preparo la cena pasado mañana a las 7 de la tarde",
        "La cena del viernes",
        "Las prisas por la mañana",
        "Un paseo juntos el sábado",
        "cuando pueda",
    ),
    "fr": Person(
        "Chloé",
        "fr",
        "Paris",
        "Je t'emmène au cinéma après-demain à 19h",
        "Notre balade de dimanche",
        "Le manque de temps à deux",
        "Dîner sans téléphone",
        "quand je peux",
    ),
    "en": Person(
        "Sam",
        "en",
        "London",
        "cook dinner for us the day after tomorrow at 7pm",
        "Our walk on Sunday",
        "Too little time together",
        "Phones away at dinner",
        "whenever",
    ),
}


def _partner(lang: str, name: str, city: str) -> Person:
    base = PEOPLE[lang]
    return Person(
        name,
        lang,
        city,
        base.promise,
        base.went_well,
        base.hard,
        base.improve,
        base.bad_time,
    )


# The partner, far away: a second person per language, in another zone.
PARTNERS = {
    "de": _partner("de", "Jonas", "New York"),
    "es": _partner("es", "Mateo", "Ciudad de México"),
    "fr": _partner("fr", "Hugo", "Montréal"),
    "en": _partner("en", "Alex", "New York"),
}
COUPLES = [
    pytest.param("de", "de", id="de-de"),
    pytest.param("es", "es", id="es-es"),
    pytest.param("fr", "fr", id="fr-fr"),
    pytest.param("de", "fr", id="de-fr"),
    pytest.param("es", "en", id="es-en"),
]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


def loose(text: str) -> str:
    """French puts a narrow space before a colon."""
    return re.sub(r"[\u00a0\u202f ]+:", ":", text)


def babel_day(lang: str, day: date) -> tuple[str, str]:
    """The weekday (wide or abbreviated) and month as CLDR writes them in ``lang``."""
    locale = {"en": "en_GB"}.get(lang, lang)
    wide = get_day_names("wide", locale=locale)[day.weekday()]
    short = get_day_names("abbreviated", locale=locale)[day.weekday()]
    return (wide, short), get_month_names("wide", locale=locale)[day.month]


def assert_babel_date(text: str, lang: str, day: date) -> None:
    (wide, short), month = babel_day(lang, day)
    lowered = text.lower()
    assert wide.lower() in lowered or short.lower() in lowered, (lang, text)
    assert month.lower() in lowered and str(day.day) in text, (lang, text)


async def set_up(phone: Phone, person: Person, *, start: str = "/start") -> None:
    lang = person.lang
    [welcome, *_] = await phone.send(start)
    assert opening(lang, "onboarding-welcome", first_name=person.name) in welcome.text
    await tap(phone, "onboarding-consent_button")
    await phone.send(person.name)
    [bad] = await phone.send("Atlantis 12345")  # no place: asked again, kindly
    assert bad.text.startswith(opening(lang, "onboarding-bad_timezone"))
    await phone.send(person.city)
    [bad] = await phone.send(person.bad_time)  # no time: asked again
    assert phone.last is bad
    await phone.send("9:00")
    assert phone.saw(opening(lang, "onboarding-act_time_saved", time="09:00")[:15])


async def walk(sim, first: Person, second: Person) -> tuple[Phone, Phone]:
    a = sim.phone(SAM_ID, first.name, language_code=first.lang)
    b = sim.phone(ALEX_ID, second.name, language_code=second.lang)

    # Set-up, the invite (in the inviter's language), pairing (the joiner's in theirs).
    await set_up(a, first)
    link, forward = await a.send("/invite")
    assert link.text.startswith(opening(first.lang, "pairing-invite_link"))
    assert forward.text.startswith(say(first.lang, "pairing-invite_forward", name=first.name)[:25])
    token = next(w for w in link.text.split() if w.startswith("https://t.me/")).rsplit("=", 1)[1]
    await sim.restart()  # the bot restarts between the invite and its use
    await set_up(b, second, start=f"/start {token}")
    assert b.saw(opening(second.lang, "onboarding-invited_by", name=first.name))
    assert b.saw(opening(second.lang, "onboarding-done_paired", name=second.name))
    assert a.saw(opening(first.lang, "pairing-paired_inviter", name=second.name))
    await tap(a, "questions-button_later", newest_with(a, "questions-button_later"))
    await tap(b, "questions-button_later", newest_with(b, "questions-button_later"))
    slots = newest_with(a, "checkin-button_other_time")
    await a.tap(slots.button_labels()[0])  # Sunday 19:00, the inviter's time
    chose = opening(second.lang, "checkin-partner_chose_slot", name=first.name)

    # A forged button and a stale one: the calm answer, in their language.
    await a.press("ck:99999999999999999999:zz")
    await b.press("zz:1")
    assert a.last_toast == say(first.lang, "common-stale_button")
    assert b.last_toast == say(second.lang, "common-stale_button")

    # A promise with its time in the words of the promiser's language.
    await a.send("/promise")
    [confirm] = await a.send(first.promise)
    assert_babel_date(confirm.text, first.lang, MONDAY)
    await tap(a, "promises-button_ok")

    # The daily act, each at nine in their own morning.
    await sim.advance_to(datetime(2026, 11, 22, 8, 5, tzinfo=UTC))
    today = say(first.lang, "acts-today", emoji="", category="").split("·")[0].strip()
    act = a.find(today)[-1]
    await tap(a, "acts-button_done", act)
    theirs = say(second.lang, "acts-today", emoji="", category="").split("·")[0].strip()
    acts = len(b.find(theirs))
    await sim.advance_to(datetime(2026, 11, 22, 15, 5, tzinfo=UTC))  # 09:05 in Mexico City
    assert len(b.find(theirs)) == acts + 1
    [news] = b.find(first.promise)  # after the quiet hours of the partner's night
    assert opening(second.lang, "promises-partner_new", name=first.name) in news.text

    # The check-in at the slot: both answer, the reveal, the talk.
    await sim.advance_to(datetime(2026, 11, 22, 18, 0, tzinfo=UTC))
    for phone, person in ((a, first), (b, second)):
        await tap(phone, "checkin-button_start", newest_with(phone, "checkin-button_start"))
        await answer_safety_question(phone)
        for value in (5, 4, 4, 3):
            await phone.tap(str(value))
        if person is first:
            await sim.restart()  # in the middle of the answers
        for value in (0, 1, 0, 0):
            await tap(phone, f"checkin-patterns-scale-{value}")
        await phone.send(person.went_well)
        await phone.send(person.hard)
        await tap(phone, "checkin-topic-time")
        await phone.send(person.improve)
    [a_reveal] = a.find("🔓")
    [b_reveal] = b.find("🔓")
    assert b.saw(chose)  # held in the quiet hours of a partner far away, not lost
    assert f"{second.name}: {second.hard}" in loose(a_reveal.text)
    assert f"{first.name}: {first.hard}" in loose(b_reveal.text)
    await tap(a, "checkin-button_ready", a_reveal)
    await tap(b, "checkin-button_ready_too")
    await sim.advance(minutes=29)
    await tap(a, "checkin-button_same_time")
    assert a.last.text.startswith("🎉") and b.last.text.startswith("🎉")

    # The promise: reminded, asked, kept and confirmed.
    await sim.advance_to(datetime(2026, 11, 23, 17, 35, tzinfo=UTC))
    reminder = a.find(first.promise)[-2 if a.last.buttons else -1]
    assert reminder.text.startswith("⏰"), reminder.text
    await sim.advance_to(datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    assert a.last.text.startswith(opening(first.lang, "promises-check"))
    await tap(a, "promises-button_kept")
    await tap(b, "promises-button_confirm_yes")
    assert a.last.text.startswith(say(first.lang, "promises-confirmed_news", name=second.name)[:8])

    # The rest of the menu.
    for command in ("/help", "/questions", "/insights", "/promises", "/progress", "/settings"):
        assert await a.send(command), command
        assert await b.send(command), command
    [doc] = await a.send("/export")
    assert doc.kind == "document"
    return a, b


@pytest.mark.parametrize(("first_lang", "second_lang"), COUPLES)
async def test_a_new_couple_walks_rekindle_in_their_own_languages(sim, first_lang, second_lang):
    first = PEOPLE[first_lang]
    second = PARTNERS[second_lang]
    a, b = await walk(sim, first, second)
    a_theirs = second.words
    b_theirs = first.words
    assert leaks(a, first.lang, a_theirs) == []
    assert leaks(b, second.lang, b_theirs) == []
    assert len(shown_to(a)) > 80 and len(shown_to(b)) > 60

    # A language change in /settings: from the next reply on, all in the new one.
    new = "en" if first.lang != "en" else "fr"
    await a.send("/settings")
    await tap(a, "settings-button_language")
    before = len(sim.telegram.calls)
    [saved, _] = await a.tap(language_name(new))
    assert saved.text == say(new, "settings-language_saved")
    a.language_code = new  # what the phone is read in from here (Telegram's stays)
    await a.send("/help")
    await a.send("/promises")
    assert leaks(a, new, a_theirs, since=before) == []

    # /delete: asked, erased, and the partner told only that they left, in theirs.
    await a.send("/delete")
    await tap(a, "privacy-delete_yes")
    assert a.last.text.startswith(say(new, "privacy-deleted")[:4])
    assert b.last.text.startswith(opening(second.lang, "privacy-partner_left")[:10])
    assert leaks(b, second.lang, b_theirs) == []


def test_the_language_check_finds_english_german_ids_and_english_dates_in_spanish():
    seen = [
        "Tus ajustes · 🔒 kept private",
        "Schön, dich kennenzulernen, Lucía!",
        "¡Un placer conocerte, Lucía!",
        "Lena: Zu wenig Zeit füreinander",
        "Vence: Sunday, 23 de noviembre",
        "Vence: dom, 23 de noviembre, /settings",
        "Pulsa promises-button_ok",
        "Hola { $name }",
    ]
    found = leaks_in(seen, "es", ("Zu wenig Zeit füreinander",))
    assert [f.split("': ")[0] for f in found] == [
        "'Tus ajustes · 🔒 kept private",
        "'Schön, dich kennenzulernen, Lucía!",
        "'Vence: Sunday, 23 de noviembre",
        "'Pulsa promises-button_ok",
        "'Hola { $name }",
    ]
