"""The daily question with two simulated phones, Sam in Berlin and Alex in New York, and a
moved clock: opting in, each at their own 20:00, answers private until both answered, editing,
the nudge, ❤️ and "let's talk", weeks without a repeat, intimacy with both, the solo reflection,
/questions and /delete."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from sqlalchemy import String, Text
from sqlmodel import SQLModel, select

from bot.simulator import Phone
from bot.storage.models import DailyQuestion, OutboxMessage, QuestionAnswer
from tests.conftest import ALEX_ID, SAM_ID
from tests.flows import pair, set_up

# Saturday 21 November 2026: 20:00 in Berlin is 19:00 UTC; 20:00 in New York is 01:00 UTC on
# Sunday (both on standard time).
BERLIN_EVENING = datetime(2026, 11, 21, 19, 0, tzinfo=UTC)
NEW_YORK_EVENING = datetime(2026, 11, 22, 1, 0, tzinfo=UTC)
DAY = timedelta(days=1)

QUESTION_TITLE = "💭 Today's question for you two"
REVEAL = "🔓 You've both answered"


QUESTION_TITLES = (QUESTION_TITLE, "💭 La question du jour pour vous deux")


def questions_of(phone: Phone) -> list[str]:
    """The question of each daily-question message the phone got (its third line)."""
    return [m.text.splitlines()[2] for m in phone.inbox if m.text.startswith(QUESTION_TITLES)]


async def apart_with_questions(sim, sam: Phone, alex: Phone) -> None:
    """Sam (Berlin) and Alex (New York) paired; Sam accepts the offer at 20:00."""
    await pair(sam, alex, joiner_zone="New York")
    await sam.tap("20:00", sam.find("A daily question for the two of you?")[-1])
    assert sam.last.text.startswith("💭 The daily question is on — every day at 20:00")
    assert "today 20:00" in sam.last.text


async def both_asked(sim, sam: Phone, alex: Phone) -> None:
    await apart_with_questions(sim, sam, alex)
    await sim.advance_to(NEW_YORK_EVENING)
    assert len(questions_of(sam)) == len(questions_of(alex)) == 1


async def all_answers(sim) -> dict[int, list[QuestionAnswer]]:
    async with sim.db.transaction() as session:
        found: dict[int, list[QuestionAnswer]] = {}
        for answer in await session.exec(select(QuestionAnswer)):
            found.setdefault(answer.user_id, []).append(answer)
        return found


async def stored_answers(sim) -> dict[int, QuestionAnswer]:
    async with sim.db.transaction() as session:
        return {a.user_id: a for a in await session.exec(select(QuestionAnswer))}


async def test_opting_in_tells_the_partner_and_each_gets_it_at_their_own_20_00(sim, sam, alex):
    await apart_with_questions(sim, sam, alex)
    await sim.advance_to(NEW_YORK_EVENING - timedelta(hours=10))  # New York's morning
    assert alex.saw("Sam turned on the daily question for you both")
    assert "at 20:00 your time" in alex.find("turned on the daily question")[-1].text
    # Alex's own offer, answered late: it is on already.
    await alex.tap("Not now", alex.find("A daily question for the two of you?")[-1])
    assert alex.last.text.startswith("💭 You two also have the daily question: every day at 20:00")

    await sim.advance_to(BERLIN_EVENING - timedelta(minutes=1))
    assert questions_of(sam) == questions_of(alex) == []
    await sim.advance(minutes=1)  # 20:00 in Berlin, 14:00 in New York
    assert len(questions_of(sam)) == 1 and questions_of(alex) == []
    assert "Alex sees it only once you've both answered" in sam.last.text
    await sim.advance_to(NEW_YORK_EVENING)  # 20:00 in New York, 02:00 in Berlin
    assert questions_of(alex) == questions_of(sam)  # the same question, each at their 20:00


async def test_answers_stay_private_until_both_answered_then_both_see_both(sim, sam, alex):
    await both_asked(sim, sam, alex)
    before = len(alex.inbox)
    [saved] = await sam.send("The little place in Lisbon with the grilled sardines")
    assert saved.text.startswith("✓ Saved. Alex will see your answer once they've answered")
    assert saved.button_labels() == ["✏️ Change my answer"]
    assert len(alex.inbox) == before  # Alex is told nothing, and sees nothing
    assert (await stored_answers(sim))[SAM_ID].text.startswith("The little place in Lisbon")

    [revealed] = await alex.send("A tiny ramen bar in Tokyo, at midnight")
    assert not sam.saw(REVEAL)  # 02:00 in Berlin: it waits for the end of Sam's quiet hours
    await sim.advance(hours=6)
    for phone in (sam, alex):
        reveal = phone.find(REVEAL)[-1]
        assert reveal.button_labels() == [
            "❤️",
            "💬 Let's talk about this tonight",
        ]
        assert "grilled sardines" in reveal.text and "ramen bar in Tokyo" in reveal.text
    assert "You: A tiny ramen bar" in revealed.text and "Sam: The little place" in revealed.text
    [for_sam] = sam.find(REVEAL)
    assert "You: The little place" in for_sam.text and "Alex: A tiny ramen bar" in for_sam.text
    assert "You've both answered on one day this month." in revealed.text
    assert not alex.saw("broken") and not sam.saw("streak")
    async with sim.db.transaction() as session:  # the outbox holds intents, never the words
        for row in await session.exec(select(OutboxMessage)):
            assert "sardines" not in repr(row.model_dump()), row.view


async def test_an_answer_can_be_changed_until_the_reveal_and_not_after(sim, sam, alex):
    await both_asked(sim, sam, alex)
    [reply] = await sam.send("x" * 4096)  # Telegram's longest message
    assert reply.text.startswith("That's a long answer! Could you keep it under 1500 characters?")
    assert (await stored_answers(sim))[SAM_ID].text is None
    await sam.send("Zanzibar")
    await sam.tap("Change my answer")
    assert sam.last.text.startswith("✏️ Send your new answer")
    [changed] = await sam.send("Reykjavik, by the harbour")
    assert changed.text.startswith("✓ Changed. Alex will see your new answer")
    # Typing again without the button: asked before anything is replaced.
    [ask] = await sam.send("Actually, a picnic on the beach at Cascais")
    assert ask.text.startswith("You've already answered today's question. Replace")
    await sam.tap("Keep my first answer", ask)
    assert (await stored_answers(sim))[SAM_ID].text == "Reykjavik, by the harbour"
    [ask] = await sam.send("A picnic on the beach at Cascais")
    await sam.tap("Yes, replace it", ask)
    assert (await stored_answers(sim))[SAM_ID].text == "A picnic on the beach at Cascais"

    await alex.send("Home, honestly")
    await sim.advance(hours=6)  # Sam's morning
    reveal = sam.find(REVEAL)[-1]
    assert "picnic on the beach" in reveal.text
    assert "Reykjavik" not in reveal.text and "Zanzibar" not in reveal.text
    assert not alex.saw("Reykjavik") and not alex.saw("Zanzibar")
    await sam.tap("Change my answer", sam.find("✓ Changed.")[-1])
    assert sam.last.text.startswith("You've both answered, so your answers are open")
    [reply] = await sam.send("One more thought")
    assert reply.text.startswith("I'm not sure what to do with that message")
    assert (await stored_answers(sim))[SAM_ID].text == "A picnic on the beach at Cascais"


async def test_yesterdays_question_closes_when_the_next_one_comes(sim, sam, alex):
    await both_asked(sim, sam, alex)
    await sam.send("Zanzibar at dusk")
    saved = sam.last
    await sim.advance_to(BERLIN_EVENING + DAY)  # Sam's next question; Alex never answered
    await sam.tap("Change my answer", saved)
    assert sam.last.text.startswith("That question has closed: a new one has come since.")
    [reply] = await sam.send("The smell of rain on the balcony")
    assert reply.text.startswith("✓ Saved.")
    first, second = sorted((await all_answers(sim))[SAM_ID], key=lambda a: a.asked_at)
    assert (first.text, second.text) == ("Zanzibar at dusk", "The smell of rain on the balcony")


async def test_one_gentle_nudge_to_the_one_who_has_not_answered(sim, sam, alex):
    await pair(sam, alex)  # both in Berlin
    await alex.tap("20:00", alex.find("A daily question for the two of you?")[-1])
    await sim.advance_to(BERLIN_EVENING + timedelta(minutes=10))
    await alex.send("Our first trip to the sea")
    await sim.advance_to(BERLIN_EVENING + 2 * DAY)  # through two evenings
    nudges = sam.find("has answered today's question") + sam.find("question is still open")
    # 21:30 on each evening (before the quiet hours); the first names Alex's answer, no words.
    assert [m.text.split(".")[0] for m in nudges][:1] == ["💭 Alex has answered today's question"]
    assert not sam.saw("first trip to the sea")
    assert len(nudges) == 2  # one each day, never more
    assert not alex.find("has answered today's question")  # Alex answered: no nudge that day
    assert len(alex.find("question is still open")) == 1  # the second day Alex did not answer


async def test_a_heart_and_lets_talk_tonight_tell_the_partner(sim, sam, alex):
    await both_asked(sim, sam, alex)
    await sam.send("Dancing in the kitchen")
    await alex.send("Our Sunday pancakes")
    await sim.advance(hours=6)  # 08:00 in Berlin: Sam's reveal comes
    await sam.tap("❤️", sam.find(REVEAL)[-1])
    assert sam.last_toast == "❤️ Sent to Alex"
    assert not alex.saw("Sam loved your answer")  # 02:00 in New York: it waits
    await sim.advance(hours=6)
    assert alex.saw("❤️ Sam loved your answer to: ")
    await sam.tap("❤️", sam.find(REVEAL)[-1])
    assert sam.last_toast == "Already sent 🙂"
    assert len(alex.find("Sam loved your answer")) == 1
    await alex.tap("Let's talk about this tonight", alex.find(REVEAL)[-1])
    assert alex.last_toast.startswith("💬 Sam knows you'd like to talk about it tonight")
    assert sam.last.text.startswith("💬 Alex would like to talk about this tonight: ")


async def test_a_worrying_answer_is_not_saved_and_never_revealed(sim, sam, alex):
    await both_asked(sim, sam, alex)
    [reply] = await sam.send("He hits me when he drinks and I'm scared of him")
    assert reply.text.startswith("💛 Thank you for telling me.")
    assert (await stored_answers(sim))[SAM_ID].text is None
    await alex.send("Our Sunday pancakes")
    await sim.advance(hours=12)
    assert not alex.saw(REVEAL) and not sam.saw(REVEAL) and not alex.saw("hits me")
    assert alex.last.text.startswith("✓ Saved. Sam will see your answer")


async def test_three_weeks_of_questions_without_a_repeat_and_the_archive_pages(sim, sam, alex):
    await both_asked(sim, sam, alex)
    for day in range(21):
        await sam.send(f"Sam's answer for day {day + 1}, in a few words")
        await alex.send(f"Alex's answer for day {day + 1}, in a few words")
        await sim.advance_to(NEW_YORK_EVENING + (day + 1) * DAY)
    asked = questions_of(sam)
    assert len(asked) == 22 and len(set(asked)) == 22 and questions_of(alex) == asked

    [page] = await sam.send("/questions")
    assert page.text.startswith("🗂 Your daily questions (1/5)")
    assert page.button_labels() == ["Older ▶"]
    assert "You've both answered on" in page.text
    # Newest first: today's (unanswered: only Sam's own line), then day 21's, with both.
    assert page.text.index("You: — (not answered)") < page.text.index("day 21")
    assert "Alex: Alex's answer for day 21" in page.text
    await sam.tap("Older ▶", page)
    assert "day 17" in sam.last.text and "day 21" not in sam.last.text
    for _ in range(3):
        await sam.tap("Older ▶", sam.last)
    assert sam.last.text.startswith("🗂 Your daily questions (5/5)")
    assert "day 1," in sam.last.text and sam.last.button_labels() == ["◀ Newer"]
    await sam.tap("◀ Newer", sam.last)
    assert sam.last.text.startswith("🗂 Your daily questions (4/5)")
    await sam.press("dqa:4000")  # a page far past the end: the last one
    assert sam.last.text.startswith("🗂 Your daily questions (5/5)")


async def test_intimacy_questions_start_only_when_both_agree(sim, sam, alex):
    await both_asked(sim, sam, alex)
    await sam.send("/settings")
    await sam.tap("Daily question")
    assert "Intimacy questions: off — they come only when you both turn them on" in sam.last.text
    await sam.tap("Suggest intimacy questions")
    assert sam.last.text.startswith("🕯️ I've asked Alex")
    await sim.advance(hours=12)
    suggestion = alex.find("would like intimacy questions")[-1]
    assert suggestion.button_labels() == ["Yes, include them", "Not now"]
    await alex.tap("Not now", suggestion)
    assert alex.last.text.startswith("OK, nothing changes for now.")
    await alex.send("/settings")
    await alex.tap("Daily question")
    assert "Sam would like them — they start once you agree too" in alex.last.text
    await alex.tap("Include intimacy questions")
    assert alex.last.text.startswith("🕯️ Intimacy questions are on for you both")
    assert sam.last.text.startswith("🕯️ Alex agreed: intimacy questions are on")
    await sam.send("/settings")
    await sam.tap("Daily question")
    await sam.tap("No intimacy questions")
    assert alex.last.text.startswith("🕯️ Sam turned intimacy questions off")
    async with sim.db.transaction() as session:
        assert not any(d.category == "intimacy" for d in await session.exec(select(DailyQuestion)))


async def test_on_ones_own_the_reflection_version(sim, sam):
    await set_up(sam)
    await sam.send("/settings")
    await sam.tap("Daily question")
    assert sam.last.text.startswith("💭 Daily reflection")
    await sam.tap("21:00")
    assert sam.last.text.startswith("💭 Your daily reflection is on — every day at 21:00")
    await sim.advance_to(BERLIN_EVENING + timedelta(hours=1))
    [question] = sam.find("Today's reflection")
    async with sim.db.transaction() as session:
        day = (await session.exec(select(DailyQuestion))).one()
    from bot.views.catalogue import t

    assert t("en", f"question-{day.question_id}.solo") in question.text
    [saved] = await sam.send("I'd want to hear about the day we met, from their side")
    assert saved.text.startswith("✓ Saved to your reflections")
    await sim.advance(hours=3)
    assert not sam.saw("still open")  # no nudge on one's own
    [page] = await sam.send("/questions")
    assert "You: I'd want to hear about the day we met" in page.text
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    async with sim.db.transaction() as session:  # nobody's answer is left on that day: gone too
        assert list(await session.exec(select(DailyQuestion))) == []
        assert list(await session.exec(select(QuestionAnswer))) == []


async def test_turning_it_off_stops_the_questions_and_tells_the_partner(sim, sam, alex):
    await both_asked(sim, sam, alex)
    await alex.send("/settings")
    await alex.tap("Daily question")
    assert "every day at 20:00" in alex.last.text
    await alex.tap("Change the time")
    await alex.send("19:30")
    assert alex.last.text.startswith("💭 The daily question is on — every day at 19:30")
    await alex.tap("Turn off", alex.find("💭 Daily question")[-1])
    assert alex.saw("The daily question is off")
    await sim.advance(days=3)
    assert sam.saw("Alex turned off the daily question")
    assert len(questions_of(sam)) == 1 and len(questions_of(alex)) == 1


async def test_delete_leaves_none_of_the_answers(sim, sam, alex):
    await both_asked(sim, sam, alex)
    await sam.send("The lighthouse at Sagres, where we got soaked")
    await alex.send("The bakery on Elm Street")
    [doc] = await sam.send("/export")
    exported = json.loads(doc.file_bytes)["question_answers"]
    assert [a["text"] for a in exported] == ["The lighthouse at Sagres, where we got soaked"]
    await sam.send("/delete")
    await sam.tap("Yes, erase everything")
    async with sim.db.engine.connect() as conn:
        found = []
        for table in SQLModel.metadata.sorted_tables:
            words = [c for c in table.columns if isinstance(c.type, String | Text)]
            for row in (await conn.execute(table.select())).mappings():
                for column in words:
                    if "lighthouse at Sagres" in str(row[column.name] or ""):
                        found.append(f"{table.name}.{column.name}")
                if "flow_data" in row and "Sagres" in json.dumps(row["flow_data"]):
                    found.append(f"{table.name}.flow_data")
    assert found == []
    assert (await stored_answers(sim))[ALEX_ID].text == "The bakery on Elm Street"
    [page] = await alex.send("/questions")
    assert "The bakery on Elm Street" in page.text and "Sagres" not in page.text


async def test_each_reads_the_question_in_their_own_language_and_the_answers_as_written(sim):
    sam, alex = sim.phone(SAM_ID, "Sam"), sim.phone(ALEX_ID, "Alex", language_code="fr")
    await both_asked(sim, sam, alex)
    async with sim.db.transaction() as session:
        day = (await session.exec(select(DailyQuestion))).one()
    from bot.views.catalogue import t

    [for_alex] = alex.find(QUESTION_TITLES[1])  # the frame in French too
    assert t("fr", f"question-{day.question_id}") in for_alex.text
    assert t("en", f"question-{day.question_id}") in sam.find(QUESTION_TITLE)[0].text
    await sam.send("Ice cream by the lake")
    [reveal] = await alex.send("Un café au soleil, rien de plus")
    assert t("fr", f"question-{day.question_id}") in reveal.text
    assert reveal.text.startswith("🔓 Vous avez répondu tous les deux")
    assert "Sam\u00a0: Ice cream by the lake" in reveal.text  # as Sam wrote it
    await sim.advance(hours=6)
    assert "Alex: Un café au soleil, rien de plus" in sam.find(REVEAL)[-1].text


async def test_a_time_inside_quiet_hours_is_said_and_the_question_waits_for_their_end(
    sim, sam, alex
):
    await pair(sam, alex)
    await sam.send("/settings")
    await sam.tap("Daily question")
    replies = await sam.send("23:15")
    assert replies[0].text.startswith("💭 The daily question is on — every day at 23:15")
    assert [r.text for r in replies[1:]] == [
        "🌙 23:15 is inside your quiet hours, so your question will wait until they end.",
        "🌙 23:15 is inside Alex's quiet hours, so theirs will wait until those end.",
    ]
    await sim.advance_to(datetime(2026, 11, 22, 6, 59, tzinfo=UTC))  # 07:59 in Berlin
    assert questions_of(sam) == []
    await sim.advance(minutes=1)
    assert len(questions_of(sam)) == len(questions_of(alex)) == 1
