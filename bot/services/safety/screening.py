"""One text in, one decision out: ``none``, ``check`` (a gentle "are you safe?") or ``alert``.

The learned head scores the whole text, each sentence and each pair of adjacent sentences; the
text's score is its most worrying unit's, so one dangerous sentence in a long cheerful answer
counts. Phrase rules add a boost (never a veto), name categories, tell when the writer is the one
who harms, and mark danger right now. Without the model, the rules decide alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from bot.content import SAFETY_CATEGORIES, SELF_HARM_CATEGORIES
from bot.services.safety import model, rules
from bot.services.safety.units import Units, split

Level = Literal["none", "check", "alert"]
Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Screening:
    """The screen's answer for one text. No words of the text are kept in it."""

    level: Level
    categories: tuple[str, ...] = ()  # corpus categories, most likely first
    immediate: bool = False  # danger right now: the emergency number comes first
    writer_harms: bool = False  # the writer hurts, threatens or controls the partner
    full: bool = True  # False: decided by the phrase rules alone

    @property
    def flagged(self) -> bool:
        return self.level != "none"

    @property
    def kinds(self) -> frozenset[str]:
        """Which resources fit: {"self_harm"} and/or {"abuse"}."""
        if not self.flagged:
            return frozenset()
        kinds = {"self_harm" if c in SELF_HARM_CATEGORIES else "abuse" for c in self.categories}
        return frozenset(kinds or {"abuse"})


NOTHING = Screening("none")


def unit_texts(units: Units) -> list[str]:
    """Sentences, adjacent pairs, and the whole text when it is longer than a pair."""
    texts = list(units.sentences) + list(units.pairs)
    if len(units.sentences) > 2:
        texts.append(units.whole)
    return texts


def _normalised(rows: np.ndarray) -> np.ndarray:
    return rows / np.maximum(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-12)


def unit_vectors(
    units: Units, embed: Embed, mode: str = "pooled", whole_exact: int = 0
) -> np.ndarray:
    """One vector per unit of ``unit_texts`` order.

    ``exact`` embeds every unit. ``pooled`` embeds each sentence once and builds the pairs and
    the whole text as length-weighted means of their sentences' vectors: the model itself mean-
    pools its tokens, so this is close, at a third of the cost (what makes 500-character answers
    fast enough on two cores). A whole text of at most ``whole_exact`` characters is embedded
    as itself too, in the same call (read in context, a short text of two or three sentences
    is understood better: cross-validation caught 2 points more); a longer one stays pooled,
    so a 500-character answer costs no more.
    """
    asked = list(embedded_texts(units, mode, whole_exact))
    embedded = embed(asked)
    if mode == "exact":
        return embedded
    exact_whole = len(asked) > len(units.sentences)
    sentences = embedded[: len(units.sentences)]
    if len(sentences) < 2:
        return sentences
    weights = np.array([len(s) for s in units.sentences], dtype=np.float32)[:, None]
    weighted = sentences * weights
    rows = [sentences, _normalised(weighted[:-1] + weighted[1:])]
    if len(sentences) > 2:
        rows.append(_normalised(weighted.sum(axis=0, keepdims=True)))
    vectors = np.concatenate(rows)
    if exact_whole:
        vectors[whole_index(units)] = embedded[-1]
    return vectors


def embedded_texts(units: Units, mode: str = "pooled", whole_exact: int = 0) -> tuple[str, ...]:
    """What ``unit_vectors`` asks the model to embed for ``units``, in that order: every unit
    (``exact``), or the sentences and, for a short text of several sentences, the whole."""
    if mode == "exact":
        return tuple(unit_texts(units))
    if len(units.sentences) >= 2 and len(units.whole) <= whole_exact:
        return (*units.sentences, units.whole)
    return tuple(units.sentences)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))


def whole_index(units: Units) -> int:
    """The row of the whole text among ``unit_texts(units)``."""
    n = len(units.sentences)
    return 0 if n == 1 else (2 if n == 2 else 2 * n - 1)


