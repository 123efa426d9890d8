"""/settings, pause and resume, quiet hours."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.storage.models import User
from tests.conftest import SAM_ID
from tests.flows import pair, set_up


async def get_user(sim, user_id: int = SAM_ID) -> User:
    async with sim.db.transaction() as session:
        return await session.get(User, user_id)


async def test_settings_shows_everything_and_changes_the_name(sim, sam):
    await set_up(sam, zone="Berlin", at="9:00")
    [summary] = await sam.send("/settings")
    for line in (
        "Name: Sam",
        "Time zone: Europe/Berlin (now 09:00)",
        "Daily small act: 09:00",
        "Quiet hours: 22:00–08:00",
        "Partner: not paired yet",
        "Status: active",
    ):
        assert line in summary.text
    await sam.tap("Name")
    await sam.send("Samantha")
    assert "Name: Samantha" in sam.last.text
    assert (await get_user(sim)).name == "Samantha"


async def test_cancel_leaves_a_settings_question_unchanged(sim, sam):
    await set_up(sam)
    await sam.send("/settings")
    await sam.tap("Time zone")
    [reply] = await sam.send("/cancel")
    assert reply.text == "OK, cancelled. Nothing was changed."
    [reply] = await sam.send("Tokyo")  # no question is open any more
    assert "not sure what to do with that message" in reply.text
    assert (await get_user(sim)).timezone == "Europe/Berlin"


async def test_quiet_hours_preset_typed_and_off(sim, sam):
    await set_up(sam)
    await sam.send("/settings")
    await sam.tap("Quiet hours")
    await sam.tap("23:00–07:00")
    assert sam.saw("Quiet hours: 23:00–07:00")
    await sam.tap("Quiet hours")
    [reply] = await sam.send("whenever")
    assert "couldn't read “whenever” as a window" in reply.text
    await sam.send("10pm to 6:30am")
    assert (await get_user(sim)).quiet_start.strftime("%H:%M") == "22:00"
    await sam.tap("Quiet hours")
    await sam.tap("No quiet hours")
    assert "Quiet hours: off" in sam.last.text


async def test_pause_with_a_button_and_resume(sim, sam):
    await set_up(sam)  # Saturday 21 November, 09:00 in Berlin
    await sam.send("/pause")
    await sam.tap("1 week")
    assert sam.last.text.startswith("⏸ Paused until Saturday 28 November")
    user = await get_user(sim)
    assert user.paused_until == datetime(2026, 11, 27, 23, 0, tzinfo=UTC)  # Berlin midnight
    [summary] = await sam.send("/settings")
    assert "Status: paused until Saturday 28 November" in summary.text
    await sam.send("/resume")
    assert sam.last.text.startswith("▶️ Welcome back!")
    assert (await get_user(sim)).paused_until is None
    [reply] = await sam.send("/resume")
    assert reply.text.startswith("You're not paused")


async def test_pause_until_a_typed_date(sim, sam):
    await set_up(sam)
    await sam.send("/pause")
    [reply] = await sam.send("someday maybe")
    assert "couldn't read “someday maybe” as a date" in reply.text
    [reply] = await sam.send("yesterday")
    assert "couldn't read" in reply.text
    await sam.send("Friday")
    assert sam.last.text.startswith("⏸ Paused until Friday 27 November")


async def test_a_paused_person_gets_nothing_until_the_pause_ends(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/pause")
    await sam.tap("3 days")
    await alex.send("/unpair")
    await alex.tap("Yes, end the pairing")
    assert not sam.saw("ended your pairing")
    await sim.advance(hours=48)
    assert not sam.saw("ended your pairing")
    await sim.advance(hours=48)  # Tuesday morning: the pause is over, quiet hours too
    assert sam.saw("Alex has ended your pairing")


async def test_settings_from_the_menu_buttons(sim, sam, alex):
    await pair(sam, alex)
    [summary] = await sam.send("/settings")
    assert "Partner: Alex" in summary.text
    assert "💔 Unpair" in summary.button_labels()
    await sam.tap("Pause")
    assert "Need some space?" in sam.last.text
    await sam.tap("2 weeks")
    [summary] = await sam.send("/settings")
    assert "▶️ Resume" in summary.button_labels()
    await sam.tap("Resume")
    assert sam.last.text.startswith("▶️ Welcome back!")


async def test_the_language_is_changed_in_settings_and_everything_after_follows_it(sim):
    """Lena's Telegram is German, so Rekindle starts in German; she switches to Spanish in
    /settings: the reply, the menu, /help and the next morning's act (planned before the switch,
    written when it is sent) are Spanish, and the buttons name each language in its own words."""
    from bot.views.catalogue import t
    from tests.conftest import SAM_ID as LENA_ID

    lena = sim.phone(LENA_ID, "Lena", language_code="de")
    await set_up(lena, zone="Berlin", at="09:00")
    [summary] = await lena.send("/settings")
    assert "Sprache: Deutsch" in summary.text
    [menu] = await lena.tap("🗣 Sprache")
    assert [row[0]["text"] for row in menu.buttons] == [
        "English",
        "✓ Deutsch",
        "Español",
        "Français",
    ]
    saved, summary = await lena.tap("Español")
    assert saved.text == "🗣 A partir de ahora te escribo en español."
    assert "Tus ajustes" in summary.text and "Idioma: Español" in summary.text
    assert (await get_user(sim, LENA_ID)).language == "es"
    menu = sim.telegram.menus[(str(LENA_ID), "")]
    assert {c["command"]: c["description"] for c in menu}["settings"].startswith("Nombre")
    [help_text] = await lena.send("/help")
    assert help_text.text == t("es", "help").replace("<b>", "").replace("</b>", "")
    await sim.advance_to(datetime(2026, 11, 22, 8, 5, tzinfo=UTC))  # 09:05 in Berlin
    [act] = lena.find("🌱 El pequeño gesto de hoy")
    assert act.buttons[0][0]["text"] == t("es", "acts-button_done")
