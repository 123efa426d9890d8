"""Typing a town or a country in one's own language during set-up and in /settings, through a
simulated phone and the real Application."""

from __future__ import annotations

from bot.storage.models import User
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import set_up


async def zone_of(sim, user_id: int) -> str | None:
    async with sim.db.transaction() as session:
        return (await session.get(User, user_id)).timezone


async def test_a_german_and_a_spanish_speaker_type_their_cities(sim):
    lena = sim.phone(SAM_ID, "Lena", language_code="de")  # answered in German from /start on
    await lena.send("/start")
    await lena.tap("Ich stimme zu")
    await lena.send("Lena")
    await lena.send("München")
    assert lena.saw("Zeitzone: Europe/Berlin")
    await lena.send("09:00")
    assert lena.saw("Alles bereit, Lena")
    assert await zone_of(sim, SAM_ID) == "Europe/Berlin"

    lucia = sim.phone(ALEX_ID, "Lucía", language_code="es")
    await lucia.send("/start")
    await lucia.tap("Acepto")
    await lucia.send("Lucía")
    await lucia.send("Nueva York")
    assert lucia.saw("Zona horaria: America/New_York")
    await lucia.send("09:00")
    assert lucia.saw("Todo listo")
    assert await zone_of(sim, ALEX_ID) == "America/New_York"
    await lucia.send("/settings")
    await lucia.tap("Zona horaria")
    await lucia.send("Múnich")
    assert await zone_of(sim, ALEX_ID) == "Europe/Berlin"
    await lucia.tap("Zona horaria")
    await lucia.send("Londres")
    assert await zone_of(sim, ALEX_ID) == "Europe/London"


async def test_a_country_named_in_french_offers_its_zones(sim):
    chloe = sim.phone(SAM_ID, "Chloé", language_code="fr")
    await chloe.send("/start")
    await chloe.tap("J'accepte")
    await chloe.send("Chloé")
    [reply] = await chloe.send("États-Unis")
    assert reply.text.startswith("États-Unis a plusieurs fuseaux horaires")
    assert any("Chicago" in label for label in reply.button_labels())
    await chloe.tap("Chicago")
    assert await zone_of(sim, SAM_ID) == "America/Chicago"


async def test_a_country_with_one_zone_named_in_german_is_taken_at_once(sim, sam):
    await set_up(sam)
    await sam.send("/settings")
    await sam.tap("Time zone")
    await sam.send("Österreich")
    assert await zone_of(sim, SAM_ID) == "Europe/Vienna"
    await sam.tap("Time zone")
    [reply] = await sam.send("Vienne, je crois")  # not a place: asked again, nothing changed
    assert "couldn't find a time zone" in reply.text
    assert await zone_of(sim, SAM_ID) == "Europe/Vienna"