def decide(
    vectors: np.ndarray,
    whole: int,
    hits: rules.RuleHits,
    head: model.Head,
    sentences: tuple[str, ...] | None = None,
) -> Screening:
    """The level, categories and flags from the unit vectors of one text (and its sentences,
    for the n-gram model) and the rule hits."""
    if len(vectors) == 0:
        return from_rules(hits)
    logits = head.logits(vectors, sentences, whole)
    # Parts of a text are judged a little more strictly than the whole (``offset``, from
    # cross-validation): a text has many parts, and each is one more chance of a false alarm.
    adjust = np.full(len(vectors), head.offset)
    adjust[whole] = 0.0
    danger_units = logits["danger"] + adjust + (head.boost["danger"] if hits else 0.0)
    alert_units = logits["alert"] + adjust + (head.boost["alert"] if hits.alert else 0.0)
    danger, alert = float(danger_units.max()), float(alert_units.max())
    t = head.thresholds
    if hits.immediate or (alert >= t["alert"] and danger >= t["check"]):
        level: Level = "alert"
    elif danger >= t["check"] or head.floored(hits):
        level = "check"
    else:
        return NOTHING
    # Categories and the writer come from the units that carry the danger.
    carrying = danger_units >= min(t["check"], danger)
    probabilities = _sigmoid(logits["categories"][carrying]).max(axis=0)
    order = np.argsort(-probabilities, kind="stable")
    learned = [SAFETY_CATEGORIES[i] for i in order if probabilities[i] >= 0.5]
    if not learned and not hits.categories:
        learned = [SAFETY_CATEGORIES[order[0]]]
    categories = list(hits.categories) + [c for c in learned if c not in hits.categories]
    # The other kind of danger (abuse beside self-harm) than the first category's is named only
    # when the head is sure of it: "he hit me, bruises on my arm" is not self-harm.
    index = {c: i for i, c in enumerate(SAFETY_CATEGORIES)}
    first = _kind(categories[0]) if categories else None
    categories = [
        c
        for c in categories
        if c in hits.categories or _kind(c) == first or probabilities[index[c]] >= OTHER_KIND
    ]
    # A phrase that says the partner does it to the writer ("er hat mich geschlagen") outweighs
    # the learned writer signal: telling someone who is hurt that they are the one who hurts
    # would be the worst mistake the screen can make, so the victim reading wins a tie.
    victim_said = any(not by_writer for _, by_writer in hits.matched)
    # At "check" the learned signal is more often a person describing a controlling partner
    # ("he gets really angry when I see my friends"): it has its own, stricter threshold there
    # (``writing.thresholds``; older heads have none, and it counts at "alert" only).
    if t.get("writer_whole", 0.0) >= 0.5:  # the whole text's logit (``writing.thresholds``)
        writer_score = float(logits["writer"][whole])
    else:
        writer_score = float(logits["writer"][carrying].max())
    limit = t["writer"] if level == "alert" else t.get("writer_check", float("inf"))
    learned_writer = writer_score >= limit and not victim_said
    writer = learned_writer or hits.writer_harms
    return Screening(level, tuple(categories), hits.immediate, writer)


OTHER_KIND = 0.9


def _kind(category: str) -> str:
    return "self_harm" if category in SELF_HARM_CATEGORIES else "abuse"


def from_rules(hits: rules.RuleHits) -> Screening:
    """The phrase rules' own decision, used when the model is not available."""
    if not hits:
        return Screening("none", full=False)
    level: Level = "alert" if hits.alert or hits.immediate else "check"
    return Screening(level, hits.categories, hits.immediate, hits.writer_harms, full=False)


def screen(text: str, embed: Embed | None = None) -> Screening:
    """Screen one text (blocking: a few tens of milliseconds with the model). ``embed``: what
    gives the units' vectors instead of the model itself (``screen_async`` passes the vectors it
    had the model make for several texts in one call); the decision is the same."""
    if not text or not text.strip():
        return NOTHING
    hits = rules.match(text)
    engine, _ = model.state()
    if engine is None:
        return from_rules(hits)
    units = split(text)
    if not units.sentences:
        return from_rules(hits) if hits else NOTHING
    head = engine.head
    mode = head.meta.get("units", "pooled")
    vectors = unit_vectors(units, embed or engine.embedder.embed, mode, head.whole_exact)
    return decide(vectors, whole_index(units), hits, head, units.sentences)
