"""The daily small act as two partners experience it."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from bot.content import acts
from bot.storage.models import ActDelivery
from bot.views.catalogue import label
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import pair, set_up


async def deliveries(sim, user_id: int) -> list[ActDelivery]:
    async with sim.db.transaction() as session:
        return list(
            await session.exec(
                select(ActDelivery).where(ActDelivery.user_id == user_id).order_by(ActDelivery.id)
            )
        )


def act_messages(phone):
    return [m for m in phone.inbox if m.text.startswith("🌱 Today's small act")]


async def test_the_act_arrives_at_the_chosen_time_with_three_buttons(sim, sam):
    await set_up(sam, at="20:15")  # set up at 09:00 Berlin
    await sim.advance(hours=11, minutes=14)
    assert act_messages(sam) == []
    await sim.advance(minutes=1)
    [act] = act_messages(sam)
    assert act.button_labels() == ["✅ Done", "🔄 Another one", "⏭ Skip today"]
    [delivery] = await deliveries(sim, SAM_ID)
    assert label("en", f"act-{delivery.act_id}") in act.text


async def test_done_is_thanked_and_the_partner_can_say_it_landed(sim, sam, alex):
    await pair(sam, alex)
    await sim.advance(hours=24)
    act = act_messages(sam)[-1]
    replies = await sam.tap("Done", act)
    assert "✅ Done — thank you. That's 1 this week." in act.text and act.buttons == []
    [question] = replies
    assert "tell Alex when you've done your daily act" in question.text
    await sam.tap("Yes, tell Alex")
    [delivery] = [d for d in await deliveries(sim, SAM_ID) if d.status == "done"]
    told = alex.last
    assert told.text.startswith("💛 Sam did a small act for you today")
    assert label("en", f"act-{delivery.act_id}") in told.text
    await alex.tap("That landed")
    assert "You told them it landed" in told.text
    assert sam.last.text.startswith("❤️ Alex says your small act landed today")
    assert (await deliveries(sim, SAM_ID))[-1].landed_at is not None
    await alex.press(f"act:landed:{delivery.id}", told)
    assert alex.last_toast == "You've already told them ❤️"


async def test_acts_stay_private_unless_the_doer_opts_in(sim, sam, alex):
    await pair(sam, alex)
    await sim.advance(hours=24)
    await sam.tap("Done", act_messages(sam)[-1])
    await sam.tap("No, keep it to myself")
    assert not alex.saw("Sam did a small act")
    await sim.advance(hours=24)
    await sam.tap("Done", act_messages(sam)[-1])
    assert not alex.saw("Sam did a small act")
    assert not sam.last.text.startswith("Would you like me to tell")  # not asked again


async def test_another_one_swaps_in_place_and_skip_is_gentle(sim, sam):
    await set_up(sam)
    await sim.advance(hours=24)
    act = act_messages(sam)[-1]
    seen = {act.text}
    for _ in range(5):
        await sam.tap("Another one", act)
        seen.add(act.text)
    assert len(seen) == 6 and len(act_messages(sam)) == 1  # edited, not re-sent
    await sam.tap("Another one", act)
    assert sam.last_toast.startswith("That's all the swaps for today")
    await sam.tap("Skip today", act)
    assert "Skipped — that's fine" in act.text
    statuses = [d.status for d in await deliveries(sim, SAM_ID)]
    assert statuses == ["replaced"] * 5 + ["skipped"]


async def test_buttons_on_someone_elses_act_or_old_acts_do_nothing(sim, sam, alex):
    await pair(sam, alex)
    await sim.advance(hours=24)
    [sams] = await deliveries(sim, SAM_ID)
    for data in (
        f"act:done:{sams.id}",
        f"act:skip:{sams.id}",
        f"act:another:{sams.id}",
        f"act:landed:{sams.id}",
        "act:done:999999",
        "act:done:abc",
        "act:explode:1",
    ):
        await alex.press(data)
        assert alex.last_toast == "That button is no longer active."
    assert (await deliveries(sim, SAM_ID))[0].status == "offered"
    await sam.press(f"act:landed:{sams.id}")  # you cannot say your own act landed
    assert sam.last_toast == "That button is no longer active."
    await sim.advance(days=9)
    await sam.press(f"act:done:{sams.id}")  # more than a week old
    assert sam.last_toast == "That button is no longer active."


async def test_long_distance_couples_only_get_acts_that_work_apart(sim, sam, alex):
    await pair(sam, alex)
    await sam.send("/settings")
    await sam.tap("We live apart")
    assert sam.saw("Long-distance is on")
    assert alex.last.text.startswith("Sam marked you as living apart")
    await sim.advance(days=40)
    offered = await deliveries(sim, SAM_ID) + await deliveries(sim, ALEX_ID)
    assert len(offered) == 80
    assert not any(acts().get(d.act_id).together for d in offered)


async def test_progress_counts_the_week_and_the_run_without_guilt(sim, clock, sam):
    await set_up(sam)  # Saturday
    [reply] = await sam.send("/progress")
    assert "Every day is a fresh start" in reply.text
    for _ in range(3):  # Sunday, Monday, Tuesday
        await sim.advance(hours=24)
        await sam.tap("Done", act_messages(sam)[-1])
    [reply] = await sam.send("/streak")
    assert "This week: 2 done" in reply.text  # Monday and Tuesday (weeks start on Monday)
    assert "Days in a row: 3" in reply.text
    await sim.advance(hours=48)  # Wednesday not done; Thursday's act has arrived
    [reply] = await sam.send("/progress")
    assert "Days in a row: 0" in reply.text
    assert not any(word in reply.text.lower() for word in ("missed", "failed", "broke", "lost"))
    assert "◻️" in reply.text  # today's act is still open, not a failure


async def test_a_changed_act_time_moves_tomorrows_act(sim, clock, sam):
    await set_up(sam, at="9:00")
    await sam.send("/settings")
    await sam.tap("Daily act time")
    await sam.send("7:30pm")
    await sim.advance(hours=10, minutes=29)  # 19:29 Berlin
    assert act_messages(sam) == []
    await sim.advance(minutes=1)
    assert len(act_messages(sam)) == 1
    await sim.advance(timedelta(hours=24))
    assert len(act_messages(sam)) == 2
