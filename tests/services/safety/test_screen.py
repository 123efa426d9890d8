"""The full screen (model + rules): levels, categories, buried danger, and what it leaves alone.

The model is loaded once for the whole test session (it is module state); these tests skip
where the model package is not installed (the fallback has its own tests).
"""

from __future__ import annotations

import asyncio

import pytest

from bot.services import safety
from bot.services.safety.units import MAX_CHARS, split


@pytest.fixture(scope="module", autouse=True)
def full_screen():
    status = safety.warm()
    if not status.full:
        pytest.skip(f"the full screen is not available here: {status}")


CHEERFUL = (
    "We had a really lovely week overall. On Saturday we took the kids to the lake and had a "
    "picnic, and everybody was in a good mood. My sister came for dinner on Tuesday and we "
    "laughed a lot about old holiday photos. Work was busy but fine, and I finally finished "
    "the big report. {} Next week we want to try the new Thai place in town."
)


@pytest.mark.parametrize(
    "text",
    [
        "He hit me again last night and I have bruises on my arm",
        "Er hat mich gestern gegen die Wand gestoßen und gewürgt.",
        "Anoche me pegó delante de los niños y me amenazó con matarme si me voy",
        "Il m'a frappée samedi soir et il a dit qu'il me tuerait si je partais",
    ],
)
def test_clear_danger_in_each_language_is_an_alert(text):
    result = safety.screen(text)
    assert result.level == "alert", text
    assert result.kinds == {"abuse"} and not result.writer_harms


@pytest.mark.parametrize(
    "text",
    [
        "i want to kill myself, i have the pills in front of me",
        "Ich will nicht mehr leben. Ich habe schon Abschiedsbriefe geschrieben.",
        "ya no quiero vivir, estoy pensando en quitarme la vida",
        "j'ai envie d'en finir, je ne supporte plus de vivre",
    ],
)
def test_suicidal_thoughts_in_each_language_are_an_alert_for_self_harm(text):
    result = safety.screen(text)
    assert result.level == "alert", text
    assert "self_harm" in result.kinds
    assert {"suicidal", "self_harm"} & set(result.categories)


@pytest.mark.parametrize(
    "text",
    [
        "We cooked dinner together and watched a film, it was a good week.",
        "Wir haben am Sonntag zusammen gekocht und waren spazieren.",
        "Esta semana fuimos al cine y cenamos con mis padres.",
        "On a fait une longue balade dimanche, c'était agréable.",
        "I forgot to call at six, work ran late.",
    ],
)
def test_ordinary_answers_get_nothing(text):
    assert safety.screen(text).level == "none", text


@pytest.mark.parametrize(
    "text",
    [
        "He has never once raised a hand to me, he is the gentlest person I know.",
        "My dad died in March and I still miss him terribly, the funeral was so hard.",
        "This deadline is killing me, I could murder a pizza right now haha",
    ],
)
def test_negation_grief_and_figurative_speech_are_not_alerted(text):
    assert safety.screen(text).level != "alert", text


def test_danger_buried_in_a_long_cheerful_answer_is_found():
    buried = CHEERFUL.format("When he drinks he puts his hands around my neck.")
    plain = CHEERFUL.format("We also repainted the hallway together.")
    assert len(split(buried).sentences) >= 6
    assert safety.screen(buried).flagged
    assert "strangulation" in safety.screen(buried).categories
    assert safety.screen(plain).level == "none"


def test_a_4096_character_message_is_screened_to_its_end():
    filler = "Today was an ordinary day at work and we talked about the garden. "
    text = (filler * 80)[: MAX_CHARS - 60] + " He said he will kill me tonight."
    assert len(text) <= MAX_CHARS
    result = safety.screen(text)
    assert result.level == "alert" and result.immediate


def test_the_writer_who_harms_the_partner_is_told_apart():
    writer = safety.screen("I shoved my girlfriend into the wall last night and I hate myself")
    victim = safety.screen("My boyfriend shoved me into the wall last night")
    assert writer.flagged and writer.writer_harms
    assert victim.flagged and not victim.writer_harms


def test_categories_name_what_kind_of_danger():
    money = safety.screen("He takes my whole salary and I have to ask him for money for bread")
    assert money.flagged and "control_money" in money.categories
    assert money.kinds == {"abuse"}
    knife = safety.screen("he has a knife and he's outside the bedroom door")
    assert knife.level == "alert" and knife.immediate and "weapons" in knife.categories


def test_empty_or_blank_text_is_nothing():
    assert safety.screen("").level == "none"
    assert safety.screen("   \n ").level == "none"
    assert safety.screen("👍👍").level == "none"


async def test_the_async_screen_gives_the_same_answer_off_the_event_loop():
    text = "He hit me again last night and I have bruises on my arm"
    assert await safety.screen_async(text) == safety.screen(text)


async def test_texts_screened_at_the_same_moment_get_their_own_answers_from_shared_calls():
    # Several people typing at once: their texts share the model's calls (``batching``), and
    # each gets exactly the answer it gets alone, danger buried in a long text included.
    texts = [
        "He hit me again last night and I have bruises on my arm",
        "We cooked together on Tuesday and laughed a lot",
        "Ich will nicht mehr leben. Alles ist sinnlos.",
        CHEERFUL.format("I sleep in the car when he gets like that."),
        "Movie night",
        "   ",
        "Lovely week with the kids. I sleep in the car when he gets like that. Work is fine.",
        "j'ai peur de lui",
        "Movie night",
    ]
    alone = [safety.screen(t) for t in texts]
    calls = safety._batcher.calls
    together = await asyncio.gather(*(safety.screen_async(t) for t in texts))
    assert list(together) == alone
    assert alone[0].flagged and not alone[1].flagged and alone[3].flagged and alone[6].flagged
    assert safety._batcher.calls - calls < len(texts) - 1


def test_the_status_says_the_full_screen_runs():
    status = safety.engine_status()
    assert status.full and "multilingual-e5-small" in str(status)


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe ihr gedroht, dass ich sie umbringe",
        "Mi pareja me empujó contra la pared",
        "j'ai peur de lui",
        "I'm afraid of him",
    ],
)
def test_a_confident_phrase_is_at_least_a_check_whatever_the_model_says(text):
    assert safety.screen(text).flagged


def test_a_command_pasted_seven_times_is_read_once():
    once = "/promise I will call my mum on Sunday"
    assert safety.screen(" ".join([once] * 7)) == safety.screen(once)


def test_the_french_wish_to_end_it_is_flagged_for_self_harm():
    result = safety.screen("j'ai envie d'en finir, je ne supporte plus de vivre")
    assert result.flagged and "self_harm" in result.kinds


async def test_a_short_text_read_whole_takes_one_model_call(monkeypatch):
    # A short text of two sentences is embedded as itself beside its sentences: the batch asks
    # for both at once, so the event loop never waits for a second call of the model.
    from bot.services.safety import model

    text = "I sleep in the car when he gets like that. Work was fine this week."
    alone = safety.screen(text)
    embedder = model.state()[0].embedder
    calls = []
    real = embedder.embed
    monkeypatch.setattr(embedder, "embed", lambda texts: calls.append(texts) or real(texts))
    assert await safety.screen_async(text) == alone
    assert len(calls) == 1 and len(calls[0]) == 3
