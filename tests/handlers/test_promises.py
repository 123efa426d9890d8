"""Kept promises between two simulated phones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.clock import FakeClock
from bot.simulator import Simulator
from bot.storage.models import OutboxMessage, Promise, User
from tests.conftest import SAM_ID
from tests.flows import pair, set_up

# Saturday 21 November 2026, 14:00 in Berlin.
AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def all_promises(sim) -> list[Promise]:
    async with sim.db.transaction() as session:
        return list(await session.exec(select(Promise).order_by(Promise.id)))


async def make(phone, text: str) -> None:
    await phone.send(f"/promise {text}")
    await phone.tap("Promise it")


async def test_a_promise_with_its_time_in_the_text(sim, sam, alex):
    await pair(sam, alex)
    [confirm] = await sam.send("/promise call you at 6pm")
    assert "call you at 6pm" in confirm.text and "Due: today 18:00" in confirm.text
    assert "Alex will see it" in confirm.text
    await sam.tap("Promise it")
    assert confirm.text.startswith("🤝 Promise made — today 18:00.")
    assert "remind you 30 minutes before" in confirm.text
    assert alex.last.text == "🤝 Sam promised: call you at 6pm (today 18:00)"
    [promise] = await all_promises(sim)
    assert promise.due_at == datetime(2026, 11, 21, 17, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("cook dinner on Friday evening", "Friday 27 November, 19:00"),
        ("take the bins out tonight", "today 20:00"),
        ("text you tomorrow 18:00", "tomorrow 18:00"),
        ("book the table in 2 hours", "today 16:00"),
        ("sort the photos by Sunday", "by tomorrow"),
    ],
)
async def test_natural_phrasings_are_confirmed_in_local_time(sim, sam, typed, due):
    await set_up(sam)
    [confirm] = await sam.send(f"/promise {typed}")
    assert f"Due: {due}" in confirm.text


async def test_no_time_or_a_past_time_is_asked_again(sim, sam):
    await set_up(sam)
    [ask] = await sam.send("/promise")
    assert "What would you like to promise" in ask.text
    [when] = await sam.send("plan a day out")
    assert "When will you do it?" in when.text
    [again] = await sam.send("whenever really")
    assert "couldn't work out a time from “whenever really”" in again.text
    [again] = await sam.send("today at 8am")
    assert "already passed" in again.text
    [confirm] = await sam.send("Saturday 28 November 10am")
    assert "Due: Saturday 28 November, 10:00" in confirm.text
    [confirm] = await sam.send("tomorrow 11:00")  # typed instead of tapping: a new time
    assert "Due: tomorrow 11:00" in confirm.text
    await sam.tap("Promise it")
    [promise] = await all_promises(sim)
    assert (promise.text, promise.due_at) == (
        "plan a day out",
        datetime(2026, 11, 22, 10, tzinfo=UTC),
    )


async def test_a_promise_without_a_time_of_day_is_due_by_the_end_of_the_week(sim, sam):
    await set_up(sam)
    await sam.send("/promise")
    await sam.send("be on time for dinners")
    await sam.tap("By the end of the week")
    assert "Due: by tomorrow" in sam.last.text  # it is Saturday
    await sam.tap("Promise it")
    [promise] = await all_promises(sim)
    assert promise.all_day and promise.due_at == datetime(2026, 11, 22, 20, 0, tzinfo=UTC)


async def test_a_private_promise_is_not_shown_to_the_partner(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/promise go for a run tomorrow morning")
    await sam.tap("Keep it private")
    assert "Private: only you will see it" in sam.last.text
    await sam.tap("Promise it")
    assert not alex.saw("go for a run")
    [view] = await alex.send("/promises")
    assert "go for a run" not in view.text
    [mine] = await sam.send("/promises")
    assert "🔒 go for a run" in mine.text


async def test_reminder_then_question_then_kept_then_partner_confirms(sim, sam, alex):
    await pair(sam, alex)
    await make(sam, "call you at 6pm")
    await sim.advance(hours=3, minutes=29)
    assert not sam.saw("In 30 minutes")
    await sim.advance(minutes=1)
    assert sam.last.text == "⏰ In 30 minutes: call you at 6pm"
    await sim.advance(minutes=40)
    question = sam.last
    assert question.text.startswith("⏰ Did you keep your promise?")
    assert question.button_labels() == [
        "✅ Kept",
        "⏳ Not yet — remind me in an hour",
        "😔 Couldn't",
    ]
    await sam.tap("Kept", question)
    assert "Kept — well done" in question.text and "asked Alex" in question.text
    ask = alex.last
    assert ask.text.startswith("🤝 Sam says they kept their promise")
    await alex.tap("Yes, thank you", ask)
    assert sam.last.text.startswith("💛 Alex confirmed you kept your promise")
    [promise] = await all_promises(sim)
    assert (promise.status, promise.partner_view) == ("kept", "confirmed")
    assert ask.buttons == []  # answered: the buttons are gone
    await alex.press(f"pc:no:{promise.id}", ask)  # a replayed second answer changes nothing
    assert alex.last_toast == "You've already answered this one ✓"
    assert (await all_promises(sim))[0].partner_view == "confirmed"


async def test_not_really_is_recorded_and_silence_lets_the_answer_stand(sim, sam, alex):
    await pair(sam, alex)
    await make(sam, "call you at 6pm")
    await make(sam, "bring flowers at 7pm")
    await sim.advance(hours=6)
    questions = [m for m in sam.inbox if m.text.startswith("⏰ Did you keep")]
    for question in questions:
        await sam.tap("Kept", question)
    asks = [m for m in alex.inbox if "says they kept" in m.text]
    await alex.tap("Not really", asks[0])
    assert "Thanks for being honest" in asks[0].text
    await sim.advance(hours=25)
    await alex.tap("Yes, thank you", asks[1])
    assert alex.last_toast == "It's been more than a day, so their answer stands."
    first, second = await all_promises(sim)
    assert (first.partner_view, second.partner_view) == ("not_really", None)
    assert second.status == "kept"


async def test_not_yet_asks_again_in_an_hour_and_couldnt_asks_for_a_reason(sim, sam, alex):
    await pair(sam, alex)
    await make(sam, "call you at 6pm")
    await sim.advance(hours=4, minutes=15)
    await sam.tap("Not yet")
    assert "I'll ask again in an hour" in sam.last.text
    await sim.advance(minutes=59)
    assert sum(m.text.startswith("⏰ Did you keep") for m in sam.inbox) == 1
    await sim.advance(minutes=2)
    assert sum(m.text.startswith("⏰ Did you keep") for m in sam.inbox) == 2
    await sam.tap("Couldn't")
    assert sam.last.text.startswith("If you like, tell me in a line what got in the way")
    await sam.send("work ran late <again>")
    assert sam.last.text.startswith("Thanks — noted.")
    [promise] = await all_promises(sim)
    assert (promise.status, promise.reason) == ("not_kept", "work ran late <again>")
    assert not alex.saw("work ran late")  # the reason is private
    await sam.tap("Make a new promise")
    assert "What would you like to promise Alex?" in sam.last.text


async def test_reminder_lead_depends_on_how_far_ahead(sim, clock, sam):
    await set_up(sam)
    await make(sam, "in 45 minutes")  # 15 minutes before
    await make(sam, "in 10 minutes")  # none
    async with sim.db.transaction() as session:
        reminders = list(
            await session.exec(
                select(OutboxMessage).where(OutboxMessage.kind == "promise_reminder")
            )
        )
    assert [r.due_at for r in reminders] == [clock.now() + timedelta(minutes=30)]


async def test_a_reminder_breaks_quiet_hours_only_for_a_promise_in_them(sim, clock, sam):
    await set_up(sam)
    await make(sam, "call you at 11pm")
    await sim.advance(hours=8, minutes=30)  # 22:30 Berlin: quiet hours
    assert sam.last.text == "⏰ In 30 minutes: call you at 11pm"
    await sim.advance(minutes=30)
    assert not sam.last.text.startswith("⏰ Did you keep")  # the question waits for the morning
    await sim.advance(hours=9)
    assert sam.last.text.startswith("⏰ Did you keep your promise?")


async def test_cancel_and_renegotiate_before_the_time(sim, sam, alex):
    await pair(sam, alex)
    await make(sam, "call you at 6pm")
    [view] = await sam.send("/promises")
    await sam.tap("call you at 6pm", view)
    await sam.tap("New time")
    await sam.send("7:30pm")
    await sam.tap("Promise it")
    assert sam.last.text.startswith(
        "🕑 Moved: call you at 6pm — now today 19:30 — Alex has been told"
    )
    assert alex.last.text == "🕑 Sam moved a promise: call you at 6pm — now today 19:30"
    await sim.advance(hours=4, minutes=30)  # 18:30: no reminder for the old time
    assert not sam.saw("In 30 minutes")
    await sim.advance(minutes=30)
    assert sam.last.text == "⏰ In 30 minutes: call you at 6pm"
    [view] = await sam.send("/promises")
    await sam.tap("call you at 6pm", view)
    await sam.tap("Cancel it")
    assert sam.last.text.startswith("🗑 Cancelled: call you at 6pm — Alex has been told")
    assert alex.last.text == "Sam cancelled a promise: call you at 6pm"
    await sim.advance(hours=2)
    assert not sam.saw("Did you keep")


async def test_nobody_else_can_answer_or_confirm_and_old_buttons_die(sim, sam, alex, casey):
    await pair(sam, alex)
    await set_up(casey)
    await make(sam, "call you at 6pm")
    [promise] = await all_promises(sim)
    for phone in (alex, casey):
        await phone.press(f"pk:kept:{promise.id}:0")
        assert phone.last_toast == "That button is no longer active."
        await phone.press(f"pm:cancel:{promise.id}")
        assert phone.last_toast == "That button is no longer active."
    await sim.advance(hours=4, minutes=15)
    question = sam.last
    await sam.press(f"pc:yes:{promise.id}")  # cannot confirm one's own promise
    await casey.press(f"pc:yes:{promise.id}")  # nor someone from another couple
    assert (await all_promises(sim))[0].partner_view is None
    await sam.tap("Kept", question)
    await casey.press(f"pc:yes:{promise.id}")
    assert casey.last_toast == "That button is no longer active."
    await sam.press(f"pk:couldnt:{promise.id}:0", question)
    assert sam.last_toast == "You've already answered this one ✓"
    assert (await all_promises(sim))[0].status == "kept"
    for forged in ("pk:kept:x:y", "pk:boom:1:0", "pc:maybe:1", "pm:drop:1", "pr:launch"):
        await sam.press(forged)
        assert sam.last_toast == "That button is no longer active."


async def test_moving_a_promise_kills_the_old_question(sim, sam, alex):
    await pair(sam, alex)
    await make(sam, "call you in 30 minutes")
    await sim.advance(minutes=40)
    [promise] = await all_promises(sim)
    old = sam.last
    assert old.text.startswith("⏰ Did you keep")
    # It is due already: it can no longer be moved...
    await sam.press(f"pm:time:{promise.id}")
    assert sam.last_toast.startswith("It's already due")
    async with sim.db.transaction() as session:
        stored = await session.get(Promise, promise.id)
        stored.revision = 1  # as if it had been moved before the time came
    await sam.tap("Kept", old)
    assert sam.last_toast == "That button is no longer active."


async def test_odd_promise_texts_are_stored_safely_and_shown_escaped(sim, sam, alex):
    await pair(sam, alex)
    long_text = "be patient " * 370  # with the command, 4088 characters: near Telegram's limit
    await sam.send(f"/promise {long_text.strip()} tomorrow")
    await sam.tap("Promise it")
    await sam.send("/promise 💐💐💐 tonight")
    await sam.tap("Promise it")
    await sam.send("/promise <b>hug</b> & <i>kiss</i> at 9pm")
    await sam.tap("Promise it")
    stored = await all_promises(sim)
    assert stored[0].text == long_text.strip() + " tomorrow"
    assert stored[1].text == "💐💐💐 tonight"
    assert alex.saw("Sam promised: <b>hug</b> & <i>kiss</i> at 9pm")
    assert any(m.text.endswith("… (by tomorrow)") for m in alex.inbox)
    [listing] = await sam.send("/promises")
    assert "✏️ be patient be patient be…" in listing.button_labels()
    [reply] = await sam.send("/promise    ")
    assert "What would you like to promise" in reply.text
    [reply] = await sam.send("!!!")
    assert "couldn't find a promise" in reply.text


async def test_solo_promises_carry_over_after_pairing(sim, sam, alex):
    await set_up(sam)
    await set_up(alex)
    await make(alex, "learn your favourite song by Friday")
    await sam.send("/invite")
    token = sam.find("Your invite link")[-1].text.split("start=")[1].split()[0]
    await alex.send(f"/start {token}")
    [view] = await sam.send("/promises")
    assert "Alex's, still open" in view.text and "learn your favourite song" in view.text


async def test_kept_rates_over_four_weeks_with_a_trend(sim, clock, sam, alex):
    await pair(sam, alex)
    # Four weeks of Sam's promises: 1 of 2, 1 of 2, 2 of 2, 2 of 2 kept.
    outcomes = [[True, False], [True, False], [True, True], [True, True]]
    async with sim.db.transaction() as session:
        couple = (await session.get(User, SAM_ID)).couple_id
        for week, results in enumerate(outcomes):
            for kept in results:
                due = clock.now() - timedelta(weeks=3 - week, days=1)
                session.add(
                    Promise(
                        promiser_id=SAM_ID,
                        couple_id=couple,
                        text="x",
                        due_at=due,
                        status="kept" if kept else "not_kept",
                        answered_at=due,
                        partner_view="confirmed" if kept and week >= 2 else None,
                        created_at=due,
                        updated_at=due,
                    )
                )
        session.add(
            Promise(
                promiser_id=SAM_ID,
                couple_id=couple,
                text="old",
                status="kept",
                due_at=clock.now() - timedelta(weeks=6),
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
    [mine] = await sam.send("/promises")
    assert "You: kept 6 of 8 (75%) · Alex confirmed 4" in mine.text
    assert "Your last four weeks: 50% → 50% → 100% → 100%" in mine.text
    assert "Trust is growing" in mine.text
    [theirs] = await alex.send("/promises")
    assert "Sam: kept 6 of 8 (75%) · you confirmed 4" in theirs.text


async def test_reminders_respect_a_pause(sim, sam):
    await set_up(sam)
    await make(sam, "call mum at 6pm")
    await sam.send("/pause")
    await sam.tap("1 day")
    await sim.advance(hours=6)
    assert not sam.saw("In 30 minutes")


async def test_promises_in_a_simulator_of_their_own(settings):
    """The whole flow also works for someone far from Berlin."""
    clock = FakeClock(datetime(2026, 11, 21, 1, 0, tzinfo=UTC))  # 06:45 in Kathmandu
    async with Simulator(settings, clock) as sim:
        kim = sim.phone(77, "Kim")
        await set_up(kim, zone="Kathmandu")
        [confirm] = await kim.send("/promise water the plants at 7")
        assert "Due: today 07:00" in confirm.text
