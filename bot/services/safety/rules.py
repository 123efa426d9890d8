"""Phrase rules: the words that clearly signal danger, per language (content/safety/rules/).

The learned screen understands meaning; the rules add what a phrase list is good at: naming the
category, telling "he hit me" from "I hit her", and spotting danger right now ("he has a knife",
"I took all my pills") so the emergency number comes first. They boost the model's score and
never veto it. Without the model they are the whole screen.

Matching: the text is lower-cased, accents and apostrophes removed ("don't" -> "dont",
"m'a frappée" -> "ma frappee"), sentence punctuation becomes a "|" token. A match is ignored when
one of that language's negations comes right before it, possibly across filler words ("I would
never hit her", "ich habe keine Angst vor ihm"), but never across punctuation ("No, he hit me").
Idioms ("this traffic is killing me") are removed first. Every language's rules run on every
text (people mix languages, and a phrase of one language rarely means harm in another), with the
negations of all languages.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from bot.content import SafetyContent, safety, safety_languages

_NON_WORD = re.compile(r"[^\w\s|]|_")
# Sentence punctuation becomes a "|" token: a negation never reaches across it ("No, he hit me").
_CLAUSE = re.compile(r"[.,;:!?…¿¡]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def normalise(text: str) -> str:
    """Lower case, no accents, no apostrophes, punctuation as "|": the form phrases match."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'", "").replace("|", " ")
    text = _CLAUSE.sub(" | ", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class RuleHits:
    """What the phrase rules found in one text (nothing when ``categories`` is empty)."""

    categories: tuple[str, ...] = ()
    writer_harms: bool = False
    immediate: bool = False
    alert: bool = False  # some group that matched means clear danger (not only "check")
    matched: tuple[tuple[str, bool], ...] = ()  # (category, writer) of each group that matched
    groups: tuple[str, ...] = ()  # "<lang>:<group>" of each group that matched ("de:fear")

    def __bool__(self) -> bool:
        return bool(self.categories)


@dataclass(frozen=True)
class _Group:
    name: str  # "<lang>:<group>"
    category: str
    writer: bool
    alert: bool
    immediate: bool
    pattern: re.Pattern[str]
    # A match starts with a whole word of ``words`` or a word beginning with one of
    # ``prefixes``; None when a phrase starts with a gap (then the pattern always runs).
    starts: tuple[frozenset[str], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class _Compiled:
    idioms: re.Pattern[str] | None
    groups: tuple[_Group, ...]
    immediate: re.Pattern[str] | None
    negations: frozenset[str]
    fillers: frozenset[str]


def _phrase_pattern(phrase: str, partner: str, gap: str) -> str:
    parts: list[str | None] = []
    for word in normalise(
        phrase.replace("{p}", " PARTNERWORD ").replace("*", "STARSUFFIX").replace("~", " GAPWORD ")
    ).split():
        if word == "partnerword":
            parts.append(partner)
        elif word == "gapword":
            parts.append(None)
        elif word.endswith("starsuffix"):
            parts.append(re.escape(word[: -len("starsuffix")]) + r"\w*")
        else:
            parts.append(re.escape(word))
    pattern = ""
    for i, part in enumerate(parts):
        if part is None:
            pattern += gap
            continue
        pattern += part
        if i < len(parts) - 1:
            # A comma (or any punctuation) between two words of a phrase does not stop it.
            pattern += r"\s(?:\|\s)?"
    return pattern


def _starts(
    phrases: list[str], partners: list[str]
) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The first words a match of ``phrases`` can begin with (see ``_Group.starts``)."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for phrase in phrases:
        if not phrase.strip():
            continue
        first = normalise(
            phrase.replace("{p}", " PARTNERWORD ")
            .replace("*", "STARSUFFIX")
            .replace("~", " GAPWORD ")
        ).split()[0]
        if first == "gapword":
            return None
        if first == "partnerword":
            words.update(p.split()[0] for p in partners)
        elif first.endswith("starsuffix"):
            prefixes.add(first[: -len("starsuffix")])
        else:
            words.add(first)
    return frozenset(words), tuple(sorted(prefixes))


def _may_match(starts: tuple[frozenset[str], tuple[str, ...]] | None, words, ordered) -> bool:
    """Whether a text of these ``words`` (a set; ``ordered``: sorted) can match (``starts``)."""
    if starts is None or not words.isdisjoint(starts[0]):
        return True
    for prefix in starts[1]:
        i = bisect.bisect_left(ordered, prefix)
        if i < len(ordered) and ordered[i].startswith(prefix):
            return True
    return False


def _union(phrases: list[str], partner: str, gap: str) -> re.Pattern[str] | None:
    patterns = sorted(
        {_phrase_pattern(p, partner, gap) for p in phrases if p.strip()}, key=len, reverse=True
    )
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b") if patterns else None


def _gap(negations: frozenset[str]) -> str:
    """``~`` in a phrase: up to three words, none of them a negation ("hat mich gestern wieder
    geschlagen" matches "hat mich ~ geschlagen", "hat mich nie geschlagen" does not)."""
    words = "|".join(re.escape(n) for n in sorted(negations, key=len, reverse=True))
    return rf"(?:(?!(?:{words})\s)\w+\s){{0,3}}"


def compile_rules(
    content: SafetyContent, negations: frozenset[str] = frozenset(), lang: str = ""
) -> _Compiled:
    negations = negations | {normalise(n) for n in content.negations}
    gap = _gap(negations)
    partner = (
        "(?:"
        + "|".join(
            r"\s".join(re.escape(w) for w in normalise(p).split())
            for p in sorted(content.partner_words, key=len, reverse=True)
        )
        + ")"
    )
    groups = []
    for name, group in content.categories.items():
        pattern = _union(group.phrases, partner, gap)
        if pattern is not None:
            groups.append(
                _Group(
                    name=f"{lang}:{name}",
                    category=content.category_of(name),
                    writer=group.writer,
                    alert=group.level == "alert",
                    immediate=group.immediate,
                    pattern=pattern,
                    starts=_starts(group.phrases, [normalise(p) for p in content.partner_words]),
                )
            )
    return _Compiled(
        idioms=_union(content.idioms, partner, gap),
        groups=tuple(groups),
        immediate=_union(content.immediate, partner, gap),
        negations=negations,
        fillers=frozenset(normalise(f) for f in content.fillers),
    )


@cache
def _all_rules() -> tuple[_Compiled, ...]:
    """Every language's rules, sharing the negations, fillers and idioms of all languages:
    "I am not suicidal" must not match the Spanish "suicid*" because "not" is English, nor "we
    watched Suicide Squad" because the idiom is in the English list."""
    langs = safety_languages()
    contents = [safety(lang) for lang in langs]
    negations = frozenset(normalise(n) for c in contents for n in c.negations)
    fillers = frozenset(normalise(f) for c in contents for f in c.fillers)
    return tuple(
        replace(compile_rules(c, negations, lang), fillers=fillers)
        for c, lang in zip(contents, langs, strict=True)
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


def match(text: str, rules: tuple[_Compiled, ...] | None = None) -> RuleHits:
    """The categories the phrase rules find in ``text`` (all languages unless ``rules``)."""
    if not text or not text.strip():
        return RuleHits()
    rule_sets = _all_rules() if rules is None else rules
    normal = normalise(text)
    for compiled in rule_sets:
        if compiled.idioms is not None:
            normal = compiled.idioms.sub(" | ", normal)
    words = set(normal.split())
    ordered = sorted(words)
    categories: list[str] = []
    matched: list[tuple[str, bool]] = []
    names: list[str] = []
    writer = immediate = alert = False
    for compiled in rule_sets:
        found = False
        for group in compiled.groups:
            if not _may_match(group.starts, words, ordered):
                continue
            if not _matches(group.pattern, normal, compiled):
                continue
            found = True
            names.append(group.name)
            if (group.category, group.writer) not in matched:
                matched.append((group.category, group.writer))
            if group.category not in categories:
                categories.append(group.category)
            writer = writer or group.writer
            alert = alert or group.alert
            immediate = immediate or group.immediate
        if found and not immediate:
            immediate = _matches(compiled.immediate, normal, compiled)
    return RuleHits(tuple(categories), writer, immediate, alert, tuple(matched), tuple(names))
