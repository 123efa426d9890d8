"""``make train-safety``: fit the head on the training split and pick its thresholds.

1. Every training text is cut into units (sentences, pairs, whole) and embedded (cached); a
   whole text of at most ``WHOLE_EXACT_CHARS`` is embedded as itself, a longer one pooled.
2. The danger/alert networks learn from the whole text of every example and from every part of
   the harmless ones (a sentence of an ordinary answer is ordinary); then, in a second round,
   also from the most worrying part of each danger text (for a buried sentence, the sentence).
   The n-gram model (``lexical``: slang, typos) learns from the second round's rows. The whole
   vectors of the training texts are kept as prototypes (``model.similarity``: nearer to a
   danger text than to any harmless one).
3. Five-fold cross-validation on the training split gives every text an out-of-fold score. The
   n-gram model's and the nearness's weights, the weight of the parts (``offset``), the rule
   boost, whether the rule floor is used, and the ``check`` and ``alert`` thresholds are chosen
   on those scores. The frozen test split is never read here.
4. The head is fitted on the whole training split and written to content/safety/head.npz.

scikit-learn fits the networks and the n-gram model (``fitting``; a development dependency
only); running the head needs numpy.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bot.content import SAFETY_CATEGORIES
from bot.services.safety import corpus, lexical, model, rules, writing
from bot.services.safety.corpus import Example
from bot.services.safety.fitting import (  # noqa: F401  (lexical_features: tests)
    SEED,
    fit_lexical,
    fit_logistic,
    fit_networks,
    lexical_features,
)
from bot.services.safety.screening import embedded_texts, unit_vectors, whole_index
from bot.services.safety.units import split

FOLDS = 5
# Operating points, chosen on out-of-fold scores of the training split (issue 20: harmless texts
# answered with anything <= 6 %, with alert <= 2 %). Kept below those limits: texts nobody here
# has seen are harder than a cross-validation fold.
FALSE_CHECK = 0.05
FALSE_ALERT = 0.015
MEMBERS = 3  # networks in the ensemble (the networks themselves: ``fitting``)
OFFSETS = (-99.0, -3.0, -2.0, -1.0, 0.0)
# A rule group joins the floor when its matches on the training split are danger this often,
# counting one harmless match more than were seen (4 of 4 is 0.8: few matches prove little).
FLOOR_PRECISION = 0.8
FLOOR_MIN_HITS = 4
# The rules always count for something (a boost of at least 1); 20 would make every rule hit a
# check at least, which cross-validation shows costs far more than it brings (the corpus's hard
# negatives use the rules' very words).
BOOSTS = (1.0, 2.0, 4.0, 20.0)
# The n-gram model's logit is added to the networks' with one of these weights (0: left out).
LEXICAL_WEIGHTS = (0.0, 0.5, 1.0, 1.5)
# Nearness to the training texts (``model.similarity``) is added with one of these weights
# (with 3.0 the largest offered, cross-validation chose it; offered 4 and 6 it chose 4 on 8,127
# texts, 82.4 -> 84.0 % caught on the folds at the same false alarms, and 6 on 9,595; on 10,586
# with 8-12 offered too it chose 12, 84.9 -> 85.5 %).
SIMILARITY_WEIGHTS = (0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.0, 16.0)
# Whole texts up to this long are embedded as themselves, not pooled from their sentences (on
# the training split's folds: caught 78.2 % against 75.1 %, at the same false alarms).
WHOLE_EXACT_CHARS = 300
# A training text's whole vector is kept as a prototype unless one already kept of the same
# class (danger or harmless; the writers' texts first) is nearer than this cosine: the
# prototypes are float32 in the screen's memory (issue 20: its RSS budget).
PROTOTYPE_NEAR = 0.945


@dataclass
class Encoded:
    example: Example
    vectors: np.ndarray  # one row per unit (screening.unit_texts order)
    whole: int  # the row of the whole text
    hits: rules.RuleHits
    buckets: list[np.ndarray] | None = None  # each unit's n-gram buckets (lexical)


def encode(
    examples: list[Example], embed, mode: str = "pooled", whole_exact: int = WHOLE_EXACT_CHARS
) -> list[Encoded]:
    if isinstance(embed, corpus.EmbeddingCache):
        embed.fill(t for e in examples for t in embedded_texts(split(e.text), mode, whole_exact))
    encoded = []
    for example in examples:
        units = split(example.text)
        if not units.sentences:  # nothing to read ("!!!"): the screen answers none by itself
            continue
        vectors = unit_vectors(units, embed, mode, whole_exact)
        hits = rules.match(example.text)
        words = lexical.unit_buckets(units.sentences)
        encoded.append(Encoded(example, vectors, whole_index(units), hits, words))
    return encoded


@dataclass
class Rows:
    x: np.ndarray
    y: np.ndarray  # (n, 2): danger, alert
    categories: np.ndarray  # (n, len(SAFETY_CATEGORIES)) of 0/1
    writer: np.ndarray
    weight: np.ndarray
    is_danger: np.ndarray
    buckets: list[np.ndarray | None]  # each row's n-gram buckets (None: not known)


def build_rows(items: list[Encoded], head: model.Head | None = None) -> Rows:
    x, examples, weights, words = [], [], [], []

    def text(item: Encoded, unit: int) -> np.ndarray | None:
        return item.buckets[unit] if item.buckets is not None else None

    for item in items:
        e = item.example
        x.append(item.vectors[item.whole])
        examples.append(e)
        weights.append(1.0)
        words.append(text(item, item.whole))
        others = [i for i in range(len(item.vectors)) if i != item.whole]
        if not others:
            continue
        if not e.danger:
            for i in others:
                x.append(item.vectors[i])
                examples.append(e)
                weights.append(1.0 / len(others))
                words.append(text(item, i))
        elif head is not None:
            # The part that carries the danger (multiple-instance learning, one round).
            scores = head.scores(item.vectors[others])[:, 0]
            best = others[int(np.argmax(scores))]
            x.append(item.vectors[best])
            examples.append(e)
            weights.append(1.0)
            words.append(text(item, best))
    index = {c: i for i, c in enumerate(SAFETY_CATEGORIES)}
    categories = np.zeros((len(examples), len(SAFETY_CATEGORIES)))
    for row, e in enumerate(examples):
        for c in e.categories:
            if c in index:
                categories[row, index[c]] = 1
    return Rows(
        x=np.stack(x),
        y=np.array([(e.danger, e.label == "alert") for e in examples], dtype=int),
        categories=categories,
        writer=np.array([e.writer_harms for e in examples], dtype=float),
        weight=np.array(weights),
        is_danger=np.array([e.danger for e in examples], dtype=bool),
        buckets=words,
    )


def _unset(d: int) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, float]]:
    n = len(SAFETY_CATEGORIES)
    return (np.zeros((n, d), np.float32), np.full(n, -10.0, np.float32)), (
        np.zeros(d, np.float32),
        -10.0,
    )


def fit_head(items: list[Encoded], *, members: int = MEMBERS, full: bool = True) -> model.Head:
    """Danger and alert networks (two rounds) and the n-gram model (on the second round's
    rows, when the items carry their words); categories and writer only when ``full``."""
    head = None
    d = items[0].vectors.shape[1]
    categories, writer = _unset(d)
    for _ in range(2):
        rows = build_rows(items, head)
        hidden, output = fit_networks(rows.x, rows.y, rows.weight, members)
        head = model.Head(hidden, output, categories, writer, {}, {})
    words = fit_lexical(rows)
    protos = prototypes(items)
    head = model.Head(hidden, output, categories, writer, {}, {}, lexical=words, prototypes=protos)
    if full:
        sel = rows.is_danger
        xd, wd = rows.x[sel], rows.weight[sel]
        fitted = [
            fit_logistic(xd, rows.categories[sel, c], wd, 30.0)
            if rows.categories[sel, c].any()
            else (np.zeros(d, np.float32), -10.0)
            for c in range(len(SAFETY_CATEGORIES))
        ]
        categories = (np.stack([w for w, _ in fitted]), np.array([b for _, b in fitted]))
        y = rows.writer[sel]
        balance = np.where(y > 0, max(1.0, (len(y) - y.sum()) / max(y.sum(), 1) / 4), 1.0)
        writer = fit_logistic(xd, y, wd * balance, 30.0) if y.any() else writer
        head = model.Head(
            hidden, output, categories, writer, {}, {}, lexical=words, prototypes=protos
        )
    return head


def prototypes(items: list[Encoded], near: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The whole vectors of the danger texts and of the harmless ones (``model.similarity``),
    each class without its near-duplicates (``dedupe``: they cost memory at run time and
    change the nearest cosine by little)."""
    near = PROTOTYPE_NEAR if near is None else near
    d = items[0].vectors.shape[1]
    out = []
    for flag in (True, False):
        chosen = [it for it in items if it.example.danger == flag]
        # The writers' texts first: a near-duplicate of one of them is dropped, not it.
        chosen.sort(key=lambda it: it.example.source.startswith("extra-"))
        vectors = np.stack([it.vectors[it.whole] for it in chosen]) if chosen else None
        out.append(dedupe(vectors, near) if vectors is not None else np.zeros((0, d)))
    return out[0], out[1]


