"""The length guard: pieces that fit, tags balanced across a break, a cut at a word."""

from __future__ import annotations

from telegram.helpers import escape

from bot.views.length import cut, pieces, shown_length


def test_short_text_is_one_piece():
    assert pieces("hello") == ["hello"]


def test_long_text_splits_at_lines_with_tags_closed_and_reopened():
    text = "<b>Title</b>\n<blockquote>" + "\n".join("line " * 60 for _ in range(60))
    text += "</blockquote>"
    found = pieces(text)
    assert len(found) > 1 and all(shown_length(p) <= 4096 for p in found)
    assert all(p.count("<blockquote>") == p.count("</blockquote>") for p in found)
    assert "".join(found).count("line") == 3600


def test_one_line_without_breaks_splits_at_words_outside_entities():
    text = escape("a & b < c " * 1500)
    found = pieces(text)
    assert all(shown_length(p) <= 4096 for p in found)
    assert all(not p.endswith(("&", "&amp", "&lt")) for p in found)


def test_cut_at_a_word_with_an_ellipsis_and_more():
    text = "<i>" + "word " * 2000 + "</i>"
    shortened = cut(text, 500, "See /promises for the rest.")
    assert shown_length(shortened) <= 500
    assert shortened.endswith("…\n\nSee /promises for the rest.")
    assert "</i>…" in shortened and "wor…" not in shortened


def test_characters_outside_the_bmp_count_twice():
    assert shown_length("💛") == 2 and shown_length("&amp;<b>x</b>") == 2
