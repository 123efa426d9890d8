"""The nearness to the training texts is worked out for the whole text and its most dangerous
parts only, the same way at run time (``model.Head.unit_scores``) and in training
(``training.Scores.weigh``)."""

from __future__ import annotations

import numpy as np

from bot.services.safety import model, training


def _head(similarity_weight: float) -> model.Head:
    """danger = alert = max(first coordinate, 0); danger prototype e0, harmless prototype e1."""
    w1 = np.array([[[1.0], [0.0], [0.0], [0.0]]], dtype=np.float32)
    w2 = np.array([[[1.0, 1.0]]], dtype=np.float32)
    eye = np.eye(4, dtype=np.float32)
    return model.Head(
        hidden=(w1, np.zeros((1, 1), dtype=np.float32)),
        output=(w2, np.zeros((1, 2), dtype=np.float32)),
        categories=(np.zeros((0, 4), dtype=np.float32), np.zeros(0, dtype=np.float32)),
        writer=(np.zeros(4, dtype=np.float32), 0.0),
        thresholds={"check": 0.0, "alert": 0.0, "writer": 0.0},
        boost={"danger": 0.0, "alert": 0.0},
        prototypes=(eye[:1], eye[1:2]),
        similarity_weight=similarity_weight,
    )


def _vectors() -> tuple[np.ndarray, int]:
    """Eight parts, harmless but for part 5 (the danger); the whole text last."""
    vectors = np.tile(np.array([0.1, 0.9, 0.0, 0.0], dtype=np.float32), (9, 1))
    vectors[5] = [0.9, 0.1, 0.0, 0.0]
    vectors[:, 0] += np.arange(9, dtype=np.float32) * 0.001  # no ties: parts 6 and 7 next
    vectors[8] = [0.6, 0.4, 0.0, 0.0]
    return vectors, 8


def test_a_danger_in_one_part_still_gets_its_nearness():
    vectors, whole = _vectors()
    near = _head(1.0).unit_scores(vectors, None, whole) - _head(0.0).unit_scores(vectors, None)
    nearness = near[:, 0]
    assert model.NEARNESS_PARTS == 3
    assert nearness[5] > 5  # the dangerous part: near the danger prototype
    assert nearness[whole] != 0
    kept = np.flatnonzero(nearness)
    assert kept.tolist() == [5, 6, 7, 8]  # whole + the three most dangerous parts
    assert model.nearness_rows(vectors[:, 0], whole).tolist() == [5, 6, 7, 8]
    # Every row when there is no whole row, or when the text has few parts.
    assert model.nearness_rows(vectors[:, 0], None).tolist() == list(range(9))
    assert model.nearness_rows(vectors[:3, 0], 2).tolist() == [0, 1, 2]


def test_training_weighs_the_nearness_of_the_same_rows():
    vectors, whole = _vectors()
    head = _head(0.0)
    net = head.scores(vectors)
    near = model.similarity(vectors, *head.prototypes)
    scores = training.Scores(
        whole=np.zeros((1, 2)),
        parts=np.zeros((1, 2)),
        writer=np.zeros(1),
        hit=np.zeros(1, dtype=bool),
        hit_alert=np.zeros(1, dtype=bool),
        immediate=np.zeros(1, dtype=bool),
        examples=[],
        units=[(net, None, whole, near)],
    )
    scores.weigh(0.0, 2.0)
    run_time = _head(2.0).unit_scores(vectors, None, whole)
    assert np.allclose(scores.whole[0], run_time[whole])
    assert np.allclose(scores.parts[0], np.delete(run_time, whole, axis=0).max(axis=0))


def test_the_prototypes_are_saved_as_int8_and_loaded_as_float32(tmp_path):
    rng = np.random.default_rng(1)
    rows = rng.normal(0, 1, (6, 4)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    head = _head(1.0)
    head = model.Head(**{**head.__dict__, "prototypes": (rows[:4], rows[4:])})
    head.save(tmp_path / "head.npz")
    danger, harmless = model.Head.load(tmp_path / "head.npz").prototypes
    assert danger.dtype == harmless.dtype == np.float32
    assert np.abs(danger - rows[:4]).max() < 0.005 and np.abs(harmless - rows[4:]).max() < 0.005
