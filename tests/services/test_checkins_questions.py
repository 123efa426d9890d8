"""The private questions: one answer at a time, validated, saved at once; the reveal when both
have finished; and words that signal danger never shown to the partner."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from bot.services.checkins import questions
from bot.services.checkins.questions import Question
from bot.storage.models import CheckIn, CheckInResponse, User
from tests.services.conftest import ALEX, ANSWERS, SAM, SLOT, answer_all, opened, outbox_rows


def test_the_questions_in_order_and_last_weeks_topic_adds_one():
    plain = [q.field for q in questions.questions(False)]
    assert plain[:8] == [f for f, _ in ANSWERS]
    assert plain[8:] == ["went_well", "hard", "hard_topic", "improve"]
    assert [q.field for q in questions.questions(True)][8] == "topic_resolved"


@pytest.mark.parametrize(
    ("question", "value", "valid"),
    [
        (Question("happiness", "scale", 6), 6, True),
        (Question("happiness", "scale", 6), 7, False),
        (Question("warmth", "scale", 5), -1, False),
        (Question("criticised", "often", 3), 3, True),
        (Question("hard_topic", "topic"), "money", True),
        (Question("hard_topic", "topic"), "gossip", False),
        (Question("went_well", "text"), "  ", False),
        (Question("went_well", "text"), "x" * 1500, True),
        (Question("went_well", "text"), "x" * 1501, False),
        (Question("topic_resolved", "yesno"), True, True),
        (Question("topic_resolved", "yesno"), "y", False),
    ],
)
def test_answers_are_checked_against_their_question(question, value, valid):
    assert (questions.validate(question, value) is not None) is valid


async def test_each_answer_is_saved_at_once_and_nonsense_is_refused(db, clock, settings):
    week = await opened(db, clock, settings)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        await questions.start(session, sam, week.id, SLOT)
        turn = await questions.answer(session, sam, week.id, "happiness", None, SLOT, raw="9")
        assert turn.result == "invalid"
        turn = await questions.answer(session, sam, week.id, "happiness", None, SLOT, raw="6")
        assert (turn.result, turn.question.field, turn.number) == ("ok", "warmth", 2)
        turn = await questions.answer(session, sam, week.id, "nonsense", None, SLOT, raw="1")
        assert turn.result == "stale"
    async with db.transaction() as session:
        [saved] = list(await session.exec(select(CheckInResponse)))
        assert (saved.happiness, saved.position) == (6, 1)


async def up_to_what_felt_hard(session, week: CheckIn) -> User:
    """Sam answers every question before "What felt hard?" (skipping what went well)."""
    sam = await session.get(User, SAM)
    await questions.start(session, sam, week.id, SLOT)
    for field, raw in [*ANSWERS, ("went_well", "skip")]:
        await questions.answer(session, sam, week.id, field, None, SLOT, raw=raw)
    return sam


async def test_nothing_felt_hard_skips_the_topic(db, clock, settings):
    week = await opened(db, clock, settings)
    async with db.transaction() as session:
        sam = await up_to_what_felt_hard(session, week)
        turn = await questions.answer(session, sam, week.id, "hard", None, SLOT, raw="skip")
        assert turn.question.field == "improve"


async def test_the_reveal_waits_for_both_then_goes_to_each_about_the_other(db, clock, settings):
    week = await opened(db, clock, settings)
    await answer_all(db, SAM, week)
    assert await outbox_rows(db, view="checkin.reveal") == []
    [waiting] = await outbox_rows(db, view="checkin.partner_finished")
    assert (waiting.user_id, waiting.about_id) == (ALEX, SAM)
    await answer_all(db, ALEX, week)
    reveals = {r.user_id: r for r in await outbox_rows(db, view="checkin.reveal")}
    assert {uid: r.about_id for uid, r in reveals.items()} == {SAM: ALEX, ALEX: SAM}
    assert all(r.params["checkin"] == week.id and r.params["ready"] for r in reveals.values())
    async with db.transaction() as session:
        assert (await session.get(CheckIn, week.id)).revealed_at == SLOT


async def test_words_that_signal_danger_are_kept_private(db, clock, settings):
    week = await opened(db, clock, settings)
    async with db.transaction() as session:
        sam = await up_to_what_felt_hard(session, week)
        turn = await questions.answer(
            session, sam, week.id, "hard", "I'm scared of her when she drinks", SLOT
        )
        assert turn.protected
    async with db.transaction() as session:
        saved = (await session.exec(select(CheckInResponse))).one()
        assert saved.hard_private is True


async def test_a_written_answer_can_be_made_private_until_the_reveal(db, clock, settings):
    week = await opened(db, clock, settings)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        assert await questions.toggle_private(session, sam, week.id, "hard", SLOT) is None
        await questions.start(session, sam, week.id, SLOT)
        assert await questions.toggle_private(session, sam, week.id, "hard", SLOT) is True
        assert await questions.toggle_private(session, sam, week.id, "hard", SLOT) is False
        assert await questions.toggle_private(session, sam, week.id, "happiness", SLOT) is None
    await answer_all(db, SAM, week)
    await answer_all(db, ALEX, week)
    async with db.transaction() as session:
        sam = await session.get(User, SAM)
        later = SLOT + timedelta(minutes=5)
        assert await questions.toggle_private(session, sam, week.id, "hard", later) is None
