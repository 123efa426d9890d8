"""The rules for choosing the daily act (pure functions, no database)."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from bot.content import Act, ActCatalog, ActCategory, acts
from bot.services.acts.choosing import Past, choose

TODAY = date(2026, 11, 21)


def simulate(
    catalog: ActCatalog,
    days: int,
    *,
    long_distance: bool = False,
    seed: int = 1,
    status: str = "done",
) -> list[Past]:
    history: list[Past] = []
    rng = random.Random(seed)
    for offset in range(days):
        day = TODAY + timedelta(days=offset)
        act = choose(catalog, history, today=day, long_distance=long_distance, rng=rng)
        history.append(Past(act.id, act.category, day, status, False))
    return history


def test_no_act_repeats_within_30_days():
    history = simulate(acts(), 200)
    last: dict[str, date] = {}
    for past in history:
        if past.act_id in last:
            assert (past.local_date - last[past.act_id]).days > 30, past
        last[past.act_id] = past.local_date


def test_when_every_act_was_seen_recently_the_oldest_come_back():
    tiny = ActCatalog(
        [ActCategory(id="care", emoji="💛")],
        [Act(id=f"care-{i}", category="care") for i in range(3)],
    )
    history = simulate(tiny, 9)
    assert [p.act_id for p in history[3:6]] == [p.act_id for p in history[0:3]]


def test_long_distance_couples_never_get_acts_that_need_being_together():
    history = simulate(acts(), 120, long_distance=True)
    assert not any(acts().get(p.act_id).together for p in history)
    assert len({p.act_id for p in history[:30]}) == 30


def category_counts(history: list[Past], trials: int = 3000, **kwargs) -> Counter:
    rng = random.Random(7)
    return Counter(
        choose(acts(), history, today=TODAY, long_distance=False, rng=rng).category
        for _ in range(trials)
    )


def test_completed_and_landed_categories_are_favoured():
    base = category_counts([])
    old = TODAY - timedelta(days=45)  # long enough ago not to block repeats
    done = [
        Past(a.id, "appreciation", old, "done", False)
        for a in acts().by_category["appreciation"][:6]
    ]
    favoured = category_counts(done)
    assert favoured["appreciation"] > 2.5 * base["appreciation"]
    landed = [Past(a.id, "repair", old, "done", True) for a in acts().by_category["repair"][:3]]
    assert category_counts(landed)["repair"] > 2.5 * base["repair"]


def test_skipped_categories_fade_but_never_vanish():
    old = TODAY - timedelta(days=45)
    skipped = [Past(f"novelty-x{i}", "novelty", old, "skipped", False) for i in range(20)]
    counts = category_counts(skipped, trials=6000)
    base = category_counts([], trials=6000)
    assert counts["novelty"] < base["novelty"] / 3
    assert counts["novelty"] > 0


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_choice_is_reproducible_for_a_person_and_day(seed):
    first = choose(acts(), [], today=TODAY, long_distance=False, rng=random.Random(seed))
    again = choose(acts(), [], today=TODAY, long_distance=False, rng=random.Random(seed))
    assert first == again
