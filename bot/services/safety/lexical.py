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
from itertools import pairwise

import numpy as np

from bot.services.safety.rules import normalise

BUCKETS = 1 << 18
CHAR_RANGE = (3, 5)


def grams(text: str) -> list[str]:
    """The n-grams of one text: words, word pairs, and character n-grams of each ``<word>``."""
    words = [w for w in normalise(text).split() if w != "|"]
    out = [f"w:{w}" for w in words]
    out += [f"b:{a} {b}" for a, b in pairwise(words)]
    low, high = CHAR_RANGE
    for word in words:
        padded = f"<{word}>"
        for n in range(low, high + 1):
            out += [padded[i : i + n] for i in range(len(padded) - n + 1)]
    return out


def buckets(text: str) -> np.ndarray:
    """Bucket indices of ``text``'s n-grams, each bucket once (presence, not counts)."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    hashed = {zlib.crc32(g.encode("utf-8")) % BUCKETS for g in grams(text)}
    return np.fromiter(hashed, dtype=np.int64, count=len(hashed))


def features(texts: list[str]):
    """A scipy CSR matrix (texts x BUCKETS), rows scaled to unit length (training only)."""
    from scipy.sparse import csr_matrix

    indptr, indices = [0], []
    for text in texts:
        row = buckets(text)
        indices.append(row)
        indptr.append(indptr[-1] + len(row))
    flat = np.concatenate(indices) if indices else np.zeros(0, np.int64)
    lengths = np.diff(indptr)
    data = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    return csr_matrix((data, flat, np.array(indptr)), shape=(len(texts), BUCKETS))


def scores(texts: list[str], weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """Logits per text: (texts, outputs) for ``weights`` of shape (BUCKETS, outputs)."""
    out = np.empty((len(texts), weights.shape[1]), dtype=np.float32)
    for i, text in enumerate(texts):
        row = buckets(text)
        out[i] = weights[row].sum(axis=0, dtype=np.float32) / np.sqrt(max(len(row), 1)) + bias
    return out
