"""Cutting a text into the sentences and pairs the screen scores."""

from __future__ import annotations

from bot.services.safety.units import MAX_CHARS, MAX_SENTENCES, MAX_WORDS, split


def test_sentences_end_at_punctuation_line_breaks_and_emoji():
    units = split("We went to the zoo! The kids loved it 😊 then we went home\nAll good now.")
    assert units.sentences == (
        "We went to the zoo!",
        "The kids loved it 😊",
        "then we went home",
        "All good now.",
    )
    assert units.pairs[1] == "The kids loved it 😊 then we went home"


def test_a_short_fragment_is_read_with_the_next_sentence():
    assert split("No. He hit me again.").sentences == ("No. He hit me again.",)
    assert split("It was fine. ok").sentences == ("It was fine. ok",)


def test_a_run_on_text_without_punctuation_is_cut_into_even_pieces():
    words = [f"w{i}" for i in range(MAX_WORDS + 8)]
    pieces = split(" ".join(words)).sentences
    assert len(pieces) == 2 and all(len(p.split()) <= MAX_WORDS for p in pieces)
    assert " ".join(pieces).split() == words


def test_a_4096_character_message_stays_bounded_and_keeps_its_end():
    text = ("I am fine. " * 1000)[: MAX_CHARS - 20] + " THE END IS HERE."
    units = split(text + " beyond the limit")
    assert len(units.sentences) <= MAX_SENTENCES
    assert "THE END IS HERE." in units.sentences[-1]
    assert "beyond" not in units.whole


def test_nothing_to_read():
    assert split("").sentences == ()
    assert split(" ... !! ").sentences == ()


def test_a_text_pasted_again_and_again_is_read_once():
    once = "/promise I will call my mum on Sunday"
    assert split(" ".join([once] * 7)).sentences == (once,)
    text = "We cooked pasta together. It was nice. We cooked pasta together. Then we slept."
    assert split(text).sentences == (
        "We cooked pasta together.",
        "It was nice.",
        "Then we slept.",
    )
