"""Choosing the day's small act: a pure function of the catalogue and the person's history.

* no act repeats within 30 days while unseen ones remain (then the longest-unseen come back);
* long-distance couples never get an act that needs being together;
* categories the person keeps completing, and those whose acts the partner said "landed", are
  favoured; categories the person keeps skipping fade but never drop below a floor, so they can
  come back."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.content import Act, ActCatalog

NO_REPEAT_DAYS = 30
FLOOR_WEIGHT = 0.15
CEILING_WEIGHT = 6.0


@dataclass(frozen=True)
class Past:
    """One earlier offer, as much as choosing needs."""

    act_id: str
    category: str
    local_date: date
    status: str
    landed: bool


def category_weights(catalog: ActCatalog, history: Sequence[Past]) -> dict[str, float]:
    done, skipped, landed = Counter(), Counter(), Counter()
    for past in history:
        if past.status == "done":
            done[past.category] += 1
        elif past.status == "skipped":
            skipped[past.category] += 1
        elif past.status == "replaced":
            skipped[past.category] += 0.5
        if past.landed:
            landed[past.category] += 1
    weights = {}
    for category in catalog.categories:
        raw = (1 + done[category] + 2 * landed[category]) / (1 + skipped[category])
        weights[category] = min(max(raw, FLOOR_WEIGHT), CEILING_WEIGHT)
    return weights


def choose(
    catalog: ActCatalog,
    history: Sequence[Past],
    *,
    today: date,
    long_distance: bool,
    rng: random.Random,
    exclude: set[str] | frozenset[str] = frozenset(),
) -> Act:
    """Pick today's act for one person (see the module docstring for the rules).

    The acts come in pools by category, built once per catalogue; only the pool of the chosen
    category is filtered act by act (the same choice as filtering every act first: the pools
    keep the catalogue's order)."""
    last_seen: dict[str, date] = {}
    for past in history:
        if past.local_date > last_seen.get(past.act_id, date.min):
            last_seen[past.act_id] = past.local_date
    cutoff = today - timedelta(days=NO_REPEAT_DAYS)
    pools = catalog.pools(long_distance)
    if exclude and not any(a.id not in exclude for pool in pools.values() for a in pool):
        exclude = frozenset()  # only possible with a tiny catalogue and many swaps

    def fresh(act: Act) -> bool:
        return act.id not in exclude and last_seen.get(act.id, date.min) < cutoff

    categories = sorted(c for c, pool in pools.items() if any(fresh(a) for a in pool))
    if categories:
        chosen = _weighted_category(catalog, history, categories, rng)
        in_category = [a for a in pools[chosen] if fresh(a)]
    else:
        # Everything was seen recently: bring back those seen longest ago.
        eligible = [a for a in catalog.eligible(long_distance) if a.id not in exclude]
        oldest = min(last_seen.get(a.id, date.min) for a in eligible)
        again = [a for a in eligible if last_seen.get(a.id, date.min) == oldest]
        chosen = _weighted_category(catalog, history, sorted({a.category for a in again}), rng)
        in_category = [a for a in again if a.category == chosen]
    landed_before = {p.act_id for p in history if p.landed}
    return rng.choices(
        in_category, weights=[3.0 if a.id in landed_before else 1.0 for a in in_category]
    )[0]


def _weighted_category(
    catalog: ActCatalog, history: Sequence[Past], categories: list[str], rng: random.Random
) -> str:
    weights = category_weights(catalog, history)
    return rng.choices(categories, weights=[weights[c] for c in categories])[0]


def rng_for(user_id: int, day: date, swap: int = 0) -> random.Random:
    """Reproducible per person, day and swap, so a re-plan picks the same act."""
    return random.Random(f"{user_id}:{day.isoformat()}:{swap}")
