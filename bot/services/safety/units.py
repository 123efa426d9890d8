"""Cutting a text into the units the learned screen scores.

Danger is often one sentence in a long, cheerful answer ("...the kids loved the zoo. I sleep in
the car when he's like that. Work is fine."). Scored as a whole, that sentence is drowned out; so
the screen also scores each sentence and each pair of adjacent sentences (a pair keeps the
context a short sentence needs: "He found out. Now I keep my bag packed."). A "sentence" with no
punctuation (texting) is cut into pieces of at most ``MAX_WORDS`` words, and a 4,096-character
message gives at most ``MAX_SENTENCES`` sentences, so the work per message is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

MAX_WORDS = 32
MIN_WORDS = 3
MAX_SENTENCES = 64
MAX_CHARS = 4096

# A sentence ends at . ! ? … (and runs of them), a line break, or an emoji used as a full stop.
_END = re.compile(r"(?<=[.!?…])[\"'”»)\]]*\s+|\n+|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+")


@dataclass(frozen=True)
class Units:
    """A text as sentences; ``pairs`` and ``whole`` are the other units scored."""

    sentences: tuple[str, ...]

    @property
    def pairs(self) -> tuple[str, ...]:
        return tuple(f"{a} {b}" for a, b in pairwise(self.sentences))

    @property
    def whole(self) -> str:
        return " ".join(self.sentences)


def _pieces(sentence: str) -> list[str]:
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return [" ".join(words)]
    # Even pieces, so a 40-word run-on becomes 20 + 20, not 32 + 8.
    count = -(-len(words) // MAX_WORDS)
    size = -(-len(words) // count)
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def _unrepeated(text: str) -> str:
    """One copy of a text that is the same words again and again (a command pasted seven
    times): cut into pieces, a repeated text mixes the copies' ends and beginnings into
    "sentences" nobody wrote, and their meaning drifts."""
    words = text.split()
    n = len(words)
    for period in range(1, n // 2 + 1):
        if n % period == 0 and words == words[:period] * (n // period):
            return " ".join(words[:period])
    return text


def split(text: str) -> Units:
    """``text`` (at most ``MAX_CHARS`` characters are read) as units to score. A sentence said
    again is read once."""
    sentences: list[str] = []
    for part in _END.split(_unrepeated(text[:MAX_CHARS])):
        if part and part.strip() and any(c.isalnum() for c in part):
            sentences.extend(_pieces(part.strip()))
    # A fragment of one or two words ("No.", "ok so") is read with the sentence after it.
    merged: list[str] = []
    carry = ""
    for sentence in sentences:
        sentence = f"{carry} {sentence}" if carry else sentence
        carry = ""
        if len(sentence.split()) < MIN_WORDS:
            carry = sentence
        else:
            merged.append(sentence)
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        else:
            merged.append(carry)
    merged = list(dict.fromkeys(merged))
    # Very many short sentences: read them a few at a time, so the work stays bounded.
    if len(merged) > MAX_SENTENCES:
        size = -(-len(merged) // MAX_SENTENCES)
        merged = [" ".join(merged[i : i + size]) for i in range(0, len(merged), size)]
    return Units(tuple(merged))
