"""Word and character n-grams hashed into a fixed number of buckets: the screen's second reader.

The embedding model reads meaning but smooths over what a phrase list is good at: texting slang
("kms", "unalive", "sh"), typos ("pils", "geschlaegen") and a word that only ever shows up in
danger. A linear model over hashed n-grams (character 3- to 5-grams inside words, and word
unigrams and bigrams) catches those, in every language at once. Its logit is added to the
network's (weights chosen by cross-validation, ``bot/services/safety/training.py``). Numpy only;
hashing is CRC-32, so the buckets are the same on every machine and every run.
"""

from __future__ import annotations

import zlib
from functools import lru_cache
from itertools import pairwise

import numpy as np

from bot.services.safety.rules import normalise

BUCKETS = 1 << 18
CHAR_RANGE = (3, 5)


def _words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w != "|"]


@lru_cache(maxsize=20_000)
def _word_buckets(word: str) -> tuple[int, ...]:
    """The buckets of one word and of its character n-grams (cached: words repeat)."""
    padded = f"<{word}>"
    low, high = CHAR_RANGE
    found = [f"w:{word}"]
    for n in range(low, high + 1):
        found += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return tuple({_hash(g) for g in found})


def _hash(gram: str) -> int:
    return zlib.crc32(gram.encode("utf-8")) % BUCKETS


def grams(text: str) -> list[str]:
    """The n-grams of one text: words, word pairs, and character n-grams of each ``<word>``."""
    words = _words(text)
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(words)]
    low, high = CHAR_RANGE
    for word in words:
        padded = f"<{word}>"
        for n in range(low, high + 1):
            out += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


def _bucket_set(text: str) -> set[int]:
    words = _words(text)
    found: set[int] = set()
    for word in words:
        found.update(_word_buckets(word))
    found.update(_hash(f"b:{a} {b}") for a, b in pairwise(words))
    return found


def _array(found: set[int]) -> np.ndarray:
    return np.fromiter(found, dtype=np.int64, count=len(found))


def buckets(text: str) -> np.ndarray:
    """Bucket indices of ``text``'s n-grams, each bucket once (presence, not counts)."""
    return _array(_bucket_set(text))


def unit_buckets(sentences: tuple[str, ...] | list[str]) -> list[np.ndarray]:
    """Buckets of each unit the screen scores (``screening.unit_texts`` order: sentences,
    adjacent pairs, the whole when longer than a pair). A pair's or the whole's are the union of
    its sentences' (no word pair across a sentence end): each sentence is read once, which keeps
    a 4,096-character message cheap."""
    own = [_bucket_set(s) for s in sentences]
    units = [_array(s) for s in own]
    units += [_array(a | b) for a, b in pairwise(own)]
    if len(own) > 2:
        units.append(_array(set().union(*own)))
    return units


def scores(units: list[np.ndarray], weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Logits per unit: (units, outputs) for ``weights`` of shape (BUCKETS, outputs)."""
    out = np.empty((len(units), weights.shape[1]), dtype=np.float32)
    for i, row in enumerate(units):
        out[i] = weights[row].sum(axis=0, dtype=np.float32) / np.sqrt(max(len(row), 1)) + bias
    return out
