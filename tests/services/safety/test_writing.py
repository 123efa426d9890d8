"""The writer's learned signal: its own threshold at "check" and the choice of the whole text's
logit (``writing.thresholds``, ``screening.decide``)."""

from __future__ import annotations

import numpy as np

from bot.content import SAFETY_CATEGORIES
from bot.services.safety import model, rules, writing
from bot.services.safety.screening import decide


def _head(**thresholds: float) -> model.Head:
    """danger = first coordinate, alert = second; writer logit = third coordinate."""
    w1 = np.array([[[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]], dtype=np.float32)
    w2 = np.array([[[1.0, 0.0], [0.0, 1.0]]], dtype=np.float32)
    n = len(SAFETY_CATEGORIES)
    return model.Head(
        hidden=(w1, np.zeros((1, 2), dtype=np.float32)),
        output=(w2, np.zeros((1, 2), dtype=np.float32)),
        categories=(np.zeros((n, 3), dtype=np.float32), np.zeros(n, dtype=np.float32)),
        writer=(np.array([0.0, 0.0, 1.0], dtype=np.float32), 0.0),
        thresholds={"check": 1.0, "alert": 1.0, **thresholds},
        boost={"danger": 0.0, "alert": 0.0},
    )


def test_the_learned_writer_counts_at_check_only_with_its_own_threshold():
    check = np.array([[2.0, 0.0, 3.0]], dtype=np.float32)  # a "check", writer logit 3
    old = _head(writer=1.0)  # a head without writer_check: alert only, as before
    assert decide(check, 0, rules.RuleHits(), old).level == "check"
    assert not decide(check, 0, rules.RuleHits(), old).writer_harms
    assert decide(check, 0, rules.RuleHits(), _head(writer=9.0, writer_check=2.5)).writer_harms
    assert not decide(check, 0, rules.RuleHits(), _head(writer=1.0, writer_check=4.0)).writer_harms


def test_the_whole_texts_logit_when_the_head_says_so():
    # Part 0 looks like a writer's, the whole text (row 1) does not.
    vectors = np.array([[2.0, 2.0, 5.0], [2.0, 2.0, 0.0]], dtype=np.float32)
    assert decide(vectors, 1, rules.RuleHits(), _head(writer=1.0)).writer_harms
    whole = _head(writer=1.0, writer_whole=1.0)
    assert not decide(vectors, 1, rules.RuleHits(), whole).writer_harms


def test_a_victims_phrase_outweighs_the_learned_writer():
    vectors = np.array([[2.0, 2.0, 5.0]], dtype=np.float32)
    hits = rules.RuleHits(("violence",), matched=(("violence", False),))
    assert not decide(vectors, 0, hits, _head(writer=1.0, writer_check=1.0)).writer_harms


def test_the_search_keeps_the_precision():
    # Ten caught texts: writer logits 0..9; the writers are 9, 8, 7 and 5.
    s = np.arange(10, dtype=float)
    truth = np.isin(s, [9, 8, 7, 5])
    none = np.zeros(10, bool)
    level = np.full(10, 2)
    (ta, _), f = writing._search(s, truth, none, none, level, np.ones(10, bool))
    assert 6.0 < ta <= 7.0  # 5 is found only with 6, a victim: precision 80 %
    assert f["precision"] == 1.0 and f["recall"] == 0.75
