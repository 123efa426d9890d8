"""Issue 15's journeys in other languages, with partners who read different ones: an all-day
deadline from New York read in Berlin, a promise "in 3 Minuten" without the span in what the
partner reads, /unpair with each one's history kept, and pairing again."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from babel.dates import get_day_names

from bot.clock import FakeClock
from bot.simulator import Phone
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import answer_safety_question, invite_link, pair, set_up
from tests.languages import GAP, leaks, newest_with, opening, say, tap

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # 08:00 in New York, 14:00 in Berlin
WEDNESDAY = date(2026, 11, 25)

# What the promiser types: an all-day deadline, and a one-shot promise a few minutes ahead.
BY_WEDNESDAY = {
    "de": ("Blumen kaufen bis Mittwoch", "Blumen kaufen"),
    "es": ("comprar flores para el miércoles", "comprar flores"),
    "fr": ("acheter des fleurs d'ici mercredi", "acheter des fleurs"),
}
SOON = {
    "de": ("die Pflanzen gießen in 3 Minuten", "3 Minuten"),
    "es": ("regar las plantas en 3 minutos", "3 minutos"),
    "fr": ("arroser les plantes dans 3 minutes", "3 minutes"),
}
COUPLES = [("de", "fr"), ("es", "de"), ("fr", "es")]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


def weekday(lang: str, day: date) -> str:
    """The weekday as CLDR abbreviates it in ``lang`` ("Mi.", "mié", "mer.")."""
    return get_day_names("abbreviated", locale=lang)[day.weekday()]


async def checkin_now(phone: Phone, hard: str) -> None:
    await phone.send("/checkin now")
    await answer_safety_question(phone)
    for value in (5, 4, 4, 4):
        await phone.tap(str(value))
    for value in (0, 1, 0, 0):
        await tap(phone, f"checkin-patterns-scale-{value}")
    await tap(phone, "checkin-button_skip_question")
    await phone.send(hard)
    await tap(phone, "checkin-topic-time")
    await tap(phone, "checkin-button_skip_question")


def history_is_kept(text: str, lang: str) -> None:
    assert say(lang, "checkin-history_none") not in text, text
    assert say(lang, "checkin-history_pulse", pulse=17).strip() in text, text
    assert f"— {say(lang, 'checkin-status_open')}" not in text, text


@pytest.mark.parametrize(("lang", "partner_lang"), COUPLES)
async def test_deadlines_spans_unpairing_and_pairing_again_in_two_languages(
    sim, lang, partner_lang
):
    a = sim.phone(SAM_ID, "Sam", language_code=lang)
    b = sim.phone(ALEX_ID, "Alex", language_code=partner_lang)
    await set_up(a, zone="New York")
    await pair(a, b, joiner_zone="Berlin")
    await a.tap(newest_with(a, "checkin-button_other_time").button_labels()[0])

    # "by Wednesday" from New York: Sam's Wednesday, named as his, also for Alex in Berlin.
    typed, _ = BY_WEDNESDAY[lang]
    [confirm] = await a.send(f"/promise {typed}")
    assert (
        get_day_names("wide", locale=lang)[2] in confirm.text
        or weekday(lang, WEDNESDAY) in confirm.text
    ), confirm.text
    await tap(a, "promises-button_ok")
    news = b.find(typed)[-1].text
    theirs = say(partner_lang, "when-their_day", when=GAP, name="Sam").split(GAP)[1]
    assert weekday(partner_lang, WEDNESDAY) in news and theirs in news, news
    assert weekday(partner_lang, date(2026, 11, 26)) not in news, news

    # A few minutes from now: the partner reads the promise without the span.
    typed, span = SOON[lang]
    await a.send(f"/promise {typed}")
    await tap(a, "promises-button_ok")
    news = b.last.text
    assert typed.split(" ")[1] in news and span not in news, news

    # Both do the check-in; Alex ends the pairing; each keeps their own history.
    await checkin_now(a, "Zu wenig Zeit" if lang == "de" else "Poco tiempo")
    await checkin_now(b, "Peu de temps")
    await b.send("/unpair")
    await tap(b, "pairing-unpair_yes")
    for phone in (a, b):
        [history] = await phone.send("/checkin history")
        history_is_kept(history.text, phone.language_code)
    assert BY_WEDNESDAY[lang][0] in (await a.send("/promises"))[0].text

    # Alex invites again and Sam joins: no error, and the history comes along.
    await b.send("/invite")
    token = invite_link(b).rsplit("=", 1)[1]
    await a.send(f"/start {token}")
    assert b.saw(opening(partner_lang, "pairing-paired_inviter", name="Sam"))
    assert not a.saw(opening(lang, "common-error")) and not b.saw(
        opening(partner_lang, "common-error")
    )
    for phone in (a, b):
        [history] = await phone.send("/checkin history")
        history_is_kept(history.text, phone.language_code)
    assert BY_WEDNESDAY[lang][0] in (await b.send("/promises"))[0].text

    words = ("Sam", "Alex", "Zu wenig Zeit", "Poco tiempo", "Peu de temps")
    words += BY_WEDNESDAY[lang] + SOON[lang][:1]
    assert leaks(a, lang, words) == []
    assert leaks(b, partner_lang, words) == []
