"""Help, unknown input, forged buttons, blocked users, errors and Telegram failures."""

from __future__ import annotations

from sqlmodel import select

from bot.handlers import setup
from bot.storage.models import OutboxMessage, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import pair, set_up


async def get_user(sim, user_id: int = SAM_ID) -> User:
    async with sim.db.transaction() as session:
        return await session.get(User, user_id)


async def test_commands_are_registered_at_startup(sim):
    names = [c["command"] for c in sim.telegram.commands]
    assert {"help", "invite", "settings", "pause", "resume", "unpair", "export", "delete"} <= set(
        names
    )
    assert all(c["description"] for c in sim.telegram.commands)


async def test_the_menu_and_the_profile_are_registered_in_each_language(sim):
    """Telegram shows a German app the German menu and description, and so on; English for
    every other language. The menu is for private chats, where Rekindle works."""
    menus = sim.telegram.menus
    assert set(menus) == {("all_private_chats", code) for code in ("", "de", "es", "fr")}
    described = {
        code: dict((c["command"], c["description"]) for c in menus[("all_private_chats", code)])
        for code in ("", "de", "es", "fr")
    }
    assert described[""]["settings"] == "Name, time zone, times, pause"
    assert described["de"]["settings"] == "Name, Zeitzone, Uhrzeiten, Pause"
    assert described["es"]["pause"].startswith("Pausa")
    assert described["fr"]["checkin"] == "Le bilan de la semaine"
    assert all(d.keys() == described[""].keys() for d in described.values())
    assert (
        set(sim.telegram.descriptions)
        == set(sim.telegram.short_descriptions)
        == {"", "de", "es", "fr"}
    )
    assert "couples" in sim.telegram.short_descriptions[""]
    assert "Paare" in sim.telegram.short_descriptions["de"]
    assert "pareja" in sim.telegram.short_descriptions["es"]
    assert "couples" in sim.telegram.short_descriptions["fr"]
    assert "Starten" in sim.telegram.descriptions["de"]


async def test_the_bot_starts_even_if_registering_commands_fails(settings, clock):
    from bot.simulator import Simulator

    sim = Simulator(settings, clock)
    sim.telegram.fail_set_commands = True
    await sim.start()
    try:
        assert sim.telegram.commands is None
        [reply] = await sim.phone(SAM_ID, "Sam").send("/start")
        assert "I'm Rekindle" in reply.text
    finally:
        await sim.stop()


async def test_help_lists_the_commands(sim, sam):
    await set_up(sam)
    [reply] = await sam.send("/help")
    for command in ("/invite", "/settings", "/pause", "/export", "/delete", "/unpair"):
        assert command in reply.text


async def test_unknown_command_gets_help_not_silence(sim, sam):
    await set_up(sam)
    replies = await sam.send("/frobnicate now")
    assert replies[0].text.startswith("I don't know the command /frobnicate")
    assert "/settings" in replies[1].text


async def test_free_text_and_other_message_types(sim, sam):
    await set_up(sam)
    [reply] = await sam.send("what is this?")
    assert "not sure what to do with that message" in reply.text
    [reply] = await sam.send_sticker()
    assert "I can read text messages" in reply.text
    [reply] = await sam.send("🙂" * 2000 + "<b>&amp;</b>")  # long, emoji, markup-looking
    assert "not sure what to do" in reply.text


async def test_user_text_is_shown_back_escaped(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    await sam.send("<b>Sam</b> & co")
    assert sam.saw("Nice to meet you, <b>Sam</b> & co!")  # literally, not as markup
    await sam.send("<i>nowhere")
    assert sam.saw("couldn't find a time zone for “<i>nowhere”")


async def test_forged_and_unknown_buttons_change_nothing(sim, sam, alex):
    await pair(sam, alex)
    before = await get_user(sim)
    for data in (
        "tz:Not/AZone",
        "tz:../../etc",
        "acttime:99:99",
        "pause:1000",
        "quiet:25-99",
        f"unpair:yes:{SAM_ID}",
        "set:everything",
        "xyz",
        "consent:yes:" + "A" * 40,
        "delete:maybe",
    ):
        await sam.press(data)
    after = await get_user(sim)
    assert (
        after.timezone,
        after.act_time,
        after.paused_until,
        after.couple_id,
        after.quiet_start,
    ) == (
        before.timezone,
        before.act_time,
        before.paused_until,
        before.couple_id,
        before.quiet_start,
    )
    assert sam.last_toast == "That button is no longer active."
    assert (await get_user(sim, ALEX_ID)).couple_id == after.couple_id


async def test_someone_who_blocks_the_bot_gets_nothing_and_is_remembered(sim, sam, alex):
    await pair(sam, alex)
    await sam.block()
    assert (await get_user(sim)).blocked_at is not None
    await alex.send("/unpair")
    await alex.tap("Yes, end the pairing")
    async with sim.db.transaction() as session:
        [notice] = await session.exec(
            select(OutboxMessage).where(
                OutboxMessage.user_id == SAM_ID, OutboxMessage.dedupe_key.startswith("unpaired:")
            )
        )
    assert (notice.status, notice.error) == ("skipped", "blocked the bot")
    assert not sam.saw("ended your pairing")
    await sam.unblock()
    assert (await get_user(sim)).blocked_at is None


async def test_a_403_when_sending_marks_the_person_blocked(sim, sam, alex):
    await pair(sam, alex)
    sim.telegram.blocked.add(SAM_ID)  # blocked, and Telegram never told us
    await alex.send("/unpair")
    await alex.tap("Yes, end the pairing")
    assert (await get_user(sim)).blocked_at is not None
    # A reply to someone who blocked the bot is handled too (the error handler marks them).
    sim.telegram.blocked.add(ALEX_ID)
    sim.raise_errors = False  # the Forbidden reaches the error handler, which is the point
    await alex.send("/help")
    assert (await get_user(sim, ALEX_ID)).blocked_at is not None


async def test_an_unexpected_error_gets_a_polite_reply(sim, sam, monkeypatch):
    await sam.send("/start")
    await sam.tap("I agree")

    async def broken(*args, **kwargs):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(setup, "answer_step", broken)
    sim.raise_errors = False
    [reply] = await sam.send("Sam")
    assert reply.text.startswith("Sorry — something went wrong on my side")
    assert isinstance(sim.errors[-1], RuntimeError)


async def test_a_429_on_a_reply_loses_nothing(sim, sam):
    await sam.send("/start")
    await sam.tap("I agree")
    sim.raise_errors = False
    sim.telegram.fail("sendMessage", "429", chat_id=SAM_ID, times=1, retry_after=3)
    await sam.send("Sam")  # the answer is saved even though the reply was refused
    assert (await get_user(sim)).name == "Sam"
    await sam.send("Berlin")  # and the conversation simply goes on
    assert sam.saw("Time zone: Europe/Berlin")


async def test_commands_in_a_group_point_to_the_private_chat(sim):
    update = {
        "update_id": 999,
        "message": {
            "message_id": 5,
            "date": sim.timestamp(),
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            "chat": {"id": -100123, "type": "group", "title": "Us"},
            "from": {"id": SAM_ID, "is_bot": False, "first_name": "Sam"},
        },
    }
    await sim.process(update)
    [reply] = sim.telegram.chat(-100123)
    assert "only work in private chats" in reply.text
