"""A couple in two languages: Lena's Telegram is German, Lucía's Spanish, and each phone only
ever reads its own language — apart from what the other one wrote, shown as written.

Both live in Munich. The whole first week runs through the real application: set-up, pairing,
the daily act, a promise typed in each language with its reminder and the "did you keep it?",
the check-in with the reveal and the talk, /insights, and the reply to a worrying message.
Then every message and pop-up each phone got is searched for the other languages.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.clock import FakeClock
from bot.simulator import Phone
from bot.views.catalogue import label
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import plain
from tests.languages import leaks, shown_to

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # Saturday 14:00 in Munich
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)  # Sunday 19:00 in Munich

# What each of them types: shown to the other as written, so left out of the language check.
LENA_WORDS = (
    "Ich koche übermorgen um 18 Uhr für uns",
    "Unser Spaziergang am Sonntag",
    "Zu wenig Zeit füreinander",
    "Handys weg beim Abendessen",
)
LUCIA_WORDS = (
    "Te llevo el desayuno a la cama el martes a las 9",
    "La cena del viernes",
    "Las prisas por la mañana",
    "Un paseo juntos el sábado",
    "Lena",
    "Lucía",
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


def say(lang: str, msg_id: str, **values: object) -> str:
    """A message or label as the phone shows it (no markup)."""
    return plain(label(lang, msg_id, **values))


async def tap(phone: Phone, lang: str, msg_id: str, message=None, **values: object) -> None:
    await phone.tap(say(lang, msg_id, **values), message)


def with_button(phone: Phone, lang: str, msg_id: str):
    """The newest message with that button."""
    wanted = say(lang, msg_id)
    return next(m for m in reversed(phone.inbox) if wanted in m.button_labels())


# -- the week -----------------------------------------------------------------------------------


async def set_up(phone: Phone, lang: str, zone: str, at: str, start: str = "/start") -> None:
    await phone.send(start)
    await tap(phone, lang, "onboarding-consent_button")
    await phone.send(phone.first_name)
    await phone.send(zone)
    await phone.send(at)


async def answer_checkin(phone: Phone, lang: str, words: tuple[str, ...], topic: str) -> None:
    went_well, hard, improve = words
    for value in (5, 4, 4, 3):
        await phone.tap(str(value))
    for value in (0, 1, 0, 0):
        await tap(phone, lang, f"checkin-patterns-scale-{value}")
    await phone.send(went_well)
    await phone.send(hard)
    await tap(phone, lang, f"checkin-topic-{topic}")
    await phone.send(improve)


async def test_a_german_and_a_spanish_partner_each_read_only_their_own_language(sim):
    lena = sim.phone(SAM_ID, "Lena", language_code="de")
    lucia = sim.phone(ALEX_ID, "Lucía", language_code="es")

    # Set-up and pairing, each from /start in their own language; city names as they write them.
    await set_up(lena, "de", "München", "09:00")
    assert lena.inbox[0].text.startswith("👋 Hallo Lena")
    await lena.send("/invite")
    link = next(w for m in lena.inbox for w in m.text.split() if w.startswith("https://t.me/"))
    await set_up(lucia, "es", "Múnich", "08:30", start=f"/start {link.rsplit('=', 1)[1]}")
    assert lucia.saw("¡Todo listo, Lucía! Ya compartes Rekindle con Lena")
    assert lena.saw("Lucía hat deine Einladung angenommen")
    await tap(lena, "de", "questions-button_later")
    await tap(lucia, "es", "questions-button_later")
    await lena.tap("So. 19:00")  # the weekly check-in
    assert lucia.last.text.startswith("📅 Lena ha fijado el check-in semanal")

    # A promise typed in each language, understood in it.
    await lena.send("/promise")
    await lena.send(LENA_WORDS[0])
    assert "Fällig: Mo., 23. November, 18:00" in lena.last.text
    await tap(lena, "de", "promises-button_ok")
    assert lucia.last.text.startswith("🤝 Lena ha prometido")
    await lucia.send("/promise")
    await lucia.send(LUCIA_WORDS[0])
    await tap(lucia, "es", "promises-button_ok")
    assert lena.last.text.startswith("🤝 Lucía hat versprochen")

    # The daily act, each at their own time, each in their own language.
    await sim.advance_to(datetime(2026, 11, 22, 8, 5, tzinfo=UTC))  # Sunday 09:05
    assert lena.find(say("de", "acts-today", emoji="", category="").split("·")[0].strip())
    assert lucia.find(say("es", "acts-today", emoji="", category="").split("·")[0].strip())
    # The check-in: both answer, the reveal, the talk.
    await sim.advance_to(SLOT)
    for phone, lang, words, topic in (
        (lena, "de", LENA_WORDS[1:], "time"),
        (lucia, "es", LUCIA_WORDS[1:4], "chores"),
    ):
        await tap(
            phone, lang, "checkin-button_start", with_button(phone, lang, "checkin-button_start")
        )
        await answer_checkin(phone, lang, words, topic)
    [lena_reveal] = lena.find("🔓")
    [lucia_reveal] = lucia.find("🔓")
    assert "Lucía: Las prisas por la mañana" in lena_reveal.text  # as she wrote it
    assert "Lena: Zu wenig Zeit füreinander" in lucia_reveal.text
    await tap(lena, "de", "checkin-button_ready", lena_reveal)
    await tap(lucia, "es", "checkin-button_ready_too")
    await sim.advance(minutes=29)
    await tap(lena, "de", "checkin-button_same_time")
    assert lena.last.text.startswith("🎉") and lucia.last.text.startswith("🎉")

    # Lena's dinner at 18:00 on Monday: the reminder and the question, in German.
    await sim.advance_to(datetime(2026, 11, 23, 16, 35, tzinfo=UTC))
    assert lena.last.text == "⏰ In 30 Minuten: " + LENA_WORDS[0]
    await sim.advance_to(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    assert lena.last.text.startswith("⏰ Hast du dein Versprechen gehalten?")
    await tap(lena, "de", "promises-button_kept")
    await tap(lucia, "es", "promises-button_confirm_yes")
    # Lucía's breakfast at 9 on Tuesday: the same in Spanish.
    await sim.advance_to(datetime(2026, 11, 24, 7, 35, tzinfo=UTC))
    assert lucia.find("⏰ Dentro de 30 minutos: " + LUCIA_WORDS[0])
    await sim.advance_to(datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    assert lucia.last.text.startswith("⏰ ¿Cumpliste tu promesa?")
    await tap(lucia, "es", "promises-button_kept")
    await tap(lena, "de", "promises-button_confirm_yes")
    assert lucia.last.text.startswith("💛 Lena ha confirmado")

    # Insights and a worrying message, each in their language.
    await lena.send("/insights")
    await lucia.send("/insights")
    [reply] = await lucia.send("Me pegó anoche y tengo miedo de volver a casa")
    assert reply.text.startswith(say("es", "safety-intro").split(".")[0])
    [reply] = await lena.send("Ich habe Angst vor ihm, er schlägt mich")
    assert reply.text.startswith(say("de", "safety-intro").split(".")[0])

    assert leaks(lena, "de", LUCIA_WORDS) == []
    assert leaks(lucia, "es", LENA_WORDS) == []
    assert len(shown_to(lena)) > 60 and len(shown_to(lucia)) > 60
