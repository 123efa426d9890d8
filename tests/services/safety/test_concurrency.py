"""The model called from several threads at once: the same vectors, to the bit, as alone.

The screen runs two model calls at once (two batches in flight, a long text's sentences split
over two threads); the engine keeps no state between calls, and these tests hold it to that.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest

from bot.services import safety
from bot.services.safety import model

TEXTS = [
    "He hit me again last night and I have bruises on my arm",
    "We cooked together on Tuesday and laughed a lot",
    "Ich will nicht mehr leben. Alles ist sinnlos.",
    "Movie night",
    "Anoche me pegó delante de los niños y me amenazó con matarme si me voy",
    "j'ai peur de lui",
    "Planning the weekend with your parents took a lot of energy and I did not say how much it"
    " bothered me",
    "Dinner without phones",
]


@pytest.fixture(scope="module")
def embedder() -> model.Embedder:
    status = safety.warm()
    if not status.full:
        pytest.skip(f"the full screen is not available here: {status}")
    return model.state()[0].embedder


def test_halves_are_about_even_and_cover_every_text_once():
    lengths = [120, 80, 60, 50, 40, 30, 20]
    first, second = model.split_halves(lengths)
    assert sorted(first + second) == list(range(len(lengths)))
    assert abs(sum(lengths[i] for i in first) - sum(lengths[i] for i in second)) <= 20


@pytest.mark.parametrize(
    "lengths",
    [[], [4000], [100, 100], [3000, 40, 30]],  # nothing, one text, short in all, one dominates
)
def test_a_call_that_would_not_pay_is_not_split(lengths):
    assert model.split_halves(lengths) is None


def test_vectors_made_in_several_threads_at_once_are_those_made_alone(embedder):
    alone = {t: embedder.embed([t])[0] for t in TEXTS}
    long = " ".join(TEXTS * 3)  # split over two threads
    alone[long] = embedder.embed([long])[0]
    batches = [TEXTS[i:] + TEXTS[:i] for i in range(len(TEXTS))] + [TEXTS * 2, [long]]
    results: dict[int, list[np.ndarray]] = {}
    start = threading.Barrier(4)

    def work(k: int) -> None:
        start.wait()
        results[k] = [embedder.embed(b) for b in batches[k::4] for _ in range(2)]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for k, got in results.items():
        asked = [b for b in batches[k::4] for _ in range(2)]
        for batch, vectors in zip(asked, got, strict=True):
            for text, vector in zip(batch, vectors, strict=True):
                assert np.array_equal(vector, alone[text]), text[:40]
    assert len(results) == 4


def test_a_long_call_split_over_two_threads_gives_the_vectors_of_one_call(embedder, monkeypatch):
    sentences = [t + "." for t in TEXTS * 2]
    assert model.split_halves([len(s) for s in sentences]) is not None
    split = embedder.embed(sentences)
    monkeypatch.setattr(model, "split_halves", lambda lengths: None)
    assert np.array_equal(split, embedder.embed(sentences))