def dedupe(vectors: np.ndarray, near: float) -> np.ndarray:
    """The rows of ``vectors`` (unit length) in order, each dropped when its cosine to a row
    already kept is above ``near`` (greedy; ``near`` >= 1 keeps every row)."""
    if near >= 1.0 or len(vectors) < 2:
        return vectors
    v = np.asarray(vectors, dtype=np.float32)
    dropped = np.zeros(len(v), dtype=bool)
    keep = []
    for start in range(0, len(v), 512):
        block = v[start : start + 512] @ v.T  # (block, n)
        for row, i in enumerate(range(start, min(start + 512, len(v)))):
            if dropped[i]:
                continue
            keep.append(i)
            later = block[row] > near
            later[: i + 1] = False
            dropped |= later
    return vectors[np.array(keep)]


def folds(examples: list[Example], k: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """A fold number per example, stratified by language and label."""
    rng = np.random.default_rng(seed)
    assignment = np.zeros(len(examples), dtype=int)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(examples):
        groups.setdefault((e.lang, e.label), []).append(i)
    for members in groups.values():
        offset = int(rng.integers(k))
        for position, i in enumerate(rng.permutation(members)):
            assignment[i] = (position + offset) % k
    return assignment


@dataclass
class Scores:
    """Out-of-fold logits of every training text: the whole text's and its parts' maximum."""

    whole: np.ndarray  # (n, 2)
    parts: np.ndarray  # (n, 2); -99 for a text of one unit
    writer: np.ndarray  # (n,) writer logit of the whole text
    hit: np.ndarray
    hit_alert: np.ndarray
    immediate: np.ndarray
    examples: list[Example]
    floored: np.ndarray | None = None  # a rule group of the floor matched
    # Per text: every unit's writer logit (``writing.carrying_scores`` keeps the carrying ones).
    writer_units: list[np.ndarray] | None = None
    unit_danger: list[np.ndarray] | None = None  # per text, per unit: danger (set by ``weigh``)
    # Per text, per unit: the networks' and the n-gram model's logits, the whole's row, and
    # the nearness to the fold's training texts (``model.similarity``).
    units: list[tuple[np.ndarray, np.ndarray | None, int, np.ndarray]] | None = None

    def weigh(self, lexical_weight: float, similarity_weight: float = 0.0) -> None:
        """Set ``whole`` and ``parts`` for the n-gram model and the nearness added with these
        weights."""
        for i, (net, words, whole, near) in enumerate(self.units or ()):
            both = net if words is None or not lexical_weight else net + lexical_weight * words
            kept = model.nearness_kept(near, both[:, 0], whole)  # as at run time
            both = both + similarity_weight * kept[:, None]
            if self.unit_danger is None:
                self.unit_danger = [np.zeros(0)] * len(self.units or ())
            self.unit_danger[i] = both[:, 0]
            self.whole[i] = both[whole]
            others = np.delete(both, whole, axis=0)
            self.parts[i] = others.max(axis=0) if len(others) else -99.0

    @property
    def is_danger(self) -> np.ndarray:
        return np.array([e.danger for e in self.examples])

    @property
    def counted(self) -> np.ndarray:
        """The writers' texts: thresholds and figures come from these alone, so the team's
        extra texts (many of them easy on purpose) cannot make a threshold look safer."""
        return np.array([not e.source.startswith("extra-") for e in self.examples])


def cross_validate(items: list[Encoded], members: int) -> Scores:
    assignment = folds([i.example for i in items])
    whole = np.zeros((len(items), 2))
    parts = np.full((len(items), 2), -99.0)
    writer = np.zeros(len(items))
    writer_units: list = [None] * len(items)
    units: list = [None] * len(items)
    for f in range(FOLDS):
        head = fit_head(
            [it for it, a in zip(items, assignment, strict=True) if a != f], members=members
        )
        for i, it in enumerate(items):
            if assignment[i] != f:
                continue
            words = None
            if head.lexical is not None and it.buckets is not None:
                words = lexical.scores(it.buckets, *head.lexical)
            near = model.similarity(it.vectors, *head.prototypes)
            units[i] = (head.scores(it.vectors), words, it.whole, near)
            writer_units[i] = head.logits(it.vectors)["writer"]
            writer[i] = writer_units[i][it.whole]
        print(f"  fold {f + 1}/{FOLDS} done", flush=True)
    scores = Scores(
        whole=whole,
        parts=parts,
        writer=writer,
        writer_units=writer_units,
        hit=np.array([bool(it.hits) for it in items]),
        hit_alert=np.array([it.hits.alert for it in items]),
        immediate=np.array([it.hits.immediate for it in items]),
        examples=[it.example for it in items],
        units=units,
    )
    scores.weigh(0.0)
    return scores


def levels(scores: Scores, offset: float, boost: float, limits: dict[str, float] | None = None):
    """Each text's level (0 none, 1 check, 2 alert) and the thresholds that give it."""
    combined = np.maximum(scores.whole, scores.parts + offset)
    danger = combined[:, 0] + boost * scores.hit
    alert = combined[:, 1] + boost * scores.hit_alert
    harmless = ~scores.is_danger & scores.counted
    floored = scores.floored if scores.floored is not None else np.zeros(len(danger), bool)
    if limits is None:
        # The floor's and the "right now" phrases' own false alarms come out of the same budget.
        floored = floored | scores.immediate
        budget = max(FALSE_CHECK - (harmless & floored).sum() / harmless.sum(), 0.001)
        rest = harmless & ~floored
        check = float(np.quantile(danger[rest], 1 - budget * harmless.sum() / rest.sum()))
        flagged = alert[harmless & (danger >= check) & ~scores.immediate]
        allowed = int(FALSE_ALERT * harmless.sum()) - int((harmless & scores.immediate).sum())
        ranked = np.sort(flagged)[::-1]
        t_alert = float(ranked[allowed]) + 1e-6 if 0 <= allowed < len(ranked) else -99.0
        if allowed < 0:
            t_alert = 99.0
        limits = {"check": check, "alert": t_alert}
    is_alert = scores.immediate | ((alert >= limits["alert"]) & (danger >= limits["check"]))
    checked = (danger >= limits["check"]) | floored
    return np.where(is_alert, 2, np.where(checked, 1, 0)), limits


def report(examples: list[Example], level: np.ndarray) -> dict[str, float]:
    """Caught and false alarms, overall and per language (also used by the evaluation)."""
    danger = np.array([e.danger for e in examples])
    out = {
        "caught": float((level[danger] > 0).mean()),
        "harmless_any": float((level[~danger] > 0).mean()),
        "harmless_alert": float((level[~danger] == 2).mean()),
    }
    for lang in sorted({e.lang for e in examples}):
        sel = np.array([e.lang == lang for e in examples])
        out[f"caught_{lang}"] = float((level[sel & danger] > 0).mean())
    return out


def rule_floor(items: list[Encoded]) -> frozenset[str]:
    """Rule groups ("de:fear") whose matches on the training split are danger at least
    ``FLOOR_PRECISION`` of the time, one harmless match added (and often enough to tell): a
    match alone then makes a text a "check"."""
    danger: dict[str, int] = {}
    harmless: dict[str, int] = {}
    for it in items:
        # Each group alone, and the writer's groups together (few matches each, one signal).
        for group in set(it.hits.groups) | ({"writer"} if it.hits.writer_harms else set()):
            counts = danger if it.example.danger else harmless
            counts[group] = counts.get(group, 0) + 1
    return frozenset(
        g
        for g in set(danger)
        if danger[g] >= FLOOR_MIN_HITS
        and danger[g] / (danger[g] + harmless.get(g, 0) + 1) >= FLOOR_PRECISION
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=corpus.CORPUS_DIR)
    parser.add_argument("--members", type=int, default=MEMBERS)
    parser.add_argument("--cv-members", type=int, default=1, help="ensemble size in the folds")
    args = parser.parse_args(argv)
    examples = corpus.load("train", args.corpus)
    if not examples:
        print(f"no training texts in {args.corpus}/train", file=sys.stderr)
        return 1
    embedder = model.Embedder()
    cache = corpus.EmbeddingCache(embedder.embed, embedder.key)
    print(f"embedding {len(examples)} training texts…", flush=True)
    items = encode(examples, cache)
    cache.save()
    examples = [it.example for it in items]
    print(f"cross-validation ({FOLDS} folds)…", flush=True)
    scores = cross_validate(items, args.cv_members)
    rule_groups = rule_floor(items)
    print(f"rule groups precise enough to make a text a check: {sorted(rule_groups)}")
    np.savez(
        corpus.CACHE_DIR / "cv-scores.npz",
        whole=scores.whole,
        parts=scores.parts,
        writer=scores.writer,
    )
    best = None
    counted = scores.counted
    weights = LEXICAL_WEIGHTS if any(u[1] is not None for u in scores.units or ()) else (0.0,)
    # The floor is tried, not assumed: its matches spend the false-alarm budget too.
    floors = (rule_groups, frozenset()) if rule_groups else (frozenset(),)
    for floor in floors:
        scores.floored = np.array([model.floored(floor, it.hits) for it in items])
        for weight in weights:
            for near in SIMILARITY_WEIGHTS:
                scores.weigh(weight, near)
                for offset in OFFSETS:
                    for boost in BOOSTS:
                        level, limits = levels(scores, offset, boost)
                        figures = report(
                            [e for e, c in zip(examples, counted, strict=True) if c],
                            level[counted],
                        )
                        print(
                            f"  floor {len(floor):>2}  n-grams {weight}  nearness {near}  parts "
                            f"{offset:>5}  rule boost {boost}: caught {figures['caught']:.1%}, "
                            f"harmless any {figures['harmless_any']:.1%}, "
                            f"alert {figures['harmless_alert']:.1%}"
                        )
                        caught, alert = round(figures["caught"], 4), figures["harmless_alert"]
                        key = (caught, -alert, -abs(offset))
                        if best is None or key > best[0]:
                            choice = (floor, weight, near, offset, boost)
                            best = (key, choice, limits, figures)
    _, (floor, weight, near, offset, boost), limits, figures = best
    # The writer's thresholds on the chosen settings' levels, as the screen decides at run time.
    scores.floored = np.array([model.floored(floor, it.hits) for it in items])
    scores.weigh(weight, near)
    level, _ = levels(scores, offset, boost, limits)
    writer_limits, writer_figures = writing.thresholds(
        scores, items, level, offset, boost, limits["check"]
    )
    print(f"writer: thresholds {writer_limits}; {writer_figures}")
    print("fitting the head on the whole training split…", flush=True)
    head = fit_head(items, members=args.members)
    head = model.Head(
        head.hidden,
        head.output,
        head.categories,
        head.writer,
        thresholds={**limits, **writer_limits},
        boost={"danger": boost, "alert": boost},
        offset=offset,
        floor=floor,
        lexical=head.lexical,
        lexical_weight=weight,
        prototypes=head.prototypes,
        similarity_weight=near,
        meta={
            "embedder": f"{model.EMBEDDER} {embedder.version} (multilingual-e5-small, query:)",
            "encoder": embedder.encoder,
            "units": "pooled",
            "whole_exact_chars": WHOLE_EXACT_CHARS,
            "members": args.members,
            "trained": datetime.now(UTC).strftime("%Y-%m-%d"),
            "train_texts": len(examples),
            "cross_validation_on": "the writers' training texts (not train/extra-*)",
            "cross_validation": {k: round(v, 4) for k, v in figures.items()},
            "cross_validation_writer": writer_figures,
        },
    )
    head.save()
    print(
        f"floor {sorted(floor)}, n-gram weight {weight}, nearness weight {near}, "
        f"parts offset {offset}, rule boost {boost}; "
        f"thresholds {head.thresholds}"
    )
    print("cross-validation on train: " + ", ".join(f"{k} {v:.1%}" for k, v in figures.items()))
    print(f"wrote {model.HEAD_PATH.relative_to(model.HEAD_PATH.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
