"""Consent, set-up questions and their bad answers, through a simulated phone."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from bot.storage.models import User
from tests.conftest import SAM_ID
from tests.flows import set_up


async def count_users(sim) -> int:
    async with sim.db.transaction() as session:
        return (await session.exec(select(func.count()).select_from(User))).one()


async def get_user(sim, user_id: int = SAM_ID) -> User | None:
    async with sim.db.transaction() as session:
        return await session.get(User, user_id)


async def test_nothing_is_stored_before_consent(sim, sam):
    [welcome] = await sam.send("/start")
    assert "Hi Sam, I'm Rekindle" in welcome.text
    assert "/export" in welcome.text and "/delete" in welcome.text  # the privacy notice
    assert welcome.button_labels() == ["✅ I agree — let's begin", "Not now"]

    # Everything else asks for consent first and stores nothing.
    for attempt in ("/settings", "/invite", "hello there", "/pause"):
        [reply] = await sam.send(attempt)
        assert "/start" in reply.text
    await sam.tap("Not now")
    assert sam.last.text.startswith("No problem — nothing was saved")
    assert await count_users(sim) == 0


async def test_consent_then_three_questions(sim, sam):
    await sam.send("/start")
    replies = await sam.tap("I agree")
    assert await count_users(sim) == 1
    assert sam.inbox[0].buttons == []  # the consent button cannot be pressed twice
    assert "What should I call you?" in replies[-1].text

    await sam.tap("Call me Sam")
    assert sam.last.reply_keyboard[0][0]["request_location"] is True
    await sam.share_location(52.52, 13.405)  # Berlin
    assert sam.saw("Time zone: Europe/Berlin")
    await sam.tap("08:00")
    assert sam.saw("daily small act will come at 08:00")
    assert sam.inbox[-2].text.startswith("🎉 You're all set, Sam!")
    assert "weekly check-in" in sam.last.text  # and the offer to pick its time

    user = await get_user(sim)
    assert (user.name, user.timezone, user.act_time.strftime("%H:%M")) == (
        "Sam",
        "Europe/Berlin",
        "08:00",
    )
    assert user.is_set_up and user.flow is None


async def test_time_zone_by_name_city_offset_and_garbage(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.send("Sam")

    [reply] = await sam.send("blorp-land")
    assert "couldn't find a time zone for “blorp-land”" in reply.text
    assert (await get_user(sim)).flow == "setup.timezone"  # still asking

    await sam.send("+5:30")
    assert sam.saw("Time zone: UTC+05:30")
    assert sam.saw("fixed offset")
    assert (await get_user(sim)).timezone == "UTC+05:30"

    # From /settings, by IANA name and by city.
    await sam.send("8:30")
    await sam.send("/settings")
    await sam.tap("Time zone")
    await sam.send("america/new_york")
    assert (await get_user(sim)).timezone == "America/New_York"
    await sam.tap("Time zone")
    await sam.send("Kathmandu")
    assert (await get_user(sim)).timezone == "Asia/Kathmandu"


async def test_country_with_several_zones_offers_a_choice(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.send("Sam")
    [reply] = await sam.send("USA")
    assert "several time zones" in reply.text
    assert any("Chicago" in label for label in reply.button_labels())
    await sam.tap("Chicago")
    assert (await get_user(sim)).timezone == "America/Chicago"


async def test_act_time_typed_in_many_ways(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.send("Sam")
    await sam.send("Lisbon")
    [reply] = await sam.send("25:00")
    assert "couldn't read “25:00” as a time" in reply.text
    await sam.send("7pm")
    assert sam.saw("will come at 19:00")
    for typed, shown in (("8:30", "08:30"), ("20:15", "20:15"), ("7.45am", "07:45")):
        await sam.send("/settings")
        await sam.tap("Daily act time")
        await sam.send(typed)
        assert sam.saw(f"will come at {shown}")


async def test_act_time_in_quiet_hours_is_explained(sim, sam):
    await set_up(sam, at="07:00")
    assert sam.saw("inside your quiet hours (22:00–08:00), so it will arrive at 08:00")


async def test_bad_names_are_refused_kindly(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    [reply] = await sam.send("x" * 4096)
    assert "1 to 40 characters" in reply.text
    await sam.send("   Sam   Lee  ")
    assert (await get_user(sim)).name == "Sam Lee"


async def test_setup_continues_after_a_restart(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.send("Sam")
    await sim.restart()
    await sam.send("Tokyo")
    assert sam.saw("Time zone: Asia/Tokyo")
    await sam.send("/start")  # asks the open question again rather than starting over
    assert "When should your daily small act arrive?" in sam.last.text
    await sam.send("9")
    assert sam.inbox[-2].text.startswith("🎉 You're all set")
    assert "weekly check-in" in sam.last.text  # and the offer to pick its time


async def test_commands_during_setup_point_back_to_the_open_question(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    replies = await sam.send("/invite")
    assert "finish setting up first" in replies[0].text
    assert "What should I call you?" in replies[1].text


async def test_stale_setup_buttons_do_nothing(sim, sam):
    await set_up(sam, zone="Berlin", at="09:00")
    # The act-time buttons from set-up are still on screen; set-up is over.
    [old] = [m for m in sam.inbox if "When should your daily small act" in m.text]
    await sam.press("acttime:2000", old)
    assert sam.last_toast == "That button is no longer active."
    assert (await get_user(sim)).act_time.strftime("%H:%M") == "09:00"


async def test_start_again_after_setup_says_welcome_back(sim, sam):
    await set_up(sam)
    [reply] = await sam.send("/start")
    assert reply.text.startswith("Welcome back, Sam")
