"""Mistakes and odd input from people whose phones are set to German, Spanish or French:
nonsense times, 4,096-character messages, direction marks, zero-width spaces and emoji-only
texts, forged and stale buttons. Each gets a friendly answer in the person's language, nothing
they wrote is lost, and the log has no ERROR line."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.storage.models import Promise, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.languages import leaks, opening, say, tap

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # Saturday, 14:00 in Central Europe

NAMES = {"de": "Lena", "es": "Lucía", "fr": "Chloé"}
# What each types: a name with marks around it, a city wrapped in direction isolates, a time
# in words, nonsense for a time, "yesterday", a half hour said in words.
TYPED = {
    "de": dict(
        city="\u2067München\u2069",
        act_time="halb acht",
        nonsense="Quatsch mit Soße",
        past="gestern Abend",
        half_past="um halb sieben",
        quiet="22 bis 7 Uhr",
        tomorrow="morgen",
    ),
    "es": dict(
        city="\u2067Madrid\u2069",
        act_time="a las siete y media",
        nonsense="cuando las ranas críen pelo",
        past="ayer por la tarde",
        half_past="a las seis y media de la tarde",
        quiet="22 hasta 7",
        tomorrow="mañana",
    ),
    "fr": dict(
        city="\u2067Paris\u2069",
        act_time="7h et demie",
        nonsense="quand les poules auront des dents",
        past="hier soir",
        half_past="à 6h et demie du soir",
        quiet="22h-7h",
        tomorrow="demain",
    ),
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def stored(sim, model, **where):
    async with sim.db.transaction() as session:
        query = select(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return list(await session.exec(query))


@pytest.mark.parametrize("lang", ["de", "es", "fr"])
async def test_mistakes_and_odd_input_get_a_kind_answer_in_the_persons_language(sim, errors, lang):
    sim.raise_errors = False
    name, typed = NAMES[lang], TYPED[lang]
    a = sim.phone(SAM_ID, name, language_code=lang)
    b = sim.phone(ALEX_ID, "Kim", language_code=lang)

    # Set-up: an invisible name, a name wrapped in marks, a city in isolates, a time in words.
    await a.send("/start")
    _, consent = a.button(say(lang, "onboarding-consent_button"))
    await tap(a, "onboarding-consent_button")
    [bad] = await a.send("\u200f\u200b\u2060")
    assert bad.text == say(lang, "onboarding-bad_name")
    await a.send(f"\u202b{name} 🌷\u200b")
    assert a.saw(f"{name} 🌷")
    await a.send(typed["city"])
    assert a.saw("Europe/")
    [bad] = await a.send("🙃🙃🙃")
    assert bad.text.startswith(opening(lang, "onboarding-bad_time"))
    await a.send(typed["act_time"])
    assert a.saw("7:30")
    # The partner joins.
    await a.send("/invite")
    link = next(w for m in a.inbox for w in m.text.split() if w.startswith("https://t.me/"))
    await b.send(f"/start {link.rsplit('=', 1)[1]}")
    await tap(b, "onboarding-consent_button")
    for answer in ("Kim", "Berlin", "9:00"):
        await b.send(answer)

    # A promise: nothing but a zero-width space, then emoji alone; times that are none.
    await a.send("/promise")
    [empty] = await a.send("\u200b")
    assert empty.text == say(lang, "promises-empty")
    [when] = await a.send("💐💐")
    assert when.text.startswith(opening(lang, "promises-ask_when"))
    [unclear] = await a.send(typed["nonsense"])
    assert typed["nonsense"] in unclear.text
    [past] = await a.send(typed["past"])
    assert past.text.startswith(opening(lang, "promises-when_past")[:10])
    [confirm] = await a.send(typed["half_past"])
    assert "18:30" in confirm.text
    await tap(a, "promises-button_ok")
    [flowers] = await stored(sim, Promise, promiser_id=SAM_ID)
    assert flowers.text == "💐💐"
    due = flowers.due_at.astimezone(ZoneInfo("Europe/Berlin" if lang == "de" else "Europe/Paris"))
    assert due.time() == time(18, 30) or due.hour == 18  # Madrid and Paris share an offset

    # 4,096 characters: as a promise, whole; as a free message and as a check-in answer.
    long = ("Ä" if lang == "de" else "ñ" if lang == "es" else "é") * 4096
    await a.send("/promise")
    await a.send(long)
    [confirm, *more] = await a.send(typed["tomorrow"])
    await tap(a, "promises-button_ok", (more or [confirm])[-1])
    texts = [p.text for p in await stored(sim, Promise, promiser_id=SAM_ID)]
    assert long in texts  # nothing lost
    assert all(len(m.text) <= 4096 for m in b.inbox)
    assert await a.send(long)  # free text: answered

    # A right-to-left override in a promise would turn the partner's message around it.
    await a.send(f"/promise \u202e🌹 {typed['tomorrow']}")
    await tap(a, "promises-button_ok")
    assert b.saw("🌹") and not any("\u202e" in m.text for m in b.inbox)

    # Quiet hours: nonsense, then a window in their words.
    await a.send("/settings")
    await tap(a, "settings-button_quiet")
    [bad] = await a.send(typed["nonsense"])
    assert bad.text.startswith(opening(lang, "settings-bad_quiet")[:12])
    await a.send(typed["quiet"])
    [user] = await stored(sim, User, id=SAM_ID)
    assert (user.quiet_start, user.quiet_end) == (time(22), time(7))
    assert user.name == f"{name} 🌷"  # without the marks around it

    # Forged and stale buttons: the calm pop-up, in their language.
    for data in ("ck:ans:99999999999999999999:1", "pr:chk:abc:kept", "zz", "act:done:-1", "١٢"):
        await a.press(data)
        assert a.last_toast == say(lang, "common-stale_button"), data
    [again] = await a.press(consent["callback_data"], a.inbox[0])  # consent, pressed again
    assert again.text == say(lang, "onboarding-already_consented")

    assert errors() == [], errors()[:3]
    assert sim.errors == []
    assert not a.saw(opening(lang, "common-error"))
    theirs = (name, "Kim", "💐💐", long, typed["nonsense"])
    assert leaks(a, lang, theirs) == []
    assert leaks(b, lang, theirs) == []
