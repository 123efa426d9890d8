"""Insights and safety through two simulated phones: who sees what."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import BigInteger, inspect
from sqlmodel import SQLModel, select

from bot.clock import FakeClock
from bot.services import privacy
from bot.storage.models import CheckInResponse, Couple, Promise, SafetyFlag, Suggestion, User
from tests.conftest import ALEX_ID, SAM_ID
from tests.factories import past_week, pulse_of
from tests.flows import answer_checkin, pair, set_up

AFTERNOON = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)  # Saturday 14:00 in Berlin
SLOT = datetime(2026, 11, 22, 18, 0, tzinfo=UTC)  # Sunday 19:00 in Berlin


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(AFTERNOON)


async def couple_id(sim) -> int:
    async with sim.db.transaction() as session:
        return (await session.get(User, SAM_ID)).couple_id


async def history(sim, sam_pulses, alex_pulses, **sam_extra) -> None:
    """Past weeks before this one (oldest first)."""
    cid = await couple_id(sim)
    for i, (mine, theirs) in enumerate(zip(sam_pulses, alex_pulses, strict=True)):
        when = SLOT - timedelta(weeks=len(sam_pulses) - i)
        extra = {k: v[i] for k, v in sam_extra.items()}
        await past_week(
            sim.db,
            cid,
            when,
            {
                SAM_ID: None if mine is None else {**pulse_of(mine), **extra},
                ALEX_ID: None if theirs is None else pulse_of(theirs),
            },
        )


async def this_week(
    sim, sam, alex, *, sam_pulse=(2, 2, 2, 2), alex_pulse=(5, 4, 4, 4), sam_patterns=(0, 0, 0, 0)
) -> None:
    await sam.tap("Sun 19:00")
    await sim.advance_to(SLOT)
    for phone, pulse, patterns in (
        (sam, sam_pulse, sam_patterns),
        (alex, alex_pulse, (0, 0, 0, 0)),
    ):
        await phone.tap("Start", phone.find("It's your 30-minute check-in")[-1])
        await answer_checkin(phone, pulse=pulse, patterns=patterns)


async def suggestions(sim, user_id: int) -> list[Suggestion]:
    async with sim.db.transaction() as session:
        return list(await session.exec(select(Suggestion).where(Suggestion.user_id == user_id)))


async def test_persistent_low_scores_bring_a_private_suggestion_to_that_partner_only(
    sim, sam, alex
):
    await pair(sam, alex)
    await history(sim, [18, 12, 11], [18, 18, 18])
    await this_week(sim, sam, alex)  # Sam's pulse 8: low in 3 of the last 4 weeks
    [suggestion] = [m for m in sam.inbox if m.text.startswith("💬 Something I've noticed")]
    assert "below 13.5 (out of 21) in 3 of the last 4 weeks (18, 12, 11, 8)" in suggestion.text
    assert "Couples therapy" in suggestion.text and "ourrelationship" in suggestion.html.lower()
    assert "💬 Suggest it to Alex together" in suggestion.button_labels()
    assert not alex.saw("Something I've noticed") and await suggestions(sim, ALEX_ID) == []
    [stored] = await suggestions(sim, SAM_ID)
    assert stored.tier == 2 and stored.reasons[0]["rule"] == "low_weeks"
    assert stored.reasons[0]["figures"]["pulses"] == [18, 12, 11, 8]
    # Tier 1 as well: a tip beside Sam's reveal, not Alex's.
    [sam_reveal] = sam.find("🔓 Your answers side by side")
    [alex_reveal] = alex.find("🔓 Your answers side by side")
    assert "A small thing to try this week" in sam_reveal.text
    assert "A small thing to try" not in alex_reveal.text

    await sam.tap("Why am I seeing this?", suggestion)
    assert "from your own answers" in sam.last.text and "3 of the last 4 weeks" in sam.last.text
    await sam.tap("Suggest it to Alex together", suggestion)
    invitation = alex.last
    assert invitation.text.startswith(
        "💛 Sam would like the two of you to look at some extra support"
    )
    assert (
        "13.5" not in invitation.text and "pulse" not in invitation.text
    )  # nothing of Sam's answers
    await alex.tap("Show me the options", invitation)
    assert alex.last.text.startswith("📚 Support you could look at together")


async def test_not_now_means_nothing_for_four_weeks(sim, sam, alex):
    await pair(sam, alex)
    await history(sim, [18, 12, 11], [18, 18, 18])
    await this_week(sim, sam, alex)
    await sam.tap("Not now", sam.find("Something I've noticed")[-1])
    assert sam.last.text.startswith("OK — I won't bring this up again for four weeks")
    for week in range(1, 5):
        await sim.advance_to(SLOT + timedelta(weeks=week))
        for phone in (sam, alex):
            await phone.tap("Start", phone.find("It's your 30-minute check-in")[-1])
            await answer_checkin(phone, pulse=(2, 2, 2, 2) if phone is sam else (5, 4, 4, 4))
    assert len(await suggestions(sim, SAM_ID)) == 1  # four weeks of low scores: quiet
    await sim.advance_to(SLOT + timedelta(weeks=5))
    await sam.tap("Start", sam.find("It's your 30-minute check-in")[-1])
    await answer_checkin(sam, pulse=(2, 2, 2, 2))
    assert len(await suggestions(sim, SAM_ID)) == 2


async def test_both_low_three_times_brings_a_clear_therapy_recommendation(sim, sam, alex):
    await pair(sam, alex)
    await history(sim, [12, 18, 12], [12, 18, 12])
    await this_week(sim, sam, alex, alex_pulse=(2, 2, 2, 2))
    assert sam.find("💛 I'd recommend couples therapy")
    assert alex.find("💛 I'd recommend couples therapy")  # each privately, for their own answers
    [stored] = await suggestions(sim, SAM_ID)
    assert stored.tier == 3 and stored.reasons[0] == {"rule": "both_low", "figures": {"count": 3}}


async def test_a_worrying_message_is_answered_only_to_its_writer(sim, sam, alex):
    await pair(sam, alex)
    alex_before = len(alex.inbox)
    [reply] = await sam.send("He hit me last night and I'm scared to go home")
    assert reply.text.startswith("💛 Thank you for telling me.")
    assert "116 016" in reply.text  # Berlin: the German helpline
    assert "112" in reply.text
    assert "your partner is not told anything" in reply.text
    assert reply.button_labels() == ["🗑 Delete these messages"]
    assert len(alex.inbox) == alex_before  # nothing at all for the partner
    async with sim.db.transaction() as session:
        [flag] = list(await session.exec(select(SafetyFlag).where(SafetyFlag.level == "alert")))
    assert (flag.user_id, flag.kind) == (SAM_ID, "abuse")
    assert not hasattr(flag, "text")  # the words are not kept


async def test_immediate_danger_puts_the_emergency_number_first(sim, sam):
    await set_up(sam, zone="New York")
    [reply] = await sam.send("she says she is going to kill me tonight")
    assert reply.text.startswith("🚨 If you are in danger right now, call 911.")
    [reply] = await sam.send("I don't want to live anymore")
    assert "988" in reply.text


async def test_safety_works_before_consent_and_stores_nothing(sim, casey):
    [reply] = await casey.send("i want to kill myself")
    assert reply.text.startswith("💛 Thank you for telling me.")
    assert "findahelpline.com" in reply.text
    async with sim.db.transaction() as session:
        assert list(await session.exec(select(User))) == []
        assert list(await session.exec(select(SafetyFlag))) == []


async def test_the_delete_button_removes_the_conversation(sim, sam):
    await set_up(sam)
    await sam.send("he choked me")
    worrying = [m for m in sim.telegram.calls if m[0] == "sendMessage"]
    assert worrying
    reply = sam.last
    await sam.tap("Delete these messages", reply)
    assert reply not in sam.inbox
    deleted = [params for name, params in sim.telegram.calls if name == "deleteMessage"]
    assert len(deleted) == 2  # the answer and the message that caused it


async def test_a_worrying_checkin_answer_is_not_saved_and_the_partner_sees_nothing(sim, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await sim.advance_to(SLOT)
    await alex.tap("Start", alex.find("It's your 30-minute check-in")[-1])
    for value in ("3", "3", "3", "3", "Often", "Very often", "Often", "Often"):
        await alex.tap(value)
    await alex.send("Fine")
    sam_before = len(sam.inbox)
    [reply] = await alex.send("He grabbed my throat when we argued")
    assert reply.text.startswith("🚨 If you are in danger right now")  # strangulation: immediate
    assert "carry on with /checkin" in reply.text
    assert len(sam.inbox) == sam_before
    async with sim.db.transaction() as session:
        [mine] = list(
            await session.exec(select(CheckInResponse).where(CheckInResponse.user_id == ALEX_ID))
        )
    assert mine.hard is None and mine.went_well == "Fine"


async def test_no_couples_therapy_where_abuse_is_indicated(sim, sam, alex):
    await pair(sam, alex)
    await alex.send("I'm afraid of him")
    await history(sim, [18, 12, 11], [18, 18, 18])
    await this_week(sim, sam, alex)
    [suggestion] = [m for m in sam.inbox if "Something I've noticed" in m.text]
    assert "Couples therapy" not in suggestion.text
    assert "counsellor on your own" in suggestion.text
    assert not any("together" in label for label in suggestion.button_labels())


async def test_promises_kept_under_half_bring_a_suggestion(sim, clock, sam, alex):
    await pair(sam, alex)
    cid = await couple_id(sim)
    async with sim.db.transaction() as session:
        for kept in (True, False, False, False):
            due = clock.now() - timedelta(days=3)
            session.add(
                Promise(
                    promiser_id=SAM_ID,
                    couple_id=cid,
                    text="x",
                    due_at=due,
                    status="kept" if kept else "not_kept",
                    created_at=due,
                    updated_at=due,
                )
            )
    await this_week(sim, sam, alex, sam_pulse=(5, 4, 4, 4))
    [suggestion] = [m for m in sam.inbox if "Something I've noticed" in m.text]
    assert "1 of 4 promises were kept over the last four weeks" in suggestion.text


async def test_insights_shows_a_chart_and_explains(sim, sam, alex):
    await pair(sam, alex)
    await history(sim, [18, 12, 11], [18, 18, 18])
    await this_week(sim, sam, alex)
    replies = await sam.send("/insights")
    chart, text = replies
    assert chart.kind == "photo" and chart.file_bytes.startswith(b"\x89PNG")
    assert len(chart.file_bytes) > 10_000
    assert "Suggestions I've made" in text.text and "3 of the last 4 weeks" in text.text
    [alex_text] = (await alex.send("/insights"))[1:]
    assert "No suggestions so far" in alex_text.text


async def test_export_has_my_answers_and_nothing_private_of_my_partner(sim, sam, alex):
    await pair(sam, alex)
    await sam.tap("Sun 19:00")
    await sim.advance_to(SLOT)
    await sam.tap("Start", sam.find("It's your 30-minute check-in")[-1])
    await answer_checkin(sam, went_well="Sam's own words")
    await alex.tap("Start", alex.find("It's your 30-minute check-in")[-1])
    for value in ("3", "3", "3", "3", "Often", "Often", "Often", "Often"):
        await alex.tap(value)
    await alex.send("Alex's secret thought")
    await alex.tap("Keep this private")
    await alex.send("I'm afraid of him sometimes")  # a safety flag for Alex
    [doc] = await sam.send("/export")
    exported = doc.file_bytes.decode()
    data = json.loads(exported)
    assert data["checkin_responses"][0]["went_well"] == "Sam's own words"
    assert "Alex's secret thought" not in exported
    # Only Sam's own flag: the private safety question asked at set-up (a code, never words).
    assert [f["kind"] for f in data["safety_flags"]] == ["question"] and "afraid" not in exported
    assert {"promises", "act_deliveries", "suggestions", "invites", "outbox"} <= set(data)
    [doc] = await alex.send("/export")
    alex_flags = json.loads(doc.file_bytes)["safety_flags"]
    assert [(f["kind"], f["level"]) for f in alex_flags] == [
        ("question", "question"),
        ("abuse", "check"),
    ]


def _user_columns():
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, BigInteger) or column.name in ("ready", "checkin_proposal"):
                yield table, column


async def test_delete_leaves_nothing_of_that_user_in_any_table(sim, clock, sam, alex):
    await pair(sam, alex)
    await history(sim, [18, 12, 11], [18, 18, 18])
    await this_week(sim, sam, alex)
    await sam.send("/promise call you at 9pm")
    await sam.tap("Promise it")
    await sam.send("I'm scared of her")
    await sam.tap("Ready to talk", sam.find("🔓 Your answers side by side")[-1])
    await sim.advance(days=1)
    await sam.send("/checkin settings")
    await sam.tap("Change the time")
    await sam.tap("Wed 20:00")  # a proposal naming Sam waits on the couple
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    assert alex.last.text.startswith("Your partner has left Rekindle")
    async with sim.db.engine.connect() as conn:
        found = []
        for table, column in _user_columns():
            rows = (await conn.execute(table.select())).mappings().all()
            for row in rows:
                value = row[column.name]
                if value == SAM_ID or (
                    isinstance(value, (list, dict)) and str(SAM_ID) in json.dumps(value)
                ):
                    found.append(f"{table.name}.{column.name}")
        assert found == []
    async with sim.db.transaction() as session:
        assert (await session.get(User, ALEX_ID)).couple_id is not None
        assert await session.get(Couple, (await session.get(User, ALEX_ID)).couple_id) is not None


def test_every_table_that_names_a_person_is_covered_by_export_and_delete():
    owned = {(o.model.__tablename__, o.owner_column) for o in privacy.OWNED}
    people = {(t.name, c.name) for t, c in _user_columns()}
    handled = owned | {
        ("users", "id"),
        ("invites", "used_by"),
        ("outbox", "about_id"),
        ("checkins", "ready"),
        ("couples", "checkin_proposal"),
    }
    assert people <= handled, people - handled
    assert inspect  # (the mapping above is what erase() walks)


async def test_old_written_answers_are_erased_but_scores_kept(sim, clock, sam, alex):
    await pair(sam, alex)
    cid = await couple_id(sim)
    old = clock.now() - timedelta(weeks=30)
    await past_week(sim.db, cid, old, {SAM_ID: {**pulse_of(15), "went_well": "long ago"}})
    await past_week(
        sim.db,
        cid,
        clock.now() - timedelta(weeks=2),
        {SAM_ID: {**pulse_of(16), "went_well": "recent"}},
    )
    assert await privacy.erase_old_text(sim.db, clock.now()) == 1
    async with sim.db.transaction() as session:
        rows = sorted(await session.exec(select(CheckInResponse)), key=lambda r: r.id)
    assert [(r.went_well, r.pulse) for r in rows] == [(None, 15), ("recent", 16)]
