"""Reading when a promise is due, in the promiser's time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.services.when import When, read
from bot.views.formatting import when as words_for


def describe(due: When, now, zone: str) -> str:
    return words_for("en", due, now, zone)


ZONE = "Europe/Berlin"
# Saturday 21 November 2026, 14:00 in Berlin.
NOW = datetime(2026, 11, 21, 13, 0, tzinfo=UTC)


def local(text: str, now: datetime = NOW) -> str:
    reading = read(text, now, ZONE)
    assert reading.when is not None, (text, reading.problem)
    return describe(reading.when, now, ZONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call you at 6pm", "today 18:00"),
        ("call you at 6", "today 18:00"),
        ("at 6:30pm", "today 18:30"),
        ("at 18:00", "today 18:00"),
        ("take the bins out tonight", "today 20:00"),
        ("tomorrow 18:00", "tomorrow 18:00"),
        ("cook dinner tomorrow at 7", "tomorrow 19:00"),
        ("Friday evening", "Friday 27 November, 19:00"),
        ("cook dinner on Friday at 7", "Friday 27 November, 19:00"),
        ("call mum at 6:30pm tomorrow", "tomorrow 18:30"),
        ("in 2 hours", "today 16:00"),
        ("in 20 minutes", "today 14:20"),
        ("in half an hour", "today 14:30"),
        ("in an hour", "today 15:00"),
        ("book the restaurant by Sunday", "by tomorrow"),
        ("be on time for dinners this week", "by tomorrow"),
        ("sort out the garage next week", "by Sunday 29 November"),
        ("in 3 days", "by Tuesday 24 November"),
        ("on 3 December", "by Thursday 3 December"),
        ("Dec 3rd at 5pm", "Thursday 3 December, 17:00"),
        ("next tuesday morning", "Tuesday 24 November, 09:00"),
        ("at noon", "tomorrow 12:00"),
        ("this evening", "today 19:00"),
        ("tomorrow morning", "tomorrow 09:00"),
        ("day after tomorrow", "by Monday 23 November"),
        ("Saturday 28 November 10am", "Saturday 28 November, 10:00"),
    ],
)
def test_phrasings(text, expected):
    assert local(text) == expected


def test_a_bare_hour_means_the_next_waking_one():
    morning = datetime(2026, 11, 21, 5, 0, tzinfo=UTC)  # 06:00 in Berlin
    assert local("at 8", morning) == "today 08:00"
    assert local("at 8") == "today 20:00"


def test_times_that_have_passed_are_refused():
    assert read("today at 8am", NOW, ZONE).problem == "past"
    assert read("today", datetime(2026, 11, 21, 22, 59, 30, tzinfo=UTC), ZONE).problem == "past"
    assert read("call you yesterday", NOW, ZONE).problem == "past"


def test_no_time_at_all():
    for text in ("wash the car", "", "be kinder", "🙂🙂", "<b>hug</b>"):
        assert read(text, NOW, ZONE).problem == "none"


def test_numbers_in_dates_are_not_hours():
    assert local("on 3 December") == "by Thursday 3 December"


def test_in_another_time_zone():
    reading = read("at 6pm", NOW, "Asia/Kathmandu")  # 18:45 there: 6pm has passed
    assert describe(reading.when, NOW, "Asia/Kathmandu") == "tomorrow 18:00"
    assert reading.when.at == datetime(2026, 11, 22, 12, 15, tzinfo=UTC)


def test_all_day_promises_are_due_in_the_evening():
    reading = read("by Sunday", NOW, ZONE)
    assert reading.when.all_day
    assert reading.when.at == datetime(2026, 11, 22, 20, 0, tzinfo=UTC)  # 21:00 Berlin
