"""The weekly check-in with two simulated phones and a moved clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.simulator import Simulator
from bot.storage.models import CheckIn, CheckInResponse, Couple, Promise
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import answer_checkin, pair, set_up

# Saturday 21 November 2026, 14:00 in Berlin; the slot is Sunday 19:00 Berlin (18:00 UTC).
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def couple_with_slot(sim, sam, alex) -> None:
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    assert alex.last.text.startswith("📅 Sam chose Sundays 19:00")


async def responses(sim) -> dict[int, CheckInResponse]:
    async with sim.db.transaction() as session:
        return {r.user_id: r for r in await session.exec(select(CheckInResponse))}


async def the_checkins(sim) -> list[CheckIn]:
    async with sim.db.transaction() as session:
        return list(await session.exec(select(CheckIn).order_by(CheckIn.id)))


def slot_messages(phone):
    return [m for m in phone.inbox if m.text.startswith("📅 It's your 30-minute check-in")]


async def test_the_slot_message_arrives_for_both_at_the_slot(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT - timedelta(minutes=1))
    assert slot_messages(sam) == [] and slot_messages(alex) == []
    await sim.advance(minutes=1)
    [for_sam], [for_alex] = slot_messages(sam), slot_messages(alex)
    assert for_sam.button_labels() == ["▶️ Start", "⏰ In 1 hour", "Skip this week"]
    assert for_alex.button_labels() == for_sam.button_labels()


async def test_a_full_week_both_answer_with_a_restart_then_talk(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("Start", slot_messages(sam)[-1])
    assert sam.saw("Your ratings stay private")
    for value in ("5", "4", "4", "3"):
        await sam.tap(value)
    await sim.restart()  # the bot restarts in the middle of Sam's answers
    for label in ("Once or twice", "Not at all", "Often", "Not at all"):
        await sam.tap(label)
    await sam.send("We cooked together on Tuesday")
    await sam.tap("Keep this private")
    await sam.send("The money talk on Thursday")
    await sam.tap("Money")
    await sam.tap("Skip")
    assert sam.last.text.startswith("✅ Thank you — your answers are saved.")
    # Nothing is revealed before both have finished.
    assert not alex.saw("side by side") and not sam.saw("side by side")
    assert not alex.saw("money talk")

    await alex.tap("Start", slot_messages(alex)[-1])
    await answer_checkin(
        alex,
        pulse=(3, 3, 2, 2),
        patterns=(2, 3, 2, 2),
        went_well="The walk on Sunday",
        hard="Feeling unheard",
        topic="Communication",
        improve="Phones away at dinner",
    )
    [sam_reveal] = sam.find("🔓 Your answers side by side")
    [alex_reveal] = alex.find("🔓 Your answers side by side")
    assert "You: The money talk on Thursday" in sam_reveal.text
    assert "Alex: Feeling unheard" in sam_reveal.text
    assert "Sam: 🔒 kept private" in alex_reveal.text  # the private answer stays private
    assert "cooked together" not in alex_reveal.text
    assert "Sam: —" in alex_reveal.text  # skipped
    assert "What felt hard? (Communication, Money)" in alex_reveal.text
    assert "16" not in alex_reveal.text and "Often" not in alex_reveal.text  # ratings stay private
    stored = await responses(sim)
    assert stored[SAM_ID].pulse == 16 and stored[ALEX_ID].pulse == 10
    assert stored[SAM_ID].went_well_private and not stored[SAM_ID].hard_private

    # The talk: both ready, then each step at its minute.
    await sam.tap("Ready to talk", sam_reveal)
    assert alex.last.text.startswith("🗣 Sam is ready for your talk")
    await alex.tap("I'm ready too")
    start = sim.clock.now()
    assert sam.last.text.startswith("💛 Appreciations · 5 minutes")
    await sim.advance(minutes=4, seconds=59)
    assert sam.last.text.startswith("💛 Appreciations")
    await sim.advance(seconds=1)
    assert sam.last.text.startswith("✅ What went well, and last week's promises")
    await sim.advance_to(start + timedelta(minutes=13))
    assert alex.last.text.startswith("🧭 One hard topic")
    await sim.advance_to(start + timedelta(minutes=25))
    loved = sam.last
    assert loved.text.startswith("🌱 Something good for this week")
    await sam.tap("Write what I'll do", loved)
    await sam.send("cook your favourite dinner on Friday")
    assert sam.last.text.startswith("🤝 Promise made: cook your favourite dinner on Friday")
    await alex.tap("Write what I'll do", alex.find("Something good for this week")[-1])
    await alex.send("plan a surprise walk on Saturday morning")
    async with sim.db.transaction() as session:
        made = list(await session.exec(select(Promise).where(Promise.source == "checkin")))
    assert {(p.promiser_id, p.text) for p in made} == {
        (SAM_ID, "cook your favourite dinner on Friday"),
        (ALEX_ID, "plan a surprise walk on Saturday morning"),
    }
    assert alex.saw("Sam promised: cook your favourite dinner on Friday")
    await sim.advance_to(start + timedelta(minutes=29))
    assert sam.last.text.startswith("📅 Next week · 1 minute")
    await sam.tap("Same time next week")
    assert sam.last.text.startswith("🎉 That's your check-in done")
    assert alex.last.text.startswith("🎉 That's your check-in done")
    await sim.advance(minutes=10)  # the planned end message was cancelled: no second one
    assert len(sam.find("That's your check-in done")) == 1


async def test_advance_early_end_and_a_break(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    for phone in (sam, alex):
        await phone.tap("Start", slot_messages(phone)[-1])
        await answer_checkin(phone)
    await sam.tap("Ready to talk")
    await alex.tap("I'm ready too")
    first = sam.last
    await alex.tap("Next step", alex.last)
    assert sam.last.text.startswith("✅ What went well")
    await sam.tap("Next step", first)  # an old step's button
    assert sam.last_toast == "That button is no longer active."
    await sam.tap("Next step")
    await sam.tap("Next step")
    hard = alex.last
    assert hard.text.startswith("🧭 One hard topic")
    await alex.tap("We need a break", hard)
    assert sam.last.text.startswith("🫶 Let's pause.")
    await sim.advance(minutes=30)  # paused: no more steps arrive
    assert sam.last.text.startswith("🫶 Let's pause.")
    await sam.tap("Continue")
    assert alex.last.text.startswith("🧭 One hard topic")
    await alex.tap("End")
    assert sam.last.text.startswith("🎉 That's your check-in done")
    await sim.advance(hours=1)
    assert sam.last.text.startswith("🎉 That's your check-in done")


async def test_snooze_and_skip(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("In 1 hour", slot_messages(sam)[-1])
    assert sam.last.text.startswith("⏰ OK — I'll remind you in an hour")
    await sim.advance(minutes=59)
    assert not sam.saw("Here's your check-in again")
    await sim.advance(minutes=1)
    assert sam.last.text.startswith("⏰ Here's your check-in again")
    await alex.tap("Skip this week", slot_messages(alex)[-1])
    assert alex.last.text.startswith("OK — you're skipping this week's check-in")
    assert sam.last.text.startswith("Alex is skipping this week's check-in")
    await sim.advance(days=2)
    assert not alex.saw("still waiting") and not alex.saw("partway through")


async def test_reminders_the_same_day_and_the_next(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT + timedelta(minutes=89))
    assert not sam.saw("still waiting for you today")
    await sim.advance(minutes=1)
    assert sam.saw("still waiting for you today") and alex.saw("still waiting for you today")
    # Sam starts the next morning but stops halfway; Alex has not started.
    await sim.advance_to(SLOT + timedelta(hours=14))
    await sam.send("/checkin")
    await sam.tap("5")
    await sim.advance_to(SLOT + timedelta(hours=24))
    assert sam.last.text.startswith("You're partway through this week's check-in questions")
    assert alex.last.text.startswith("Your partner has started this week's check-in")
    await sam.send("/checkin")  # carries on at question 2
    assert "Question 2 of 12" in sam.last.text


async def test_old_and_forged_buttons_never_write_into_another_week_or_couple(
    sim, sam, alex, casey
):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("Start", slot_messages(sam)[-1])
    first_question = sam.last
    week_one = (await the_checkins(sim))[0]
    await sim.advance(days=7)  # week one closes as week two opens
    await sam.tap("6", first_question)
    assert sam.last.text.startswith("That check-in is closed")
    week_two = (await the_checkins(sim))[1]
    async with sim.db.transaction() as session:
        rows = list(await session.exec(select(CheckInResponse)))
    assert all(r.checkin_id != week_two.id for r in rows)
    assert all(r.happiness is None for r in rows)
    # Someone from another couple cannot touch this couple's check-in.
    await set_up(casey)
    for data in (
        f"ca:{week_two.id}:happiness:6",
        f"ck:start:{week_two.id}",
        f"ck:skip:{week_two.id}",
        f"cp:{week_two.id}:hard",
        f"ck:next:{week_two.id}:1",
        f"ca:{week_two.id}:happiness:99",
        "ca:x:y:z",
        "ck:start:abc",
    ):
        await casey.press(data)
        assert casey.last_toast == "That button is no longer active.", data
    assert week_one.status == "open"  # (as read before it closed)
    closed = (await the_checkins(sim))[0]
    assert closed.status == "closed"


async def test_ratings_off_the_scale_and_text_over_the_limit(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("Start", slot_messages(sam)[-1])
    ci = (await the_checkins(sim))[0]
    await sam.press(f"ca:{ci.id}:happiness:7")
    assert sam.last_toast == "That isn't one of the answers to this question."
    await sam.press(f"ca:{ci.id}:warmth:-1")
    await sam.press(f"ca:{ci.id}:nonsense:3")
    assert (await responses(sim))[SAM_ID].happiness is None
    for value in ("6", "5", "5", "5", "Not at all", "Not at all", "Not at all", "Not at all"):
        await sam.tap(value)
    [reply] = await sam.send("x" * 2000)
    assert "Could you fit it in 1500 characters?" in reply.text
    assert (await responses(sim))[SAM_ID].went_well is None
    await sam.send("Everything")
    assert (await responses(sim))[SAM_ID].went_well == "Everything"


async def test_missed_weeks_then_a_gentle_question_instead_of_reminders(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance(days=22)  # three slots pass unused
    statuses = [c.status for c in await the_checkins(sim)]
    assert statuses[:2] == ["missed", "missed"]
    await sim.advance(days=7)  # the fourth slot: after three missed weeks
    assert len(sam.find("The check-in hasn't happened for three weeks now")) == 1
    reminders_before = len(sam.find("still waiting"))
    await sim.advance(days=7)  # no more slot messages or reminders
    assert len(sam.find("still waiting")) == reminders_before
    assert len(slot_messages(sam)) == 3
    await sam.tap("Keep this time", sam.find("three weeks now")[-1])
    async with sim.db.transaction() as session:
        couples = await session.exec(select(Couple).where(Couple.ended_at.is_(None)))
        assert [c.missed_weeks for c in couples] == [0]
    await sim.advance(days=7)
    assert len(slot_messages(sam)) == 4  # the usual messages are back


async def test_either_partner_proposes_a_new_time_the_other_confirms(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await alex.send("/checkin settings")
    await alex.tap("Change the time")
    await alex.tap("Another time")
    [reply] = await alex.send("whenever")
    assert "couldn't read “whenever”" in reply.text
    await alex.send("Wednesday 20:30")
    assert alex.last.text.startswith("📨 I've asked Sam whether Wednesdays 20:30 works")
    proposal = sam.last
    assert "move your weekly check-in to Wednesdays 20:30" in proposal.text
    await alex.press(proposal.buttons[0][0]["callback_data"], proposal)  # not Alex's to accept
    assert alex.last_toast == "That button is no longer active."
    await sam.tap("Yes, let's", proposal)
    assert alex.last.text.startswith("📅 Sam agreed: your weekly check-in is now Wednesdays 20:30")
    [settings] = await sam.send("/checkin settings")
    assert "Wednesdays 20:30" in settings.text


async def test_long_distance_slot_shows_both_local_times_and_warns_about_night(settings):
    clock = FakeClock(datetime(2026, 11, 21, 19, 0, tzinfo=UTC))  # 20:00 Berlin, 08:00 Auckland
    async with Simulator(settings, clock) as sim:
        sam, alex = sim.phone(SAM_ID, "Sam"), sim.phone(ALEX_ID, "Alex")
        await pair(sam, alex, joiner_zone="Auckland")
        await sam.tap("Sun 20:00")  # Monday 08:00 in Auckland: fine for both
        assert not sam.saw("at night")
        [settings_view] = await sam.send("/checkin settings")
        assert "Sundays 20:00" in settings_view.text and "Alex: Monday 08:00" in settings_view.text
        [settings_view] = await alex.send("/checkin settings")
        assert "you: Monday 08:00" in settings_view.text
        await sam.send("/checkin settings")
        await sam.tap("Change the time")
        await sam.tap("Sun 19:00")  # Monday 07:00 in Auckland: Alex's quiet hours
        assert sam.saw("That's 07:00 at night for Alex")
        assert sam.find("I've asked Alex")
        proposal = alex.last
        assert "Sundays 19:00 (that's Monday 07:00 for you)" in proposal.text
        await alex.tap("Yes, let's", proposal)
        assert sam.last.text.startswith("📅 Alex agreed")


async def test_a_solo_partner_answers_and_reflects(sim, sam):
    await set_up(sam)
    await sam.tap("Sun 19:00")
    assert sam.saw("I'll send you a message when it's time")
    await sim.advance_to(SLOT)
    await sam.tap("Start")
    assert sam.saw("Your answers are just for you")
    await answer_checkin(sam)
    assert sam.last.text.startswith(
        "✅ Thank you — your answers are saved. Ready for a short reflection?"
    )
    await sam.tap("Start my reflection")
    assert sam.last.text.startswith("💛 Appreciations · 5 minutes")
    assert "Write down three specific things" in sam.last.text
    await sim.advance(minutes=25)
    await sam.tap("Write what I'll do")
    await sam.send("leave a note in their bag tomorrow")
    assert sam.last.text.startswith("🤝 Promise made: leave a note in their bag tomorrow")


async def test_history_shows_my_pulse_and_the_topics(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    for week in range(2):
        await sim.advance_to(SLOT + timedelta(days=7 * week))
        for phone, pulse in ((sam, (5, 4, 4, 4)), (alex, (2, 2, 2, 2))):
            await phone.tap("Start", slot_messages(phone)[-1])
            await answer_checkin(phone, pulse=pulse, topic="Money" if phone is sam else "Chores")
    [history] = await sam.send("/checkin history")
    assert "your pulse 17/21" in history.text and "Alex took part" in history.text
    assert "hard: Money, Chores" in history.text
    assert "8/21" not in history.text  # Alex's pulse is Alex's
    assert "Your pulse, oldest first: 17 → 17" in history.text


async def test_last_weeks_hard_topic_is_followed_up(sim, sam, alex):
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("Start", slot_messages(sam)[-1])
    await answer_checkin(sam, topic="Money")
    await sim.advance(days=7)
    await sam.tap("Start", slot_messages(sam)[-1])
    for value in ("5", "4", "4", "4", "Not at all", "Not at all", "Not at all", "Not at all"):
        await sam.tap(value)
    assert "Last week, Money felt hard. How is it now?" in sam.last.text
    await sam.tap("Settled, for now")
    async with sim.db.transaction() as session:
        latest = (
            await session.exec(
                select(CheckInResponse)
                .where(CheckInResponse.user_id == SAM_ID)
                .order_by(CheckInResponse.id.desc())
            )
        ).first()
    assert latest.topic_resolved is True


async def test_answers_continue_on_another_worker(sim, settings, clock, sam, alex):
    """Two Applications on one database, like two worker processes behind a webhook."""
    await couple_with_slot(sim, sam, alex)
    await sim.advance_to(SLOT)
    await sam.tap("Start", slot_messages(sam)[-1])
    for value in ("5", "4"):
        await sam.tap(value)
    async with Simulator(settings, clock, telegram=sim.telegram) as other_worker:
        same_sam = other_worker.phone(SAM_ID, "Sam")
        await same_sam.tap("4")
        assert "Question 4 of 12" in same_sam.last.text
    await sam.tap("3")
    stored = (await responses(sim))[SAM_ID]
    assert (stored.happiness, stored.warmth, stored.rewarding, stored.satisfied) == (5, 4, 4, 3)
