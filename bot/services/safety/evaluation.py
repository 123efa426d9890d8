"""``make eval-safety``: the screen measured on the frozen test split.

Prints danger caught (check or alert) overall and per language, harmless texts answered with
``alert`` and with anything, each hard-negative family and each danger family separately, and
per category how often the text was caught and the category named. ``--rules-only`` measures
what platforms without the model get. Nothing here changes the head: look, do not tune.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from bot.content import SAFETY_CATEGORIES
from bot.services.safety import corpus, model, rules
from bot.services.safety.screening import (
    Screening,
    decide,
    embedded_texts,
    from_rules,
    unit_vectors,
    whole_index,
)
from bot.services.safety.units import split

# Issue 20's targets.
CAUGHT = 0.95
CAUGHT_PER_LANGUAGE = 0.90
HARMLESS_ALERT = 0.02
HARMLESS_ANY = 0.06


def screen_all(examples: list[corpus.Example], rules_only: bool) -> list[Screening]:
    if rules_only:
        return [from_rules(rules.match(e.text)) for e in examples]
    head = model.Head.load()
    embedder = model.Embedder()
    cache = corpus.EmbeddingCache(embedder.embed, embedder.key)
    mode, whole_exact = head.meta.get("units", "pooled"), head.whole_exact
    cache.fill(t for e in examples for t in embedded_texts(split(e.text), mode, whole_exact))
    results = []
    for e in examples:
        units = split(e.text)
        vectors = unit_vectors(units, cache, mode, whole_exact)
        hits = rules.match(e.text)
        results.append(decide(vectors, whole_index(units), hits, head, units.sentences))
    cache.save()
    return results


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def _mark(ok: bool) -> str:
    return "ok " if ok else "MISS"


def summary(examples: list[corpus.Example], results: list[Screening]) -> list[str]:
    lines: list[str] = []
    pairs = list(zip(examples, results, strict=True))
    danger = [(e, r) for e, r in pairs if e.danger]
    harmless = [(e, r) for e, r in pairs if not e.danger]
    caught = sum(r.flagged for _, r in danger)
    h_any = sum(r.flagged for _, r in harmless)
    h_alert = sum(r.level == "alert" for _, r in harmless)
    lines.append(f"texts: {len(pairs)} ({len(danger)} danger, {len(harmless)} harmless)")
    lines.append("")
    lines.append(f"{'':34}{'all':>7}" + "".join(f"{lang:>7}" for lang in _langs(examples)))
    row = f"{'danger caught (check or alert)':34}{_pct(caught, len(danger)):>7}"
    per_lang_ok = True
    for lang in _langs(examples):
        d = [r for e, r in danger if e.lang == lang]
        row += f"{_pct(sum(r.flagged for r in d), len(d)):>7}"
        per_lang_ok &= bool(d) and sum(r.flagged for r in d) / len(d) >= CAUGHT_PER_LANGUAGE
    lines.append(row)
    for label, test in (
        ("harmless answered with alert", lambda r: r.level == "alert"),
        ("harmless answered with anything", lambda r: r.flagged),
    ):
        row = f"{label:34}{_pct(sum(test(r) for _, r in harmless), len(harmless)):>7}"
        for lang in _langs(examples):
            h = [r for e, r in harmless if e.lang == lang]
            row += f"{_pct(sum(test(r) for r in h), len(h)):>7}"
        lines.append(row)
    lines.append("")
    lines.append("targets (issue 20):")
    lines.append(f"  {_mark(caught / len(danger) >= CAUGHT)} caught >= 95 % overall")
    lines.append(f"  {_mark(per_lang_ok)} caught >= 90 % in every language")
    lines.append(f"  {_mark(h_alert / len(harmless) <= HARMLESS_ALERT)} harmless with alert <= 2 %")
    lines.append(f"  {_mark(h_any / len(harmless) <= HARMLESS_ANY)} harmless with anything <= 6 %")
    lines.append("")
    lines.append(f"{'hard-negative family':24}{'texts':>6}{'any':>8}{'alert':>8}")
    for family, group in _by(harmless, lambda e: e.family):
        lines.append(
            f"{family:24}{len(group):>6}{_pct(sum(r.flagged for r in group), len(group)):>8}"
            f"{_pct(sum(r.level == 'alert' for r in group), len(group)):>8}"
        )
    lines.append("")
    lines.append(f"{'danger family':24}{'texts':>6}{'caught':>8}{'alert':>8}")
    for family, group in _by(danger, lambda e: e.family):
        lines.append(
            f"{family:24}{len(group):>6}{_pct(sum(r.flagged for r in group), len(group)):>8}"
            f"{_pct(sum(r.level == 'alert' for r in group), len(group)):>8}"
        )
    lines.append("")
    lines.append(f"{'label':24}{'texts':>6}{'caught':>8}{'alert':>8}")
    for label, group in _by(danger, lambda e: e.label):
        lines.append(
            f"{label:24}{len(group):>6}{_pct(sum(r.flagged for r in group), len(group)):>8}"
            f"{_pct(sum(r.level == 'alert' for r in group), len(group)):>8}"
        )
    lines.append("")
    lines.append(f"{'category':24}{'texts':>6}{'caught':>8}{'named':>8}")
    for category in SAFETY_CATEGORIES:
        group = [(e, r) for e, r in danger if category in e.categories]
        lines.append(
            f"{category:24}{len(group):>6}{_pct(sum(r.flagged for _, r in group), len(group)):>8}"
            f"{_pct(sum(category in r.categories for _, r in group), len(group)):>8}"
        )
    writers = [r for e, r in danger if e.writer_harms]
    said = [e for e, r in danger if r.writer_harms]
    recognised = _pct(sum(r.writer_harms for r in writers), len(writers))
    right = _pct(sum(e.writer_harms for e in said), len(said))
    lines.append("")
    lines.append(
        f"writer harms the partner: {len(writers)} texts, recognised {recognised}; "
        f"said of {len(said)} danger texts, right for {right}"
    )
    return lines


def _langs(examples: list[corpus.Example]) -> list[str]:
    return sorted({e.lang for e in examples})


def _by(pairs, key):
    groups: dict[str, list] = defaultdict(list)
    for e, r in pairs:
        groups[key(e)].append(r)
    return sorted(groups.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=corpus.CORPUS_DIR)
    parser.add_argument("--split", default="test", choices=["test", "train"])
    parser.add_argument("--rules-only", action="store_true", help="without the model")
    args = parser.parse_args(argv)
    examples = corpus.load(args.split, args.corpus)
    if not examples:
        print(f"no texts in {args.corpus}/{args.split}", file=sys.stderr)
        return 1
    results = screen_all(examples, args.rules_only)
    engine = "phrase rules only" if args.rules_only else "full screen (model + rules)"
    print(f"safety screen on the {args.split} split — {engine}")
    if not args.rules_only:
        meta = model.Head.load().meta
        print(f"head trained {meta.get('trained')} on {meta.get('train_texts')} texts")
    print("\n".join(summary(examples, results)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
