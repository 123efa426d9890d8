"""The n-gram reader of the safety screen: stable buckets, numpy scoring, saved with the head."""

from __future__ import annotations

import numpy as np

from bot.services.safety import lexical, model, rules, training
from bot.services.safety.corpus import Example


def test_buckets_are_the_same_on_every_run_and_ignore_case_accents_and_repeats():
    a = lexical.buckets("Il m'a FRAPPÉE hier soir")
    b = lexical.buckets("il ma frappee hier soir")
    assert sorted(a.tolist()) == sorted(b.tolist())
    assert len(set(a.tolist())) == len(a)
    assert a.min() >= 0 and a.max() < lexical.BUCKETS
    # CRC-32, not Python's salted hash(): the committed weights must match across processes.
    assert "w:kms" in lexical.grams("lowkey wanna kms") and "<km" in lexical.grams("kms")
    assert lexical.buckets("").size == 0


def test_units_are_sentences_pairs_and_the_whole_and_scores_match_training_features():
    sentences = ("gonna unalive myself fr", "we cooked dinner", "x y z")
    units = lexical.unit_buckets(sentences)
    assert len(units) == 3 + 2 + 1
    assert set(units[3].tolist()) == set(units[0].tolist()) | set(units[1].tolist())
    assert set(units[5].tolist()) == set().union(*(set(u.tolist()) for u in units[:3]))
    assert len(lexical.unit_buckets(("one sentence only",))) == 1
    rng = np.random.default_rng(0)
    weights = rng.normal(0, 1, (lexical.BUCKETS, 2)).astype(np.float32)
    bias = np.array([0.5, -0.5], dtype=np.float32)
    expected = training.lexical_features(units) @ weights + bias
    assert np.allclose(lexical.scores(units, weights, bias), expected, atol=1e-3)


def _items() -> list[training.Encoded]:
    """Danger texts share words the harmless ones never use; the vectors are noise."""
    rng = np.random.default_rng(1)
    danger_words = ["kms tonight", "unalive myself", "sh again", "pills saved"]
    calm_words = ["dinner was nice", "walked the dog", "film on friday", "new recipe"]
    items = []
    for i in range(200):
        danger = i % 2 == 0
        text = (danger_words if danger else calm_words)[i % 4] + f" {i % 7}"
        example = Example(
            text,
            "en",
            "alert" if danger else "none",
            ("suicidal",) * danger,
            "slang",
            "chat",
            False,
            "hard-en.jsonl",
        )
        vectors = rng.normal(0, 1, (1, 8)).astype(np.float32)
        words = lexical.unit_buckets((text,))
        items.append(training.Encoded(example, vectors, 0, rules.RuleHits(), words))
    return items


def test_the_head_learns_words_the_embedding_misses_and_saves_them(tmp_path):
    head = training.fit_head(_items(), members=1)
    assert head.lexical is not None
    head = model.Head(
        head.hidden,
        head.output,
        head.categories,
        head.writer,
        {"check": 0.0, "alert": 0.0, "writer": 0.0},
        {"danger": 1.0, "alert": 1.0},
        lexical=head.lexical,
        lexical_weight=1.0,
    )
    path = tmp_path / "head.npz"
    head.save(path)
    loaded = model.Head.load(path)
    assert loaded.lexical_weight == 1.0 and loaded.lexical is not None
    vectors = np.zeros((2, 8), dtype=np.float32)
    one = np.zeros((1, 8), dtype=np.float32)
    danger = loaded.unit_scores(one, ("unalive myself 3",))
    calm = loaded.unit_scores(one, ("walked the dog 3",))
    assert danger[0, 0] > calm[0, 0] + 1
    # Without the units' words the head still answers (the networks' part alone).
    assert loaded.unit_scores(vectors, None).shape == (2, 2)
