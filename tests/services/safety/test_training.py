"""The training code (make train-safety) on a small made-up problem: it must learn and keep the
false-alarm budget it is given."""

from __future__ import annotations

import numpy as np

from bot.services.safety import rules, training
from bot.services.safety.corpus import Example


def _items(n: int, seed: int) -> list[training.Encoded]:
    """Texts of one or three 'sentences' whose danger lies along one direction of the space."""
    rng = np.random.default_rng(seed)
    direction = np.zeros(16)
    direction[0] = 1.0
    items = []
    for i in range(n):
        label = ("none", "check", "alert")[i % 3]
        danger = label != "none"
        rows = rng.normal(0, 1, (1 if i % 2 else 5, 16))
        if danger:
            rows[-1] += 3 * direction  # the whole text leans towards danger
            rows[0] += 3 * direction
        example = Example(
            f"text {i}",
            "en",
            label,
            ("violence",) if danger else (),
            "direct",
            "chat",
            False,
            "en.jsonl",
        )
        items.append(
            training.Encoded(example, rows.astype(np.float32), len(rows) - 1, rules.RuleHits())
        )
    return items


def test_the_head_learns_danger_and_the_thresholds_keep_the_false_alarm_budget():
    head = training.fit_head(_items(300, 1), members=2)
    test = _items(150, 2)
    scores = np.array([head.scores(it.vectors).max(axis=0)[0] for it in test])
    danger = np.array([it.example.danger for it in test])
    assert scores[danger].mean() > scores[~danger].mean() + 1  # logits, after EPOCHS passes
    cv = training.cross_validate(_items(300, 3), members=1)
    level, limits = training.levels(cv, offset=-2.0, boost=1.0)
    harmless = ~cv.is_danger
    assert (level[harmless] > 0).mean() <= training.FALSE_CHECK + 0.01
    assert (level[cv.is_danger] > 0).mean() > 0.8
    assert limits["check"] > -99


def test_a_logistic_regression_separates_what_can_be_separated():
    rng = np.random.default_rng(0)
    x = rng.normal(0, 0.01, (200, 8)).astype(np.float32)  # tiny spread, like embeddings
    y = (x[:, 0] > 0).astype(float)
    w, b = training.fit_logistic(x, y, np.ones(200), penalty=1.0)
    assert ((x @ w + b > 0) == (y > 0)).mean() > 0.95


def test_near_duplicate_prototypes_are_dropped_and_the_writers_texts_kept_first():
    rng = np.random.default_rng(3)
    base = rng.normal(0, 1, (4, 16))
    base /= np.linalg.norm(base, axis=1, keepdims=True)
    twin = base[0] + 0.01 * rng.normal(0, 1, 16)
    twin /= np.linalg.norm(twin)
    vectors = np.vstack([base, twin[None]]).astype(np.float32)
    assert len(training.dedupe(vectors, 0.97)) == 4
    assert len(training.dedupe(vectors, 1.0)) == 5

    def item(vector, source):
        example = Example("t", "en", "alert", ("violence",), "direct", "chat", False, source)
        return training.Encoded(example, vector[None], 0, rules.RuleHits())

    # The extra text comes first in the file order, the writers' twin is the one kept.
    items = [item(twin, "extra-more-en.jsonl"), *(item(v, "en.jsonl") for v in base)]
    danger, harmless = training.prototypes(items, near=0.97)
    assert len(danger) == 4 and len(harmless) == 0
    assert np.allclose(danger[0], base[0])
