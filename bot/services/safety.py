"""Screening free text for danger, with high recall.

Every message a person types is checked for signs of abuse, fear of the partner, coercive
control, threats, strangulation, weapons, sexual violence, or self-harm and suicidal thoughts
(phrases in content/safety.yaml). A match is ignored when a negation comes right before it,
possibly across filler words: "I would never hit her", "I don't want to die" do not count,
"he never stops hitting me" does. Common idioms ("this traffic is killing me") are removed
first. Missing a real signal is far worse than showing resources to someone who did not need
them, so the lists lean towards catching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.content import SafetyContent, safety

_NON_WORD = re.compile(r"[^\w\s|]|_")
# Sentence punctuation becomes a "|" token: a negation never reaches across it ("No, he hit me").
_CLAUSE = re.compile(r"[.,;:!?…]+")


@dataclass(frozen=True)
class Signal:
    kinds: frozenset[str]  # {"self_harm"} and/or {"abuse"}
    categories: tuple[str, ...]
    immediate: bool


def normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'").replace("`", "'")
    text = text.replace("'", "").replace("|", " ")
    text = _CLAUSE.sub(" | ", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _phrase_pattern(phrase: str, partner: str) -> str:
    words = []
    for word in normalise(
        phrase.replace("{p}", " PARTNERWORD ").replace("*", "STARSUFFIX")
    ).split():
        if word == "partnerword":
            words.append(partner)
        elif word.endswith("starsuffix"):
            words.append(re.escape(word[: -len("starsuffix")]) + r"\w*")
        else:
            words.append(re.escape(word))
    return r"\s".join(words)


@dataclass(frozen=True)
class _Compiled:
    idioms: re.Pattern[str] | None
    categories: dict[str, tuple[str, bool, re.Pattern[str]]]
    immediate: re.Pattern[str] | None
    negations: frozenset[str]
    fillers: frozenset[str]


def _union(phrases: list[str], partner: str) -> re.Pattern[str] | None:
    patterns = sorted(
        {_phrase_pattern(p, partner) for p in phrases if p.strip()}, key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b") if patterns else None


@cache
def _compiled(content: SafetyContent | None = None) -> _Compiled:
    content = content or safety()
    partner = (
        "(?:"
        + "|".join(
            r"\s".join(re.escape(w) for w in normalise(p).split())
            for p in sorted(content.partner_words, key=len, reverse=True)
        )
        + ")"
    )
    categories = {}
    for name, category in content.categories.items():
        pattern = _union(category.phrases, partner)
        if pattern is not None:
            categories[name] = (category.kind, category.immediate, pattern)
    return _Compiled(
        idioms=_union(content.idioms, partner),
        categories=categories,
        immediate=_union(content.immediate, partner),
        negations=frozenset(normalise(n) for n in content.negations),
        fillers=frozenset(normalise(f) for f in content.fillers),
    )


def _negated(text: str, start: int, compiled: _Compiled) -> bool:
    """Whether a negation comes right before ``start``, skipping filler words."""
    for word in reversed(text[:start].split()):
        if word in compiled.negations:
            return True
        if word not in compiled.fillers:
            return False
    return False


def _matches(pattern: re.Pattern[str] | None, text: str, compiled: _Compiled) -> bool:
    if pattern is None:
        return False
    return any(not _negated(text, m.start(), compiled) for m in pattern.finditer(text))


def screen(text: str, content: SafetyContent | None = None) -> Signal | None:
    """A Signal when ``text`` shows any sign of danger, else None."""
    if not text or not text.strip():
        return None
    compiled = _compiled(content)
    normal = normalise(text)
    if compiled.idioms is not None:
        normal = compiled.idioms.sub(" | ", normal)
    kinds: set[str] = set()
    found: list[str] = []
    immediate = False
    for name, (kind, always_immediate, pattern) in compiled.categories.items():
        if _matches(pattern, normal, compiled):
            kinds.add(kind)
            found.append(name)
            immediate = immediate or always_immediate
    if not found:
        return None
    immediate = immediate or _matches(compiled.immediate, normal, compiled)
    return Signal(frozenset(kinds), tuple(found), immediate)
