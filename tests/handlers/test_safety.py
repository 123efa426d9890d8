"""The safety flows through two simulated phones: the gentle question and the crisis reply, the
writer who hurts the partner, captions and edits, the private safety question, stale buttons.

The partner sees nothing of any of it, and only flags are stored: the tests search every table
for the words that were written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import SQLModel, select

from bot.callbacks import SafetyCheck, SafetyQuestion
from bot.clock import FakeClock
from bot.services import insights, safety
from bot.services.safety import Screening
from bot.storage.models import CheckInResponse, SafetyFlag, Suggestion, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import answer_checkin, answer_safety_question, pair, safety_question_open, set_up

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # Saturday 14:00 in Berlin
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)  # Sunday 19:00 in Berlin

# Words the screen is told to find worrying at one level (the model's own judgement of real
# texts is tested in tests/services/safety; here the flows around it are the point).
HEAVY = "Lately it all feels like too much at home and I keep my head down"
HARMS = "I lost it and shoved her against the wall again last night"
MISREAD = "He gets really angry whenever I see my friends"
STALE = "That button is no longer active."


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


@pytest.fixture
def screened(monkeypatch) -> dict[str, Screening]:
    """Texts with a fixed screening; every other text goes through the real screen."""
    fixed: dict[str, Screening] = {
        HEAVY: Screening("check", ("fear",)),
        HARMS: Screening("alert", ("violence",), writer_harms=True),
        # The screen's writer signal at the "check" level (here wrong: the writer is the victim).
        MISREAD: Screening("check", ("control_isolation",), writer_harms=True),
    }
    real = safety.screen_async

    async def screen_async(text: str) -> Screening:
        return fixed.get(text) or await real(text)

    monkeypatch.setattr(safety, "screen_async", screen_async)
    return fixed


async def stored_anywhere(sim, words: str) -> list[str]:
    """Every table and row that holds ``words`` (case-insensitive), anywhere."""
    found = []
    async with sim.db.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in (await conn.execute(table.select())).mappings():
                if words.lower() in repr(dict(row)).lower():
                    found.append(table.name)
    return found


async def flags(sim, user_id: int, level: str | None = None) -> list[SafetyFlag]:
    query = select(SafetyFlag).where(SafetyFlag.user_id == user_id).order_by(SafetyFlag.id)
    if level is not None:
        query = query.where(SafetyFlag.level == level)
    async with sim.db.transaction() as session:
        return list(await session.exec(query))


async def start_checkin(sim, sam, alex) -> None:
    await sam.tap("Sun 19:00")
    await sim.advance_to(SLOT)
    for phone in (sam, alex):
        await phone.tap("Start", phone.find("It's your 30-minute check-in")[-1])


async def up_to_hard(phone) -> None:
    """The private questions up to "what felt hard?"."""
    for value in ("3", "3", "3", "3", "Often", "Once or twice", "Not at all", "Not at all"):
        await phone.tap(value)
    await phone.send("Our Sunday breakfast")


# -- the two levels -----------------------------------------------------------------------------


async def test_check_asks_gently_and_privately_and_keeps_nothing_but_a_flag(
    sim, sam, alex, screened
):
    await pair(sam, alex)
    await start_checkin(sim, sam, alex)
    await up_to_hard(sam)
    alex_before = len(alex.inbox)
    [question] = await sam.send(HEAVY)
    assert question.text.startswith("🤍 Some of what you wrote sounds heavy.")
    assert "Are you safe right now?" in question.text
    assert question.button_labels() == ["🆘 Show me where to get help", "🙂 I'm OK"]
    assert len(alex.inbox) == alex_before  # the partner sees nothing at all
    assert await stored_anywhere(sim, "keep my head down") == []  # not saved as an answer
    [flag] = await flags(sim, SAM_ID, "check")
    assert (flag.kind, flag.answer) == ("abuse", None)

    [help_reply] = await sam.tap("Show me where to get help", question)
    assert help_reply.text.startswith("💛 Thank you for telling me.")
    assert "116 016" in help_reply.text  # Berlin: the German helpline
    assert help_reply.button_labels() == ["🗑 Delete these messages"]
    await sam.tap("I'm OK", question)
    assert sam.find("Thank you for letting me know")
    [flag] = await flags(sim, SAM_ID, "check")
    assert flag.answer == "help"  # asking for help is what counts, not a later "OK"
    assert len(alex.inbox) == alex_before
    assert await stored_anywhere(sim, "keep my head down") == []


async def test_after_im_ok_the_same_words_can_be_sent_again_and_stay_private(
    sim, sam, alex, screened
):
    await pair(sam, alex)
    await start_checkin(sim, sam, alex)
    await up_to_hard(sam)
    [question] = await sam.send(HEAVY)
    ok_data = sam.button("I'm OK", question)[1]["callback_data"]
    await sam.tap("I'm OK", question)
    assert question.text.startswith("Thank you for letting me know. 💛")  # in place
    assert "just send it again" in question.text and question.buttons == []
    assert (await flags(sim, SAM_ID, "check"))[0].answer == "ok"
    # Sent again, it is the answer now: kept private (the partner never reads it).
    await sam.send(HEAVY)
    assert sam.saw("private")
    await sam.tap("Time together")
    await sam.send("More walks")
    await answer_checkin(alex)
    async with sim.db.transaction() as session:
        [mine] = list(
            await session.exec(select(CheckInResponse).where(CheckInResponse.user_id == SAM_ID))
        )
    assert mine.hard == HEAVY and mine.hard_private
    assert not any("keep my head down" in m.text for m in alex.inbox)
    # "I'm OK" a second time is a stale button; help is always there.
    await sam.press(ok_data, question)
    assert sam.last_toast == STALE
    # An "I'm OK" answer does not count as abuse: couples therapy may still be suggested.
    async with sim.db.transaction() as session:
        assert not await insights.abuse_indicated(session, await session.get(User, SAM_ID))


async def test_alert_in_a_checkin_answer_is_crisis_help_at_once_and_nothing_is_kept(sim, sam, alex):
    await pair(sam, alex)
    await start_checkin(sim, sam, alex)
    await up_to_hard(sam)
    alex_before = len(alex.inbox)
    [reply] = await sam.send("He grabbed my throat last night and I thought I would pass out")
    assert reply.text.startswith("🚨 If you are in danger right now, call 112.")
    assert "carry on with /checkin" in reply.text
    assert len(alex.inbox) == alex_before
    assert await stored_anywhere(sim, "grabbed my throat") == []
    [flag] = await flags(sim, SAM_ID, "alert")
    assert flag.kind == "abuse" and flag.immediate


# -- the writer who hurts the partner -----------------------------------------------------------


async def test_a_writer_who_hurts_the_partner_gets_help_to_stop(sim, sam, alex, screened):
    await pair(sam, alex)
    alex_before = len(alex.inbox)
    [reply] = await sam.send(HARMS)
    assert reply.text.startswith("💛 Thank you for being honest about this.")
    assert "help for exactly this" in reply.text
    assert "Beratung für Männer" in reply.text or "stop" in reply.text.lower()
    assert "it is not your fault" not in reply.text  # not the victim text
    assert "If it's the other way round" in reply.text  # and a way out if it is
    assert reply.button_labels() == ["🗑 Delete these messages"]
    assert len(alex.inbox) == alex_before
    assert await stored_anywhere(sim, "shoved her") == []
    [flag] = await flags(sim, SAM_ID, "alert")
    assert flag.kind == "harms"
    # It is abuse in the couple: no couples therapy is suggested to either.
    async with sim.db.transaction() as session:
        assert await insights.abuse_indicated(session, await session.get(User, ALEX_ID))


async def test_an_unsure_writer_signal_is_never_answered_as_the_one_who_harms(sim, sam, screened):
    await set_up(sam)
    [reply] = await sam.send(MISREAD)
    assert reply.text.startswith("🤍 Some of what you wrote sounds heavy.")
    assert "want to stop" not in reply.text
    await sam.tap("Show me where to get help", reply)
    assert "it is not your fault" in sam.last.text  # the help a person who is afraid needs
    [flag] = await flags(sim, SAM_ID, "check")
    assert flag.kind == "abuse"


async def test_where_a_country_has_no_line_to_stop_the_crisis_lines_are_given(sim, sam, screened):
    await set_up(sam, zone="Madrid")
    [reply] = await sam.send(HARMS)
    assert "A crisis line can talk it through with you right now" in reply.text
    assert "024" in reply.text  # Spain's crisis line


# -- captions and edits -------------------------------------------------------------------------


async def test_captions_are_screened(sim, sam, alex):
    await pair(sam, alex)
    [reply] = await sam.send_photo("he hit me again, this is the bruise")
    assert reply.text.startswith("💛 Thank you for telling me.")
    [reply] = await sam.send_document("i want to kill myself")
    assert "findahelpline" in reply.text or "0800 111 0 111" in reply.text
    [reply] = await sam.send_photo("our trip to the lake")
    assert "text" in reply.text.lower()  # a photo is not an answer; nothing about danger
    assert await stored_anywhere(sim, "bruise") == []
    assert not alex.saw("bruise")


async def test_edited_messages_are_screened_and_change_nothing_else(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("Looking forward to the weekend")
    [reply] = await sam.edit("he choked me last night")
    assert reply.text.startswith("🚨 If you are in danger right now")
    assert await sam.edit("Looking forward to the weekend!") == []  # a harmless edit: silence
    assert await sam.edit("/start") == []
    assert not alex.saw("choked")
    assert await stored_anywhere(sim, "choked") == []


def test_telegram_is_asked_for_edited_messages():
    from bot.serve import UPDATES

    assert "edited_message" in UPDATES


# -- the private safety question ----------------------------------------------------------------


async def test_the_private_question_at_set_up_and_every_four_weeks_in_the_checkin(sim, sam, alex):
    await pair(sam, alex)
    # Not in the burst of set-up messages: on its own, a few minutes later.
    assert not sam.saw("A private question") and not alex.saw("A private question")
    await sim.advance(minutes=11)
    [asked] = sam.find("A private question, just for you")
    assert "Alex never sees it" not in asked.text  # Sam set up before Alex joined
    assert "1 of 3" in asked.text and "afraid of your partner" in asked.text
    [joined] = alex.find("A private question, just for you")
    assert "Sam never sees it and won't know I asked" in joined.text
    await sam.tap("No", asked)
    assert "2 of 3" in asked.text  # the next question in place of the first
    await sam.tap("No", asked)
    await sam.tap("rather not say", asked)
    # No answers left on the screen, only thanks.
    assert asked.text.startswith("🔒 Thank you for answering.") and asked.buttons == []
    assert not any("private question" in m.text.lower() for m in alex.inbox if m is not joined)
    [answered] = [f for f in await flags(sim, SAM_ID, "question") if f.answer]
    assert (answered.kind, answered.answer) == ("question", "nns")

    # The first check-in (a day later): not asked again.
    await start_checkin(sim, sam, alex)
    assert not safety_question_open(sam) and not safety_question_open(alex)
    await answer_checkin(sam)
    await answer_checkin(alex)
    for week in (1, 2, 3):
        await sim.advance_to(SLOT + timedelta(weeks=week))
        for phone in (sam, alex):
            await phone.tap("Start", phone.find("It's your 30-minute check-in")[-1])
            assert not safety_question_open(phone)
            await answer_checkin(phone)
    # Four weeks after set-up, inside the private part of the check-in: asked first.
    await sim.advance_to(SLOT + timedelta(weeks=4))
    alex_before = len(alex.inbox)
    await sam.tap("Start", sam.find("It's your 30-minute check-in")[-1])
    assert safety_question_open(sam), sam.texts()[-3:]
    assert "1 of 3" in sam.last.text
    assert len(alex.inbox) == alex_before  # nothing for Alex, who has not started
    await answer_safety_question(sam, "nnn")
    assert sam.last.text.startswith("Question 1 of")  # straight on to the check-in
    assert "Now, on to this week's questions" in sam.inbox[-2].text
    await answer_checkin(sam)
    assert len(await flags(sim, SAM_ID, "question")) == 2


async def test_a_worrying_private_answer_gets_help_and_stops_couples_therapy(sim, sam, alex):
    await pair(sam, alex)
    await sim.advance(minutes=11)
    [asked] = alex.find("A private question, just for you")
    sam_before = len(sam.inbox)
    await alex.tap("Yes", asked)
    await alex.tap("No", asked)
    await alex.tap("No", asked)
    reply = asked
    assert reply.text.startswith("💛 Thank you for answering honestly.")
    assert "116 016" in reply.text and "I won't suggest couples therapy" in reply.text
    assert len(sam.inbox) == sam_before
    [flag] = [f for f in await flags(sim, ALEX_ID, "question") if f.answer]
    assert (flag.kind, flag.answer) == ("abuse", "ynn")
    async with sim.db.transaction() as session:
        assert await insights.abuse_indicated(session, await session.get(User, SAM_ID))
        assert list(await session.exec(select(Suggestion))) == []


# -- stale and forged buttons -------------------------------------------------------------------


async def test_stale_and_forged_safety_buttons_get_a_friendly_answer(sim, sam, alex, screened):
    await pair(sam, alex)
    await sim.advance(minutes=11)
    [asked] = sam.find("A private question, just for you")
    data = asked.buttons[0][0]["callback_data"]
    for _ in range(3):
        await sam.tap("No", asked)
    before = len(sam.inbox)
    await sam.press(data, asked)  # the first question's button, after the last answer
    assert sam.last_toast == STALE
    assert len(sam.inbox) == before
    [flag] = [f for f in await flags(sim, SAM_ID, "question") if f.answer]
    assert flag.answer == "nnn"  # unchanged
    # Alex's question, pressed by Sam (a forged id): nothing changes for Alex.
    [alex_asked] = alex.find("A private question, just for you")
    alex_flag = SafetyQuestion.decode(alex_asked.buttons[0][0]["callback_data"]).flag
    await sam.press(SafetyQuestion("y", "yy", alex_flag, 0).encode())
    assert sam.last_toast == STALE
    assert [f.answer for f in await flags(sim, ALEX_ID, "question")] == [None]
    # Made-up data, and another person's gentle question.
    for forged in ("sq:y:yyyy:1:0", "sc:ok:abc:0", "sq:x::1:0", "sc:maybe:1:0"):
        await sam.press(forged)
        assert sam.last_toast == STALE
    [question] = await alex.send(HEAVY)
    alex_check = SafetyCheck.decode(question.buttons[1][0]["callback_data"]).flag
    await sam.press(SafetyCheck("ok", alex_check, 0).encode())
    assert sam.last_toast == STALE
    assert (await flags(sim, ALEX_ID, "check"))[0].answer is None
    assert len(sam.inbox) == before


async def test_the_gentle_question_and_the_private_question_in_german(sim, screened):
    kim = sim.phone(SAM_ID, "Kim", language_code="de")
    await set_up(kim)
    [question] = await kim.send(HEAVY)
    assert question.text.startswith("🤍 Manches von dem, was du geschrieben hast, klingt schwer.")
    assert question.button_labels() == ["🆘 Zeig mir, wo ich Hilfe finde", "🙂 Mir geht's gut"]
    await kim.tap("Mir geht's gut", question)
    assert question.text.startswith("Danke, dass du mir Bescheid gibst.")
    await sim.advance(minutes=11)
    [asked] = kim.find("Eine private Frage, nur für dich")
    assert "Angst vor deinem Partner oder deiner Partnerin" in asked.text
    assert asked.button_labels() == ["Ja", "Nein", "Möchte ich nicht sagen"]
