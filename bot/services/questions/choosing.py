"""Choosing a couple's question for the day: a pure function of the bank and their history.

* no question repeats for a couple within a year, nor comes to a person who answered it in the
  last year with anyone (re-paired people bring their history with them); only when everything
  eligible was asked does the longest-unasked come back;
* ``together`` questions never go to couples living apart, and opt-in categories (intimacy) only
  to couples who turned them on;
* never two ``deep`` days in a row;
* categories both partners engaged with (answers longer than a few words, ❤️ for the partner's
  answer) come more often, but every category keeps a floor share, so it is never one kind only.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.content import Question, QuestionBank

NO_REPEAT_DAYS = 365
# Every category with questions left gets at least this part of an even share.
FLOOR_SHARE = 0.5
# How far engagement tilts the mix: a category where every answer was long and loved weighs
# 1 + LEAN times as much as one nobody engaged with.
LEAN = 2.0
# An answer of more words than this counts as engaging with the question.
FEW_WORDS = 3


@dataclass(frozen=True)
class Reply:
    """One person's answer to one day's question, as much as choosing needs (no words)."""

    category: str
    wrote: bool  # more than a few words
    hearted: bool  # they ❤️ their partner's answer


def wrote_more_than_a_few_words(text: str | None) -> bool:
    return text is not None and len(text.split()) > FEW_WORDS


def engagement(replies: Sequence[Reply]) -> dict[str, float]:
    """Per category, how engaged the partners were: 0 (short answers, no ❤️) to 1 (every answer
    long and loved). Both partners' replies count, so a category both engaged with ranks above
    one only one of them did."""
    points, counted = Counter[str](), Counter[str]()
    for reply in replies:
        points[reply.category] += int(reply.wrote) + int(reply.hearted)
        counted[reply.category] += 2
    return {c: points[c] / counted[c] for c in counted}


def category_shares(available: Mapping[str, int], engaged: Mapping[str, float]) -> dict[str, float]:
    """Each category's chance today: in proportion to the questions it has left, tilted by
    engagement, and never below the floor."""
    raw = {c: n * (1 + LEAN * engaged.get(c, 0.0)) for c, n in available.items() if n > 0}
    if not raw:
        return {}
    total = sum(raw.values())
    floor = FLOOR_SHARE / len(raw)
    return {c: floor + (1 - floor * len(raw)) * w / total for c, w in raw.items()}


def choose(
    bank: QuestionBank,
    *,
    today: date,
    last_asked: Mapping[str, date],
    replies: Sequence[Reply],
    previous_deep: bool,
    long_distance: bool,
    intimacy: bool,
    rng: random.Random,
) -> Question | None:
    """The couple's question for ``today`` (see the module docstring for the rules).

    ``last_asked``: question id -> the last day the couple got it or either partner answered it.
    """
    opted_in = frozenset(c.id for c in bank.categories.values() if c.opt_in and intimacy)
    pool = bank.eligible(long_distance=long_distance, opted_in=opted_in)
    if previous_deep:
        pool = [q for q in pool if not q.deep]
    if not pool:
        return None
    cutoff = today - timedelta(days=NO_REPEAT_DAYS)
    fresh = [q for q in pool if last_asked.get(q.id, date.min) <= cutoff]
    if not fresh:
        # Everything was asked within the year: bring back those asked longest ago.
        oldest = min(last_asked.get(q.id, date.min) for q in pool)
        fresh = [q for q in pool if last_asked.get(q.id, date.min) == oldest]
    available = Counter(q.category for q in fresh)
    shares = category_shares(available, engagement(replies))
    categories = sorted(shares)
    category = rng.choices(categories, weights=[shares[c] for c in categories])[0]
    return rng.choice(sorted((q for q in fresh if q.category == category), key=lambda q: q.id))


def rng_for(couple_id: int, day: date) -> random.Random:
    """Reproducible per couple and day, so planning the day again picks the same question."""
    return random.Random(f"question:{couple_id}:{day.isoformat()}")
